package uz.shaffof.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import uz.shaffof.output.OutputFile;
import uz.shaffof.output.SitePaths;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;
import uz.shaffof.project.ProjectFiles;

/**
 * The site's static files: the project's own ({@code templates/assets/}) and those shipped inside the generator
 * (vendored ECharts and its licences). CSS and JavaScript get a content hash in their name, so a browser may
 * cache them for a year and still never run a stale file, and every file gets its SRI value.
 */
public final class Assets {
    private final Map<String, AssetRef> byName;
    private final List<OutputFile> files;

    private Assets(Map<String, AssetRef> byName, List<OutputFile> files) {
        this.byName = Map.copyOf(byName);
        this.files = List.copyOf(files);
    }

    /**
     * The published path and SRI value of each asset, with the bytes they were computed from, so that a process
     * that builds many times ({@code serve}, through its {@link BuildSession}) hashes a file only when its bytes
     * changed: SHA-384 and SHA-256 over the vendored ECharts bundle took a quarter of a rebuild's page stage. The
     * bundled files are also read from the generator's jar only once. The memo changes the speed, never a value:
     * an entry is used only for exactly the bytes it was made from. Thread-safe.
     */
    static final class Digests {
        private record Entry(byte[] bytes, AssetRef ref) {}

        private final Map<String, Entry> byName = new ConcurrentHashMap<>();
        /** Resources shipped in the generator, by classpath path: they cannot change while the process runs. */
        private final Map<String, byte[]> bundled = new ConcurrentHashMap<>();

        byte[] bundled(String resourcePath) {
            return bundled.computeIfAbsent(resourcePath, Assets::resource);
        }

        AssetRef ref(String name, byte[] bytes) {
            Entry last = byName.get(name);
            if (last != null && Arrays.equals(last.bytes(), bytes)) return last.ref();
            AssetRef ref = new AssetRef("assets/" + fingerprinted(name, bytes), integrity(bytes));
            byName.put(name, new Entry(bytes, ref));
            return ref;
        }
    }

    /**
     * @param projectAssets the files of {@code templates/assets/} (as {@link uz.shaffof.render.TemplateFiles#under}
     *     gives them: read without following links, junk skipped), by name relative to that folder; every one is
     *     published under {@code assets/}
     * @param displayDir how that folder is named in messages, such as {@code templates/assets}
     * @param bundled classpath resources shipped with the generator: logical name → resource path
     * @throws BuildFailure naming every asset whose name cannot be published
     */
    public static Assets collect(Map<String, byte[]> projectAssets, String displayDir, Map<String, String> bundled) {
        return collect(projectAssets, displayDir, bundled, new Digests());
    }

    /** The same, taking each file's path and SRI value from {@code digests} when its bytes are unchanged. */
    static Assets collect(Map<String, byte[]> projectAssets, String displayDir, Map<String, String> bundled,
                          Digests digests) {
        checkNames(projectAssets.keySet(), displayDir, bundled.keySet());
        Map<String, AssetRef> refs = new LinkedHashMap<>();
        List<OutputFile> out = new ArrayList<>();
        new TreeMap<>(projectAssets).forEach((name, bytes) -> add(refs, out, name, bytes, digests));
        bundled.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> add(refs, out, e.getKey(), digests.bundled(e.getValue()), digests));
        return new Assets(refs, out);
    }

    /**
     * Every asset's name must be publishable as it is ({@link SitePaths}: lower-case ASCII, the same file on every
     * server and checkout) and must not take the name of a file the generator ships; each one that is not is a
     * problem naming the file and saying how to name it.
     */
    private static void checkNames(Iterable<String> names, String displayDir, Set<String> bundled) {
        Problems problems = new Problems();
        for (String name : names) {
            String display = displayDir + "/" + name;
            String why = SitePaths.whyUnsafe("assets/" + name);
            if (why != null) {
                String suggestion = suggestedName(name);
                problems.error(ProjectFiles.namePos(display, displayDir), "asset name \""
                        + ProjectFiles.printable(name) + "\" cannot be published (" + ProjectFiles.printable(why)
                        + "): name assets with lower-case ASCII letters, digits, '.', '_' and '-', starting with a "
                        + "letter or digit" + (suggestion == null ? "" : ", for example \"" + suggestion + "\""));
            } else if (bundled.contains(name)) {
                problems.error(SourcePos.file(display), "the generator publishes its own assets/" + name
                        + "; give this file another name");
            }
        }
        problems.throwIfErrors("assets");
    }

    /** The name made publishable, when lower-casing and replacing other characters by '-' is enough; else null. */
    private static String suggestedName(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._/-]+", "-").replaceAll("(^|/)[._-]+", "$1");
        return SitePaths.whyUnsafe("assets/" + s) == null ? s : null;
    }

    private static void add(Map<String, AssetRef> refs, List<OutputFile> out, String name, byte[] bytes,
                            Digests digests) {
        AssetRef ref = digests.ref(name, bytes);
        refs.put(name, ref);
        out.add(new OutputFile(ref.path(), bytes));
    }

    /** {@code site.css} → {@code site.3f2a9c1b.css}; other kinds (licences, fonts) keep their names. */
    static String fingerprinted(String name, byte[] bytes) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot);
        if (!ext.equals(".css") && !ext.equals(".js")) return name;
        String hash = HexFormat.of().formatHex(digest("SHA-256", bytes)).substring(0, 10);
        return name.substring(0, dot) + "." + hash + ext;
    }

    public static String integrity(byte[] bytes) {
        return "sha384-" + Base64.getEncoder().encodeToString(digest("SHA-384", bytes));
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = Assets.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("generator resource missing: " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The published asset for a logical name such as {@code site.css}. */
    public AssetRef get(String name) {
        AssetRef ref = byName.get(name);
        if (ref == null) throw new IllegalArgumentException("no asset named " + name);
        return ref;
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    public Map<String, AssetRef> all() {
        return byName;
    }

    public List<OutputFile> files() {
        return files;
    }
}
