package uz.shaffof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import uz.shaffof.output.OutputFile;

class SiteSnapshotTest {

    @Test
    void keepsNoDocumentEachParseIsTheCallers() {
        SiteSnapshot site = SiteFixture.site("-- uz/index.html --\n<p>x</p>\n-- a.svg --\n<svg/>\n");
        assertNotSame(site.html("uz/index.html"), site.html("uz/index.html"));
        assertEquals(site.html("uz/index.html").outerHtml(), site.html("uz/index.html").outerHtml());
        assertNotSame(site.svg("a.svg"), site.svg("a.svg"));
    }

    @Test
    void sortsFilesByPathAndIndexesThemCaseSensitively() {
        SiteSnapshot site = new SiteSnapshot(List.of(OutputFile.text("b.html", ""), OutputFile.text("a.css", "")),
                "https://shaffof.uz");
        assertEquals(List.of("a.css", "b.html"), site.files().stream().map(OutputFile::path).toList());
        assertEquals(List.of("b.html"), site.htmlFiles().stream().map(OutputFile::path).toList());
        assertEquals("https://shaffof.uz/", site.baseUrl());
        assertEquals(true, site.contains("a.css"));
        assertEquals(false, site.contains("A.css"));
    }

    @Test
    void rejectsDuplicatePathsAndBaseUrlsThatAreNotHttp() {
        OutputFile page = OutputFile.text("index.html", "");
        assertEquals("duplicate output path \"index.html\"", assertThrows(IllegalArgumentException.class,
                () -> new SiteSnapshot(List.of(page, page), "https://shaffof.uz/")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SiteSnapshot(List.of(), "file:///srv/site/"));
        assertThrows(IllegalArgumentException.class, () -> new SiteSnapshot(List.of(), "/uz/"));
    }

    @Test
    void refusesToParseWhatIsNotAPage() {
        SiteSnapshot site = SiteFixture.site("-- a.css --\np{}\n");
        assertThrows(IllegalArgumentException.class, () -> site.html("a.css"));
        assertThrows(IllegalArgumentException.class, () -> site.html("missing.html"));
    }
}
