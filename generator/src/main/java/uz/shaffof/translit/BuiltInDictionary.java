package uz.shaffof.translit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exception dictionary shipped in {@code translit/uz-exceptions.tsv}: words the letter rules get
 * wrong in at least one direction. Format, one entry a line, tab-separated:
 * {@code cyrl latn scope direction source}, where scope is {@code word|stem} and direction
 * {@code both|c2l|l2c}; {@code @version<TAB>V} names the data version; {@code #} starts a comment.
 */
final class BuiltInDictionary {
    static final String RESOURCE = "/translit/uz-exceptions.tsv";

    private final String version;
    private final Lexicon lexicon;

    private BuiltInDictionary(String version, Lexicon lexicon) {
        this.version = version;
        this.lexicon = lexicon;
    }

    /** Loaded once: the data is immutable and every Transliterator shares it. */
    static BuiltInDictionary get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final BuiltInDictionary INSTANCE = load();
    }

    String version() {
        return version;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    private static BuiltInDictionary load() {
        try (InputStream in = BuiltInDictionary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses dictionary text; a malformed line is a packaging error, reported with its line. */
    static BuiltInDictionary parse(String text, String path) {
        String version = null;
        List<LexiconEntry> entries = new ArrayList<>();
        Map<String, Integer> cyrKeys = new HashMap<>();
        Map<String, Integer> latKeys = new HashMap<>();
        String[] lines = Normalizer.normalize(text, Normalizer.Form.NFC).split("\n", -1);
        for (int ln = 1; ln <= lines.length; ln++) {
            String line = lines[ln - 1].replace("\r", "");
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f[0].equals("@version")) {
                version = f.length > 1 ? f[1].trim() : "";
                continue;
            }
            if (f.length != 5) {
                throw new IllegalStateException(path + ":" + ln + ": expected 5 tab-separated columns, found " + f.length);
            }
            Scope scope = Scope.parse(f[2]);
            if (scope == null || !isOneWord(f[0]) || !isOneWord(f[1])) {
                throw new IllegalStateException(path + ":" + ln + ": bad entry: " + line);
            }
            boolean c2l = f[3].equals("both") || f[3].equals("c2l");
            boolean l2c = f[3].equals("both") || f[3].equals("l2c");
            if (!c2l && !l2c) {
                throw new IllegalStateException(path + ":" + ln + ": direction must be both, c2l or l2c: " + f[3]);
            }
            LexiconEntry e = new LexiconEntry(f[0], f[1], scope, c2l, l2c);
            claim(cyrKeys, Lexicon.cyrillicKeys(e), ln, path);
            claim(latKeys, Lexicon.latinKeys(e), ln, path);
            entries.add(e);
        }
        if (version == null || version.isEmpty()) {
            throw new IllegalStateException(path + ": no @version line");
        }
        return new BuiltInDictionary(version, new Lexicon(entries));
    }

    /** Dictionary entries are single words: the text is looked up word by word, and a hyphen ends a word. */
    private static boolean isOneWord(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Letters.isLetter(c) && !Apostrophes.isLookAlike(c)) {
                return false;
            }
        }
        return true;
    }

    private static void claim(Map<String, Integer> seen, List<String> keys, int line, String path) {
        for (String key : keys) {
            Integer first = seen.putIfAbsent(key, line);
            if (first != null) {
                throw new IllegalStateException(path + ":" + line + ": key '" + key + "' already defined on line " + first);
            }
        }
    }
}
