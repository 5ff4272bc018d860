package uz.shaffof.search;

import java.nio.charset.StandardCharsets;
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

    /** A writer for an index of {@code pageCount} pages. */
    ShardWriter(int pageCount) {
        at = new int[pageCount + 1];
        byte[] d = new byte[pageCount * String.valueOf(Math.max(0, pageCount - 1)).length()];
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
        int[] ids = lists.ids();
        byte[] d = digits;
        int[] from = at;
        // Measured first, to fill one array of the exact size: a shard is up to a few megabytes, and growing and
        // trimming its array cost more than writing it.
        byte[][] names = new byte[keys.size()][];
        int size = 1 + 2; // "{", and "}\n"
        for (int n = 0; n < names.length; n++) {
            int k = keys.get(n);
            names[n] = quoted(lists.key(k));
            size += (n > 0 ? 1 : 0) + names[n].length + 2 + 1; // a comma, the name, ":[", "]"
            int first = lists.start(k);
            int last = lists.end(k);
            size += Math.max(0, last - first - 1); // the commas between the ids
            for (int i = first; i < last; i++) size += from[ids[i] + 1] - from[ids[i]];
        }
        byte[] out = new byte[size];
        int o = 0;
        out[o++] = '{';
        for (int n = 0; n < names.length; n++) {
            int k = keys.get(n);
            if (n > 0) out[o++] = ',';
            System.arraycopy(names[n], 0, out, o, names[n].length);
            o += names[n].length;
            out[o++] = ':';
            out[o++] = '[';
            for (int i = lists.start(k), first = i, last = lists.end(k); i < last; i++) {
                if (i > first) out[o++] = ',';
                int id = ids[i];
                for (int j = from[id], end = from[id + 1]; j < end; j++) out[o++] = d[j];
            }
            out[o++] = ']';
        }
        out[o++] = '}';
        out[o] = '\n';
        return out;
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
