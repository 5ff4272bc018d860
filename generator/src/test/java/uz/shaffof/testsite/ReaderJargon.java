package uz.shaffof.testsite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of editors and developers that a citizen reading the site does not know, each with the reason
 * (classpath {@code reader/jargon.tsv}), for the tests that look for them in what a reader is shown: the built pages
 * ({@code ReaderJargonIT}) and the browser's rendering of them ({@code ReaderFindingsIT}).
 *
 * @param pattern what to look for (Unicode word boundaries and case folding, so Cyrillic matches as Latin does)
 * @param reason why a reader would not understand it
 */
public record ReaderJargon(Pattern pattern, String reason) {

    /** The list, in file order. */
    public static List<ReaderJargon> all() {
        try (InputStream in = ReaderJargon.class.getResourceAsStream("/reader/jargon.tsv")) {
            if (in == null) throw new IllegalStateException("missing test resource /reader/jargon.tsv");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 2))
                    .map(f -> new ReaderJargon(Pattern.compile(f[0],
                            Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS), f[1]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first place in {@code text} where this term is used, with a little context and the reason. */
    public Optional<String> findIn(String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) return Optional.empty();
        String around = text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40));
        return Optional.of("\"" + around.replace('\n', ' ') + "\" (" + reason + ")");
    }
}
