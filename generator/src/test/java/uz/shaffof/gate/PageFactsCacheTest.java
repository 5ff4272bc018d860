package uz.shaffof.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.cache.CacheEntries;
import uz.shaffof.output.OutputFile;
import uz.shaffof.pipeline.BuildListener;

/**
 * The page gates with a {@link PageFactsCache}: a page whose bytes (at the same address, for the same gates) were
 * read before is not parsed again, and the problems are exactly those of a run without the cache, on pages that fail
 * each gate in each way the gate tests use. What depends on another file than the page (a link's target, the file a
 * page pins with {@code integrity}, a page's twin) is judged on every run, so a page read from the cache still fails
 * when that file goes or changes. A damaged, truncated or foreign entry is read again from the page, never trusted.
 * Counts come from {@link BuildListener#partCounted}, never from timings.
 */
class PageFactsCacheTest {
    @TempDir
    Path dir;

    /** The six page gates (the HTML-validity gate has its own cache and tests). */
    private static List<Gate> pageGates() {
        return Gates.standard().gates().stream().filter(g -> g instanceof PageGate<?>).toList();
    }

    private static final Gates UNCACHED = new Gates(pageGates());

    /** One run's problems as lines, and how many of its pages it parsed. */
    private record Run(List<String> problems, int parsed, int pages) {}

    private static Run run(Gates gates, List<OutputFile> files) {
        return run(gates, files, SiteFixture.BASE_URL);
    }

    private static Run run(Gates gates, List<OutputFile> files, String baseUrl) {
        int[] told = {-1, -1};
        List<String> problems = SiteFixture.lines(gates.run(new SiteSnapshot(files, baseUrl), new BuildListener() {
            @Override
            public void partCounted(String stage, String part, long fresh, long total) {
                if (part.equals(Gates.SHARED_PARSE)) {
                    told[0] = (int) fresh;
                    told[1] = (int) total;
                }
            }
        }));
        return new Run(problems, told[0], told[1]);
    }

    private static List<String> reference(List<OutputFile> files) {
        return run(UNCACHED, files).problems();
    }

    /** A new set of gates on the cache in {@code dir/facts}, as a new process would make: nothing kept in memory. */
    private Gates cached() {
        return new Gates(pageGates(), PageFactsCache.onDisk(dir.resolve("facts")));
    }

    /** Every page that fails a gate, and a page with a link longer than {@code writeUTF} can hold. */
    private static List<OutputFile> badPages() {
        List<OutputFile> files = new ArrayList<>(SiteFixture.files(SiteFixture.resource("bad-pages.txtar")));
        files.add(OutputFile.text("uz/uzun/index.html", "<!DOCTYPE html><html lang=\"uz-Latn\"><title>x</title>\n"
                + "<p><a href=\"data:text/plain," + "x".repeat(70_000) + "\">uzun</a> <a href=\"yoq/\">yoʻq</a>"));
        return files;
    }

    private static List<OutputFile> cleanSite() {
        return SiteFixture.files(SiteFixture.resource("clean-site.txtar"));
    }

    /** The documents the page gates read: HTML pages and SVG files, one cache entry each. */
    private static int documents(List<OutputFile> files) {
        return (int) files.stream().filter(f -> f.isHtml() || f.path().endsWith(".svg")).count();
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> walk = Files.walk(dir.resolve("facts"))) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void everyKindOfBadPageFailsFromTheCacheExactlyAsFromAFreshParse() {
        List<OutputFile> site = badPages();
        List<String> reference = reference(site);
        for (String gate : List.of("broken link", "has no Cyrillic twin", "lang=", "duplicate <link", "points at",
                "inline <script", "style attribute", "event-handler", "javascript: URL", "srcdoc", "target=\"_blank\"",
                "<script> in an SVG", "no default-src", "allows 'unsafe-inline'", "frame-ancestors", "must be the first",
                "has no integrity", "integrity must use sha384", "integrity does not match", "third-party request",
                "has no id \"yoq\"", "differs only in case", "needs a trailing slash", "leads outside the site",
                "malformed percent-encoding")) {
            assertTrue(reference.stream().anyMatch(p -> p.contains(gate)), gate + " in " + reference);
        }
        int pages = (int) site.stream().filter(OutputFile::isHtml).count();

        Run first = run(cached(), site);
        assertEquals(new Run(reference, pages, pages), first);
        Run second = run(cached(), site);
        assertEquals(new Run(reference, 0, pages), second, "no page is parsed again, and the findings are the same");
    }

