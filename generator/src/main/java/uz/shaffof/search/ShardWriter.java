package uz.shaffof.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes shard files straight to bytes, exactly as Jackson writes a map from key to page ids with sorted keys:
 * {@code {"key":[0,4],"other":[2]}} and a newline. The shards are most of the index's bytes (a few million ids at
 * 10 000 pages); a StringBuilder copied them twice more (into a String, then into UTF-8) and formatted each id
 * through calls that C1 does not inline. Here each id's digits are made once, for every page, and copied.
 * Thread-safe: shards are written in parallel.
 */
final class ShardWriter {
    /** The decimal digits of the ids 0 to n - 1, one after another: id i's are {@code digits[at[i], at[i + 1])}. */
    private final byte[] digits;
    private final int[] at;
    private final int longest;

    /** A writer for an index of {@code pageCount} pages. */
    ShardWriter(int pageCount) {
        longest = String.valueOf(Math.max(0, pageCount - 1)).length();
        at = new int[pageCount + 1];
        byte[] d = new byte[pageCount * longest];
        int size = 0;
        for (int id = 0; id < pageCount; id++) {
            at[id] = size;
            for (char c : String.valueOf(id).toCharArray()) d[size++] = (byte) c;
        }
        at[pageCount] = size;
        digits = d;
    }

    /** The bytes of the shard that holds {@code keys} (numbers of keys of {@code lists}, in order). */
    byte[] write(PostingLists lists, List<Integer> keys) {
        byte[] out = new byte[4096];
        int size = 0;
        out[size++] = '{';
        int[] ids = lists.ids();
        byte[] d = digits;
        int[] from = at;
        for (int k : keys) {
            byte[] name = quoted(lists.key(k));
            int first = lists.start(k);
            int last = lists.end(k);
            // The most the entry can take: a comma, the name, ":[", each id and its comma, "]"; then "}\n".
            int most = size + 1 + name.length + 2 + (last - first) * (longest + 1) + 1 + 2;
            if (most > out.length) out = Arrays.copyOf(out, Math.max(most, out.length * 2));
            if (size > 1) out[size++] = ',';
            System.arraycopy(name, 0, out, size, name.length);
            size += name.length;
            out[size++] = ':';
            out[size++] = '[';
            for (int i = first; i < last; i++) {
                if (i > first) out[size++] = ',';
                int id = ids[i];
                for (int j = from[id], end = from[id + 1]; j < end; j++) out[size++] = d[j];
            }
            out[size++] = ']';
        }
        out[size++] = '}';
        out[size++] = '\n';
        return Arrays.copyOf(out, size);
    }

    /** A key as a JSON string in UTF-8, as Jackson writes it: quotes, backslashes and control characters escaped. */
    private static byte[] quoted(String s) {
        StringBuilder json = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') json.append('\\').append(c);
            else if (c < 0x20) json.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            else json.append(c);
        }
        return json.append('"').toString().getBytes(StandardCharsets.UTF_8);
    }
}
