package uz.shaffof.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One named row of values, one per category of the chart. A {@code null} value means "no data" and is drawn
 * as such, never as 0.
 */
public record Series(String name, List<BigDecimal> values, List<String> qualifiers) {
    public Series {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(values, "values must not be null");
        // List.copyOf rejects nulls, and null is meaningful here.
        values = Collections.unmodifiableList(new ArrayList<>(values));
        qualifiers = qualifiers == null ? Collections.nCopies(values.size(), null)
                : Collections.unmodifiableList(new ArrayList<>(qualifiers));
        if (qualifiers.size() != values.size()) {
            throw new IllegalArgumentException("series \"" + name + "\" has " + qualifiers.size() + " qualifiers for "
                    + values.size() + " values");
        }
    }

    /** A series whose values are all exact as stated. */
    public Series(String name, List<BigDecimal> values) {
        this(name, values, null);
    }

    /**
     * How the source states value {@code i}: {@code null} when exactly, else a lower-case code such as
     * {@code more_than} or {@code about}, which every rendering of the value must carry.
     */
    public String qualifier(int i) {
        return qualifiers.get(i);
    }
}
