package uz.shaffof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.output.OutputFile;

/**
 * The HTML-validity gate with a {@link VerdictCache} on disk: a page whose bytes were judged before (at the same
 * address, by the same checker) is not checked again, and the run's problems are exactly those of a gate without a
 * cache, a cached failure included. An entry that is damaged, truncated or foreign is checked again, never trusted.
 * Counts come from the gate itself ({@link Gate.PagesChecked}), never from timings.
 */
class HtmlValidityVerdictsTest {
    /** The reference: no cache, every page checked. Built once: checkers take about half a second to make. */
    private static final HtmlValidityGate UNCACHED = new HtmlValidityGate(1);

    @TempDir
    Path dir;
    /**
     * The gate under test, kept for the whole test so its checkers are built once: it holds no verdict in memory
     * (each run reads them from {@code dir/verdicts}), so each run is what a new process's would be.
     */
    private HtmlValidityGate gate;

    private static String page(String body) {
        return "<!DOCTYPE html>\n<html lang=\"uz-Latn\">\n<head>\n<meta charset=\"utf-8\">\n<title>Sinov</title>\n"
                + "</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    /** Three valid pages and one with two errors, one of them at a place vnu does not name by itself. */
    private static List<OutputFile> site() {
        return List.of(
                OutputFile.text("uz/index.html", page("<p>Bosh sahifa</p>\n")),
                OutputFile.text("uz/a/index.html", page("<p>A</p>\n")),
                OutputFile.text("oz/index.html", page("<p>Бош саҳифа</p>\n")),
                OutputFile.text("uz/bad/index.html", page("<span><p>Matn</p></span>\n<center>eski</center>\n")));
    }

    /** One run of {@code gate} over {@code files}: its problems as lines, and how many pages it checked. */
    private record Run(List<String> problems, int checked, int pages) {}

    private static Run run(HtmlValidityGate gate, List<OutputFile> files) {
        int[] told = {-1, -1};
        List<String> problems = SiteFixture.lines(gate.check(new SiteSnapshot(files, SiteFixture.BASE_URL),
                (checked, pages) -> {
                    told[0] = checked;
                    told[1] = pages;
                }));
        return new Run(problems, told[0], told[1]);
    }

    private HtmlValidityGate cached() {
        if (gate == null) gate = new HtmlValidityGate(1, VerdictCache.onDisk(dir.resolve("verdicts")), null);
        return gate;
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> walk = Files.walk(dir.resolve("verdicts"))) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void aSecondRunChecksNoPageAndReportsTheSame() {
        List<String> reference = SiteFixture.lines(UNCACHED.check(new SiteSnapshot(site(), SiteFixture.BASE_URL)));
        assertEquals(2, reference.size(), "the bad page has two errors: " + reference);

        Run first = run(cached(), site());
        assertEquals(4, first.checked());
        assertEquals(4, first.pages());
        assertEquals(reference, first.problems());

        Run second = run(cached(), site());
        assertEquals(0, second.checked());
        assertEquals(4, second.pages());
        assertEquals(reference, second.problems());
    }

    @Test
    void aCachedFailureReportsExactlyWhereAndWhatAFreshCheckDoes() {
        run(cached(), site());
        Run fromCache = run(cached(), site());
        assertEquals(0, fromCache.checked());
        assertEquals(List.of(
                "site/uz/bad/index.html:8:7: Element “p” not allowed as child of element “span” in this context."
                        + " (Suppressing further errors from this subtree.)",
                "site/uz/bad/index.html:9:1: The “center” element is obsolete. Use CSS instead."),
                fromCache.problems());
    }

    @Test
    void aPageWithManyErrorsKeepsItsCutOffLineInTheCache() {
        List<OutputFile> files = List.of(OutputFile.text("index.html", page("<center>x</center>\n".repeat(30))));
        List<String> reference = SiteFixture.lines(UNCACHED.check(new SiteSnapshot(files, SiteFixture.BASE_URL)));
        run(cached(), files);
        Run fromCache = run(cached(), files);
        assertEquals(0, fromCache.checked());
        assertEquals(reference, fromCache.problems());
        assertEquals(HtmlValidityGate.MAX_ERRORS_PER_PAGE + 1, fromCache.problems().size());
    }

    @Test
    void afterOneEditOnlyThatPageIsChecked() {
        run(cached(), site());
        List<OutputFile> edited = new ArrayList<>(site());
        edited.set(1, OutputFile.text("uz/a/index.html", page("<p>A, tahrirlangan</p>\n<center>yangi</center>\n")));

        Run after = run(cached(), edited);
        assertEquals(1, after.checked());
        assertEquals(SiteFixture.lines(UNCACHED.check(new SiteSnapshot(edited, SiteFixture.BASE_URL))),
                after.problems());
        assertTrue(after.problems().contains("site/uz/a/index.html:9:1: The “center” element is obsolete. Use CSS"
                + " instead."), after.problems().toString());
    }

    @Test
    void theSameBytesAtAnotherAddressAreCheckedThere() {
        run(cached(), site());
        List<OutputFile> moved = new ArrayList<>(site());
        moved.set(3, OutputFile.text("oz/bad/index.html", moved.get(3).text()));
        Run after = run(cached(), moved);
        assertEquals(1, after.checked());
        assertTrue(after.problems().stream().allMatch(p -> p.startsWith("site/oz/bad/index.html:")), after.toString());

        Run elsewhere = run(cached(), site());
        assertEquals(1, elsewhere.checked(), "uz/bad was pruned by the run that did not use it");
    }

    @Test
    void anotherCheckerVersionFindsNoVerdict() {
        Path verdicts = dir.resolve("verdicts");
        HtmlValidityGate one = new HtmlValidityGate(1, VerdictCache.onDisk(verdicts), "vnu 1.0");
        run(one, site());
        assertEquals(0, run(one, site()).checked());
        Run other = run(new HtmlValidityGate(1, VerdictCache.onDisk(verdicts), "vnu 2.0"), site());
        assertEquals(4, other.checked());
        assertEquals(SiteFixture.lines(UNCACHED.check(new SiteSnapshot(site(), SiteFixture.BASE_URL))),
                other.problems());
    }

    @Test
    void theRealCheckerHasAnIdentityOfItsOwn() {
        String identity = HtmlValidityGate.CHECKER.get();
        assertTrue(identity.matches("[0-9a-f]{64}"), identity);
        assertEquals(identity, HtmlValidityGate.CHECKER.get());
    }

    /** Each way an entry can be wrong: the page is checked again, and the problems are a fresh check's. */
    @Test
    void aDamagedTruncatedOrForeignEntryIsCheckedAgain() throws IOException {
        List<String> reference = SiteFixture.lines(UNCACHED.check(new SiteSnapshot(site(), SiteFixture.BASE_URL)));
        List<java.util.function.UnaryOperator<byte[]>> damages = List.of(
                bytes -> Arrays.copyOf(bytes, bytes.length - 3), // torn
                bytes -> Arrays.copyOf(bytes, 10), // truncated inside the header
                bytes -> new byte[0], // empty
                bytes -> { // one flipped bit in the verdict
                    byte[] b = bytes.clone();
                    b[b.length - 2] ^= 1;
                    return b;
                },
                bytes -> { // another format's entry under the same name
                    String text = new String(bytes, StandardCharsets.ISO_8859_1);
                    return text.replaceFirst("^shaffof-verdict 1", "shaffof-verdict 0").getBytes(StandardCharsets.ISO_8859_1);
                });
        for (var damage : damages) {
            Files.createDirectories(dir.resolve("verdicts"));
            run(cached(), site());
            List<Path> entries = entries();
            assertEquals(4, entries.size());
            for (Path e : entries) Files.write(e, damage.apply(Files.readAllBytes(e)));

            Run after = run(cached(), site());
            assertEquals(4, after.checked(), "every damaged entry is checked again");
            assertEquals(reference, after.problems());
            assertEquals(0, run(cached(), site()).checked(), "and replaced by a good one");
        }
    }

    @Test
    void aForeignEntryUnderThePageKeyIsNotTrusted() throws IOException {
        // Another page's (good, signed) entry copied over this page's: its header names another key.
        run(cached(), site());
        List<Path> entries = entries();
        byte[] other = Files.readAllBytes(entries.get(0));
        for (Path e : entries.subList(1, entries.size())) Files.write(e, other);
        Run after = run(cached(), site());
        assertEquals(3, after.checked());
        assertEquals(SiteFixture.lines(UNCACHED.check(new SiteSnapshot(site(), SiteFixture.BASE_URL))),
                after.problems());
    }

    @Test
    void aDirectoryOrLinkInPlaceOfAnEntryIsAMissNotACrash() throws IOException {
        run(cached(), site());
        List<Path> entries = entries();
        Files.delete(entries.get(0));
        Files.createDirectory(entries.get(0));
        Path target = dir.resolve("elsewhere");
        Files.write(target, Files.readAllBytes(entries.get(1)));
        Files.delete(entries.get(1));
        Files.createSymbolicLink(entries.get(1), target);

        Run after = run(cached(), site());
        assertEquals(2, after.checked());
        assertEquals(SiteFixture.lines(UNCACHED.check(new SiteSnapshot(site(), SiteFixture.BASE_URL))),
                after.problems());
    }

    @Test
    void verdictBytesThatDoNotDecodeAreNoVerdict() {
        List<VerdictCache.Finding> verdict = List.of(new VerdictCache.Finding(8, 7, "Element “p” not allowed"),
                new VerdictCache.Finding(1, 1, ""));
        byte[] bytes = VerdictCache.encode(verdict);
        assertEquals(verdict, VerdictCache.decode(bytes));
        assertEquals(List.of(), VerdictCache.decode(VerdictCache.encode(List.of())));
        for (int cut = 0; cut < bytes.length; cut++) {
            assertNull(VerdictCache.decode(Arrays.copyOf(bytes, cut)), "cut at " + cut);
        }
        assertNull(VerdictCache.decode(Arrays.copyOf(bytes, bytes.length + 1)), "a byte too many");
        byte[] negative = bytes.clone();
        negative[4] = (byte) 0xFF; // the first finding's line
        assertNull(VerdictCache.decode(negative));
        byte[] notUtf8 = VerdictCache.encode(List.of(new VerdictCache.Finding(1, 1, "ab")));
        notUtf8[notUtf8.length - 1] = (byte) 0xC3;
        assertNull(VerdictCache.decode(notUtf8));
        assertFalse(VerdictCache.decode(bytes).isEmpty());
    }

    @Test
    void withoutACacheEveryPageIsCheckedEveryTime() {
        assertEquals(4, run(UNCACHED, site()).checked());
        assertEquals(4, run(UNCACHED, site()).checked());
    }
}
