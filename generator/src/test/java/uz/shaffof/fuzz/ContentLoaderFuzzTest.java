package uz.shaffof.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import uz.shaffof.content.ContentLoader;
import uz.shaffof.content.LoadResult;
import uz.shaffof.problem.Problem;

/**
 * Fuzzes {@link ContentLoader#load}: whatever the bytes of one content file, the loader returns (never throws),
 * and every problem prints as one located line, {@code content/<file>:<line>:<col>: <message>}, without a Java
 * exception or stack trace in it.
 *
 * <p>The real {@code content/} is copied once into a temporary project; each input overwrites (or adds) one file,
 * the tree is loaded, and the file is put back. The first byte of the input picks the file by its low five bits,
 * so a seed's first character names its target ({@code A} = regions.json, see {@link #TARGETS}); the rest is the
 * file's bytes. For the "named" targets the first line of the rest is the file name and the other lines its bytes,
 * which exercises the file-name rules too.
 */
class ContentLoaderFuzzTest {
    /** Where each input lands, indexed by {@code firstByte & 0x1F}: '@' = 0, 'A' = 1 ... '_' = 31. */
    static final List<String> TARGETS = List.of(
            "site.json",                                 // @
            "regions.json",                              // A
            "sources.json",                              // B
            "portal/portal.json",                        // C
            "websites/ratings.json",                     // D
            "i18n/strings.json",                         // E
            "i18n/units.json",                           // F
            "translit/glossary.tsv",                     // G
            "indicators/internet-users.json",            // H
            "indicators/ict-attestation-pass-rate.json", // I
            "charts/internet-users-map.json",            // J
            "charts/website-score.json",                 // K
            "projects/digital-uzbekistan-2030.json",     // L
            "outcomes/askdoctor.json",                   // M
            "reports/andijan-ict-2016.md",               // N
            "pages/about.md",                            // O
            "indicators/fuzz-new.json",                  // P  (a new file: new slug, cross-references)
            "charts/fuzz-new.json",                      // Q
            "reports/fuzz-new.md",                       // R
            "pages/fuzz-new.md",                         // S
            "projects/fuzz-new.json",                    // T
            "outcomes/fuzz-new.json",                    // U
            "*",                                         // V  named file at the top of content/
            "reports/*",                                 // W  named file in reports/
            "indicators/*",                              // X  named file in indicators/
            "pages/methodology.md",                      // Y
            "reports/e-government-interview-2020.md",    // Z
            "indicators/ict-attestation-passed.json",    // [
            "charts/portal-late-share.json",             // backslash
            "outcomes/e-diary.json",                     // ]
            "projects/andijan-plans-2017.json",          // ^
            "pages/*");                                  // _  named file in pages/

    /**
     * One located line. The path is a file under content/, or content itself: a bad name that cannot be printed as
     * one token (white space, control characters) is reported at its folder, documented in ContentWalker.
     */
    private static final Pattern LOCATED = Pattern.compile("^content(/\\S+)?:\\d+:\\d+: .+");
    /** Signs of a leaked Java exception; allowed only when the input itself contains them (a quoted value). */
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "java.", "com.fasterxml", "org.commonmark",
            "org.snakeyaml", "org.yaml", "com.networknt", "internal error");
    private static final ContentLoader LOADER = ContentLoader.create();
    private static final Path ROOT = FuzzFiles.copyOfRealContent();
    private static final Path CONTENT = ROOT.resolve("content");

    @FuzzTest(maxDuration = "30s")
    void anyBytesInOneFileGiveLocatedProblemsNeverAnException(byte[] data) throws IOException {
        if (data.length == 0) {
            check(LOADER.load(ROOT, CONTENT), "");
            return;
        }
        String target = TARGETS.get(data[0] & 0x1F);
        byte[] body = Arrays.copyOfRange(data, 1, data.length);
        if (target.endsWith("*")) {
            int nl = indexOf(body, (byte) '\n');
            String name = new String(body, 0, nl < 0 ? body.length : nl, StandardCharsets.UTF_8);
            body = nl < 0 ? new byte[0] : Arrays.copyOfRange(body, nl + 1, body.length);
            if (!FuzzFiles.isPlainName(name)) return;
            target = target.substring(0, target.length() - 1) + name;
        }
        Path file;
        try {
            file = CONTENT.resolve(target);
        } catch (InvalidPathException e) {
            return; // a name this file system cannot hold
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) return;
        byte[] original = Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(file) : null;
        try {
            Files.write(file, body);
        } catch (IOException | InvalidPathException e) {
            return; // e.g. a name too long for the file system
        }
        try {
            check(LOADER.load(ROOT, CONTENT), new String(data, StandardCharsets.UTF_8));
        } finally {
            if (original == null) Files.delete(file);
            else Files.write(file, original);
        }
    }

    private static void check(LoadResult result, String input) {
        assertNotNull(result, "load returned null");
        assertNotNull(result.problems(), "problems is null");
        if (result.hasErrors()) {
            assertNull(result.content(), "content must be null when there are errors");
        } else {
            assertNotNull(result.content(), "content must be there when there are no errors");
        }
        List<Problem> sorted = new ArrayList<>(result.problems());
        sorted.sort(null);
        assertEquals(sorted, result.problems(), "problems are not sorted by path, line and column");
        for (Problem p : result.problems()) {
            String line = p.toString();
            assertTrue(LOCATED.matcher(line).matches(), "not a located problem line: " + line);
            for (String leak : LEAKS) {
                if (line.contains(leak) && !input.contains(leak)) fail("leaked \"" + leak + "\": " + line);
            }
        }
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) if (b[i] == x) return i;
        return -1;
    }

    static {
        if (!Files.isRegularFile(CONTENT.resolve("site.json"))) {
            throw new UncheckedIOException(new IOException("no content copied to " + CONTENT));
        }
    }
}
