package uz.shaffof.gate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uz.shaffof.output.OutputFile;

/**
 * Builds test sites from txtar-style text, as Hugo's integration tests do: a {@code -- path --} line starts a
 * file, and every following line (with its newline) up to the next header is its content. Text before the
 * first header is a comment.
 */
final class SiteFixture {
    static final String BASE_URL = "https://shaffof.uz/";
    private static final Pattern HEADER = Pattern.compile("^-- (\\S+) --$");

    private SiteFixture() {}

    static List<OutputFile> files(String txtar) {
        List<OutputFile> files = new ArrayList<>();
        String path = null;
        StringBuilder content = new StringBuilder();
        for (String line : txtar.split("\n", -1)) {
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                if (path != null) files.add(OutputFile.text(path, content.toString()));
                path = header.group(1);
                content.setLength(0);
            } else if (path != null) {
                content.append(line).append('\n');
            }
        }
        if (path != null) {
            // split() leaves one empty string after the final newline: it is not a line of the last file.
            String last = content.toString();
            files.add(OutputFile.text(path, txtar.endsWith("\n") ? last.substring(0, last.length() - 1) : last));
        }
        return files;
    }

    static SiteSnapshot site(String txtar) {
        return new SiteSnapshot(files(txtar), BASE_URL);
    }

    /** A fixture from {@code src/test/resources/gate/}. */
    static String resource(String name) {
        try (InputStream in = SiteFixture.class.getResourceAsStream("/gate/" + name)) {
            if (in == null) throw new IllegalArgumentException("no test resource gate/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The clean site every gate must pass. */
    static SiteSnapshot cleanSite() {
        return site(resource("clean-site.txtar"));
    }

    /** The problems as {@code path:line:col: message} lines, for whole-string assertions. */
    static List<String> lines(List<uz.shaffof.problem.Problem> problems) {
        return problems.stream().sorted().map(Object::toString).toList();
    }
}
