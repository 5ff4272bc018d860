package uz.shaffof.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uz.shaffof.output.OutputFile;
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
            SearchDoc a = SearchSection.docs(first, session).get(0);
            assertEquals(new SearchDoc("a/", "Toshkent", "Тошкент", "Toshkent Toshkent matn"), a);

            List<OutputFile> same = List.of(page("uz/a/index.html", "Toshkent"), page("oz/a/index.html", "Тошкент"));
            assertSame(a, SearchSection.docs(same, session).get(0), "the same bytes: the document of last time");

            List<OutputFile> changedTwin = List.of(page("uz/a/index.html", "Toshkent"),
                    page("oz/a/index.html", "Тошкент шаҳри"));
            assertEquals("Тошкент шаҳри", SearchSection.docs(changedTwin, session).get(0).titleCyrl(),
                    "a change in either edition makes the document again");
        }
    }

    @Test
    void aDocumentIsMadeOncePerChangeOfBytes() {
        try (BuildSession session = new BuildSession()) {
            AtomicInteger made = new AtomicInteger();
            OutputFile latn = page("uz/b/index.html", "x");
            OutputFile cyrl = page("oz/b/index.html", "х");
            SearchDoc doc = new SearchDoc("b/", "x", "х", "x");
            for (int i = 0; i < 3; i++) session.searchDoc("b/", latn, cyrl, () -> {
                made.incrementAndGet();
                return doc;
            });
            assertEquals(1, made.get());
            session.searchDoc("b/", page("uz/b/index.html", "y"), cyrl, () -> {
                made.incrementAndGet();
                return doc;
            });
            assertEquals(2, made.get());
        }
    }

    @Test
    void anAssetIsHashedAgainOnlyWhenItsBytesChange() throws Exception {
        java.nio.file.Path assets = dir.resolve("assets");
        java.nio.file.Files.createDirectories(assets);
        java.nio.file.Files.writeString(assets.resolve("site.css"), "body { color: black }");
        Assets.Digests digests = new Assets.Digests();
        Assets first = Assets.collect(assets, java.util.Map.of(), digests);
        assertEquals(Assets.collect(assets, java.util.Map.of()).all(), first.all(), "the same values as without a memo");
        assertSame(first.get("site.css"), Assets.collect(assets, java.util.Map.of(), digests).get("site.css"),
                "unchanged bytes: the values of last time");

        java.nio.file.Files.writeString(assets.resolve("site.css"), "body { color: navy }");
        AssetRef edited = Assets.collect(assets, java.util.Map.of(), digests).get("site.css");
        assertEquals(Assets.collect(assets, java.util.Map.of()).get("site.css"), edited);
        org.junit.jupiter.api.Assertions.assertNotEquals(first.get("site.css"), edited, "new bytes: a new name and SRI");
    }

    @Test
    void theTemplateEngineIsKeptOnlyForTheSameTemplateFiles() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("other"));
        try (BuildSession session = new BuildSession()) {
            var engine = session.templates(dir, "templates", "fingerprint-a");
            assertSame(engine, session.templates(dir, "templates", "fingerprint-a"));
            org.junit.jupiter.api.Assertions.assertNotSame(engine, session.templates(dir, "templates", "fingerprint-b"),
                    "another fingerprint: the templates changed, a new engine");
            var other = session.templates(dir.resolve("other"), "templates", "fingerprint-b");
            org.junit.jupiter.api.Assertions.assertNotSame(engine, other, "another directory: a new engine");
            org.junit.jupiter.api.Assertions.assertNotSame(other,
                    session.templates(dir.resolve("other"), "templates", "fingerprint-a"),
                    "back to earlier bytes: not the engine that may have read the later ones");
        }
    }
}
