package uz.shaffof.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FontAdvanceTableTest {
    private static final Path REGULAR = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final Path BOLD = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

    @Test
    void committedTableMatchesTheFontWhereTheFontIsInstalled() throws Exception {
        assumeTrue(Files.isReadable(REGULAR) && Files.isReadable(BOLD), "DejaVu Sans is not installed here");
        String expected = FontAdvanceTableTool.table(FontAdvanceTableTool.load(REGULAR), FontAdvanceTableTool.load(BOLD));
        assertEquals(expected, Resources.text(TextMetrics.RESOURCE));
    }

    @Test
    void knownAdvances() {
        TextMetrics metrics = TextMetrics.dejaVuSans();
        // DejaVu Sans: "A" is 1401 units, space 651, on a 2048-unit em.
        assertEquals(1401 * 12.0 / 2048, metrics.width("A", 12, false), 1e-9);
        assertEquals(1401 * 12.0 / 2048, metrics.width("\u0410", 12, false), 1e-9); // Cyrillic A
        assertEquals(651 * 10.0 / 2048, metrics.width("\u00A0", 10, false), 1e-9);
    }
}
