package uz.shaffof.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The names generated from the Unicode CLDR (cldr-names.tsv): sourced and licensed, and each one, with the
 * suffixes Uzbek attaches, comes out of Latin as CLDR's Cyrillic spelling and goes back by the letter rules.
 */
class CldrNamesTest {
    private static final Transliterator T = Transliterator.standard();
    /** Case, possessive and derivational suffixes, alone and chained (the forms one stem entry covers). */
    private static final String[][] SUFFIXES = {
        {"da", "да"}, {"ga", "га"}, {"ning", "нинг"}, {"lar", "лар"}, {"dagi", "даги"}, {"dan", "дан"}, {"ni", "ни"},
        {"si", "си"}, {"miz", "миз"}, {"ingiz", "ингиз"}, {"dagilar", "дагилар"}, {"larning", "ларнинг"}};

    record Entry(String cyrillic, String latin, String direction, String source, int line) {}

    static String text() throws IOException {
        try (InputStream in = CldrNamesTest.class.getResourceAsStream(BuiltInDictionary.NAMES_RESOURCE)) {
            assertNotNull(in, BuiltInDictionary.NAMES_RESOURCE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<Entry> entries() throws IOException {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text().split("\n");
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k];
            if (line.startsWith("#") || line.startsWith("@") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            entries.add(new Entry(f[0], f[1], f[3], f[4], k + 1));
        }
        return entries;
    }

    @Test
    void namesItsSourceVersionAndLicence() throws IOException {
        String text = text();
        assertTrue(text.contains("@version\tCLDR 48.2.0"), "versioned by the CLDR release");
        assertTrue(text.contains("cldr-localenames-full, cldr-dates-full, cldr-numbers-full"), "names its packages");
        assertTrue(text.contains("tools/translit/cldr_names.py"), "names the script that made it");
        assertTrue(text.contains("Unicode License v3"), "names its licence");
        try (InputStream in = CldrNamesTest.class.getResourceAsStream("/translit/NOTICE")) {
            String notice = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(notice.contains("UNICODE LICENSE V3") && notice.contains("Copyright © 2004-2026 Unicode, Inc."));
        }
        for (Entry e : entries()) {
            assertTrue(e.source().startsWith("CLDR 48.2.0 "), "line " + e.line() + " names its CLDR key");
        }
        assertTrue(entries().size() > 500, "entries: " + entries().size());
    }

    @Test
    void everyNameAndItsSuffixedFormsComeOutAsCldrSpellsThem() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Entry e : entries()) {
            check(wrong, e, e.latin(), e.cyrillic());
            String stem = LexiconEntry.endsWithSoftSign(e.cyrillic())
                    ? e.cyrillic().substring(0, e.cyrillic().length() - 1) : e.cyrillic();
            for (String[] suffix : SUFFIXES) {
                check(wrong, e, e.latin() + suffix[0], stem + suffix[1]);
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * Cyrillic to Latin stays with the letter rules: every name's Cyrillic gives CLDR's Latin by rule, so the
     * entries are needed from Latin only, and a round trip from either script comes back.
     */
    @Test
    void theLetterRulesGiveEveryNamesLatinSpelling() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Entry e : entries()) {
            String latin = T.toLatin(e.cyrillic());
            if (!latin.equals(e.latin())) {
                wrong.add("line " + e.line() + ": " + e.cyrillic() + " gave " + latin + ", CLDR has " + e.latin());
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static void check(List<String> wrong, Entry e, String latin, String cyrillic) {
        String got = T.toCyrillic(latin);
        if (!got.equals(cyrillic)) {
            wrong.add("line " + e.line() + ": " + latin + " gave " + got + ", expected " + cyrillic);
        }
    }
}
