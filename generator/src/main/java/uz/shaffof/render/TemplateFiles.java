package uz.shaffof.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * <p>A site's set is usually {@link #overriding layered}: the generator's {@link BuiltInTemplates}, with each file of
 * the site's own template directory in place of the built-in file of the same path. Messages name a file by where
 * it came from ({@link #display}).
 *
 * <pre><code>TemplateFiles files = TemplateFiles.overriding(BuiltInTemplates.files(), new ProjectFiles(root),
 *         root.resolve("templates"));
 * TemplateEngine engine = TemplateEngine.create(files, "templates");</code></pre>
 *
 * @param dir the directory that was read (for a layered set: the site's, whether or not it exists)
 * @param files each file's path relative to {@code dir} ({@code /}-separated) and its bytes, in sorted path order
 * @param builtIn the paths among {@code files} whose bytes are the generator's built-in ones, not the site's
 * @param fingerprint SHA-256 over every file's path, origin and bytes, in that order, in hex
 */
public record TemplateFiles(Path dir, Map<String, byte[]> files, Set<String> builtIn, String fingerprint) {
    public TemplateFiles {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        builtIn = Set.copyOf(builtIn);
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
        Map<String, byte[]> files = readOwn(project, dir, false, problems);
        problems.throwIfErrors("templates");
        return of(dir, files);
    }

    /**
     * The {@code builtIn} files with those under {@code dir} over them, file by file: a file of the site replaces the
     * built-in one of the same path, and adds itself when there is none. {@code dir} is read as {@link #read} reads
     * it (no link followed, junk skipped), except that a missing directory is no error: the site then uses the
     * built-in files alone.
     */
    public static TemplateFiles overriding(Map<String, byte[]> builtIn, ProjectFiles project, Path dir) {
        Problems problems = new Problems();
        Map<String, byte[]> own = readOwn(project, dir, true, problems);
        problems.throwIfErrors("templates");
        Map<String, byte[]> files = new TreeMap<>(builtIn);
        files.putAll(own);
        Set<String> fromBuiltIn = new TreeSet<>(builtIn.keySet());
        fromBuiltIn.removeAll(own.keySet());
        return of(dir, files, fromBuiltIn);
    }

    private static Map<String, byte[]> readOwn(ProjectFiles project, Path dir, boolean mayBeMissing,
                                               Problems problems) {
        ProjectFiles.FolderState state = project.folder(dir, problems);
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (state == ProjectFiles.FolderState.MISSING) {
            if (!mayBeMissing) {
                problems.error(SourcePos.file(project.display(dir)),
                        "cannot read the template directory: it does not exist or is not a directory");
            } else if (Files.exists(dir)) {
                // A file where the directory would be is a mistake worth naming, not a site without overrides.
                problems.error(SourcePos.file(project.display(dir)),
                        "is a file; the template overrides must be a directory (or absent, to use the built-in "
                                + "templates alone)");
            }
        }
        if (state == ProjectFiles.FolderState.REAL) {
            Path base = dir.toAbsolutePath().normalize();
            for (ProjectFiles.Entry file : project.filesUnder(base, problems)) {
                byte[] bytes = project.read(file.path(), ProjectFiles.MAX_FILE_BYTES, "templates and assets",
                        problems);
                if (bytes != null) files.put(base.relativize(file.path()).toString().replace('\\', '/'), bytes);
            }
        }
        return files;
    }

    /**
     * How messages name the file {@code name}: {@code displayDir/name} for a file of the site, and
     * {@link BuiltInTemplates#DISPLAY_PREFIX}{@code name} for a built-in one, which is where it is in the Shaffof
     * repository (and what to copy into the site's directory to change it).
     */
    public String display(String name, String displayDir) {
        return builtIn.contains(name) ? BuiltInTemplates.DISPLAY_PREFIX + name : displayDir + "/" + name;
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
     * Files already in memory, all of them the site's, as if read from {@code dir}, the name the engine's messages
     * give their directory.
     */
    public static TemplateFiles of(Path dir, Map<String, byte[]> files) {
        return of(dir, files, Set.of());
    }

    /** Files already in memory, those named in {@code builtIn} being the generator's. */
    public static TemplateFiles of(Path dir, Map<String, byte[]> files, Set<String> builtIn) {
        Map<String, byte[]> sorted = new TreeMap<>(files);
        MessageDigest digest = sha256();
        for (Map.Entry<String, byte[]> file : sorted.entrySet()) {
            byte[] name = file.getKey().getBytes(StandardCharsets.UTF_8);
            // Lengths first, so that no two different sets of files give the same stream of bytes.
            digest.update(lengthOf(name.length));
            digest.update(name);
            // The origin too: a copy of a built-in file in the site is named differently in messages, so an engine
            // kept for one must not serve the other.
            digest.update((byte) (builtIn.contains(file.getKey()) ? 1 : 0));
            digest.update(lengthOf(file.getValue().length));
            digest.update(file.getValue());
        }
        return new TemplateFiles(dir, sorted, builtIn, HexFormat.of().formatHex(digest.digest()));
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
            return templates.builtIn().isEmpty() ? "the files read from " + templates.dir()
                    : "the built-in templates and the files read from " + templates.dir();
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