    @Test
    void nothingChangedParsesNoDocumentAtAll() {
        run(cached(), badPages());
        SiteSnapshot again = new SiteSnapshot(badPages(), SiteFixture.BASE_URL);
        assertEquals(reference(badPages()), SiteFixture.lines(cached().run(again)));
        assertEquals(0, again.parses(), "neither a page nor an SVG file");
    }

    @Test
    void aChangedSvgFileIsReadAgainAndJudgedAgainstTheCachedPages() {
        List<OutputFile> site = badPages();
        run(cached(), site);
        assertTrue(reference(site).stream().anyMatch(p -> p.contains("assets/logo.svg has no id \"nodot\"")));
        List<OutputFile> edited = replaced(site, "assets/logo.svg",
                t -> t.replace("<defs>", "<defs><g id=\"nodot\"/><script>alert(3)</script>"));
        SiteSnapshot after = new SiteSnapshot(edited, SiteFixture.BASE_URL);
        List<String> problems = SiteFixture.lines(cached().run(after));
        assertEquals(1, after.parses(), "the SVG file alone");
        assertEquals(reference(edited), problems);
        assertTrue(problems.stream().noneMatch(p -> p.contains("has no id \"nodot\"")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("site/assets/logo.svg:")
                && p.contains("<script> in an SVG file")), problems.toString());
    }

    @Test
    void aCleanSiteStaysCleanFromTheCache() {
        run(cached(), cleanSite());
        Run second = run(cached(), cleanSite());
        assertEquals(List.of(), second.problems());
        assertEquals(0, second.parsed());
    }

    @Test
    void afterOneEditOnlyThatPageIsParsed() {
        List<OutputFile> site = badPages();
        run(cached(), site);
        List<OutputFile> edited = replaced(site, "uz/hisobot/index.html",
                text -> text.replace("<h2 id=\"bolim\">", "<h2 id=\"boshqa\" style=\"x\">"));
        Run after = run(cached(), edited);
        assertEquals(1, after.parsed());
        assertEquals(reference(edited), after.problems());
        // uz/index.html, read from the cache, links to #Bolim: the id that differed only in case is gone.
        assertTrue(after.problems().stream().anyMatch(p -> p.startsWith("site/uz/index.html:")
                && p.endsWith("uz/hisobot/index.html has no id \"Bolim\"")), after.problems().toString());
    }

    @Test
    void aCachedPageFailsWhenThePageItLinksToIsRemoved() {
        run(cached(), cleanSite());
        List<OutputFile> without = removed(cleanSite(), "uz/regions/index.html");
        Run after = run(cached(), without);
        assertEquals(0, after.parsed(), "every page left is unchanged");
        assertEquals(reference(without), after.problems());
        assertTrue(after.problems().contains("site/uz/index.html:18:22: broken link <a href=\"regions/\">: "
                + "uz/regions/index.html is not in the site"), after.problems().toString());
    }

    @Test
    void aCachedPageFailsWhenTheIdItLinksToIsRemoved() {
        run(cached(), cleanSite());
        List<OutputFile> edited = replaced(cleanSite(), "uz/regions/index.html", t -> t.replace("id=\"andijon\"", ""));
        Run after = run(cached(), edited);
        assertEquals(1, after.parsed(), "only the page that lost its id");
        assertEquals(reference(edited), after.problems());
        assertTrue(after.problems().stream().anyMatch(p -> p.startsWith("site/uz/index.html:")
                && p.endsWith("uz/regions/index.html has no id \"andijon\"")), after.problems().toString());
    }

    @Test
    void aCachedPageFailsWhenTheScriptItPinsWithIntegrityChanges() {
        run(cached(), cleanSite());
        List<OutputFile> edited = replaced(cleanSite(), "assets/app.js", t -> t + "// one more line\n");
        Run after = run(cached(), edited);
        assertEquals(0, after.parsed(), "no page changed");
        assertEquals(reference(edited), after.problems());
        long pages = edited.stream().filter(OutputFile::isHtml).count();
        assertEquals(pages, after.problems().stream()
                .filter(p -> p.contains("<script src=\"/assets/app.js\"> integrity does not match assets/app.js")).count(),
                after.problems().toString());
    }

