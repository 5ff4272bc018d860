package uz.shaffof.translit;

import java.util.Arrays;

/**
 * An immutable trie over folded characters. Edges live in one open-addressing table keyed by
 * (node, char), so a step is one hash probe and a lookup costs the length of the key, never the size of
 * the dictionary (the peer that ran one regex per entry took seconds per page).
 */
final class CharTrie {
    static final int ROOT = 0;
    static final int NONE = -1;
    private static final long EMPTY = -1L;

    private final long[] edgeKeys;
    private final int[] edgeTargets;
    private final int mask;
    private final int[] values;

    private CharTrie(long[] edgeKeys, int[] edgeTargets, int[] values) {
        this.edgeKeys = edgeKeys;
        this.edgeTargets = edgeTargets;
        this.mask = edgeKeys.length - 1;
        this.values = values;
    }

    /** The child of {@code node} along {@code c}, or {@link #NONE}. */
    int child(int node, char c) {
        long key = ((long) node << 16) | c;
        int h = hash(key) & mask;
        while (true) {
            long k = edgeKeys[h];
            if (k == key) {
                return edgeTargets[h];
            }
            if (k == EMPTY) {
                return NONE;
            }
            h = (h + 1) & mask;
        }
    }

    /** The value stored at {@code node}, or {@link #NONE}. */
    int value(int node) {
        return values[node];
    }

    boolean isEmpty() {
        return values.length == 1 && values[0] == NONE;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    /** Collects keys; not thread-safe, used only while building. */
    static final class Builder {
        private final java.util.HashMap<Long, Integer> edges = new java.util.HashMap<>();
        private int[] values = {NONE};
        private int nodes = 1;

        /**
         * Adds a key (already folded) with a value; returns the previous value at that key, or NONE.
         */
        int put(CharSequence key, int value) {
            int node = ROOT;
            for (int i = 0; i < key.length(); i++) {
                long k = ((long) node << 16) | key.charAt(i);
                Integer next = edges.get(k);
                if (next == null) {
                    next = nodes++;
                    edges.put(k, next);
                    if (nodes > values.length) {
                        int old = values.length;
                        values = Arrays.copyOf(values, old * 2);
                        Arrays.fill(values, old, values.length, NONE);
                    }
                }
                node = next;
            }
            int previous = values[node];
            values[node] = value;
            return previous;
        }

        CharTrie build() {
            int capacity = Integer.highestOneBit(Math.max(4, edges.size() * 2 - 1)) << 1;
            long[] keys = new long[capacity];
            int[] targets = new int[capacity];
            Arrays.fill(keys, EMPTY);
            for (var e : edges.entrySet()) {
                long key = e.getKey();
                int h = hash(key) & (capacity - 1);
                while (keys[h] != EMPTY) {
                    h = (h + 1) & (capacity - 1);
                }
                keys[h] = key;
                targets[h] = e.getValue();
            }
            return new CharTrie(keys, targets, Arrays.copyOf(values, nodes));
        }
    }
}
