package uz.shaffof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlValidityGateTest {
    /** Built once: each gate builds its checkers on first use, which takes about half a second. */
    private static final HtmlValidityGate GATE = new HtmlValidityGate(2);

    private static String page(String body) {
        return "<!DOCTYPE html>\n<html lang=\"uz-Latn\">\n<head>\n<meta charset=\"utf-8\">\n<title>Sinov</title>\n"
                + "</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    private static List<String> check(String txtar) {
        return SiteFixture.lines(GATE.check(SiteFixture.site(txtar)));
    }

    @Test
    void reportsErrorsAtTheStartOfTheOffendingTag() {
        assertEquals(List.of("site/uz/index.html:8:7: Element “p” not allowed as child of element “span” in this"
                        + " context. (Suppressing further errors from this subtree.)"),
                check("-- uz/index.html --\n" + page("<span><p>Matn</p></span>\n")));
    }

    @Test
    void reportsEveryErrorOfAPageInOrder() {
        assertEquals(List.of(
                "site/index.html:8:1: An “img” element must have an “alt” attribute, except under certain"
                        + " conditions. For details, consult guidance on providing text alternatives for images.",
                "site/index.html:9:4: Bad value “x y” for attribute “href” on element “a”: Illegal character in path"
                        + " segment. Space is not allowed.",
                "site/index.html:10:1: The “center” element is obsolete. Use CSS instead.",
                "site/index.html:11:19: Duplicate ID “a”."),
                check("-- index.html --\n" + page("""
                        <img src="a.png">
                        <p><a href="x y">z</a></p>
                        <center>eski</center>
                        <div id="a"></div><div id="a"></div>
                        """)));
    }

    @Test
    void leavesOutWarningsAndInfo() {
        // A section without heading is a warning, the table overflow is a warning: nothing to report.
        assertEquals(List.of(), check("-- index.html --\n" + page("""
                <section><p>Matn</p></section>
                <table><tr><td>1</td></tr><tr><td>2</td></tr></table>
                """)));
    }

    @Test
    void showsAtMostTwentyFiveErrorsOfAPage() {
        List<String> problems = check("-- index.html --\n" + page("<center>x</center>\n".repeat(30)));
        assertEquals(HtmlValidityGate.MAX_ERRORS_PER_PAGE + 1, problems.size());
        assertEquals("site/index.html:33:1: 5 more HTML errors in this page from here on (only the first 25 of a"
                + " page are shown)", problems.get(problems.size() - 1));
    }

    @Test
    void checksEveryPageWithReusedCheckers() {
        StringBuilder site = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            site.append("-- p").append(i).append(".html --\n").append(page("<center>x</center>\n"));
        }
        List<String> first = check(site.toString());
        assertEquals(20, first.size());
        assertEquals("site/p0.html:8:1: The “center” element is obsolete. Use CSS instead.", first.get(0));
        assertEquals(first, check(site.toString()));
    }

    @Test
    void cleanSitePasses() {
        assertEquals(List.of(), SiteFixture.lines(GATE.check(SiteFixture.cleanSite())));
    }
}
