package uz.shaffof.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import uz.shaffof.output.OutputFile;
import uz.shaffof.output.SitePaths;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.SourcePos;

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
     * @param projectAssets {@code templates/assets/}; every file in it is published under {@code assets/}
     * @param bundled classpath resources shipped with the generator: logical name → resource path
     */
    public static Assets collect(Path projectAssets, Map<String, String> bundled) {
        return collect(projectAssets, "templates/assets", bundled, new Digests());
    }

    /** The same, taking each file's path and SRI value from {@code digests} when its bytes are unchanged. */
    static Assets collect(Path projectAssets, Map<String, String> bundled, Digests digests) {
        return collect(projectAssets, "templates/assets", bundled, digests);
    }

    /**
     * The same, naming {@code projectAssets} as {@code displayDir} in messages. A file whose name cannot be published
     * (a Finder {@code .DS_Store}, a capital letter, a space) fails the build at that file, with the rule it breaks.
     */
    static Assets collect(Path projectAssets, String displayDir, Map<String, String> bundled, Digests digests) {
        Map<String, AssetRef> refs = new LinkedHashMap<>();
        List<OutputFile> out = new ArrayList<>();
        List<Problem> unpublishable = new ArrayList<>();
        if (Files.isDirectory(projectAssets)) {
            try (Stream<Path> walk = Files.walk(projectAssets)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = projectAssets.relativize(p).toString().replace('\\', '/');
                    String why = SitePaths.whyUnsafe("assets/" + name);
                    if (why != null) {
                        unpublishable.add(Problem.error(SourcePos.file(displayDir + "/" + name), "this file cannot "
                                + "be published under assets/: " + why + "; rename it, or delete it if it is not "
                                + "part of the site (macOS Finder writes .DS_Store files)"));
                        continue;
                    }
                    add(refs, out, name, Files.readAllBytes(p), digests);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!unpublishable.isEmpty()) throw new BuildFailure("assets", unpublishable);
        bundled.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> add(refs, out, e.getKey(), digests.bundled(e.getValue()), digests));
        return new Assets(refs, out);
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
