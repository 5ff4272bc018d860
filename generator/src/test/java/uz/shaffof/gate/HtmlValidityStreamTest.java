package uz.shaffof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.output.OutputFile;

/**
 * The HTML-validity gate judging pages as they are told ({@link StreamingGate.Stream}) gives exactly the problems of
 * a check of the finished site: what it judged early is taken only for a page whose final bytes it judged.
 */
class HtmlValidityStreamTest {
    private static final HtmlValidityGate GATE = new HtmlValidityGate(2);

    @TempDir
    Path dir;

    private static String page(String body) {
        return "<!DOCTYPE html>\n<html lang=\"uz-Latn\">\n<head>\n<meta charset=\"utf-8\">\n<title>Sinov</title>\n"
                + "</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    /** Every bad page of the gate's own tests, and a clean one, in one site. */
    private static final String BAD_PAGES = "-- uz/index.html --\n" + page("<span><p>Matn</p></span>\n")
            + "-- index.html --\n" + page("""
                    <img src="a.png">
                    <p><a href="x y">z</a></p>
                    <center>eski</center>
                    <div id="a"></div><div id="a"></div>
                    """)
            + "-- many.html --\n" + page("<center>x</center>\n".repeat(30))
            + "-- warnings.html --\n" + page("""
                    <section><p>Matn</p></section>
                    <table><tr><td>1</td></tr><tr><td>2</td></tr></table>
                    """)
            + "-- clean.html --\n" + page("<p>Toza</p>\n");

    /** The problems of {@code site} when {@code told} were told to the stream before the site was finished. */
    private static List<String> streamed(SiteSnapshot site, List<OutputFile> told, int[] counts) {
        try (HtmlValidityGate.Stream stream = GATE.stream(site.baseUrl())) {
            told.forEach(stream::page);
            return SiteFixture.lines(stream.check(site, (fresh, pages) -> {
                counts[0] = fresh;
                counts[1] = pages;
            }));
        }
    }

    @Test
    void everyBadPageFailsExactlyAsInACheckOfTheFinishedSite() {
        SiteSnapshot site = SiteFixture.site(BAD_PAGES);
        List<String> whole = SiteFixture.lines(GATE.check(site));
        assertEquals(5 + HtmlValidityGate.MAX_ERRORS_PER_PAGE + 1, whole.size(), whole.toString());
        int[] counts = new int[2];
        assertEquals(whole, streamed(site, site.files(), counts));
        assertEquals(List.of(5, 5), List.of(counts[0], counts[1]));
        // Told only some of them: the rest are checked at the end, with the same result.
        assertEquals(whole, streamed(site, site.files().subList(0, 2), counts));
    }

    @Test
    void aPageToldEarlyIsJudgedByItsFinalBytes() {
        SiteSnapshot bad = SiteFixture.site("-- p.html --\n" + page("<center>x</center>\n"));
        SiteSnapshot good = SiteFixture.site("-- p.html --\n" + page("<p>x</p>\n"));
        int[] counts = new int[2];
        // Told the valid page, finished with the invalid one at its path: the invalid one fails.
        assertEquals(List.of("site/p.html:8:1: The “center” element is obsolete. Use CSS instead."),
                streamed(bad, good.files(), counts));
        // And the other way round: the error it found early is not reported for a page that no longer has it.
        assertEquals(List.of(), streamed(good, bad.files(), counts));
        // Told twice, the second time with the final bytes: the later judgement is the one taken.
        try (HtmlValidityGate.Stream stream = GATE.stream(SiteFixture.BASE_URL)) {
            stream.page(good.files().get(0));
            stream.page(bad.files().get(0));
            assertEquals(1, stream.check(bad, Gate.PagesChecked.NONE).size());
        }
    }

    @Test
    void pagesToldFromWhereTheyAreStoredAreReadThere() throws IOException {
        Files.writeString(dir.resolve("p.html"), page("<center>x</center>\n"));
        OutputFile stored = OutputFile.stored("p.html", dir);
        SiteSnapshot site = new SiteSnapshot(List.of(stored), SiteFixture.BASE_URL);
        int[] counts = new int[2];
        assertEquals(List.of("site/p.html:8:1: The “center” element is obsolete. Use CSS instead."),
                streamed(site, List.of(stored), counts));
        // Rewritten after it was told (and not told again): the final bytes decide.
        try (HtmlValidityGate.Stream stream = GATE.stream(SiteFixture.BASE_URL)) {
            stream.page(stored);
            stream.check(site, Gate.PagesChecked.NONE); // waits for the early judgement of the old bytes
            Files.writeString(dir.resolve("p.html"), page("<p>x</p>\n"));
            assertEquals(List.of(), stream.check(site, Gate.PagesChecked.NONE));
        }
    }

    @Test
    void pagesToldForAnotherBaseUrlAreCheckedAtTheSitesOwn() {
        SiteSnapshot site = SiteFixture.site(BAD_PAGES);
        List<String> whole = SiteFixture.lines(GATE.check(site));
        int[] counts = new int[2];
        try (HtmlValidityGate.Stream stream = GATE.stream("https://other.example/")) {
            site.files().forEach(stream::page);
            assertEquals(whole, SiteFixture.lines(stream.check(site, (fresh, pages) -> {
                counts[0] = fresh;
                counts[1] = pages;
            })));
        }
        assertEquals(List.of(5, 5), List.of(counts[0], counts[1]));
    }

    @Test
    void aPageToldAfterTheStreamIsClosedIsIgnored() {
        HtmlValidityGate.Stream stream = GATE.stream(SiteFixture.BASE_URL);
        stream.close();
        stream.page(SiteFixture.files("-- p.html --\n" + page("<p>x</p>\n")).get(0));
        assertEquals(0, stream.firstPageNanos());
    }
}
