package uz.shaffof.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uz.shaffof.gate.Gate;
import uz.shaffof.gate.HtmlValidityGate;
import uz.shaffof.gate.SiteSnapshot;
import uz.shaffof.output.OutputFile;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.SourcePos;

/** The same problems as the wrapped gate, checking only pages that changed. */
class IncrementalHtmlValidityTest {
    static final String BASE = "https://shaffof.example/";
    static final String VALID = "<!DOCTYPE html><html lang=\"uz\"><head><meta charset=\"utf-8\"><title>%s</title></head>"
            + "<body><p>%s</p></body></html>";

    /** Finds a "problem" in every page that contains BAD, and counts the pages it was shown. */
    static final class Counting implements Gate {
        final List<String> checked = new ArrayList<>();

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public List<Problem> check(SiteSnapshot site) {
            List<Problem> found = new ArrayList<>();
            for (OutputFile f : site.htmlFiles()) {
                checked.add(f.path());
                if (f.text().contains("BAD")) found.add(Problem.error(SourcePos.of(SiteSnapshot.reportPath(f.path()), 1, 1), "bad"));
            }
            return found;
        }
    }

    static List<OutputFile> site(String a, String b, String c) {
        return List.of(OutputFile.text("uz/a/index.html", a), OutputFile.text("uz/b/index.html", b),
                OutputFile.text("uz/c/index.html", c), OutputFile.text("assets/x.css", "p{}"));
    }

    @Test
    void checksOnlyChangedPagesAndRemembersTheirProblems() {
        Counting inner = new Counting();
        IncrementalHtmlValidity gate = new IncrementalHtmlValidity(inner);
        int[] told = new int[2];
        assertEquals(1, gate.check(new SiteSnapshot(site("a", "BAD", "c"), BASE),
                (checked, pages) -> { told[0] = checked; told[1] = pages; }).size());
        assertArrayEquals(new int[] {3, 3}, told);

        inner.checked.clear();
        List<Problem> again = gate.check(new SiteSnapshot(site("a2", "BAD", "c"), BASE),
                (checked, pages) -> { told[0] = checked; told[1] = pages; });
        assertEquals(List.of("uz/a/index.html"), inner.checked);
        assertArrayEquals(new int[] {1, 3}, told, "the gates' listener hears one page of three checked");
        assertEquals(1, again.size(), "the unchanged bad page is still reported");
        assertEquals("site/uz/b/index.html", again.get(0).pos().path());

        inner.checked.clear();
        assertEquals(0, gate.check(new SiteSnapshot(site("a2", "fixed", "c"), BASE)).size());
        assertEquals(List.of("uz/b/index.html"), inner.checked);

        inner.checked.clear();
        gate.check(new SiteSnapshot(site("a2", "fixed", "c"), "https://other.example/"));
        assertEquals(3, inner.checked.size(), "another base URL: every page again");
    }

    @Test
    void givesWhatTheRealHtmlValidityGateGives() {
        List<OutputFile> files = List.of(
                OutputFile.text("uz/ok/index.html", VALID.formatted("ok", "fine")),
                OutputFile.text("uz/bad/index.html", VALID.formatted("bad", "<div><span></div>")),
                OutputFile.text("uz/worse/index.html", "<!DOCTYPE html><html><body><p><table></p></body></html>"));
        SiteSnapshot site = new SiteSnapshot(files, BASE);
        HtmlValidityGate real = new HtmlValidityGate(1);
        List<Problem> expected = real.check(site).stream().sorted().toList();
        assertFalse(expected.isEmpty());

        IncrementalHtmlValidity gate = new IncrementalHtmlValidity(real);
        assertEquals(expected, gate.check(site).stream().sorted().toList());
        int[] checkedNow = {-1};
        assertEquals(expected, gate.check(new SiteSnapshot(files, BASE), (checked, pages) -> checkedNow[0] = checked)
                .stream().sorted().toList(), "from memory");
        assertEquals(0, checkedNow[0]);
    }
}
