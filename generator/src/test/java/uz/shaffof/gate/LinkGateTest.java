package uz.shaffof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkGateTest {
    private final LinkGate gate = new LinkGate();

    private List<String> check(String txtar) {
        return SiteFixture.lines(gate.check(SiteFixture.site(txtar)));
    }

    @Test
    void aPagesLinksAndIdsComeBackAsTheyWereGiven() {
        java.util.Random random = new java.util.Random(7);
        String[] pieces = {"", "#", "a", "../uz/", "https://example.uz/x?y=1#z", "ўзбек", "\u0000", "  ", "#top"};
        for (int round = 0; round < 200; round++) {
            List<LinkGate.Link> links = new java.util.ArrayList<>();
            List<String> ids = new java.util.ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                String url = pieces[random.nextInt(pieces.length)] + pieces[random.nextInt(pieces.length)];
                links.add(new LinkGate.Link(random.nextBoolean() ? "a" : "img", random.nextBoolean() ? "href" : "src",
                        url, random.nextInt(3), random.nextInt(90)));
            }
            for (int i = random.nextInt(4); i > 0; i--) ids.add(pieces[random.nextInt(pieces.length)]);
            LinkGate.PageLinks page = new LinkGate.PageLinks(links, ids);
            assertEquals(links, page.links());
            assertEquals(ids, page.ids());
            assertEquals(new LinkGate.PageLinks(links, ids), page);
        }
    }

    @Test
    void reportsAllThreeSeededBreaks() {
        assertEquals(List.of(
                "site/uz/index.html:5:1: broken link <a href=\"nowhere/\">: uz/nowhere/index.html is not in the site",
                "site/uz/index.html:6:1: broken link <a href=\"regions/#toshkent\">: uz/regions/index.html has no id"
                        + " \"toshkent\"",
                "site/uz/index.html:7:1: broken link <a href=\"Regions/\">: uz/Regions/index.html is not in the site"
                        + " (uz/regions/index.html differs only in case)"),
                check("""
                        -- uz/index.html --
                        <!DOCTYPE html>
                        <html lang="uz-Latn"><head><title>Bosh sahifa</title></head><body>
                        <a href="regions/">fine</a>
                        <a href="regions/#andijon">fine</a>
                        <a href="nowhere/">missing page</a>
                        <a href="regions/#toshkent">missing anchor</a>
                        <a href="Regions/">wrong case</a>
                        </body></html>
                        -- uz/regions/index.html --
                        <!DOCTYPE html>
                        <html lang="uz-Latn"><head><title>Hududlar</title></head>
                        <body><h1 id="andijon">Andijon</h1></body></html>
                        """));
    }

    @Test
    void reportsAnchorThatDiffersOnlyByCase() {
        assertEquals(List.of("site/uz/index.html:2:4: broken link <a href=\"#Andijon\">: uz/index.html has no id"
                        + " \"Andijon\" (id \"andijon\" differs only in case)"),
                check("""
                        -- uz/index.html --
                        <h1 id="andijon">Andijon</h1>
                        <p><a href="#Andijon">up</a></p>
                        """));
    }

    @Test
    void resolvesRelativeRootRelativeAndBaseUrlLinksAndDirectoryIndexes() {
        assertEquals(List.of(), check("""
                -- uz/regions/andijon/index.html --
                <a href="../">up</a> <a href="./">self</a> <a href="">self</a> <a href="?q=1#top">top</a>
                <a href="/uz/">root-relative</a> <a href="https://shaffof.uz/uz/regions/andijon/">absolute</a>
                <a href="HTTPS://SHAFFOF.UZ/uz/">scheme and host are not case-sensitive</a>
                <a href="//shaffof.uz/uz/">protocol-relative</a> <a href="/">site root</a>
                <a href="/uz/regions/andijon/index.html#a">file</a> <a href="%61ndijon.csv">escaped</a>
                <p id="a">x</p>
                -- uz/regions/andijon/andijon.csv --
                a,b
                -- uz/regions/index.html --
                <p>x</p>
                -- uz/index.html --
                <p>x</p>
                -- index.html --
                <p>x</p>
                """));
    }

    @Test
    void checksAbsoluteLinksUnderTheBaseUrl() {
        assertEquals(List.of("site/index.html:1:1: broken link <link href=\"https://shaffof.uz/uz/\">:"
                        + " uz/index.html is not in the site"),
                check("""
                        -- index.html --
                        <link rel="canonical" href="https://shaffof.uz/uz/">
                        """));
    }

    @Test
    void checksEverySrcsetCandidateAndOtherResourceAttributes() {
        assertEquals(List.of(
                "site/index.html:1:1: broken link <img srcset=\"b.png\">: b.png is not in the site",
                "site/index.html:2:1: broken link <video poster=\"p.png\">: p.png is not in the site",
                "site/index.html:3:1: broken link <script src=\"app.js\">: app.js is not in the site"),
                check("""
                        -- index.html --
                        <img src="a.png" srcset="a.png 1x, b.png 2x" alt="">
                        <video poster="p.png"></video>
                        <script src="app.js"></script>
                        -- a.png --
                        png
                        """));
    }

    @Test
    void suggestsTheTrailingSlashForADirectoryLink() {
        assertEquals(List.of("site/index.html:1:1: broken link <a href=\"uz\">: uz is not in the site"
                        + " (uz/index.html exists: a directory link needs a trailing slash)"),
                check("""
                        -- index.html --
                        <a href="uz">x</a>
                        -- uz/index.html --
                        <p>x</p>
                        """));
    }

    @Test
    void reportsLinksThatLeaveTheSiteOrCannotBeDecoded() {
        assertEquals(List.of(
                "site/uz/index.html:1:1: broken link <a href=\"../../x.html\">: it leads outside the site",
                "site/uz/index.html:2:1: broken link <a href=\"%E0%A4%A.html\">: malformed percent-encoding"),
                check("""
                        -- uz/index.html --
                        <a href="../../x.html">x</a>
                        <a href="%E0%A4%A.html">x</a>
                        """));
    }

    @Test
    void ignoresOtherOriginsAndNonWebSchemes() {
        assertEquals(List.of(), check("""
                -- index.html --
                <a href="https://lex.uz/docs/1">law</a> <a href="//example.org/x">other</a>
                <a href="https://shaffof.uz.example.org/x">lookalike host</a>
                <a href="mailto:info@shaffof.uz">mail</a> <a href="tel:+998712000000">phone</a>
                """));
    }

    @Test
    void checksFragmentsIntoSvgFilesButNotIntoOtherFiles() {
        assertEquals(List.of("site/index.html:1:1: broken link <img src=\"icons.svg#dott\">: icons.svg has no id"
                        + " \"dott\""),
                check("""
                        -- index.html --
                        <img src="icons.svg#dott" alt=""><img src="icons.svg#dot" alt="">
                        <a href="data.csv#row=2">csv</a>
                        -- icons.svg --
                        <svg xmlns="http://www.w3.org/2000/svg"><circle id="dot" r="1"/></svg>
                        -- data.csv --
                        a
                        """));
    }

    @Test
    void cleanSitePasses() {
        assertEquals(List.of(), SiteFixture.lines(gate.check(SiteFixture.cleanSite())));
    }

    /**
     * A pipeline that post-processes each page takes the links from its own parse, without positions, and drops
     * the page; the check must find the same problems, and {@code locate} must put them on the same lines.
     */
    @Test
    void linksTakenFromAnUntrackedParseGiveTheSameProblemsAtTheSamePlaces() {
        String txtar = """
                -- uz/index.html --
                <!DOCTYPE html>
                <html lang="uz-Latn"><head><title>Bosh sahifa</title></head><body>
                <a href="regions/">fine</a> <img src="nowhere.png" alt="">
                <a href="nowhere/">missing page</a>
                <a href="regions/#toshkent">missing anchor</a>
                <a href="regions/#toshkent">the same again</a>
                <a href="Regions/">wrong case</a> <a href="map.svg#UZ-AN">fine</a> <a href="map.svg#UZ-XX">no</a>
                </body></html>
                -- uz/regions/index.html --
                <!DOCTYPE html>
                <html lang="uz-Latn"><head><title>Hududlar</title></head>
                <body><h1 id="andijon">Andijon</h1><a href="../index.html#Top">top</a><a href="../../..">out</a></body></html>
                -- uz/map.svg --
                <svg xmlns="http://www.w3.org/2000/svg"><g id="UZ-AN"></g></svg>
                """;
        SiteSnapshot site = SiteFixture.site(txtar);
        List<String> expected = SiteFixture.lines(gate.check(site));
        assertEquals(7, expected.size(), String.join("\n", expected));

        java.util.Map<String, LinkGate.PageLinks> pages = new java.util.HashMap<>();
        java.util.Map<String, byte[]> bytes = new java.util.HashMap<>();
        for (uz.shaffof.output.OutputFile f : site.htmlFiles()) {
            pages.put(f.path(), LinkGate.PageLinks.of(org.jsoup.Jsoup.parse(f.text())));
            bytes.put(f.path(), f.bytes());
        }
        List<String> paths = site.files().stream().map(uz.shaffof.output.OutputFile::path).toList();
        List<uz.shaffof.problem.Problem> unlocated = LinkGate.check(paths, pages, site.baseUrl(), site::svg);
        assertEquals(expected.stream().map(l -> l.replaceFirst(":\\d+:\\d+:", ":0:0:")).sorted().toList(),
                SiteFixture.lines(unlocated), "the same problems, at their files");
        assertEquals(expected, SiteFixture.lines(LinkGate.locate(unlocated, bytes::get)), "and at the same places");
    }

    @Test
    void problemsComeInPathOrderWhenManyPagesAreCheckedAtOnce() {
        // Pages are checked in parallel; the report must still read page by page, in path order, links in
        // document order, whatever thread finished first. Every third page links into another page's missing id.
        int n = 3_000;
        java.util.Map<String, LinkGate.PageLinks> pages = new java.util.HashMap<>();
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            String path = String.format("p/%05d.html", i);
            List<LinkGate.Link> links = new java.util.ArrayList<>();
            links.add(new LinkGate.Link("a", "href", String.format("%05d.html", (i + 1) % n), 0, 0));
            if (i % 3 == 0) {
                links.add(new LinkGate.Link("a", "href", String.format("%05d.html#nowhere", (i + 7) % n), 0, 0));
                links.add(new LinkGate.Link("a", "href", "missing-" + i + ".html", 0, 0));
                expected.add("site/" + path + ":0:0: broken link <a href=\"" + String.format("%05d.html#nowhere", (i + 7) % n)
                        + "\">: " + String.format("p/%05d.html", (i + 7) % n) + " has no id \"nowhere\"");
                expected.add("site/" + path + ":0:0: broken link <a href=\"missing-" + i + ".html\">: p/missing-" + i
                        + ".html is not in the site");
            }
            pages.put(path, new LinkGate.PageLinks(links, List.of("top-" + i)));
        }
        List<String> found = LinkGate.check(pages.keySet(), pages, "https://example.uz/", p -> null).stream()
                .map(Object::toString).toList(); // as reported: not sorted here
        assertEquals(expected, found);
    }
}
