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

    @Test
    void problemsComeInPathOrderWhenManyPagesAreCheckedAtOnce() {
        // Pages are checked in parallel; the report must still read page by page, in path order, links in
        // document order, whatever thread finished first. Every third page links into another page's missing id.
        int n = 3_000;
        List<uz.shaffof.output.OutputFile> files = new java.util.ArrayList<>();
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            String path = String.format("p/%05d.html", i);
            StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html><head><title>p</title></head><body id=\"top-"
                    + i + "\">\n").append(String.format("<a href=\"%05d.html\">next</a>\n", (i + 1) % n));
            if (i % 3 == 0) {
                String noId = String.format("%05d.html#nowhere", (i + 7) % n);
                page.append("<a href=\"").append(noId).append("\">no id</a>\n");
                page.append("<a href=\"missing-").append(i).append(".html\">missing</a>\n");
                expected.add("site/" + path + ":4:1: broken link <a href=\"" + noId + "\">: "
                        + String.format("p/%05d.html", (i + 7) % n) + " has no id \"nowhere\"");
                expected.add("site/" + path + ":5:1: broken link <a href=\"missing-" + i + ".html\">: p/missing-" + i
                        + ".html is not in the site");
            }
            files.add(uz.shaffof.output.OutputFile.text(path, page.append("</body></html>\n").toString()));
        }
        List<String> found = gate.check(new SiteSnapshot(files, "https://example.uz/")).stream()
                .map(Object::toString).toList(); // as reported: not sorted here
        assertEquals(expected, found);
    }
}
