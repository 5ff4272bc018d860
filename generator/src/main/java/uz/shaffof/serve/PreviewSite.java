package uz.shaffof.serve;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uz.shaffof.output.DeferredFile;
import uz.shaffof.output.GeneratedFiles;
import uz.shaffof.output.OutputFile;

/**
 * The files of one good build, by site path ({@code uz/index.html}), held in memory. A deferred file (the
 * link-preview PNG of a chart the build drew) is made when it is first asked for, unless the build has made it by
 * then: the browser reloads without waiting for it, and still never gets another build's bytes for it. The map of
 * paths never changes.
 */
public final class PreviewSite {
    private final Map<String, byte[]> files;
    private final Map<String, DeferredFile> deferred;

    private PreviewSite(Map<String, byte[]> files, Map<String, DeferredFile> deferred) {
        this.files = files;
        this.deferred = deferred;
    }

    public static PreviewSite of(Collection<OutputFile> files) {
        return of(GeneratedFiles.of(List.copyOf(files)));
    }

    public static PreviewSite of(GeneratedFiles generated) {
        Map<String, byte[]> m = new HashMap<>(generated.ready().size() * 2);
        for (OutputFile f : generated.ready()) m.put(f.path(), f.bytes());
        Map<String, DeferredFile> d = new HashMap<>();
        for (DeferredFile f : generated.deferred()) d.put(f.path(), f);
        return new PreviewSite(Map.copyOf(m), Map.copyOf(d));
    }

    /**
     * The bytes at {@code path} (no leading slash), or null. Treat them as read-only. A deferred file is made now
     * (or waited for, if another thread is making it); a failure to make it is thrown.
     */
    public byte[] get(String path) {
        byte[] b = files.get(path);
        if (b != null) return b;
        DeferredFile d = deferred.get(path);
        return d == null ? null : d.file().bytes();
    }

    public boolean contains(String path) {
        return files.containsKey(path) || deferred.containsKey(path);
    }

    public int size() {
        return files.size() + deferred.size();
    }

    /**
     * How many paths were added, removed or changed from {@code before} (null: every file counts). Nothing is made
     * to find out: two deferred files with the same key are the same; a deferred file not made yet is compared by
     * nothing else, so it counts as changed (at worst a reload too many, never one too few).
     */
    public int changedSince(PreviewSite before) {
        if (before == null) return size();
        int changed = 0;
        for (String path : paths()) {
            if (!sameAs(before, path)) changed++;
        }
        for (String path : before.paths()) {
            if (!contains(path)) changed++;
        }
        return changed;
    }

    private Set<String> paths() {
        Set<String> all = new HashSet<>(files.keySet());
        all.addAll(deferred.keySet());
        return all;
    }

    private boolean sameAs(PreviewSite before, String path) {
        DeferredFile now = deferred.get(path);
        DeferredFile then = before.deferred.get(path);
        if (now != null && then != null && now.key().equals(then.key())) return true;
        byte[] a = bytesIfKnown(path);
        byte[] b = before.bytesIfKnown(path);
        return a != null && b != null && Arrays.equals(a, b);
    }

    /** The bytes at {@code path} if they exist without making anything, else null. */
    private byte[] bytesIfKnown(String path) {
        byte[] b = files.get(path);
        if (b != null) return b;
        DeferredFile d = deferred.get(path);
        return d == null ? null : d.bytesIfMade();
    }
}
