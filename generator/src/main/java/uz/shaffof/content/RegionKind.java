package uz.shaffof.content;

/** What kind of territorial unit a region is; decides the wording ("viloyat", "Respublika", "shahar"). */
public enum RegionKind {
    REGION,
    REPUBLIC,
    CITY
}
