package uz.shaffof.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;

/**
 * Decodes a content file's bytes (read by {@link uz.shaffof.project.ProjectFiles}) as UTF-8 text, or says exactly why it cannot. The policy, the same for every kind:
 * <ul>
 *   <li>empty and whitespace-only files are errors ("file is empty");</li>
 *   <li>a byte-order mark is an error: it is invisible in editors, and a BOM before {@code # Heading} turns the
 *       heading into a paragraph; rejecting it (rather than stripping it) keeps every file byte-identical to what
 *       the site is built from;</li>
 *   <li>invalid UTF-8 is an error at the line and column of the first bad byte: decoding with
 *       {@code new String(bytes)} would silently put U+FFFD into published text;</li>
 *   <li>CRLF line endings are accepted (Windows editors write them) and become LF; a bare CR (classic Mac) is an
 *       error, because tools disagree on whether it ends a line, so reported line numbers would disagree too.</li>
 * </ul>
 * Columns count characters from 1, not bytes, so that they match what editors show for Cyrillic text.
 */
final class SourceDecoder {

    /** Decodes {@code bytes} of the file at {@code path}; null after reporting a problem. */
    String decode(String path, byte[] bytes, ContentFormat format, Problems problems) {
        if (bytes.length == 0) {
            problems.error(SourcePos.file(path), "file is empty (0 bytes); expected " + format.expected());
            return null;
        }
        String bomProblem = bomProblem(bytes);
        if (bomProblem != null) {
            problems.error(SourcePos.file(path), bomProblem);
            return null;
        }
        String text = decodeStrict(path, bytes, problems);
        if (text == null) return null;
        if (text.isBlank()) {
            problems.error(SourcePos.file(path), "file is empty (only white space); expected " + format.expected());
            return null;
        }
        return normaliseLineEndings(path, text, problems);
    }

    private static String bomProblem(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return "file starts with a byte-order mark (BOM); save it as UTF-8 without BOM";
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return "file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8 without BOM";
        }
        return null;
    }

    private static String decodeStrict(String path, byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) r = decoder.flush(out);
        if (r.isError()) {
            int bad = in.position();
            SourcePos pos = positionOfByte(path, bytes, bad);
            problems.error(pos, String.format(Locale.ROOT, "invalid UTF-8 (byte 0x%02X at offset %d); save the file "
                    + "as UTF-8", bytes[bad] & 0xFF, bad));
            return null;
        }
        out.flip();
        return out.toString();
    }

    /** Line and column (in characters) of the byte at {@code offset}; everything before it is valid UTF-8. */
    private static SourcePos positionOfByte(String path, byte[] bytes, int offset) {
        String before;
        try {
            before = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, offset)).toString();
        } catch (CharacterCodingException e) {
            return SourcePos.file(path);
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return SourcePos.of(path, line, before.codePointCount(lineStart, before.length()) + 1);
    }

    private static String normaliseLineEndings(String path, String text, Problems problems) {
        if (text.indexOf('\r') < 0) return text;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                problems.error(SourcePos.of(path, line, i - lineStart + 1), "bare CR line ending (classic Mac); "
                        + "save the file with LF (or CRLF) line endings");
                return null;
            }
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return text.replace("\r\n", "\n");
    }
}
