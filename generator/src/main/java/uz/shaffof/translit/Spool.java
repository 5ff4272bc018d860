package uz.shaffof.translit;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a {@link TextStream} keeps the text between its two passes: the normalised pieces, and the facts of each
 * run of prose. Each is kept in memory up to {@code memoryBytes}, then in a temporary file (deleted on
 * {@link #close}), so memory stays bounded whatever the length of the text.
 */
public final class Spool implements Closeable {
    private final Channel pieces;
    private final Channel facts;

    /** {@code directory}: where the temporary files go when the text outgrows {@code memoryBytes}. */
    public Spool(Path directory, int memoryBytes) {
        this.pieces = new Channel(directory, memoryBytes);
        this.facts = new Channel(directory, memoryBytes);
    }

    void writePiece(String piece) throws IOException {
        byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
        pieces.out().writeInt(bytes.length);
        pieces.out().write(bytes);
    }

    void writeFacts(TextFacts f) throws IOException {
        DataOutputStream out = facts.out();
        out.writeLong(f.cyrillicLetters());
        out.writeLong(f.latinLetters());
        out.writeBoolean(f.markers());
    }

    /** Ends writing; the pieces and facts can be read once, in order, from now on. */
    void finishWriting() throws IOException {
        pieces.finishWriting();
        facts.finishWriting();
    }

    /** The next piece, or null after the last. */
    String readPiece() throws IOException {
        DataInputStream in = pieces.in();
        int length;
        try {
            length = in.readInt();
        } catch (EOFException end) {
            return null;
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    TextFacts readFacts() throws IOException {
        DataInputStream in = facts.in();
        return new TextFacts(in.readLong(), in.readLong(), in.readBoolean());
    }

    @Override
    public void close() throws IOException {
        List<IOException> failures = new ArrayList<>();
        for (Channel c : List.of(pieces, facts)) {
            try {
                c.close();
            } catch (IOException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    /** One sequence of bytes, written once and then read once: in memory while small, else in a temporary file. */
    private static final class Channel implements Closeable {
        private final Path directory;
        private final int memoryBytes;
        private final Memory memory = new Memory();
        private DataOutputStream out;
        private Path file;
        private DataInputStream in;

        Channel(Path directory, int memoryBytes) {
            this.directory = directory;
            this.memoryBytes = memoryBytes;
        }

        DataOutputStream out() throws IOException {
            if (out == null) {
                out = new DataOutputStream(new SpillingStream());
            }
            return out;
        }

        void finishWriting() throws IOException {
            out().close();
        }

        DataInputStream in() throws IOException {
            if (in == null) {
                InputStream source = file == null ? new ByteArrayInputStream(memory.bytes(), 0, memory.size())
                        : new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                in = new DataInputStream(source);
            }
            return in;
        }

        @Override
        public void close() throws IOException {
            try {
                if (in != null) {
                    in.close();
                }
                if (out != null) {
                    out.close();
                }
            } finally {
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            }
        }

        /** Writes to memory until {@code memoryBytes}, then moves what it has to a temporary file and goes on there. */
        private final class SpillingStream extends OutputStream {
            private OutputStream target = memory;

            @Override
            public void write(int b) throws IOException {
                spillFor(1);
                target.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                spillFor(len);
                target.write(b, off, len);
            }

            private void spillFor(int more) throws IOException {
                if (target == memory && memory.size() + (long) more > memoryBytes) {
                    file = Files.createTempFile(directory, "shaffof-translit-", ".spool");
                    OutputStream f = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                    f.write(memory.bytes(), 0, memory.size());
                    memory.reset();
                    target = f;
                }
            }

            @Override
            public void close() throws IOException {
                target.close();
            }
        }
    }

    /** A byte buffer whose array can be read without a copy. */
    private static final class Memory extends ByteArrayOutputStream {
        byte[] bytes() {
            return buf;
        }
    }
}
