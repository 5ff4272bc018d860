package uz.shaffof.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;
import uz.shaffof.project.ProjectFiles;

/**
 * Every file under a template directory, read once: their bytes and one fingerprint of them all. A
 * {@link TemplateEngine} made from it renders exactly these bytes, however the files change on disk afterwards, so
 * the engine never looks at the disk again while it renders (Freemarker's default checks each template's file
 * every time it is used, a file-system call per page), and a process that keeps an engine between builds can key it
 * by {@link #fingerprint()} and know that the engine holds the very bytes that were fingerprinted.
 *
 * <pre><code>TemplateFiles files = TemplateFiles.read(Path.of("templates"), "templates");
 * TemplateEngine engine = TemplateEngine.create(files, "templates");</code></pre>
 *
 * @param dir the directory that was read
 * @param files each file's path relative to {@code dir} ({@code /}-separated) and its bytes, in sorted path order
 * @param fingerprint SHA-256 over every file's path and bytes, in that order, in hex
 */
public record TemplateFiles(Path dir, Map<String, byte[]> files, String fingerprint) {
    public TemplateFiles {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /**
     * Reads every regular file under {@code dir}, which messages call {@code displayDir}; see
     * {@link #read(ProjectFiles, Path)}.
     */
    public static TemplateFiles read(Path dir, String displayDir) {
        return read(ProjectFiles.of(dir, displayDir), dir);
    }

    /**
     * Reads every regular file under {@code dir} through {@code project}, so that nothing outside the project is
     * read: a symbolic link (on the way to {@code dir} or under it) or a device, pipe or socket under it fails the
     * build with a problem naming it, as do a missing directory and an unreadable or oversized file. Operating
     * system and editor junk ({@link uz.shaffof.project.JunkFiles}) is skipped unread.
     */
    public static TemplateFiles read(ProjectFiles project, Path dir) {
        Problems problems = new Problems();
        ProjectFiles.FolderState state = project.folder(dir, problems);
        if (state == ProjectFiles.FolderState.MISSING) {
            throw BuildFailure.of("templates", Problem.error(SourcePos.file(project.display(dir)),
                    "cannot read the template directory: it does not exist or is not a directory"));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (state == ProjectFiles.FolderState.REAL) {
            Path base = dir.toAbsolutePath().normalize();
            for (ProjectFiles.Entry file : project.filesUnder(base, problems)) {
                byte[] bytes = project.read(file.path(), ProjectFiles.MAX_FILE_BYTES, "templates and assets",
                        problems);
                if (bytes != null) files.put(base.relativize(file.path()).toString().replace('\\', '/'), bytes);
            }
        }
        problems.throwIfErrors("templates");
        return of(dir, files);
    }

    /**
     * The files under {@code folder} (such as {@code assets}), named relative to it: {@code assets/site.css} is
     * {@code site.css}.
     */
    public Map<String, byte[]> under(String folder) {
        String prefix = folder + "/";
        Map<String, byte[]> out = new LinkedHashMap<>();
        files.forEach((name, bytes) -> {
            if (name.startsWith(prefix)) out.put(name.substring(prefix.length()), bytes);
        });
        return Collections.unmodifiableMap(out);
    }

    /**
     * Files already in memory (templates shipped in the jar), as if read from {@code dir}, the name the engine's
     * messages give their directory.
     */
    public static TemplateFiles of(Path dir, Map<String, byte[]> files) {
        Map<String, byte[]> sorted = new TreeMap<>(files);
        MessageDigest digest = sha256();
        for (Map.Entry<String, byte[]> file : sorted.entrySet()) {
            byte[] name = file.getKey().getBytes(StandardCharsets.UTF_8);
            // Lengths first, so that no two different sets of files give the same stream of bytes.
            digest.update(lengthOf(name.length));
            digest.update(name);
            digest.update(lengthOf(file.getValue().length));
            digest.update(file.getValue());
        }
        return new TemplateFiles(dir, sorted, HexFormat.of().formatHex(digest.digest()));
    }

    /** A Freemarker loader that serves these files' text (UTF-8) and nothing else; they never change. */
    TemplateLoader loader() {
        return new InMemoryLoader(this);
    }

    private record InMemoryLoader(TemplateFiles templates) implements TemplateLoader {
        @Override
        public Object findTemplateSource(String name) {
            return templates.files().containsKey(name) ? name : null;
        }

        @Override
        public long getLastModified(Object source) {
            return 0;
        }

        @Override
        public Reader getReader(Object source, String encoding) {
            return new StringReader(new String(templates.files().get((String) source), StandardCharsets.UTF_8));
        }

        @Override
        public void closeTemplateSource(Object source) {
            // Nothing is open: the bytes are in memory.
        }

        @Override
        public String toString() {
            // Freemarker names the loader in its "template not found" message.
            return "the files read from " + templates.dir();
        }
    }

    private static byte[] lengthOf(int n) {
        return new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n};
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
