package uz.shaffof.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uz.shaffof.content.Region;
import uz.shaffof.content.Text;
import uz.shaffof.translit.Transliterator;

/**
 * Which region a spreadsheet's row label names: an ISO code ({@code UZ-AN}), or the region's name from
 * {@code content/regions.json} in either script (the Latin form made by the transliteration engine with the project
 * glossary, so {@code Qoraqalpogʻiston Respublikasi} is spelt as the glossary fixes it), compared by
 * {@link NameKey}. The name without its last word ({@code Andijon} for {@code Andijon viloyati}) is accepted when it
 * names one region only ({@code Toshkent} names two). {@code Oʻzbekiston Respublikasi} and
 * {@code Respublika boʻyicha} name the whole country, which observations write as region {@code null}.
 */
public final class RegionNames {
    /** The code a whole-country row maps to, before it is written as {@code null}. */
    public static final String WHOLE_COUNTRY = "";
    private static final List<String> COUNTRY_NAMES = List.of("Ўзбекистон Республикаси", "Oʻzbekiston Respublikasi",
            "Республика бўйича", "Respublika boʻyicha", "Ўзбекистон", "Oʻzbekiston", "UZ");

    private final Map<String, String> codeByKey;
    private final Set<String> ambiguous;

    private RegionNames(Map<String, String> codeByKey, Set<String> ambiguous) {
        this.codeByKey = Map.copyOf(codeByKey);
        this.ambiguous = Set.copyOf(ambiguous);
    }

    /** The names of {@code regions}, in Latin by {@code transliterator} as well as written. */
    public static RegionNames of(List<Region> regions, Transliterator transliterator) {
        Map<String, String> full = new HashMap<>();
        Map<String, Set<String>> shortForms = new HashMap<>();
        for (Region r : regions) {
            full.put(NameKey.of(r.code()), r.code());
            for (String name : spellings(r.name(), transliterator)) {
                String key = NameKey.of(name);
                full.put(key, r.code());
                int lastSpace = key.lastIndexOf(' ');
                if (lastSpace > 0) shortForms.computeIfAbsent(key.substring(0, lastSpace), k -> new LinkedHashSet<>()).add(r.code());
            }
        }
        for (String name : COUNTRY_NAMES) full.putIfAbsent(NameKey.of(name), WHOLE_COUNTRY);
        Map<String, String> codeByKey = new HashMap<>(full);
        Set<String> ambiguous = new LinkedHashSet<>();
        shortForms.forEach((key, codes) -> {
            if (full.containsKey(key)) return;
            if (codes.size() == 1) codeByKey.put(key, codes.iterator().next());
            else ambiguous.add(key);
        });
        return new RegionNames(codeByKey, ambiguous);
    }

    private static List<String> spellings(Text name, Transliterator t) {
        List<String> out = new ArrayList<>();
        if (name.isHandWritten()) {
            out.add(name.latn());
            out.add(name.cyrl());
        } else {
            out.add(name.written());
            out.add(t.toLatin(name.written()));
            out.add(t.toCyrillic(name.written()));
        }
        return out;
    }

    /** What a label says: a region code, the whole country ({@link #WHOLE_COUNTRY}), an ambiguous name, or nothing. */
    public sealed interface Match permits Code, Ambiguous, Unknown {}

    public record Code(String code) implements Match {}

    public record Ambiguous() implements Match {}

    public record Unknown() implements Match {}

    public Match match(String label) {
        String key = NameKey.of(label);
        String code = codeByKey.get(key);
        if (code != null) return new Code(code);
        return ambiguous.contains(key) ? new Ambiguous() : new Unknown();
    }

    /** True when {@code label} names a region or the country: used to find the column of names. */
    boolean isName(String label) {
        return match(label) instanceof Code;
    }

    Optional<String> codeOf(String label) {
        return match(label) instanceof Code c ? Optional.of(c.code()) : Optional.empty();
    }
}
