package uz.shaffof.chart;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import uz.shaffof.translit.Script;

/**
 * What to draw. Text comes in already in the edition's script (the caller transliterates); {@code script}
 * picks the language of the generated description and of the few words the renderer adds itself ("no
 * data"). Every series has one value per category.
 *
 * <pre>{@code
 * new ChartSpec("internet-users", ChartKind.LINE, "Internet foydalanuvchilari", "Andijon viloyati", "kishi",
 *         List.of("2015", "2016"), List.of(new Series("Andijon viloyati", List.of(a, b))),
 *         Script.LATIN, "Manba: Andijon viloyati hokimligi, 2017")
 * }</pre>
 *
 * @param id a lower-case ASCII slug ({@code [a-z0-9-]}, 1-60 characters); it prefixes every id and class in
 *     the SVG so that several charts can share a page
 * @param subtitle may be empty
 * @param unit may be empty
 * @param sourceLine may be empty, but every published figure should name its source
 */
public record ChartSpec(
        String id,
        ChartKind kind,
        String title,
        String subtitle,
        String unit,
        List<String> categories,
        List<Series> series,
        Script script,
        String sourceLine) {

    private static final Pattern ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?");

    public ChartSpec {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(title, "title must not be null");
        subtitle = Objects.requireNonNullElse(subtitle, "");
        unit = Objects.requireNonNullElse(unit, "");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        Objects.requireNonNull(script, "script must not be null");
        sourceLine = Objects.requireNonNullElse(sourceLine, "");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("chart id \"" + id + "\" must be 1-60 characters of [a-z0-9-]");
        }
        if (series.isEmpty()) throw new IllegalArgumentException("chart " + id + " has no series");
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("chart " + id + ": series \"" + s.name() + "\" has "
                        + s.values().size() + " values for " + categories.size() + " categories");
            }
        }
        if ((kind == ChartKind.PIE || kind == ChartKind.TILE_MAP) && series.size() != 1) {
            throw new IllegalArgumentException("chart " + id + ": a " + kind + " chart takes exactly one series, not "
                    + series.size());
        }
    }
}
