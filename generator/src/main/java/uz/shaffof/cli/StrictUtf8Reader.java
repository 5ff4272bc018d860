package uz.shaffof.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 and refuses what is not: a byte that cannot start a character, a sequence cut short (also at the end of
 * the input), an overlong form, an encoded surrogate or a code point above U+10FFFF. The JDK decoder decides, set to
 * report rather than replace; this class only keeps count of the bytes, so the error can say where it is.
 */
final class StrictUtf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
    /** Offset in the input of {@code bytes}' first byte. */
    private long base;
    private boolean endOfInput;
    private boolean flushed;

    /** Invalid UTF-8 at {@link #offset} (0-based, in bytes): the bytes at that place. */
    static final class InvalidUtf8Exception extends IOException {
        private final long offset;
        private final byte[] found;
        private final boolean atEnd;

        InvalidUtf8Exception(long offset, byte[] found, boolean atEnd) {
            super("byte offset " + offset + ": invalid UTF-8");
            this.offset = offset;
            this.found = found;
            this.atEnd = atEnd;
        }

        long offset() {
            return offset;
        }

        /** The bytes, as {@code 0xC3 0x28}, and whether the input ended there. */
        String found() {
            StringBuilder b = new StringBuilder();
            for (byte x : found) {
                b.append(b.length() == 0 ? "" : " ").append(String.format(java.util.Locale.ROOT, "0x%02X", x & 0xFF));
            }
            return atEnd ? b + ", then the end of the input" : b.toString();
        }
    }

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] target, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(target, off, n);
        return n;
    }

    /** Decodes more characters into {@code chars}; false at the end of the input. */
    private boolean fill() throws IOException {
        if (flushed) {
            return false;
        }
        chars.clear();
        try {
            CoderResult r = decoder.decode(bytes, chars, endOfInput);
            if (r.isError()) {
                throw invalid(r.length());
            }
            if (chars.position() > 0) {
                return true;
            }
            if (r.isUnderflow()) {
                if (endOfInput) {
                    decoder.flush(chars);
                    flushed = true;
                    return chars.position() > 0;
                }
                readMore();
            }
            return true;
        } finally {
            chars.flip();
        }
    }

    private void readMore() throws IOException {
        base += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    /** The error at the decoder's position: the malformed bytes, and the next one when the first could start a sequence. */
    private InvalidUtf8Exception invalid(int malformed) {
        int at = bytes.position();
        int first = bytes.get(at) & 0xFF;
        boolean leadByte = first >= 0xC0 && first <= 0xF4; // C0, C1: overlong; F5 and up start nothing
        // A lead byte rejected alone was rejected for the byte after it, which is shown too.
        int shown = Math.min(bytes.limit() - at, malformed + (leadByte && malformed == 1 ? 1 : 0));
        byte[] found = new byte[shown];
        bytes.get(at, found);
        return new InvalidUtf8Exception(base + at, found, endOfInput && at + shown >= bytes.limit() && leadByte
                && shown == malformed);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
