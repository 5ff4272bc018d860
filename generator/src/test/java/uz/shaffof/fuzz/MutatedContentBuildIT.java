package uz.shaffof.fuzz;

import uz.shaffof.pipeline.BuildListener;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uz.shaffof.pipeline.BuildOptions;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;
import uz.shaffof.serve.PreviewBuild;
import uz.shaffof.serve.SiteBuilder;
import uz.shaffof.testsite.TestSite;

/**
 * Mutates a small site with one file of every kind of content (the test site {@code every-kind}), one small change
 * at a time, and runs the whole build (load, figures, charts, pages, gates) on each: whatever the change, the build either succeeds or fails with located problems; it never throws
 * anything else (what the command line reports as "internal error", exit 3) and never prints a Java exception.
 *
 * <p>The changes are the kind an editor makes by mistake and the schema lets through: a code of the right shape, a
 * value of another kind or size, an element removed from or repeated in a list, a field removed, an id copied. The
 * loader alone is fuzzed byte by byte in {@link ContentLoaderFuzzTest}; this one reaches the stages after it, with
 * a fixed seed, so a failure is reproducible. The build keeps its state between changes ({@link PreviewBuild}, as in
 * {@code serve}), so a change costs only what it touches.
 */
class MutatedContentBuildIT {
    static final long SEED = 21;
    static final int MUTATIONS = 30;
    private static final Pattern LOCATED = Pattern.compile("^(content|templates|site)(/\\S+)?:\\d+:\\d+: .+");
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "java.", "internal error");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The values a leaf is replaced with: shapes the schema accepts in some places and the stages may not. */
    private static final List<JsonNode> VALUES = List.of(NODES.textNode(""), NODES.textNode("UZ-ZZ"),
            NODES.textNode("UZ-TK"), NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(2100),
            NODES.numberNode(1990), NODES.numberNode(99_999_999_999_999_999L), NODES.numberNode(new java.math.BigDecimal("0.5")),
            NODES.nullNode(), NODES.booleanNode(true), NODES.arrayNode(), NODES.objectNode(),
            NODES.textNode("x".repeat(300)), NODES.textNode("indicator-users"), NODES.textNode("2016-02-30"),
            NODES.textNode("andijon"), NODES.textNode("percent"));

    private record Change(String description, Consumer<Path> apply) {}

    @TempDir
    Path dir;

    @Test
    void noChangeToTheContentEndsInAnInternalError() throws IOException {
        BuildOptions options = TestSite.fixture("every-kind").write(dir);
        Path root = options.root();
        List<Change> changes = new ArrayList<>(known());
        changes.addAll(random(root.resolve("content"), new Random(SEED)));
        List<String> offenders = new ArrayList<>();
        Map<String, Integer> outcomes = new java.util.TreeMap<>();
        try (PreviewBuild build = new PreviewBuild(options)) {
            for (Change change : changes) {
                Map<Path, byte[]> saved = snapshot(root.resolve("content"));
                try {
                    change.apply().accept(root.resolve("content"));
                    String verdict = verdict(build, outcomes);
                    if (verdict != null) offenders.add(change.description() + ": " + verdict);
                } finally {
                    restore(root.resolve("content"), saved);
                }
            }
        }
        assertTrue(offenders.isEmpty(), offenders.size() + " change(s) ended badly:\n" + String.join("\n", offenders));
        // The loop must reach the stages after loading, where the crashes were: some changes must pass the loader.
        int pastLoad = outcomes.entrySet().stream().filter(e -> !e.getKey().equals("load")).mapToInt(Map.Entry::getValue)
                .sum();
        assertTrue(pastLoad >= 5, "too few changes got past the loader: " + outcomes);
    }

    /** Null when the build succeeded or failed with located problems only; else what went wrong. */
    private static String verdict(PreviewBuild build, Map<String, Integer> outcomes) {
        try {
            build.build(BuildListener.NONE);
            outcomes.merge("built", 1, Integer::sum);
            return null;
        } catch (BuildFailure f) {
            outcomes.merge(f.stage(), 1, Integer::sum);
            for (Problem p : f.problems()) {
                if (!LOCATED.matcher(p.toString()).matches() || LEAKS.stream().anyMatch(p.message()::contains)) {
                    return "badly reported: " + p;
                }
            }
            return null;
        } catch (RuntimeException | Error e) {
            return "threw " + e;
        }
    }

    /** Changes found by hand that once crashed a later stage. */
    private static List<Change> known() {
        return List.of(
                new Change("one region more, with a code of the right shape", content -> edit(content.resolve("regions.json"),
                        tree -> {
                            ArrayNode regions = (ArrayNode) tree.get("regions");
                            ObjectNode copy = regions.get(0).deepCopy();
                            copy.put("code", "UZ-ZZ").put("slug", "yangi-hudud");
                            regions.add(copy);
                        })),
                new Change("a chart with the id of the site's own indicator chart", content -> {
                    Path from = content.resolve("charts/website-score.json");
                    Path to = content.resolve("charts/indicator-users.json");
                    write(to, read(from).replace("\"website-score\"", "\"indicator-users\""));
                    delete(from);
                }));
    }

    /** {@link #MUTATIONS} one-place changes to JSON content files, chosen by {@code random}. */
    private static List<Change> random(Path content, Random random) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<Change> out = new ArrayList<>();
        for (int i = 0; i < MUTATIONS; i++) {
            Path file = files.get(random.nextInt(files.size()));
            long pick = random.nextLong();
            String rel = content.relativize(file).toString().replace('\\', '/');
            out.add(new Change("content/" + rel + " change #" + i + " (pick " + pick + ")", c -> edit(c.resolve(rel),
                    tree -> mutate(tree, new Random(pick)))));
        }
        return out;
    }

    /** Replaces one leaf, or removes or repeats one element of a list, or removes one field. */
    private static void mutate(JsonNode tree, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(tree, containers);
        JsonNode parent = containers.get(random.nextInt(containers.size()));
        if (parent instanceof ArrayNode a) {
            if (a.isEmpty()) {
                a.add(VALUES.get(random.nextInt(VALUES.size())));
                return;
            }
            int k = random.nextInt(a.size());
            switch (random.nextInt(3)) {
                case 0 -> a.remove(k);
                case 1 -> a.add(a.get(k).deepCopy());
                default -> a.set(k, VALUES.get(random.nextInt(VALUES.size())));
            }
        } else if (parent instanceof ObjectNode o && !o.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) names.add(it.next());
            String name = names.get(random.nextInt(names.size()));
            if (random.nextInt(4) == 0) {
                o.remove(name);
            } else {
                o.set(name, VALUES.get(random.nextInt(VALUES.size())));
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (!node.isContainerNode()) return;
        containers.add(node);
        for (JsonNode child : node) collect(child, containers);
    }

    private static void edit(Path file, Consumer<JsonNode> change) {
        try {
            JsonNode tree = JSON.readTree(Files.readString(file));
            change.accept(tree);
            write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<Path, byte[]> snapshot(Path dir) throws IOException {
        Map<Path, byte[]> m = new java.util.HashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) m.put(p, Files.readAllBytes(p));
        }
        return m;
    }

    private static void restore(Path dir, Map<Path, byte[]> saved) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (!saved.containsKey(p)) Files.delete(p);
            }
        }
        for (Map.Entry<Path, byte[]> e : saved.entrySet()) {
            if (!Files.exists(e.getKey()) || !java.util.Arrays.equals(Files.readAllBytes(e.getKey()), e.getValue())) {
                Files.write(e.getKey(), e.getValue());
            }
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(Path p, String text) {
        try {
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
