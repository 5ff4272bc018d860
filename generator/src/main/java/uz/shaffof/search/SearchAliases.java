package uz.shaffof.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Other spellings of the places the site names, as search keys: the English and Russian names of Uzbekistan's
 * territorial units ("Andijan", "Андижанская область") lead to the key of the Uzbek name the site writes
 * ("andijon"). Folding alone cannot do it: Andijan and Andijon are different words, not two scripts of one.
 *
 * <p>The index publishes the table, and the browser adds a name's key to a query word of three letters or more that
 * starts one of its spellings, so "Андижан", "Samarkand" (of "Самаркандская") and "Tashk" find the pages that write the Uzbek name.
 * Only the first word of each name is kept: it is the proper name ("Tashkent Province", "Бухарская область").
 */
public record SearchAliases(Map<String, Set<String>> byKey) {
    /** The English and Russian names, from the Unicode CLDR; see the file's header. */
    static final String RESOURCE = "/search/cldr-subdivisions.tsv";

    public static final SearchAliases NONE = new SearchAliases(Map.of());

    public SearchAliases {
        // Sorted all through, so that the published table is the same bytes at every build.
        TreeMap<String, Set<String>> copy = new TreeMap<>();
        byKey.forEach((k, v) -> copy.put(k, Collections.unmodifiableSortedSet(new TreeSet<>(v))));
        byKey = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * The aliases of the places in {@code namesByCode} (ISO 3166-2 code to the name the site writes, in either
     * script), from the bundled CLDR names of the same codes. A code without CLDR names has none.
     */
    public static SearchAliases forPlaces(Map<String, String> namesByCode) {
        return of(namesByCode, bundledNames());
    }

    /** The aliases of the places in {@code namesByCode} from {@code otherNames} (code to its other names). */
    static SearchAliases of(Map<String, String> namesByCode, Map<String, List<String>> otherNames) {
        Map<String, Set<String>> byKey = new TreeMap<>();
        namesByCode.forEach((code, name) -> {
            String target = firstWordKey(name);
            if (target.isEmpty()) return;
            for (String other : otherNames.getOrDefault(code, List.of())) {
                String alias = firstWordKey(other);
                if (alias.isEmpty() || alias.equals(target)) continue;
                byKey.computeIfAbsent(alias, k -> new TreeSet<>()).add(target);
            }
        });
        return new SearchAliases(byKey);
    }

    /** The key of a name's first word, as the index cuts it. */
    private static String firstWordKey(String name) {
        List<String> keys = SearchFold.keys(name);
        if (keys.isEmpty()) return "";
        String key = keys.get(0);
        return key.length() > SearchIndex.MAX_KEY ? key.substring(0, SearchIndex.MAX_KEY) : key;
    }

    /** The CLDR names bundled with the generator: code to names, in file order. */
    static Map<String, List<String>> bundledNames() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        try (InputStream in = SearchAliases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                if (cols.length != 3 || cols[2].isBlank()) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected code, locale and name");
                }
                names.computeIfAbsent(cols[0], c -> new ArrayList<>()).add(cols[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
