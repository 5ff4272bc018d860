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
public record Series(String name, List<BigDecimal> values) {
    public Series {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(values, "values must not be null");
        // List.copyOf rejects nulls, and null is meaningful here.
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }
}
