package uz.shaffof.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches directory trees and reports changes after they settle (editors save in several steps: a burst of
 * events within {@value #SETTLE_MS} ms gives one report). New subdirectories are watched as they appear. Editors'
 * scratch files (hidden files, {@code name~}, {@code .swp}/{@code .swx}, and files created and deleted within
 * one burst) do not count as changes.
 *
 * <p>The JDK watches with inotify on Linux (events arrive at once); on macOS it polls, every few seconds.
 */
final class SourceWatcher implements AutoCloseable {
    static final long SETTLE_MS = 30;

    /** A settled burst: when its first event was seen ({@link System#nanoTime()}) and the paths it touched. */
    interface Listener {
        void changed(long firstEventNanos, Set<Path> paths);
    }

    private final WatchService ws;

    private SourceWatcher(WatchService ws) {
        this.ws = ws;
    }

    /** Starts watching {@code roots} (missing ones are skipped); changes from now on are reported by {@link #run}. */
    static SourceWatcher start(List<Path> roots) throws IOException {
        WatchService ws = FileSystems.getDefault().newWatchService();
        try {
            for (Path r : roots) register(ws, r);
        } catch (IOException | RuntimeException e) {
            ws.close();
            throw e;
        }
        return new SourceWatcher(ws);
    }

    /** Blocks, reporting each settled burst of changes, until the thread is interrupted or the watcher closed. */
    void run(Listener listener) throws IOException, InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            WatchKey key = ws.take();
            long first = System.nanoTime();
            Set<Path> paths = new LinkedHashSet<>();
            Set<Path> created = new HashSet<>();
            drain(key, paths, created);
            WatchKey more;
            while ((more = ws.poll(SETTLE_MS, TimeUnit.MILLISECONDS)) != null) drain(more, paths, created);
            // Created and gone within the burst: a tool's temporary file (sed -i, some editors), not a change.
            paths.removeIf(p -> created.contains(p) && !Files.exists(p));
            if (!paths.isEmpty()) listener.changed(first, paths);
        }
    }

    private void drain(WatchKey key, Set<Path> paths, Set<Path> created) throws IOException {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                paths.add(dir); // events were lost: rebuild anyway
            } else if (event.context() instanceof Path p) {
                Path full = dir.resolve(p);
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && !paths.contains(full)) created.add(full);
                if (Files.isDirectory(full)) {
                    register(ws, full);
                    paths.add(full);
                } else if (!isScratch(p.getFileName().toString())) {
                    paths.add(full);
                }
            }
        }
        key.reset();
    }

    static boolean isScratch(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx");
    }

    private static void register(WatchService ws, Path root) throws IOException {
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    @Override
    public void close() throws IOException {
        ws.close();
    }
}
