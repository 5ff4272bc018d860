package uz.shaffof.i18n;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uz.shaffof.content.Text;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;
import uz.shaffof.translit.Conversion;
import uz.shaffof.translit.Script;
import uz.shaffof.translit.Transliterator;
import uz.shaffof.translit.TranslitWarning;

/**
 * Puts text written once into an edition. Texts in the edition's script pass through; others are
 * transliterated; hand-written pairs pick their side. Interface strings come from {@code i18n/strings.json}.
 * One Localizer serves one build: it remembers conversions of names and labels (the same region name is printed on
 * hundreds of pages), not of Markdown bodies, and collects the engine's warnings for {@code check --strict}.
 */
public final class Localizer {
    private final Transliterator transliterator;
    private final Map<String, Text> strings;
    private final Map<String, Text> units;
    private final Problems warnings;
    private final Map<String, String> toLatin = new ConcurrentHashMap<>();
    private final Map<String, String> toCyrillic = new ConcurrentHashMap<>();

    public Localizer(Transliterator transliterator, Map<String, Text> strings, Map<String, Text> units,
                     Problems warnings) {
        this.transliterator = transliterator;
        this.strings = Map.copyOf(strings);
        this.units = Map.copyOf(units);
        this.warnings = warnings;
    }

    public Transliterator transliterator() {
        return transliterator;
    }

    /** The text in the edition's script; {@code null} stays {@code null} (a field the source leaves empty). */
    public String text(Text text, Edition edition) {
        if (text == null) return null;
        if (text.isHandWritten()) return edition == Edition.LATN ? text.latn() : text.cyrl();
        return plain(text.written(), edition);
    }

    /**
     * Like {@link #plain(String, Edition)}, for the text of a Markdown body, and records the engine's guesses for
     * Latin-written text put into Cyrillic as warnings at {@code pos}. Not remembered: a body's text is shown on its
     * own page only, so remembering it would keep the text of every report to the end of the build (at 20 000 pages,
     * most of the heap) for no second use.
     */
    public String plain(String written, Edition edition, SourcePos pos) {
        if (written == null || written.isEmpty()) return written;
        if (edition.script() == Script.CYRILLIC && Transliterator.dominantScript(written) == Script.LATIN) {
            Conversion conversion = transliterator.convertWithWarnings(written, Script.CYRILLIC);
            for (TranslitWarning w : conversion.warnings()) {
                warnings.add(Problem.warning(pos, "transliteration guessed \"" + w.word() + "\": " + w.reason()
                        + " (add it to content/translit/glossary.tsv)"));
            }
            return conversion.text();
        }
        return transliterator.convert(written, edition.script());
    }

    /** How many conversions this Localizer remembers (for tests: what it holds grows with the site's names only). */
    int remembered() {
        return toLatin.size() + toCyrillic.size();
    }

    /** A string written once in either script, in the edition's script. */
    public String plain(String written, Edition edition) {
        if (written == null || written.isEmpty()) return written;
        Map<String, String> cache = edition == Edition.LATN ? toLatin : toCyrillic;
        return cache.computeIfAbsent(written, w -> transliterator.convert(w, edition.script()));
    }

    /** An interface string by key; an unknown key is a bug in a template, reported by the caller. */
    public String ui(String key, Edition edition) {
        Text t = strings.get(key);
        if (t == null) throw new IllegalArgumentException("no interface string \"" + key + "\" in content/i18n/strings.json");
        return text(t, edition);
    }

    public boolean hasUi(String key) {
        return strings.containsKey(key);
    }

    /** The name of a unit ({@code km}, {@code percent} ...) in the edition; the key itself when unknown. */
    public String unit(String key, Edition edition) {
        Text t = units.get(key);
        return t == null ? key : text(t, edition);
    }

    public List<String> uiKeys() {
        return strings.keySet().stream().sorted().toList();
    }
}
