package uz.shaffof.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.testsite.TestSite;

/**
 * A chart an editor defines in {@code content/charts/} carries the qualifier of a figure its source gives only
 * approximately into its data file and its picture, as an indicator's own chart does: the tile map of internet users
 * drew a flat "630 000" and its data.csv left the qualifier column empty, while the page said "more than 630 000".
 */
class QualifiedChartDefinitionTest {
    @TempDir
    Path dir;

    @Test
    void aDefinedChartKeepsItsFiguresQualifierInItsDataAndPicture() {
        TestSite fixture = TestSite.fixture("every-kind");
        String users = fixture.txtar().files().get("content/indicators/users.json").replace(
                "{\"region\": \"UZ-AN\", \"year\": 2016, \"value\": 100,",
                "{\"region\": \"UZ-AN\", \"year\": 2016, \"value\": 100, \"qualifier\": \"more-than\",");
        assertTrue(users.contains("more-than"), "the fixture's 2016 figure for Andijan is where the test expects it");
        TestSite.Built built = fixture.with("content/indicators/users.json", users).build(dir);
        assertTrue(built.ok(), built.messages());
        for (String edition : new String[] {"uz", "oz"}) {
            String csv = built.text(edition + "/charts/users-map/data.csv");
            assertTrue(csv.lines().anyMatch(l -> l.startsWith("UZ-AN,") && l.contains(",more_than,")),
                    edition + ": the map's data file says the figure is 'more than': " + csv);
            assertFalse(csv.lines().anyMatch(l -> l.startsWith("UZ-BU,") && l.contains("more_than")),
                    edition + ": an exact figure has no qualifier: " + csv);
            String svg = built.text(edition + "/charts/users-map/users-map.svg");
            assertTrue(svg.contains(">&gt;\u00A0100</text>"), edition + ": the tile shows the qualifier's sign");
        }
    }
}
