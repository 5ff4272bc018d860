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
 * The built-in dictionary: the hand-reconciled exception list {@code translit/uz-exceptions.tsv} (words the
 * letter rules get wrong in at least one direction) and the names generated from the Unicode CLDR,
 * {@code translit/cldr-names.tsv} (tools/translit/cldr_names.py). Format of both, one entry a line,
 * tab-separated: {@code cyrl latn scope direction source}, where scope is {@code word|stem} and direction
 * {@code both|c2l|l2c}; {@code @version<TAB>V} names the data version; {@code #} starts a comment.
 * A key may be defined once across both files.
 *
 * <p>Entries are single words, or names whose parts are joined by hyphens (Sent-Lyusiya). The two kinds are
 * kept apart: a word is looked up word by word, a hyphenated name as a phrase from the start of its first
 * part, so that no part of it is ever read as a word on its own.
 */
final class BuiltInDictionary {
    static final String RESOURCE = "/translit/uz-exceptions.tsv";
    static final String NAMES_RESOURCE = "/translit/cldr-names.tsv";

    private final String version;
    private final Lexicon lexicon;
    private final Lexicon hyphenated;

    private BuiltInDictionary(String version, Lexicon lexicon, Lexicon hyphenated) {
        this.version = version;
        this.lexicon = lexicon;
        this.hyphenated = hyphenated;
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

    /** Single-word entries, looked up word by word. */
    Lexicon lexicon() {
        return lexicon;
    }

    /** Entries whose forms are several parts joined by hyphens, looked up from the start of the first part. */
    Lexicon hyphenated() {
        return hyphenated;
    }

    private static BuiltInDictionary load() {
        return parse(List.of(read(RESOURCE), read(NAMES_RESOURCE)), List.of(RESOURCE, NAMES_RESOURCE));
    }

    private static String read(String resource) {
        try (InputStream in = BuiltInDictionary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses one dictionary text; a malformed line is a packaging error, reported with its line. */
    static BuiltInDictionary parse(String text, String path) {
        return parse(List.of(text), List.of(path));
    }

    /**
     * Parses dictionary texts; the version is the first text's (the exception list's) and, after a "+", the
     * others'. A key defined twice, in one text or across two, is an error naming both places.
     */
    static BuiltInDictionary parse(List<String> texts, List<String> paths) {
        List<String> versions = new ArrayList<>();
        List<LexiconEntry> words = new ArrayList<>();
        List<LexiconEntry> hyphenated = new ArrayList<>();
        Map<String, String> cyrKeys = new HashMap<>();
        Map<String, String> latKeys = new HashMap<>();
        for (int k = 0; k < texts.size(); k++) {
            versions.add(parseOne(texts.get(k), paths.get(k), words, hyphenated, cyrKeys, latKeys));
        }
        return new BuiltInDictionary(String.join("+", versions), new Lexicon(words), new Lexicon(hyphenated));
    }

    private static String parseOne(String text, String path, List<LexiconEntry> words, List<LexiconEntry> hyphenated,
            Map<String, String> cyrKeys, Map<String, String> latKeys) {
        String version = null;
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
            if (scope == null || !isName(f[0]) || !isName(f[1]) || isHyphenated(f[0]) != isHyphenated(f[1])) {
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
            (isHyphenated(f[0]) ? hyphenated : words).add(e);
        }
        if (version == null || version.isEmpty()) {
            throw new IllegalStateException(path + ": no @version line");
        }
        return version;
    }

    /**
     * A word, or words joined by single hyphens (Sent-Lyusiya): letters and apostrophe signs, no space. The
     * text is looked up word by word, so a space would never match.
     */
    private static boolean isName(String s) {
        if (s.isEmpty() || s.charAt(0) == '-' || s.charAt(s.length() - 1) == '-' || s.contains("--")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Letters.isLetter(c) && !Apostrophes.isLookAlike(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isHyphenated(String s) {
        return s.indexOf('-') >= 0;
    }

    private static void claim(Map<String, String> seen, List<String> keys, int line, String path) {
        for (String key : keys) {
            String first = seen.putIfAbsent(key, path + ":" + line);
            if (first != null) {
                String where = first.startsWith(path + ":") ? "line " + first.substring(path.length() + 1) : first;
                throw new IllegalStateException(path + ":" + line + ": key '" + key + "' already defined on " + where);
            }
        }
    }
}
