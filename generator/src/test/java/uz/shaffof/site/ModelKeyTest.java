package uz.shaffof.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The canonical form behind page cache keys: exactly what a template can see. The same model always gives the same
 * bytes (whatever a map's iteration order in this JVM), and any difference a template could print gives others.
 */
class ModelKeyTest {
    public record Inner(String text, int n) {}

    public record Outer(String title, List<Inner> rows, Map<String, String> t, BigDecimal value, Object extra) {}

    public record Other(String title, List<Inner> rows, Map<String, String> t, BigDecimal value, Object extra) {}

    static Map<String, String> unordered(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return Map.copyOf(m);
    }

    static Outer outer(String title, Map<String, String> t) {
        return new Outer(title, List.of(new Inner("a", 1), new Inner("b", 2)), t, new BigDecimal("1.5"), null);
    }

    @Test
    void anUnorderedMapGivesTheSameBytesWhateverItsIterationOrder() throws Exception {
        // Map.copyOf iterates in an order that changes from one JVM to the next; a big HashMap in another order.
        Map<String, String> big = new HashMap<>(1024);
        Map<String, String> small = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 50; i++) keys.add("key." + i);
        for (String k : keys) big.put(k, "v" + k);
        List<String> reversed = new ArrayList<>(keys);
        java.util.Collections.reverse(reversed);
        for (String k : reversed) small.put(k, "v" + k);
        assertArrayEquals(ModelKey.bytes(outer("x", big)), ModelKey.bytes(outer("x", small)));
        assertArrayEquals(ModelKey.bytes(outer("x", Map.copyOf(big))), ModelKey.bytes(outer("x", big)));
    }

    @Test
    void anOrderedMapIsWrittenInItsOrderBecauseATemplateMayListIt() throws Exception {
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("a", "1");
        ab.put("b", "2");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("b", "2");
        ba.put("a", "1");
        assertDiffer(outer("x", ab), outer("x", ba));
        assertArrayEquals(ModelKey.bytes(outer("x", new TreeMap<>(ba))), ModelKey.bytes(outer("x", ab)),
                "a sorted map in the same order as a linked one");
    }

    @Test
    void everyVisibleDifferenceChangesTheBytes() throws Exception {
        Outer base = outer("x", unordered("k", "v"));
        assertDiffer(base, outer("y", unordered("k", "v")));
        assertDiffer(base, outer("x", unordered("k", "w")));
        assertDiffer(base, outer("x", unordered("k2", "v")));
        assertDiffer(base, new Outer("x", List.of(new Inner("b", 2), new Inner("a", 1)), base.t(), base.value(), null));
        assertDiffer(base, new Outer("x", base.rows(), base.t(), new BigDecimal("1.50"), null));
        assertDiffer(base, new Outer("x", base.rows(), base.t(), base.value(), ""));
        assertDiffer(base, new Outer("x", base.rows(), base.t(), base.value(), 1));
        assertDiffer(base, new Outer("x", base.rows(), base.t(), base.value(), 1L));
        assertDiffer(base, new Other("x", base.rows(), base.t(), base.value(), null));
        // No ambiguity between where one string ends and the next begins.
        assertDiffer(new Inner("ab", 1), new Inner("a", 1));
        assertDiffer(List.of("ab", "c"), List.of("a", "bc"));
        assertDiffer(List.of(List.of("a"), List.of()), List.of(List.of(), List.of("a")));
        Map<String, String> withNull = new HashMap<>();
        withNull.put("k", null);
        assertDiffer(base, outer("x", withNull));
        assertDiffer(outer("x", Map.of("k", "")), outer("x", withNull));
    }

    @Test
    void aValueWrittenAgainFromTheMemoGivesTheSameBytesAsAnEqualFreshOne() throws Exception {
        Outer shared = outer("x", unordered("k", "v", "k2", "v2"));
        Outer equal = outer("x", unordered("k2", "v2", "k", "v"));
        assertArrayEquals(ModelKey.bytes(List.of(shared, equal)), ModelKey.bytes(List.of(shared, shared)));
        assertArrayEquals(ModelKey.bytes(List.of(equal, equal)), ModelKey.bytes(List.of(shared, shared)));
    }

    @Test
    void aValueWithoutACanonicalFormIsRefusedNotGuessed() {
        assertThrows(ModelKey.NotCanonical.class, () -> ModelKey.bytes(new Outer("x", List.of(), Map.of(), null,
                new Object())));
        assertThrows(ModelKey.NotCanonical.class, () -> ModelKey.bytes(new Outer("x", List.of(), Map.of(), null,
                new StringBuilder("mutable"))));
        assertThrows(ModelKey.NotCanonical.class, () -> ModelKey.bytes(new Outer("x", List.of(), Map.of(), null,
                new int[] {1})));
    }

    static void assertDiffer(Object a, Object b) throws ModelKey.NotCanonical {
        assertFalse(Arrays.equals(ModelKey.bytes(a), ModelKey.bytes(b)), a + " and " + b + " must not share a key");
    }

    @Test
    void theMemoDoesNotKeepAPagesModelAlive() throws InterruptedException {
        ModelKey.Memo memo = new ModelKey.Memo();
        Object model = new Object();
        memo.put(model, new byte[32]);
        java.lang.ref.WeakReference<Object> watched = new java.lang.ref.WeakReference<>(model);
        org.junit.jupiter.api.Assertions.assertNotNull(memo.get(model), "a value still in use is found");
        model = null;
        for (int i = 0; i < 50 && watched.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        org.junit.jupiter.api.Assertions.assertNull(watched.get(), "the memo held on to a model nobody uses");
    }
}
