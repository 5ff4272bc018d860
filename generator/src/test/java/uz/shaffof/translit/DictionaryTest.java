package uz.shaffof.translit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped exception dictionary: versioned, well-formed, consistent with itself, licences kept. */
class DictionaryTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = DictionaryTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void hasAVersionLine() {
        // The exception list's own version, then the CLDR release the names come from.
        assertTrue(Transliterator.standard().dictionaryVersion().matches("\\d{4}\\.\\d{2}\\.\\d+\\+CLDR \\d+\\.\\d+\\.\\d+"),
                Transliterator.standard().dictionaryVersion());
    }

    @Test
    void everyTwoWayEntryRoundTripsThroughTheEngine() throws IOException {
        Transliterator t = Transliterator.standard();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String line : resource(BuiltInDictionary.RESOURCE).split("\n")) {
            if (line.startsWith("#") || line.startsWith("@") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            if (f[3].equals("both") || f[3].equals("c2l")) {
                check(wrong, f[0] + " → " + f[1], f[1], t.toLatin(f[0]));
            }
            if (f[3].equals("both") || f[3].equals("l2c")) {
                check(wrong, f[1] + " → " + f[0], f[0], t.toCyrillic(f[1]));
            }
            checked++;
        }
        assertTrue(checked > 1500, "entries: " + checked);
        assertEquals(List.of(), wrong);
    }

    private static void check(List<String> wrong, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            wrong.add(what + " gave " + actual);
        }
    }

    @Test
    void stemsCarryCaseAndDropSoftSignBeforeSuffixes() {
        Transliterator t = Transliterator.standard();
        assertEquals("Апрелда", t.toCyrillic("Aprelda"));
        assertEquals("АПРЕЛДА", t.toCyrillic("APRELDA"));
        assertEquals("апрель", t.toCyrillic("aprel"));
        assertEquals("KONSERTLARIMIZDA", t.toLatin("КОНЦЕРТЛАРИМИЗДА"));
        assertEquals("концертларимизда", t.toCyrillic("konsertlarimizda"));
    }

    @Test
    void entriesDerivedFromPeersKeepTheirLicences() throws IOException {
        String notice = resource("/translit/NOTICE");
        assertTrue(notice.contains("Copyright (c) Tahrirchi"), "fitrat MIT notice");
        assertTrue(notice.contains("Copyright (c) 2018 The Python Packaging Authority"), "UzTransliterator MIT notice");
        assertTrue(notice.contains("Permission is hereby granted"));
        String dict = resource(BuiltInDictionary.RESOURCE);
        assertTrue(dict.contains("\tfitrat") && dict.contains("\tuztransliterator"), "sources are named per entry");
    }

    @Test
    void malformedDataIsRejectedWithItsLine() {
        var missingVersion = assertThrows(IllegalStateException.class,
                () -> BuiltInDictionary.parse("цирк\tsirk\tstem\tboth\tx\n", "d.tsv"));
        assertTrue(missingVersion.getMessage().contains("@version"));
        var space = assertThrows(IllegalStateException.class,
                () -> BuiltInDictionary.parse("@version\t1\nНью Йорк\tNyu York\tword\tboth\tx\n", "d.tsv"));
        assertTrue(space.getMessage().startsWith("d.tsv:2:"), space.getMessage());
        var halfHyphenated = assertThrows(IllegalStateException.class,
                () -> BuiltInDictionary.parse("@version\t1\nНью-Йорк\tNyuYork\tword\tboth\tx\n", "d.tsv"));
        assertTrue(halfHyphenated.getMessage().startsWith("d.tsv:2:"), halfHyphenated.getMessage());
        var acrossFiles = assertThrows(IllegalStateException.class, () -> BuiltInDictionary.parse(
                List.of("@version\t1\nцирк\tsirk\tstem\tboth\tx\n", "@version\t2\nЦирк\tSirk\tstem\tl2c\ty\n"),
                List.of("a.tsv", "b.tsv")));
        assertEquals("b.tsv:2: key 'sirk' already defined on a.tsv:2", acrossFiles.getMessage());
        var clash = assertThrows(IllegalStateException.class,
                () -> BuiltInDictionary.parse("@version\t1\nцирк\tsirk\tstem\tboth\tx\nЦирк\tsirkk\tword\tboth\tx\n", "d.tsv"));
        assertTrue(clash.getMessage().contains("already defined on line 2"), clash.getMessage());
    }
}
