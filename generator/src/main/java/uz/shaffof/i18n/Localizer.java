package uz.shaffof.i18n;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uz.shaffof.content.Text;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;
import uz.shaffof.translit.Script;
import uz.shaffof.translit.Transliterator;
import uz.shaffof.translit.TranslitWarning;

/**
 * Puts text written once into an edition. Texts in the edition's script pass through; others are
 * transliterated; hand-written pairs pick their side. Interface strings come from {@code i18n/strings.json}.
 * One Localizer serves one build: it remembers conversions (the same region name is printed on hundreds of
 * pages) and collects the engine's warnings for {@code check --strict}.
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
     * Like {@link #plain(String, Edition)}, and records the engine's guesses for Latin-written text put into
     * Cyrillic as warnings at {@code pos}.
     */
    public String plain(String written, Edition edition, SourcePos pos) {
        if (written != null && edition.script() == Script.CYRILLIC
                && Transliterator.dominantScript(written) == Script.LATIN) {
            for (TranslitWarning w : transliterator.convertWithWarnings(written, Script.CYRILLIC).warnings()) {
                warnings.add(Problem.warning(pos, "transliteration guessed \"" + w.word() + "\": " + w.reason()
                        + " (add it to content/translit/glossary.tsv)"));
            }
        }
        return plain(written, edition);
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
