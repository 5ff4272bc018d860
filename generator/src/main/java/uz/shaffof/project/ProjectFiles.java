package uz.shaffof.project;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;

/**
 * Lists and reads the files of a project folder without following a symbolic link and without opening anything
 * but a regular file. A link committed to a repository can point anywhere on the build machine: a link to
 * {@code /proc/self/environ} among the assets would publish the build's environment, CI tokens included (compare
 * Jekyll's CVE-2018-17567). So a link is refused wherever it stands: the entry itself, the folder being read, or
 * any folder between the project root and it. A device, pipe or socket is refused before it is opened, because
 * opening a pipe waits for a writer for ever. Every refusal is a located problem naming the entry.
 *
 * <pre><code>ProjectFiles files = new ProjectFiles(root);
 * for (ProjectFiles.Entry e : files.filesUnder(root.resolve("templates"), problems)) {
 *     byte[] bytes = files.read(e.path(), ProjectFiles.MAX_FILE_BYTES, "templates", problems);
 * }</code></pre>
 */
public final class ProjectFiles {
    /** The largest file read unless a caller sets its own limit: beyond it, a file is not a template or an asset. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final String LINK = "symbolic links are not followed (a link can point anywhere on the build "
            + "machine, outside the project); replace the link with the file or folder it points to";
    private static final String SPECIAL = "not a regular file or folder (a device, pipe or socket); only files and "
            + "folders are read";

    private final Path root;
    private final String rootName;

    private ProjectFiles(Path root, String rootName) {
        this.root = root.toAbsolutePath().normalize();
        this.rootName = rootName;
    }

    /** Files of the project at {@code root}; messages name every path relative to it. */
    public ProjectFiles(Path root) {
        this(root, "");
    }

    /**
     * Files of the one folder {@code dir}, which messages call {@code name} (a folder named on the command line, or
     * a test's): only {@code dir} itself and what is under it are checked for links.
     */
    public static ProjectFiles of(Path dir, String name) {
        return new ProjectFiles(dir, name);
    }

    /** What a folder to be read turned out to be. */
    public enum FolderState {
        /** A real folder, reached without a link. */
        REAL,
        /** Nothing there, or a regular file: the caller says what it expected. */
        MISSING,
        /** A link or a special file on the way; already reported. */
        REFUSED
    }

    /**
     * One entry of a folder as it is on disk (a link is described, never followed).
     *
     * @param path the entry's absolute path
     * @param display the path as messages print it: relative to the project root, with {@code /}
     * @param attributes the entry's own attributes ({@link LinkOption#NOFOLLOW_LINKS})
     */
    public record Entry(Path path, String display, BasicFileAttributes attributes) {
        public String name() {
            return path.getFileName().toString();
        }

        public boolean isFolder() {
            return attributes.isDirectory();
        }

        public boolean isFile() {
            return attributes.isRegularFile();
        }

        /** Null for a regular file or a folder; else why the entry is not read. */
        public String whyRefused() {
            return ProjectFiles.whyRefused(attributes);
        }
    }

