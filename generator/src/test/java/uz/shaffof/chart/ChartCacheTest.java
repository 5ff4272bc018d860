package uz.shaffof.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.translit.Script;

/**
 * The chart cache finds a chart and its PNG by everything that decides them, on disk and, for a process that builds
 * many times, in memory, which keeps only what the last build used. No chart is drawn here: the renderings are
 * stand-ins, since the cache never looks inside them.
 */
class ChartCacheTest {
    @TempDir
    Path dir;

    private static ChartSpec spec(String value) {
        return new ChartSpec("broadband-users", ChartKind.BAR, "Keng polosali Internet", "Andijon viloyati", "kishi",
                List.of("2016"), List.of(new Series("Andijon viloyati", List.of(new BigDecimal(value)))), Script.LATIN,
                "Manba: hokimlik");
    }

    private static RenderedChart drawn(String value) {
        return new RenderedChart("<svg>" + value + "</svg>", "label " + value, "description " + value, "{}");
    }

    private void deleteDisk() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).toList()) Files.delete(p);
        }
    }

    @Test
    void everyValueIsInTheKeySoAnEditedChartIsNeverTakenForTheOldOne() {
        ChartCache cache = ChartCache.in(dir);
        cache.put(spec("20751"), drawn("20751"));
        assertEquals(drawn("20751"), cache.find(spec("20751")));
        assertNull(cache.find(spec("20752")));
        assertNull(cache.find(spec("20751.0")), "1 and 1.0 print differently, so they are different charts");
        assertNotEquals(cache.pngKey(spec("20751"), 1200, 630), cache.pngKey(spec("20752"), 1200, 630));
        assertNotEquals(cache.pngKey(spec("20751"), 1200, 630), cache.pngKey(spec("20751"), 600, 315));
    }

    /** A chart with one figure's qualifier, qualified text or unrounded value edited: the picture changes too. */
    private static ChartSpec qualified(String exact, String text, String code) {
        return new ChartSpec("internet-users", ChartKind.TILE_MAP, "Internetdan foydalanuvchilar", "2016", "nafar",
                List.of("UZ-AN"), List.of(new Series("2016", List.of(new BigDecimal("630000")),
                        List.of(new BigDecimal(exact)), java.util.Arrays.asList(text), java.util.Arrays.asList(code))),
                Script.LATIN, "Manba: hokimlik");
    }

    @Test
    void aFiguresQualifierAndUnroundedValueAreInTheKey() {
        ChartCache cache = ChartCache.in(dir);
        cache.put(qualified("630000", "630 000 nafardan ortiq", "more_than"), drawn("more than"));
        assertEquals(drawn("more than"), cache.find(qualified("630000", "630 000 nafardan ortiq", "more_than")));
        assertNull(cache.find(qualified("630000", "630 000 nafarga yaqin", "about")),
                "a figure whose source now says 'about' is drawn again, not taken with the old qualifier");
        assertNull(cache.find(qualified("630000", null, null)), "an exact figure is another picture");
        assertNull(cache.find(qualified("630000.4", "630 000 nafardan ortiq", "more_than")),
                "the unrounded value is in the tooltip and data files");
    }

    @Test
    void memoryServesTheLastBuildWithoutReadingTheDisk() throws IOException {
        ChartCache.Memory memory = new ChartCache.Memory();
        ChartCache first = ChartCache.in(dir, memory);
        RenderedChart chart = drawn("20751");
        first.put(spec("20751"), chart);
        first.putPng(spec("20751"), 1200, 630, new byte[] {1, 2, 3});
        first.forgetUnused();
        deleteDisk();

        ChartCache second = ChartCache.in(dir, memory);
        assertSame(chart, second.find(spec("20751")), "from memory: the disk has nothing now");
        assertArrayEquals(new byte[] {1, 2, 3}, second.findPng(spec("20751"), 1200, 630));
        assertNull(ChartCache.in(dir).find(spec("20751")), "a cache without the memory reads the disk");
    }

    @Test
    void memoryKeepsOnlyWhatTheLastBuildUsed() {
        ChartCache.Memory memory = new ChartCache.Memory();
        ChartCache first = ChartCache.in(dir, memory);
        first.put(spec("1"), drawn("1"));
        first.putPng(spec("1"), 1200, 630, new byte[] {1});
        first.put(spec("2"), drawn("2"));
        first.forgetUnused();
        assertEquals(3, memory.size());

        ChartCache second = ChartCache.in(dir, memory);
        second.find(spec("2"));
        second.forgetUnused();
        assertEquals(1, memory.size(), "chart 1 and its PNG were not used: forgotten (they stay on disk)");
        assertEquals(drawn("1"), ChartCache.in(dir).find(spec("1")));
    }

    @Test
    void aLinkPlantedWhereAPngOrAChartIsLookedUpIsAMissNeverRead() throws IOException {
        ChartCache cache = ChartCache.in(dir);
        cache.putPng(spec("1"), 1200, 630, new byte[] {1});
        cache.put(spec("1"), drawn("1"));
        Path secret = Files.writeString(dir.resolveSibling(dir.getFileName() + "-environ"), "CI_TOKEN=abc");
        try {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.delete(f);
                    Files.createSymbolicLink(f, secret);
                }
            }
            ChartCache again = ChartCache.in(dir);
            assertNull(again.findPng(spec("1"), 1200, 630), "a link is not a cached PNG");
            assertNull(again.find(spec("1")), "a link is not a cached chart");
        } finally {
            Files.delete(secret); // outside the temporary folder: JUnit does not delete it
        }
    }
}
