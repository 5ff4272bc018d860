package uz.shaffof.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import uz.shaffof.translit.Conversion;
import uz.shaffof.translit.Script;
import uz.shaffof.translit.TranslitWarning;
import uz.shaffof.translit.Transliterator;

/**
 * Fuzzes the script engine, {@link Transliterator#standard()}, with what its Javadoc and docs/TRANSLIT.md promise:
 * <ul>
 *   <li>{@code toLatin}, {@code toCyrillic} and {@code convertWithWarnings} return for any text, and
 *       {@code convertWithWarnings(x, s).text()} is {@code convert(x, s)};</li>
 *   <li>outside {@code -{...}-} spans (which are copied byte for byte) the output is in NFC, like the input the
 *       engine reads (RELIABILITY.md row 15: every output text node in NFC);</li>
 *   <li>warnings point into the normalised text ({@code offset + length <= normalize(x).length()});</li>
 *   <li>the output is at most twice the input plus 16 characters, the input counted after NFC (which alone can
 *       triple some characters);</li>
 *   <li>"Latin parts pass through unchanged": for text without {@code -{...}-} spans, a Latin result with no
 *       Cyrillic letter and no marker in it is a fixed point of {@code toLatin};</li>
 *   <li>text made only of Cyrillic letters and spaces comes out of {@code toLatin} with no Cyrillic letter, and a
 *       {@code -{...}-} span between two such texts is copied as written.</li>
 * </ul>
 */
class TransliteratorFuzzTest {
    private static final Transliterator T = Transliterator.standard();
    /** Uzbek and Russian Cyrillic letters, both cases, plus decomposed ў and й (NFC composes them). */
    private static final String[] CYRILLIC_UNITS = units(
            "абвгдеёжзийклмнопрстуфхцчшщъыьэюяўқғҳ", "у\u0306", "и\u0306", "У\u0306", "И\u0306", "е\u0308");

    /** Arbitrary text: the bytes read as UTF-8, and the same bytes read as raw UTF-16 (lone surrogates and all). */
    @FuzzTest(maxDuration = "30s")
    void anyTextConvertsBoundedAndLatinIsAFixedPoint(byte[] data) {
        check(new String(data, StandardCharsets.UTF_8));
        check(rawUtf16(data));
    }

    /** Only Cyrillic letters and spaces, with a protected span between two such texts. */
    @FuzzTest(maxDuration = "30s")
    void noCyrillicLetterSurvivesToLatinOutsideProtectedSpans(FuzzedDataProvider data) {
        String before = cyrillicText(data);
        String after = cyrillicText(data);
        String kept = data.consumeString(24).replace("}-", "}_");
        String left = T.toLatin(before);
        String right = T.toLatin(after);
        assertNoCyrillicLetter(before, left);
        assertNoCyrillicLetter(after, right);
        if (kept.isEmpty() || kept.startsWith("uz-latn:") || kept.startsWith("uz-cyrl:")) return;
        String text = before + "-{" + kept + "}-" + after;
        String out = T.toLatin(text);
        assertEquals(left + kept + right, out, "the span must be copied as written, its neighbours converted alone: "
                + MarkdownFuzzTest.visible(text));
    }

    private static void check(String text) {
        for (Script s : Script.values()) {
            String out = T.convert(text, s);
            assertNotNull(out);
            Conversion c = T.convertWithWarnings(text, s);
            assertEquals(out, c.text(), "convertWithWarnings and convert disagree on " + MarkdownFuzzTest.visible(text));
            String normalized = Transliterator.normalize(text);
            // Twice the input plus a constant, counted on the text the engine reads: NFC may expand up to threefold
            // (U+FB2C is three code units after NFC), and the docs say input is NFC-normalised first.
            int bound = 2 * Math.max(text.length(), normalized.length()) + 16;
            assertTrue(out.length() <= bound, "output of " + out.length() + " chars for " + text.length()
                    + " in: " + MarkdownFuzzTest.visible(text));
            for (TranslitWarning w : c.warnings()) {
                assertTrue(w.offset() + w.length() <= normalized.length(), "warning " + w + " beyond the text "
                        + MarkdownFuzzTest.visible(normalized));
            }
        }
        // A -{...}- span is copied as written (not even NFC) and its markers dropped, so a second pass may change it:
        // the promises below are for text without spans.
        if (text.contains("-{")) return;
        for (Script s : Script.values()) {
            String out = T.convert(text, s);
            assertTrue(Normalizer.isNormalized(out, Normalizer.Form.NFC), "output not in NFC: "
                    + codePoints(out) + " for " + codePoints(text));
        }
        String latin = T.toLatin(text);
        if (!latin.contains("-{") && latin.codePoints().noneMatch(TransliteratorFuzzTest::isCyrillicLetter)) {
            assertEquals(latin, T.toLatin(latin), "toLatin is not a fixed point on its own Latin output for "
                    + MarkdownFuzzTest.visible(text));
        }
    }

    private static String cyrillicText(FuzzedDataProvider data) {
        StringBuilder sb = new StringBuilder();
        int n = data.consumeInt(0, 40);
        for (int i = 0; i < n; i++) {
            if (data.consumeInt(0, 5) == 0) sb.append(' ');
            else sb.append(CYRILLIC_UNITS[data.consumeInt(0, CYRILLIC_UNITS.length - 1)]);
        }
        return sb.toString();
    }

    private static void assertNoCyrillicLetter(String in, String out) {
        assertTrue(out.codePoints().noneMatch(TransliteratorFuzzTest::isCyrillicLetter),
                "Cyrillic left in toLatin(\"" + in + "\") = \"" + out + "\"");
    }

    static boolean isCyrillicLetter(int cp) {
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC;
    }

    private static String codePoints(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().limit(40).forEach(cp -> sb.append(sb.length() == 0 ? "" : " ").append(String.format("U+%04X", cp)));
        return s.codePointCount(0, s.length()) > 40 ? sb + " ..." : sb.toString();
    }

    private static String rawUtf16(byte[] data) {
        char[] cs = new char[data.length / 2];
        for (int i = 0; i < cs.length; i++) cs[i] = (char) (((data[2 * i] & 0xff) << 8) | (data[2 * i + 1] & 0xff));
        return new String(cs);
    }

    private static String[] units(String letters, String... extra) {
        String upper = letters.toUpperCase(java.util.Locale.ROOT);
        String[] out = new String[letters.length() * 2 + extra.length];
        for (int i = 0; i < letters.length(); i++) {
            out[2 * i] = letters.substring(i, i + 1);
            out[2 * i + 1] = upper.substring(i, i + 1);
        }
        System.arraycopy(extra, 0, out, letters.length() * 2, extra.length);
        return out;
    }
}
