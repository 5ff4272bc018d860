package uz.shaffof.output;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files of a generated site as the generator hands them over: those whose bytes exist ({@code ready}, in the
 * generator's order) and those made on first demand ({@code deferred}: link-preview PNGs of charts drawn in this build). A build
 * {@link #complete() completes} them before its gates, so what it checks and publishes is every file with its bytes;
 * the preview shows them before that, making a deferred file only if a browser asks for it first. No path is in
 * both lists.
 */
public record GeneratedFiles(List<OutputFile> ready, List<DeferredFile> deferred) {
    public GeneratedFiles {
        ready = List.copyOf(ready);
        deferred = List.copyOf(deferred);
        Set<String> paths = new HashSet<>();
        for (OutputFile f : ready) paths.add(f.path());
        for (DeferredFile d : deferred) {
            if (!paths.add(d.path())) throw new IllegalArgumentException("two files at " + d.path());
        }
    }

    /** Every file ready, nothing deferred. */
    public static GeneratedFiles of(List<OutputFile> files) {
        return new GeneratedFiles(files, List.of());
    }

    /**
     * Every file with its bytes, sorted by path: the deferred ones are made now (in parallel; any already made, by
     * another thread, are not made again).
     */
    public List<OutputFile> complete() {
        if (deferred.isEmpty()) return ready;
        List<OutputFile> all = new ArrayList<>(ready.size() + deferred.size());
        all.addAll(ready);
        all.addAll(deferred.parallelStream().map(DeferredFile::file).toList());
        all.sort(null);
        return List.copyOf(all);
    }
}
