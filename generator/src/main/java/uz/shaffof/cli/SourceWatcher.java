package uz.shaffof.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches directory trees and runs an action after changes settle (editors save in several steps: a burst of
 * events within {@value #SETTLE_MS} ms gives one rebuild). New subdirectories are watched as they appear.
 */
final class SourceWatcher {
    private static final long SETTLE_MS = 60;
    private final List<Path> roots;

    SourceWatcher(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /** Blocks, running {@code onChange} after each settled burst of changes, until the thread is interrupted. */
    void run(Runnable onChange) throws IOException, InterruptedException {
        try (WatchService ws = FileSystems.getDefault().newWatchService()) {
            for (Path r : roots) register(ws, r);
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = ws.take();
                drain(ws, key);
                WatchKey more;
                while ((more = ws.poll(SETTLE_MS, TimeUnit.MILLISECONDS)) != null) drain(ws, more);
                onChange.run();
            }
        }
    }

    private void drain(WatchService ws, WatchKey key) throws IOException {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path p && Files.isDirectory(dir.resolve(p))) register(ws, dir.resolve(p));
        }
        key.reset();
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
}
