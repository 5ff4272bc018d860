package uz.shaffof.translit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The editors' project glossary: names and terms whose spelling in each edition is fixed by the project.
 * It wins over the dictionary and the rules, in both directions.
 *
 * <pre>{@code Glossary g = Glossary.parse(Files.readString(path), "content/translit/glossary.tsv");}</pre>
 *
 * <p>Format (UTF-8, tab-separated, one entry a line, {@code #} starts a comment line):
 * {@code latn<TAB>cyrl<TAB>scope[<TAB>note]}. {@code scope} is {@code word} (the whole word or phrase,
 * nothing may follow) or {@code stem} (suffixes may follow: Nukus+da). Entries may span several words
 * ({@code Toshkent viloyati}) and hold any characters ({@code Dnevnik.ru}). Matching ignores case and
 * apostrophe look-alikes; the case of the text is carried over to the output.
 */
public final class Glossary {
    private static final Glossary EMPTY = new Glossary(Lexicon.EMPTY);

    private final Lexicon lexicon;

    private Glossary(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public static Glossary empty() {
        return EMPTY;
    }

    /** Reads and parses a UTF-8 glossary file; errors name the path as given. */
    public static Glossary read(Path path) throws IOException, GlossaryException {
        return parse(Files.readString(path, StandardCharsets.UTF_8), path.toString());
    }

    /** Parses glossary text; {@code sourcePath} is only used in error messages. */
    public static Glossary parse(String tsv, String sourcePath) throws GlossaryException {
        Objects.requireNonNull(tsv, "tsv must not be null");
        Objects.requireNonNull(sourcePath, "sourcePath must not be null");
        String text = Normalizer.normalize(tsv, Normalizer.Form.NFC);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<LexiconEntry> entries = new ArrayList<>();
        Map<String, Integer> latKeys = new HashMap<>();
        Map<String, Integer> cyrKeys = new HashMap<>();
        String[] lines = text.split("\n", -1);
        for (int ln = 1; ln <= lines.length; ln++) {
            String line = lines[ln - 1];
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            entries.add(parseLine(line, ln, sourcePath, latKeys, cyrKeys));
        }
        return entries.isEmpty() ? EMPTY : new Glossary(new Lexicon(entries));
    }

    private static LexiconEntry parseLine(String line, int ln, String path, Map<String, Integer> latKeys,
            Map<String, Integer> cyrKeys) throws GlossaryException {
        String[] f = line.split("\t", -1);
        if (f.length < 3 || f.length > 4) {
            throw new GlossaryException(path, ln, 1,
                    "expected latn<TAB>cyrl<TAB>scope[<TAB>note], found " + f.length + " column" + (f.length == 1 ? "" : "s"));
        }
        int[] columns = {1, f[0].length() + 2, f[0].length() + f[1].length() + 3};
        String latn = f[0].strip();
        String cyrl = f[1].strip();
        if (latn.isEmpty()) {
            throw new GlossaryException(path, ln, columns[0], "the Latin form is empty");
        }
        if (cyrl.isEmpty()) {
            throw new GlossaryException(path, ln, columns[1], "the Cyrillic form is empty");
        }
        for (int k = 0; k < latn.length(); k++) {
            if (Letters.isCyrillic(latn.charAt(k)) && Letters.isLetter(latn.charAt(k))) {
                throw new GlossaryException(path, ln, columns[0] + k,
                        "Cyrillic letter '" + latn.charAt(k) + "' in the Latin form; are the columns swapped? (latn first, then cyrl)");
            }
        }
        Scope scope = Scope.parse(f[2].strip());
        if (scope == null) {
            throw new GlossaryException(path, ln, columns[2], "scope must be word or stem, found '" + f[2] + "'");
        }
        LexiconEntry e = new LexiconEntry(cyrl, latn, scope, true, true);
        claim(latKeys, Lexicon.latinKeys(e), path, ln, columns[0]);
        claim(cyrKeys, Lexicon.cyrillicKeys(e), path, ln, columns[1]);
        return e;
    }

    private static void claim(Map<String, Integer> seen, List<String> keys, String path, int ln, int column)
            throws GlossaryException {
        for (String key : keys) {
            Integer first = seen.putIfAbsent(key, ln);
            if (first != null) {
                throw new GlossaryException(path, ln, column, "'" + key + "' is already in the glossary on line " + first);
            }
        }
    }

    /** Number of entries. */
    public int size() {
        return lexicon.size();
    }

    Lexicon lexicon() {
        return lexicon;
    }
}
