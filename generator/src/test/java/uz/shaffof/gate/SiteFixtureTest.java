package uz.shaffof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uz.shaffof.output.OutputFile;

class SiteFixtureTest {

    @Test
    void splitsSectionsAndKeepsEachLineWithItsNewline() {
        List<OutputFile> files = SiteFixture.files("""
                comment before the first file
                -- a.txt --
                one
                two
                -- b/c.txt --
                three
                """);
        assertEquals(2, files.size());
        assertEquals("a.txt", files.get(0).path());
        assertEquals("one\ntwo\n", files.get(0).text());
        assertEquals("b/c.txt", files.get(1).path());
        assertEquals("three\n", files.get(1).text());
    }

    @Test
    void readsTheCleanSiteFixture() {
        // An empty or truncated fixture must not let the "clean site passes" tests pass silently.
        assertEquals(true, SiteFixture.cleanSite().htmlFiles().size() >= 6);
    }
}
