package uz.shaffof.cache;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of a cached value: counts, strings and byte arrays one after another, each string and array after its
 * length. {@link Writer} writes them; {@link Reader} reads them back and says when the bytes are not exactly what a
 * writer of the same shape wrote (a length past the end, text that is not UTF-8, bytes left over), so that a cache
 * can treat such an entry as a miss instead of trusting it.
 *
 * <pre><code>byte[] bytes = new EntryBytes.Writer().count(2).string("a").bytes(data).toByteArray();
 * EntryBytes.Reader in = new EntryBytes.Reader(bytes);
 * int n = in.count(10); String a = in.string(); byte[] b = in.bytes();
 * if (!in.atEnd()) ... // not one of ours</code></pre>
 */
public final class EntryBytes {
    private EntryBytes() {}

    /** Writes values in order; not thread-safe. */
    public static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        /** A count or other non-negative number. */
        public Writer count(int n) {
            if (n < 0) throw new IllegalArgumentException("a count is never negative: " + n);
            out.write(n >>> 24);
            out.write(n >>> 16);
            out.write(n >>> 8);
            out.write(n);
            return this;
        }

        /** A string as UTF-8, after its length in bytes. */
        public Writer string(String s) {
            return bytes(s.getBytes(StandardCharsets.UTF_8));
        }

        /** Bytes, after their length. */
        public Writer bytes(byte[] b) {
            count(b.length);
            out.write(b, 0, b.length);
            return this;
        }

        public byte[] toByteArray() {
            return out.toByteArray();
        }
    }

    /**
     * Reads what a {@link Writer} wrote. Each method throws {@link Malformed} when the bytes cannot be what it
     * expects; a cache catches it and treats the entry as a miss.
     */
    public static final class Reader {
        private final byte[] bytes;
        private int at;

        public Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        /** A count written by {@link Writer#count}, at most {@code max} (a larger one is not one of ours). */
        public int count(int max) {
            if (bytes.length - at < 4) throw new Malformed();
            int n = ((bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8)
                    | (bytes[at + 3] & 0xFF);
            at += 4;
            if (n < 0 || n > max) throw new Malformed();
            return n;
        }

        public byte[] bytes() {
            int n = count(Integer.MAX_VALUE);
            if (n > bytes.length - at) throw new Malformed();
            byte[] b = new byte[n];
            System.arraycopy(bytes, at, b, 0, n);
            at += n;
            return b;
        }

        /** A string; bytes that are not well-formed UTF-8 are not one. */
        public String string() {
            try {
                CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes()));
                return chars.toString();
            } catch (CharacterCodingException e) {
                throw new Malformed();
            }
        }

        /** True when every byte has been read: an entry with bytes left over is not one of ours. */
        public boolean atEnd() {
            return at == bytes.length;
        }
    }

    /** The bytes are not what the reader expected: a damaged or foreign entry. */
    public static final class Malformed extends RuntimeException {
        public Malformed() {
            super("not a well-formed cache entry", null, false, false);
        }
    }
}
