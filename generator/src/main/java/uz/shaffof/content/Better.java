package uz.shaffof.content;

/** Which direction of an indicator is an improvement; decides wording and colour of changes. */
public enum Better {
    HIGHER,
    LOWER,
    NEITHER
}
