package uz.shaffof.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every entry under a directory, without following links: a file by the SHA-256 of its bytes, a directory as such,
 * a symbolic link by its target. Two snapshots differ exactly where something was written, deleted or replaced.
 */
public record TreeSnapshot(Map<Path, String> entries) {
    public static TreeSnapshot of(Path root) {
        Map<Path, String> m = new TreeMap<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
                    m.put(d, "dir");
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                    m.put(f, a.isSymbolicLink() ? "link:" + Files.readSymbolicLink(f)
                            : a.isRegularFile() ? "file:" + sha256(Files.readAllBytes(f)) : "other");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSnapshot(m);
    }

    /** The paths added, removed or changed between this snapshot and {@code later}. */
    public Set<Path> changedIn(TreeSnapshot later) {
        Set<Path> changed = new TreeSet<>();
        for (var e : entries.entrySet()) {
            if (!e.getValue().equals(later.entries.get(e.getKey()))) changed.add(e.getKey());
        }
        for (Path p : later.entries.keySet()) {
            if (!entries.containsKey(p)) changed.add(p);
        }
        return changed;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
