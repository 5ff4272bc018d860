package uz.shaffof.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How a CSV file's bytes become text, as Excel and 1C write them: a byte-order mark says so outright (Excel's
 * "CSV UTF-8" writes one, "Unicode text" writes UTF-16); bytes that are valid UTF-8 are UTF-8 (text in Windows-1251
 * with any Cyrillic letter is practically never valid UTF-8: its letters are bytes 0xC0–0xFF, which UTF-8 allows
 * only as the start of a sequence); anything else is Windows-1251, Excel's "CSV" in a Russian or Uzbek Windows.
 */
public final class TextEncoding {
    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private TextEncoding() {}

    /** The decoded text (without its byte-order mark) and the charset it was read in. */
    public record Decoded(String text, Charset charset, boolean byteOrderMark) {}

    /** Decodes {@code bytes} in {@code forced}, or in the detected charset when {@code forced} is null. */
    public static Decoded decode(byte[] bytes, Charset forced) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF) && (forced == null || forced.equals(StandardCharsets.UTF_8))) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, true);
        }
        if (forced == null && startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, true);
        }
        if (forced == null && startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, true);
        }
        if (forced != null) return new Decoded(new String(bytes, forced), forced, false);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(bytes, WINDOWS_1251), WINDOWS_1251, false);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