    @Test
    void aCachedPageFailsWhenItsTwinIsRemoved() {
        run(cached(), cleanSite());
        List<OutputFile> without = removed(cleanSite(), "oz/index.html");
        Run after = run(cached(), without);
        assertEquals(0, after.parsed());
        assertEquals(reference(without), after.problems());
        assertTrue(after.problems().contains("site/uz/index.html:1:1: uz/index.html has no Cyrillic twin oz/index.html"),
                after.problems().toString());
    }

    @Test
    void theSameBytesAtAnotherAddressAreParsedThere() {
        run(cached(), cleanSite());
        Run elsewhere = run(cached(), cleanSite(), "https://example.org/shaffof/");
        assertEquals(elsewhere.pages(), elsewhere.parsed(), "the address is in the key");
        assertEquals(run(UNCACHED, cleanSite(), "https://example.org/shaffof/").problems(), elsewhere.problems());
        assertTrue(elsewhere.problems().stream().anyMatch(p -> p.contains("points at")), elsewhere.toString());
    }

    @Test
    void otherGatesFindNoFactsOfThese() {
        run(cached(), badPages());
        Gates linksOnly = new Gates(List.of(new LinkGate()), PageFactsCache.onDisk(dir.resolve("facts")));
        Run other = run(linksOnly, badPages());
        assertEquals(other.pages(), other.parsed());
        assertEquals(run(new Gates(List.of(new LinkGate())), badPages()).problems(), other.problems());
    }

    @Test
    void entriesThisRunDidNotUseAreDeleted() throws IOException {
        run(cached(), cleanSite());
        int before = entries().size();
        assertEquals(documents(cleanSite()), before);
        run(cached(), removed(cleanSite(), "404.html"));
        assertEquals(before - 1, entries().size());
    }

    /** Each way an entry can be wrong: the page is parsed again, and the problems are a fresh parse's. */
    @Test
    void aDamagedTruncatedOrForeignEntryIsParsedAgain() throws IOException {
        List<OutputFile> site = badPages();
        List<String> reference = reference(site);
        int pages = (int) site.stream().filter(OutputFile::isHtml).count();
        List<UnaryOperator<byte[]>> damages = List.of(
                bytes -> Arrays.copyOf(bytes, bytes.length - 3), // torn
                bytes -> Arrays.copyOf(bytes, 10), // truncated inside the header
                bytes -> new byte[0], // empty
                bytes -> { // one flipped bit in the facts
                    byte[] b = bytes.clone();
                    b[b.length - 2] ^= 1;
                    return b;
                },
                bytes -> { // another format's entry under the same name
                    String text = new String(bytes, StandardCharsets.ISO_8859_1);
                    return text.replaceFirst("^shaffof-page-facts 1", "shaffof-page-facts 0")
                            .getBytes(StandardCharsets.ISO_8859_1);
                });
        for (UnaryOperator<byte[]> damage : damages) {
            run(cached(), site);
            List<Path> entries = entries();
            assertEquals(documents(site), entries.size());
            for (Path e : entries) Files.write(e, damage.apply(Files.readAllBytes(e)));

            Run after = run(cached(), site);
            assertEquals(new Run(reference, pages, pages), after, "every damaged entry is parsed again");
            assertEquals(0, run(cached(), site).parsed(), "and replaced by a good one");
        }
    }

