package uz.shaffof.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.output.GeneratedFiles;
import uz.shaffof.output.OutputFile;
import uz.shaffof.pipeline.BuildListener;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.testsite.TestSite;

/**
 * {@code check} holds the site's paths, not its text: each file is written into a scratch directory under the cache
 * as it is made, as a publishing build writes its staging directory, and the directory is gone when the check ends,
 * whether it passed or failed.
 */
class CheckScratchTest {
    @TempDir
    Path dir;

    /** What a check hands its listener when the files are made: where each one is. */
    private static final class Files_ implements BuildListener {
        final List<OutputFile> generated = new ArrayList<>();

        @Override
        public void generated(GeneratedFiles files) {
            generated.addAll(files.ready());
        }
    }

    /** The site, with the shared cache of the test sites (its charts are drawn once for all the tests). */
    private BuildOptions project(TestSite site) {
        return site.write(dir);
    }

    @Test
    void aPassingCheckHoldsEveryFileOnDiskAndLeavesNothing() throws IOException {
        BuildOptions options = project(TestSite.fixture("minimal"));
        Files_ listener = new Files_();
        BuildResult result = Build.create(options).check(listener);

        assertFalse(listener.generated.isEmpty());
        for (OutputFile f : listener.generated) {
            assertTrue(f.storedUnder() != null && f.storedUnder().startsWith(options.cache())
                    && f.storedUnder().getFileName().toString().startsWith("check-"), f.toString());
        }
        assertEquals(listener.generated.size(), result.files().size());
        assertEquals(List.of(), scratchDirs(options));
        assertFalse(Files.exists(options.out()), "check publishes nothing");
    }

    @Test
    void aFailingCheckLeavesNothingEither() throws IOException {
        BuildOptions options = project(TestSite.fixture("minimal").with("content/pages/about.md", """
                ---
                title: "Лойиҳа ҳақида"
                summary: "Қисқача."
                order: 1
                ---

                [Йўқ саҳифа](../no-such-page/)
                """));
        BuildFailure failure = assertThrows(BuildFailure.class, () -> Build.create(options).check(BuildListener.NONE));
        assertEquals("gates", failure.stage());
        assertEquals(List.of(), scratchDirs(options));
    }

    @Test
    void aScratchDirectoryOfAKilledCheckIsDeletedByTheNext() throws IOException {
        BuildOptions options = project(TestSite.fixture("minimal"));
        long gone = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1) + 1000;
        Path abandoned = Files.createDirectories(options.cache().resolve("check-" + gone + "-1/uz"));
        Files.writeString(abandoned.resolve("index.html"), "left by a check that was killed");
        Path running = Files.createDirectories(options.cache().resolve("check-" + ProcessHandle.current().parent()
                .orElseThrow().pid() + "-1"));

        try {
            Build.create(options).check(BuildListener.NONE);
            assertFalse(Files.exists(abandoned.getParent()));
            assertTrue(Files.isDirectory(running), "a running process's scratch directory is its own");
        } finally {
            Files.deleteIfExists(running);
        }
    }

    private static List<Path> scratchDirs(BuildOptions options) throws IOException {
        if (!Files.isDirectory(options.cache())) return List.of();
        try (Stream<Path> s = Files.list(options.cache())) {
            return s.filter(p -> p.getFileName().toString().startsWith("check-")).sorted().toList();
        }
    }
}
