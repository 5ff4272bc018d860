package uz.shaffof.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import uz.shaffof.i18n.UzbekFormat;

/**
 * One named row of values, one per category of the chart. A {@code null} value means "no data" and is drawn
 * as such, never as 0. {@code values} are the published (rounded) figures that are drawn and labelled;
 * {@code exact} are the unrounded figures they came from (the same as {@code values} for figures read as
 * written), from which the description computes changes, so that a change is never computed from rounded
 * figures. {@code qualified} holds, for a figure the source gives only approximately, its text as the page
 * writes it ("630 000 nafardan ortiq"), which every rendering of the chart shows instead of the bare number
 * (labels, data table, description); {@code null} for an exact figure.
 */
public record Series(String name, List<BigDecimal> values, List<BigDecimal> exact, List<String> qualified,
                     List<String> qualifiers) {
    public Series {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(values, "values must not be null");
        Objects.requireNonNull(exact, "exact must not be null");
        Objects.requireNonNull(qualified, "qualified must not be null");
        if (exact.size() != values.size() || qualified.size() != values.size()) {
            throw new IllegalArgumentException(exact.size() + " exact values and " + qualified.size()
                    + " qualified texts for " + values.size() + " values");
        }
        // List.copyOf rejects nulls, and null is meaningful here.
        values = Collections.unmodifiableList(new ArrayList<>(values));
        exact = Collections.unmodifiableList(new ArrayList<>(exact));
        qualified = Collections.unmodifiableList(new ArrayList<>(qualified));
        qualifiers = qualifiers == null ? Collections.nCopies(values.size(), null)
                : Collections.unmodifiableList(new ArrayList<>(qualifiers));
        if (qualifiers.size() != values.size()) {
            throw new IllegalArgumentException("series \"" + name + "\" has " + qualifiers.size() + " qualifiers for "
                    + values.size() + " values");
        }
    }

    /** Figures with their unrounded values and qualified texts, without the qualifiers' codes. */
    public Series(String name, List<BigDecimal> values, List<BigDecimal> exact, List<String> qualified) {
        this(name, values, exact, qualified, null);
    }

    /** Figures with their unrounded values, all exact (no qualifier). */
    public Series(String name, List<BigDecimal> values, List<BigDecimal> exact) {
        this(name, values, exact, Collections.nCopies(values.size(), null));
    }

    /** A series of figures read as written: nothing was rounded, so the exact figures are the values. */
    public Series(String name, List<BigDecimal> values) {
        this(name, values, values);
    }

    /**
     * How the source states value {@code i}: {@code null} when exactly, else a lower-case code such as
     * {@code more_than} or {@code about}, which every rendering of the value must carry (the chart's data files).
     */
    public String qualifier(int i) {
        return qualifiers.get(i);
    }

    /** The text of value {@code i} as every rendering shows it: the qualified text, or the number; null: no data. */
    public String text(int i) {
        BigDecimal v = values.get(i);
        if (v == null) return null;
        String q = qualified.get(i);
        return q != null ? q : UzbekFormat.number(v);
    }
}
