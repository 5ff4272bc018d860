package uz.shaffof.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uz.shaffof.content.Qualifier;

/**
 * What a spreadsheet's figures do to the observations already in the file: each is new (added), the same value and
 * qualifier (left as it is), or different (reported; replaced only when the editor asks with {@code --update}). A
 * value is the same when it is numerically equal ({@code 85.70} and {@code 85.7}), so re-importing a sheet changes
 * nothing.
 */
public record ObservationMerge(List<Added> added, List<Changed> changed, List<RegionYearTable.Figure> unchanged) {
    public ObservationMerge {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
    }

    public record Added(RegionYearTable.Figure figure) {}

    /** A figure whose value or qualifier differs from the observation at {@code existing}. */
    public record Changed(RegionYearTable.Figure figure, IndicatorJson.Existing existing) {
        public BigDecimal oldValue() {
            return existing.value();
        }

        public String oldQualifier() {
            return existing.qualifier() == null ? jsonName(Qualifier.EXACT) : existing.qualifier();
        }
    }

    static ObservationMerge of(List<RegionYearTable.Figure> figures, IndicatorJson file) {
        Map<String, IndicatorJson.Existing> byKey = new HashMap<>();
        for (IndicatorJson.Existing e : file.observations()) byKey.put(e.region() + "/" + e.year(), e);
        List<Added> added = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        List<RegionYearTable.Figure> unchanged = new ArrayList<>();
        List<RegionYearTable.Figure> sorted = new ArrayList<>(figures);
        sorted.sort(Comparator.comparing(RegionYearTable.Figure::region).thenComparingInt(RegionYearTable.Figure::year));
        for (RegionYearTable.Figure f : sorted) {
            IndicatorJson.Existing e = byKey.get(f.region() + "/" + f.year());
            if (e == null) {
                added.add(new Added(f));
            } else {
                String oldQualifier = e.qualifier() == null ? jsonName(Qualifier.EXACT) : e.qualifier();
                boolean same = e.value() != null && e.value().compareTo(f.value()) == 0
                        && Objects.equals(oldQualifier, jsonName(f.qualifier()));
                if (same) unchanged.add(f);
                else changed.add(new Changed(f, e));
            }
        }
        return new ObservationMerge(added, changed, unchanged);
    }

    /** {@code MORE_THAN} → {@code more-than}, as the content format writes qualifiers. */
    public static String jsonName(Qualifier q) {
        return q.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
