package uz.shaffof.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uz.shaffof.render.AsciiSlug;
import uz.shaffof.translit.Script;
import uz.shaffof.translit.Transliterator;

/**
 * The site-wide parts of the corpus site, computed once: the site title and the navigation list of regions
 * ({@code data/site.json}) in each edition's script, and the slug of a region as a page's front matter names it.
 */
final class CorpusSite {
    /** A region of the navigation: its slug (shared by the editions) and its name in one edition. */
    record RegionLink(String slug, String label) {}

    private final Transliterator translit;
    private final StageClock clock;
    private final String title;
    private final List<String> regions;
    private final Map<String, String> slugs = new ConcurrentHashMap<>();

    private CorpusSite(Transliterator translit, StageClock clock, String title, List<String> regions) {
        this.translit = translit;
        this.clock = clock;
        this.title = title;
        this.regions = List.copyOf(regions);
    }

    /** Reads {@code data/site.json} (title, regions) of the corpus; without it, a title and no regions. */
    static CorpusSite read(Path root, Transliterator translit, StageClock clock) {
        Path file = root.resolve("data/site.json");
        if (!Files.exists(file)) return new CorpusSite(translit, clock, "Shaffof bench", List.of());
        try {
            JsonNode site = new ObjectMapper().readTree(file.toFile());
            List<String> regions = new ArrayList<>();
            site.path("regions").forEach(n -> regions.add(n.asText()));
            return new CorpusSite(translit, clock, site.path("title").asText("Shaffof bench"), regions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    String title(BenchEdition edition) {
        return localize(title, Script.LATIN, edition.script());
    }

    /** The regions of the navigation, in {@code data/site.json} order, named in the edition's script. */
    List<RegionLink> regions(BenchEdition edition) {
        return regions.stream()
                .map(r -> new RegionLink(AsciiSlug.of(r), localize(r, Script.LATIN, edition.script())))
                .toList();
    }

    /** The slug of a region named in a page's front matter, written in {@code script}. */
    String regionSlug(String region, Script script) {
        return slugs.computeIfAbsent(script.name() + ":" + region,
                k -> AsciiSlug.of(localize(region, script, Script.LATIN)));
    }

    /** {@code text}, written in {@code from}, in the script {@code to}; timed as transliteration. */
    String localize(String text, Script from, Script to) {
        if (from == to) return text;
        return clock.time(Stage.TRANSLIT, () -> translit.convert(text, to));
    }
}
