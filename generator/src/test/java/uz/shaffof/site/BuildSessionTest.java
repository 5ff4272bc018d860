package uz.shaffof.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uz.shaffof.output.OutputFile;
import uz.shaffof.search.SearchDoc;

/** A session reuses a page pair's search document only while both pages' bytes are the same. */
class BuildSessionTest {
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
}