    /** How {@code p} is named in messages: relative to the project root when inside it, with {@code /}. */
    public String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        if (!abs.startsWith(root)) return abs.toString().replace('\\', '/');
        String rel = root.relativize(abs).toString().replace('\\', '/');
        if (rootName.isEmpty()) return rel;
        return rel.isEmpty() ? rootName : rootName + "/" + rel;
    }

    /**
     * Whether {@code dir} can be read: it and every folder between the project root and it must be a real folder,
     * not a link (a folder outside the root, named on the command line, is checked itself only). A link or special
     * file on the way is reported to {@code problems}.
     */
    public FolderState folder(Path dir, Problems problems) {
        Path abs = dir.toAbsolutePath().normalize();
        List<Path> way = new ArrayList<>();
        if (abs.startsWith(root) && !abs.equals(root)) {
            Path p = root;
            for (Path segment : root.relativize(abs)) {
                p = p.resolve(segment);
                way.add(p);
            }
        } else {
            way.add(abs);
        }
        for (Path p : way) {
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return FolderState.MISSING;
            } catch (IOException e) {
                problems.error(SourcePos.file(display(p)), "cannot read file attributes (" + e.getClass().getSimpleName()
                        + ")");
                return FolderState.REFUSED;
            }
            String why = whyRefused(a);
            if (why != null) {
                problems.error(SourcePos.file(display(p)), why);
                return FolderState.REFUSED;
            }
            if (!a.isDirectory()) return FolderState.MISSING;
        }
        return FolderState.REAL;
    }

    /**
     * The entries of {@code dir}, sorted by name as a String (the same order on every machine, whatever the file
     * system returns), each with its own attributes. An entry whose attributes cannot be read is reported and left
     * out; links and special files are listed, for the caller to refuse in its words or with {@link Entry#whyRefused}.
     */
    public List<Entry> list(Path dir, Problems problems) {
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(paths::add);
        } catch (IOException | RuntimeException e) {
            problems.error(SourcePos.file(display(dir)), "cannot list folder (" + e.getClass().getSimpleName() + ")");
        }
        paths.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        List<Entry> entries = new ArrayList<>(paths.size());
        for (Path p : paths) {
            try {
                entries.add(new Entry(p, display(p), Files.readAttributes(p, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS)));
            } catch (IOException e) {
                problems.error(SourcePos.file(display(p)), "cannot read file attributes (" + e.getClass().getSimpleName()
                        + ")");
            }
        }
        return entries;
    }

    /**
     * Every regular file under {@code dir} (which must be a {@link FolderState#REAL} folder), depth first in sorted
     * order; {@link JunkFiles} are skipped unread, and every link or special file is reported to {@code problems}.
     */
    public List<Entry> filesUnder(Path dir, Problems problems) {
        List<Entry> files = new ArrayList<>();
        collect(dir, files, problems);
        return files;
    }

    private void collect(Path dir, List<Entry> files, Problems problems) {
        for (Entry e : list(dir, problems)) {
            if (JunkFiles.isJunk(e.name())) continue;
            String why = e.whyRefused();
            if (why != null) {
                problems.error(SourcePos.file(e.display()), why);
            } else if (e.isFolder()) {
                collect(e.path(), files, problems);
            } else {
                files.add(e);
            }
        }
    }

    /**
     * The bytes of the regular file at {@code file}, or null after reporting why not: a link, a special file, larger
     * than {@code maxBytes} (the message names the limit as that of {@code limitOf}, e.g. "json content files"), or
     * unreadable. The file's own attributes are read again here and it is opened without following a link, so a
     * file replaced by a link or a pipe after it was listed is not read through it either.
     */
    public byte[] read(Path file, long maxBytes, String limitOf, Problems problems) {
        Entry e = entry(file, problems);
        if (e == null) return null;
        if (!e.isFile()) {
            problems.error(SourcePos.file(e.display()), e.isFolder() ? "is a folder, not a file" : e.whyRefused());
            return null;
        }
        try (SeekableByteChannel ch = Files.newByteChannel(e.path(), StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS)) {
            long size = ch.size();
            if (size > maxBytes) {
                problems.error(SourcePos.file(e.display()), "file is " + size + " bytes; the limit for " + limitOf
                        + " is " + maxBytes + " bytes: split it or remove what does not belong");
                return null;
            }
            ByteBuffer buf = ByteBuffer.allocate((int) size);
            while (buf.hasRemaining() && ch.read(buf) >= 0) {
                // read until full or end of file
            }
            return Arrays.copyOf(buf.array(), buf.position());
        } catch (IOException | RuntimeException ex) {
            problems.error(SourcePos.file(e.display()), "cannot read file (" + ex.getClass().getSimpleName() + ")");
            return null;
        }
    }

    /**
     * The bytes of {@code file} when it is a regular file and not a link, else null (missing, a link, a device or
     * pipe, unreadable), with nothing reported: for caches, where anything but a file of our own is a miss. A cache
     * lives in the project tree by default, so a link planted there (say, where a chart's PNG is looked up) would
     * otherwise publish whatever it points to.
     */
    public static byte[] readRegularOrNull(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || a.size() > Integer.MAX_VALUE - 16) return null;
            try (SeekableByteChannel ch = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                ByteBuffer buf = ByteBuffer.allocate((int) ch.size());
                while (buf.hasRemaining() && ch.read(buf) >= 0) {
                    // read until full or end of file
                }
                return Arrays.copyOf(buf.array(), buf.position());
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The entry of one path (its own attributes, not its target's), or null after reporting why not. */
    public Entry entry(Path p, Problems problems) {
        try {
            return new Entry(p, display(p), Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            problems.error(SourcePos.file(display(p)), "cannot read file attributes (" + e.getClass().getSimpleName()
                    + ")");
            return null;
        }
    }

    /**
     * Where a problem with an entry's name is reported: the entry itself ({@code display}), unless its path could
     * not be printed as one {@code path:line:col} token (white space or control characters), then its folder
     * ({@code folderDisplay}); the message quotes the name ({@link #printable}).
     */
    public static SourcePos namePos(String display, String folderDisplay) {
        boolean oneToken = display.codePoints().noneMatch(cp -> Character.isWhitespace(cp) || Character.isISOControl(cp)
                || Character.isSpaceChar(cp));
        return SourcePos.file(oneToken ? display : folderDisplay);
    }

    /**
     * A file name (or a message about one) as a message may quote it: control characters shown as code points, so
     * a message never carries raw control bytes. File systems keep names short, so nothing is cut.
     */
    public static String printable(String name) {
        StringBuilder b = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) b.append(String.format(Locale.ROOT, "\\u%04X", cp));
            else b.appendCodePoint(cp);
        });
        return b.toString();
    }

    private static String whyRefused(BasicFileAttributes a) {
        if (a.isSymbolicLink()) return LINK;
        if (!a.isDirectory() && !a.isRegularFile()) return SPECIAL;
        return null;
    }
}
