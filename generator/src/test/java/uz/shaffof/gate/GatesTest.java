package uz.shaffof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.SourcePos;

class GatesTest {
    /** One instance for the class, as the build keeps one: its HTML checkers are built once. */
    private static final Gates STANDARD = Gates.standard();

    @Test
    void cleanSitePassesEveryStandardGate() {
        assertEquals(List.of(), SiteFixture.lines(STANDARD.run(SiteFixture.cleanSite())));
    }

    @Test
    void reportsEveryGatesFindingsInPathAndLineOrder() {
        assertEquals(List.of(
                "site/uz/index.html:1:1: uz/index.html has no Cyrillic twin oz/index.html",
                "site/uz/index.html:3:1: missing <link rel=\"alternate\" hreflang=\"uz-Cyrl\"> to the Cyrillic edition"
                        + " oz/index.html",
                "site/uz/index.html:3:1: missing <link rel=\"alternate\" hreflang=\"uz-Latn\"> to the Latin edition"
                        + " uz/index.html",
                "site/uz/index.html:3:1: missing <link rel=\"alternate\" hreflang=\"x-default\"> to the Latin edition"
                        + " uz/index.html",
                "site/uz/index.html:3:1: no <meta http-equiv=\"Content-Security-Policy\"> in <head>",
                "site/uz/index.html:8:1: broken link <a href=\"nowhere/\">: uz/nowhere/index.html is not in the site",
                "site/uz/index.html:9:7: Element “p” not allowed as child of element “span” in this context."
                        + " (Suppressing further errors from this subtree.)",
                "site/uz/index.html:9:7: style attribute on <p> is not allowed: the CSP forbids inline styles",
                "site/uz/index.html:10:1: third-party request: <script src=\"https://cdn.example.org/x.js\"> loads"
                        + " from another origin"),
                SiteFixture.lines(STANDARD.run(SiteFixture.site("""
                        -- uz/index.html --
                        <!DOCTYPE html>
                        <html lang="uz-Latn">
                        <head>
                        <meta charset="utf-8">
                        <title>Bosh sahifa</title>
                        </head>
                        <body>
                        <a href="nowhere/">missing</a>
                        <span><p style="color: red">x</p></span>
                        <script src="https://cdn.example.org/x.js"></script>
                        </body>
                        </html>
                        """))));
    }

    @Test
    void runsGatesThatShareParsedPagesOnOneThreadAndTheOthersBeside() {
        Set<String> sharedThreads = ConcurrentHashMap.newKeySet();
        Set<String> ownThreads = ConcurrentHashMap.newKeySet();
        Gate shared1 = new FakeGate("a", true, sharedThreads);
        Gate shared2 = new FakeGate("b", true, sharedThreads);
        Gate own = new FakeGate("c", false, ownThreads);
        List<Problem> problems = new Gates(List.of(shared1, own, shared2)).run(SiteFixture.cleanSite());
        assertEquals(List.of("site/x:1:1: a", "site/x:1:1: b", "site/x:1:1: c"), SiteFixture.lines(problems));
        assertEquals(1, sharedThreads.size());
        assertEquals(false, sharedThreads.containsAll(ownThreads));
    }

    @Test
    void failsInsteadOfPassingWhenAGateBreaks() {
        Gate broken = new Gate() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public List<Problem> check(SiteSnapshot site) {
                throw new IllegalStateException("no such thing");
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new Gates(List.of(new LinkGate(), broken)).run(SiteFixture.cleanSite()));
        assertEquals("gate broken failed: no such thing", e.getMessage());
    }

    @Test
    void checksATwoThousandPageSiteWithEveryGate() {
        // Scale, not speed: every gate must stay linear in the number of pages and links. No timing is asserted.
        SiteSnapshot site = new SiteSnapshot(SyntheticSite.files(1_000), SiteFixture.BASE_URL);
        assertEquals(2_000, site.htmlFiles().size());
        assertEquals(List.of(), SiteFixture.lines(STANDARD.run(site)));
    }

    @Test
    void parsesEachPageOnceForEveryPageGateAndJudgesTheSiteAfterTheLastPage() {
        Map<String, Document> seenByFirst = new ConcurrentHashMap<>();
        Map<String, Document> seenBySecond = new ConcurrentHashMap<>();
        SiteSnapshot site = SiteFixture.cleanSite();
        int pages = site.htmlFiles().size();
        List<Problem> problems = new Gates(List.of(new RecordingGate("first", seenByFirst, pages),
                new RecordingGate("second", seenBySecond, pages))).run(site);
        assertEquals(List.of("site/x:1:1: first saw " + pages + " pages", "site/x:1:1: second saw " + pages + " pages"),
                SiteFixture.lines(problems));
        assertEquals(seenByFirst.keySet(), seenBySecond.keySet());
        for (String path : seenByFirst.keySet()) assertSame(seenByFirst.get(path), seenBySecond.get(path), path);
    }

    /** Keeps the document of each page it reads (which a real gate must not), and counts them when finished. */
    private record RecordingGate(String name, Map<String, Document> seen, int pages) implements PageGate<PageFindings> {
        @Override
        public PageFindings read(String path, Document doc, SiteUrls urls) {
            if (seen.put(path, doc) != null) throw new IllegalStateException(path + " read twice");
            return PageFindings.NONE;
        }

        @Override
        public PageFindings decode(DataInputStream in) throws IOException {
            return PageFindings.read(in);
        }

        @Override
        public PageCheck<PageFindings> start(SiteSnapshot site) {
            return new PageCheck<>() {
                @Override
                public List<Problem> page(String path, PageFindings facts) {
                    return facts.problems(path);
                }

                @Override
                public List<Problem> finish() {
                    return List.of(Problem.error(SourcePos.file("site/x"), name + " saw " + seen.size() + " pages"));
                }
            };
        }
    }

    /** Records the thread it ran on and reports one problem named after itself. */
    private record FakeGate(String name, boolean readsParsedPages, Set<String> threads) implements Gate {
        @Override
        public List<Problem> check(SiteSnapshot site) {
            threads.add(Thread.currentThread().getName());
            return List.of(Problem.error(SourcePos.file("site/x"), name));
        }
    }
}