    /** Entries the store vouches for (right format, key and checksum) whose bytes are not these gates' facts. */
    @Test
    void anEntryWhoseFactsDoNotDecodeIsParsedAgain() throws IOException {
        List<OutputFile> site = badPages();
        List<String> reference = reference(site);
        List<UnaryOperator<byte[]>> damages = List.of(
                bytes -> Arrays.copyOf(bytes, bytes.length - 1), // the last gate's facts cut short
                bytes -> Arrays.copyOf(bytes, bytes.length + 1), // a byte more than the gates wrote
                bytes -> { // a count no entry can hold
                    byte[] b = bytes.clone();
                    b[0] = 0x7F;
                    return b;
                },
                bytes -> new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}); // a negative count
        for (UnaryOperator<byte[]> damage : damages) {
            run(cached(), site);
            for (Path e : entries()) rewriteFacts(e, damage);
            Run after = run(cached(), site);
            assertEquals(after.pages(), after.parsed());
            assertEquals(reference, after.problems());
        }
    }

    @Test
    void aForeignEntryUnderThePageKeyIsNotTrusted() throws IOException {
        // Another page's (good, signed) entry copied over the others': its header names another key.
        List<OutputFile> site = cleanSite();
        run(cached(), site);
        List<Path> entries = entries();
        byte[] other = Files.readAllBytes(entries.get(0));
        for (Path e : entries.subList(1, entries.size())) Files.write(e, other);
        SiteSnapshot after = new SiteSnapshot(site, SiteFixture.BASE_URL);
        assertEquals(reference(site), SiteFixture.lines(cached().run(after)));
        assertEquals(entries.size() - 1, after.parses());
    }

    @Test
    void inMemoryTheLastRunsFactsAreReused() {
        Gates gates = new Gates(pageGates(), PageFactsCache.inMemory());
        List<OutputFile> site = badPages();
        run(gates, site);
        Run second = run(gates, site);
        assertEquals(new Run(reference(site), 0, second.pages()), second);
        List<OutputFile> without = removed(site, "uz/hisobot/index.html");
        Run third = run(gates, without);
        assertEquals(new Run(reference(without), 0, third.pages()), third);
    }

    @Test
    void withoutACacheEveryPageIsParsedEveryTime() {
        int pages = (int) cleanSite().stream().filter(OutputFile::isHtml).count();
        assertEquals(pages, run(UNCACHED, cleanSite()).parsed());
        assertEquals(pages, run(UNCACHED, cleanSite()).parsed());
    }

    /** Every kind of facts reads back equal, and every prefix of its bytes is refused. */
    @Test
    void factsReadBackEqualAndAPrefixIsRefused() throws IOException {
        List<PageFacts> facts = List.of(
                new LinkGate.PageLinks(List.of(new LinkGate.Link("a", "href", "uz/ü", 3, 7),
                        new LinkGate.Link("img", "srcset", "", 0, 0)), List.of("main", "Ўзбек")),
                new IntegrityGate.References(List.of(new IntegrityGate.Reference(true, "/a.js", "sha384-x", 4, 1),
                        new IntegrityGate.Reference(false, "b.css", "", 1, 1))),
                new PageFindings(List.of(new VerdictCache.Finding(2, 5, "inline <script> — йўқ"))));
        List<PageGate<?>> readers = List.of(new LinkGate(), new IntegrityGate(), new CspGate());
        for (int i = 0; i < facts.size(); i++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            facts.get(i).write(new DataOutputStream(bytes));
            byte[] written = bytes.toByteArray();
            assertEquals(facts.get(i), readers.get(i).decode(new DataInputStream(new ByteArrayInputStream(written))));
            for (int cut = 0; cut < written.length; cut++) {
                PageGate<?> reader = readers.get(i);
                byte[] prefix = Arrays.copyOf(written, cut);
                assertThrows(IOException.class, () -> reader.decode(new DataInputStream(new ByteArrayInputStream(prefix))),
                        "cut at " + cut);
            }
        }
    }

    /** Rewrites an entry's facts in place, keeping it one the store vouches for: its format, key and checksum. */
    private static void rewriteFacts(Path entry, UnaryOperator<byte[]> damage) throws IOException {
        byte[] all = Files.readAllBytes(entry);
        String text = new String(all, StandardCharsets.ISO_8859_1);
        String[] header = text.split("\n", 4);
        int headerLength = header[0].length() + header[1].length() + header[2].length() + 3;
        byte[] facts = Arrays.copyOfRange(all, headerLength, all.length);
        new CacheEntries(entry.getParent().getParent(), header[0], "facts").write(header[1], damage.apply(facts));
    }

    private static List<OutputFile> replaced(List<OutputFile> files, String path, UnaryOperator<String> edit) {
        List<OutputFile> out = new ArrayList<>();
        boolean found = false;
        for (OutputFile f : files) {
            if (f.path().equals(path)) {
                out.add(OutputFile.text(path, edit.apply(f.text())));
                found = true;
            } else {
                out.add(f);
            }
        }
        assertTrue(found, path);
        return out;
    }

    private static List<OutputFile> removed(List<OutputFile> files, String path) {
        List<OutputFile> out = files.stream().filter(f -> !f.path().equals(path)).toList();
        assertEquals(files.size() - 1, out.size(), path);
        return out;
    }
}
