package uz.shaffof.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The templates and assets shipped inside the generator: the Shaffof repository's {@code templates/}, packed by the
 * build under {@value #RESOURCE_DIR} in the generator's jar (or its classes folder, when run from a build tree). A
 * site needs no templates of its own; its {@code templates/} directory, when it has one, overrides these file by
 * file ({@link TemplateFiles#overriding}).
 *
 * <p>A jar cannot be listed through the class loader, so the files are found where this class was loaded from: its
 * jar's entries under the folder, or the files under the folder of a classes directory. Both are read once per
 * process ({@link #files()}); they cannot change while it runs.
 */
public final class BuiltInTemplates {
    /** Where the build packs the templates, relative to the jar's (or classes folder's) root. */
    static final String RESOURCE_DIR = "uz/shaffof/default-templates/";

    /** How messages name a built-in file: where it is in the Shaffof repository, marked as not the site's own. */
    public static final String DISPLAY_PREFIX = "[built-in] templates/";

    private BuiltInTemplates() {}

    /** The built-in files by path relative to the templates folder ({@code layout.ftlh}, {@code assets/site.css}). */
    public static Map<String, byte[]> files() {
        return Loaded.FILES;
    }

    /** Holder: the files are read when first asked for, by the JVM's class initialisation (thread-safe, once). */
    private static final class Loaded {
        static final Map<String, byte[]> FILES = read(codeLocation());
    }

    private static Path codeLocation() {
        CodeSource source = BuiltInTemplates.class.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null) throw new IllegalStateException("the generator's own location is unknown, so its "
                + "built-in templates cannot be found");
        try {
            return Path.of(location.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("the generator was loaded from " + location + ", where its built-in "
                    + "templates cannot be read", e);
        }
    }

    /**
     * The built-in files found at {@code location}: a jar (its entries under {@value #RESOURCE_DIR}) or a classes
     * folder (the files under that folder). None found is an error of the generator's build, not of the site.
     */
    static Map<String, byte[]> read(Path location) {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            if (Files.isDirectory(location)) readFolder(location.resolve(RESOURCE_DIR), files);
            else readJar(location, files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in templates from " + location, e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("the generator at " + location + " has no built-in templates under "
                    + RESOURCE_DIR + " (was it built without them?)");
        }
        return Collections.unmodifiableMap(files);
    }

    private static void readFolder(Path dir, Map<String, byte[]> files) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
    }

    private static void readJar(Path jar, Map<String, byte[]> files) throws IOException {
        try (JarFile in = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (e.isDirectory() || !e.getName().startsWith(RESOURCE_DIR)) continue;
                try (InputStream bytes = in.getInputStream(e)) {
                    files.put(e.getName().substring(RESOURCE_DIR.length()), bytes.readAllBytes());
                }
            }
        }
    }
}
