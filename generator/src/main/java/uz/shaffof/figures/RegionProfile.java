package uz.shaffof.figures;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import uz.shaffof.content.Region;

/**
 * Everything the region page shows about its figures: one {@link ProfileEntry} per indicator, in the content's
 * indicator order, including the indicators the region has no data for.
 */
public record RegionProfile(Region region, List<ProfileEntry> entries) {
    public RegionProfile {
        Objects.requireNonNull(region, "region must not be null");
        entries = List.copyOf(entries);
    }

    /** The entry of an indicator, if the indicator exists. */
    public Optional<ProfileEntry> entry(String indicatorId) {
        return entries.stream().filter(e -> e.indicator().id().equals(indicatorId)).findFirst();
    }

    /** How many indicators the region has any data for. */
    public long withData() {
        return entries.stream().filter(ProfileEntry::hasData).count();
    }
}
