package uz.shaffof.content;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Content that passed the load before and crashed a later stage (exit 3): a region code of the right shape that is
 * not one of Uzbekistan's 14 units (the tile map draws exactly those), and a chart whose id is the id of a chart the
 * site makes itself (both would be published at the same address). Both are located content errors now.
 */
class UnitsAndChartIdsTest {
    static final String REGIONS = "content/regions.json";
    static final String CHART = "content/charts/users-bar.json";

    @TempDir
    Path dir;

    @Test
    void aFifteenthUnitWithACodeOutsideIso3166IsRefusedAtItsCode() {
        ContentFixture f = ContentFixture.minimal(dir);
        f.write(REGIONS, ContentFixture.FILES.get(REGIONS).replace("\"districts\": []}\n", "\"districts\": []},\n"
                + "    {\"code\": \"UZ-ZZ\", \"slug\": \"yangi\", \"kind\": \"region\", \"name\": \"Янги вилоят\", "
                + "\"center\": \"Янги\", \"districts\": []}\n"));
        LoadResult r = f.load();
        ProblemAssertions.assertFailedCleanly(r);
        ProblemAssertions.assertError(r, REGIONS, 5, "/regions/2/code: must be one of the 14 ISO 3166-2:UZ codes");
    }

    @Test
    void aChartIdThatTheSiteUsesForItsOwnChartsIsRefusedAtTheId() {
        ContentFixture f = ContentFixture.minimal(dir);
        String chart = ContentFixture.FILES.get(CHART).replace("\"id\": \"users-bar\"", "\"id\": \"indicator-users\"");
        f.delete(CHART);
        f.write("content/charts/indicator-users.json", chart);
        LoadResult r = f.load();
        ProblemAssertions.assertFailedCleanly(r);
        ProblemAssertions.assertError(r, "content/charts/indicator-users.json", 0,
                "chart id \"indicator-users\" begins with \"indicator-\", which is kept for the charts the site makes itself");
    }
}
