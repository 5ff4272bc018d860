package uz.shaffof.serve;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import uz.shaffof.output.OutputFile;

/** The files of one good build, by site path ({@code uz/index.html}), held in memory. Immutable. */
public final class PreviewSite {
    private final Map<String, byte[]> files;

    private PreviewSite(Map<String, byte[]> files) {
        this.files = files;
    }

    public static PreviewSite of(Collection<OutputFile> files) {
        Map<String, byte[]> m = new HashMap<>(files.size() * 2);
        for (OutputFile f : files) m.put(f.path(), f.bytes());
        return new PreviewSite(Map.copyOf(m));
    }

    /** The bytes at {@code path} (no leading slash), or null. Treat them as read-only. */
    public byte[] get(String path) {
        return files.get(path);
    }

    public boolean contains(String path) {
        return files.containsKey(path);
    }

    public int size() {
        return files.size();
    }

    /** How many paths were added, removed or changed from {@code before} (null: every file counts). */
    public int changedSince(PreviewSite before) {
        if (before == null) return files.size();
        int changed = 0;
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            if (!Arrays.equals(e.getValue(), before.files.get(e.getKey()))) changed++;
        }
        for (String path : before.files.keySet()) {
            if (!files.containsKey(path)) changed++;
        }
        return changed;
    }
}
