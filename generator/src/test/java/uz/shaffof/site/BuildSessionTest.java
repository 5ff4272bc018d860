package uz.shaffof.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uz.shaffof.output.OutputFile;
import uz.shaffof.render.TemplateFiles;
import uz.shaffof.search.SearchDoc;

/**
 * A session reuses what it keeps (a page pair's search document, an asset's path and SRI value, the template engine)
 * only while the bytes it was made from are the same.
 */
class BuildSessionTest {
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    private static OutputFile page(String path, String main) {
        return OutputFile.text(path, "<!DOCTYPE html><html><head><title>t</title></head><body><main><h1>" + main
                + "</h1><p>" + main + " matn</p></main></body></html>");
    }

    @Test
    void unchangedPagesAreNotReadAgainAndChangedOnesAre() {
        try (BuildSession session = new BuildSession()) {
            List<OutputFile> first = List.of(page("uz/a/index.html", "Toshkent"), page("oz/a/index.html", "Тошкент"));
            SearchDoc a = SearchSection.docs(List.of(), first, session).get(0);
            assertEquals(new SearchDoc("a/", SearchDoc.PAGE, new SearchDoc.Face("Toshkent", "", "Toshkent matn"),
                    new SearchDoc.Face("Тошкент", "", "Тошкент matn"), "Toshkent Toshkent matn"), a);

            List<OutputFile> same = List.of(page("uz/a/index.html", "Toshkent"), page("oz/a/index.html", "Тошкент"));
            assertEquals(a, SearchSection.docs(List.of(), same, session).get(0), "the same bytes: the document of last time");

            List<OutputFile> changedTwin = List.of(page("uz/a/index.html", "Toshkent"),
                    page("oz/a/index.html", "Тошкент шаҳри"));
            assertEquals("Тошкент шаҳри", SearchSection.docs(List.of(), changedTwin, session).get(0).titleCyrl(),
                    "a change in either edition makes the document again");
        }
    }

    @Test
    void aDocumentIsMadeOncePerChangeOfBytes() {
        try (BuildSession session = new BuildSession()) {
            AtomicInteger made = new AtomicInteger();
            OutputFile latn = page("uz/b/index.html", "x");
            OutputFile cyrl = page("oz/b/index.html", "х");
            SearchDocCache.Reading reading = new SearchDocCache.Reading(SearchDoc.Face.titled("x"),
                    SearchDoc.Face.titled("х"), "x");
            SearchDocCache.Run run = session.startSearch();
            for (int i = 0; i < 3; i++) session.searchDoc("b/", "page", latn, cyrl, run, () -> {
                made.incrementAndGet();
                return reading;
            });
            assertEquals(1, made.get());
            session.searchDoc("b/", "page", page("uz/b/index.html", "y"), cyrl, run, () -> {
                made.incrementAndGet();
                return reading;
            });
            assertEquals(2, made.get());
        }
    }

    @Test
    void anAssetIsHashedAgainOnlyWhenItsBytesChange() throws Exception {
        java.util.Map<String, byte[]> assets = java.util.Map.of("site.css", "body { color: black }".getBytes());
        Assets.Digests digests = new Assets.Digests();
        Assets first = Assets.collect(assets, "templates/assets", java.util.Map.of(), digests);
        assertEquals(Assets.collect(assets, "templates/assets", java.util.Map.of()).all(), first.all(),
                "the same values as without a memo");
        assertSame(first.get("site.css"), Assets.collect(assets, "templates/assets", java.util.Map.of(), digests)
                .get("site.css"), "unchanged bytes: the values of last time");

        assets = java.util.Map.of("site.css", "body { color: navy }".getBytes());
        AssetRef edited = Assets.collect(assets, "templates/assets", java.util.Map.of(), digests).get("site.css");
        assertEquals(Assets.collect(assets, "templates/assets", java.util.Map.of()).get("site.css"), edited);
        org.junit.jupiter.api.Assertions.assertNotEquals(first.get("site.css"), edited, "new bytes: a new name and SRI");
    }

    @Test
    void theTemplateEngineIsKeptOnlyForTheSameTemplateFiles() throws Exception {
        Path other = java.nio.file.Files.createDirectories(dir.resolve("other"));
        Path main = java.nio.file.Files.createDirectories(dir.resolve("main"));
        java.nio.file.Files.writeString(main.resolve("page.ftlh"), "<p>a</p>");
        java.nio.file.Files.writeString(other.resolve("page.ftlh"), "<p>a</p>");
        try (BuildSession session = new BuildSession()) {
            TemplateFiles a = TemplateFiles.read(main, "templates");
            var engine = session.templates(a, "templates", uz.shaffof.render.RenderLimits.DEFAULT);
            assertSame(engine, session.templates(TemplateFiles.read(main, "templates"), "templates", uz.shaffof.render.RenderLimits.DEFAULT),
                    "the same bytes read again: the same engine");

            java.nio.file.Files.writeString(main.resolve("page.ftlh"), "<p>b</p>");
            var edited = session.templates(TemplateFiles.read(main, "templates"), "templates", uz.shaffof.render.RenderLimits.DEFAULT);
            org.junit.jupiter.api.Assertions.assertNotSame(engine, edited, "the templates changed: a new engine");
            assertEquals("<p>b</p>", edited.render("page.ftlh", java.util.Map.of()));

            var elsewhere = session.templates(TemplateFiles.read(other, "templates"), "templates", uz.shaffof.render.RenderLimits.DEFAULT);
            org.junit.jupiter.api.Assertions.assertNotSame(edited, elsewhere, "another directory: a new engine");
            org.junit.jupiter.api.Assertions.assertNotSame(elsewhere, session.templates(a, "templates", uz.shaffof.render.RenderLimits.DEFAULT),
                    "back to earlier bytes after another engine: a new engine, made from those bytes");
            assertEquals("<p>a</p>", session.templates(a, "templates", uz.shaffof.render.RenderLimits.DEFAULT).render("page.ftlh", java.util.Map.of()));
        }
    }
}
