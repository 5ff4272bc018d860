package uz.shaffof.translit;

import java.util.Arrays;

/** Working memory of lexicon matches, one per thread ({@link Workspace}), so that a call allocates nothing per word. */
final class Scratch {
    int[] ends = new int[32];
    int[] entries = new int[32];
    int count;
    /** End of the last successful lexicon match. */
    int matchEnd;

    void clear() {
        count = 0;
    }

    void add(int end, int entry) {
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, count * 2);
            entries = Arrays.copyOf(entries, count * 2);
        }
        ends[count] = end;
        entries[count] = entry;
        count++;
    }
}
