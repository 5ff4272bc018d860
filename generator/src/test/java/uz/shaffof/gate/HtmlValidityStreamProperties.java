package uz.shaffof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uz.shaffof.output.OutputFile;

/**
 * Whatever pages the HTML-validity gate was told early, and with whatever bytes, its problems with the finished site
 * are those of a check of that site alone: an early verdict counts only for the bytes it was given on.
 */
class HtmlValidityStreamProperties {
    private static final HtmlValidityGate GATE = new HtmlValidityGate(2);

    /** Pieces of a page's body, valid and not (the gate tests' bad pages among them). */
    private static final List<String> PIECES = List.of(
            "<p>Matn</p>\n", "<span><p>Matn</p></span>\n", "<img src=\"a.png\">\n", "<p><a href=\"x y\">z</a></p>\n",
            "<center>eski</center>\n", "<div id=\"a\"></div>\n", "<ul><li>bir</li></ul>\n", "<ul><div>x</div></ul>\n",
            "<section><p>Matn</p></section>\n", "<table><tr><td>1</td></tr></table>\n", "<div>\n", "</div>\n",
            "<a href=\"#a\">a</a>\n", "<p title=\"\u0434\">Кирилл</p>\n");

    private static String page(List<Integer> pieces) {
        StringBuilder body = new StringBuilder();
        for (int i : pieces) body.append(PIECES.get(i));
        return "<!DOCTYPE html>\n<html lang=\"uz-Latn\">\n<head>\n<meta charset=\"utf-8\">\n<title>Sinov</title>\n"
                + "</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    /** One page of the finished site, and what the stream was told at its path first (null: nothing). */
    record Told(String finalPage, String toldFirst, boolean toldFinalToo) {}

    @Provide
    Arbitrary<List<Told>> sites() {
        Arbitrary<String> pages = Arbitraries.integers().between(0, PIECES.size() - 1).list().ofMaxSize(5)
                .map(HtmlValidityStreamProperties::page);
        Arbitrary<Told> told = Combinators.combine(pages, pages.injectNull(0.3), Arbitraries.of(true, false))
                .as(Told::new);
        return told.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 60)
    void theProblemsAreThoseOfTheFinishedSiteWhateverWasToldEarly(@ForAll("sites") List<Told> told) {
        List<OutputFile> files = new ArrayList<>();
        for (int k = 0; k < told.size(); k++) files.add(OutputFile.text("p" + k + ".html", told.get(k).finalPage()));
        SiteSnapshot site = new SiteSnapshot(files, SiteFixture.BASE_URL);
        List<String> whole = SiteFixture.lines(GATE.check(site));
        try (HtmlValidityGate.Stream stream = GATE.stream(SiteFixture.BASE_URL)) {
            for (int k = 0; k < told.size(); k++) {
                Told t = told.get(k);
                if (t.toldFirst() != null) stream.page(OutputFile.text("p" + k + ".html", t.toldFirst()));
                if (t.toldFinalToo()) stream.page(files.get(k));
            }
            assertEquals(whole, SiteFixture.lines(stream.check(site, Gate.PagesChecked.NONE)));
        }
    }
}
