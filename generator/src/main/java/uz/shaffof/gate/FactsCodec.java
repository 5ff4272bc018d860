package uz.shaffof.gate;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The pieces {@link PageFacts} are written with: counts, positions and strings of any length (a {@code data:} URL
 * may be longer than {@link DataOutputStream#writeUTF} allows). Reading checks every count and length against
 * what is left, and strings are strict UTF-8, so bytes that are not such facts fail with an {@link IOException}
 * (a cache miss) instead of allocating wildly or decoding to something else.
 */
final class FactsCodec {
    private FactsCodec() {}

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) throw new IOException("string length " + length + " out of range");
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readNBytes(length)))
                .toString();
    }

    /**
     * A count of items that each take at least {@code minBytes} bytes: a count the rest of the input cannot hold is
     * not one of ours.
     */
    static int readCount(DataInputStream in, int minBytes) throws IOException {
        int count = in.readInt();
        if (count < 0 || (long) count * minBytes > in.available()) {
            throw new IOException("count " + count + " out of range");
        }
        return count;
    }

    /** A line or column: 0 (none) or more. */
    static int readPosition(DataInputStream in) throws IOException {
        int p = in.readInt();
        if (p < 0) throw new IOException("negative position " + p);
        return p;
    }
}
