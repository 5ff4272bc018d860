package uz.shaffof.serve;

import uz.shaffof.pipeline.BuildListener;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uz.shaffof.build.BuildResult;
import uz.shaffof.output.GeneratedFiles;
import uz.shaffof.output.OutputFile;
import uz.shaffof.problem.BuildFailure;

/** One build at a time, changes during a build merged into one more, and what each outcome tells the preview. */
class RebuilderTest {
    static final Duration WAIT = Duration.ofSeconds(10);

    static BuildResult result(List<OutputFile> files) {
        return new BuildResult(files, Map.of(), List.of(), 1);
    }

    static Rebuilder.Report next(BlockingQueue<Rebuilder.Report> reports) throws InterruptedException {
        Rebuilder.Report r = reports.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertNotNull(r, "no build finished");
        return r;
    }

    @Test
    void changesDuringABuildGiveExactlyOneMoreBuild() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger builds = new AtomicInteger();
        SiteBuilder slow = stages -> {
            int n = builds.incrementAndGet();
            if (n == 1) {
                firstStarted.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            return result(PreviewServerTest.site("build " + n));
        };
        BlockingQueue<Rebuilder.Report> reports = new LinkedBlockingQueue<>();
        Preview preview = new Preview();
        try (Rebuilder r = new Rebuilder(slow, preview, reports::add, BuildListener.NONE)) {
            r.request(Rebuilder.Trigger.initial());
            assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
            long t0 = System.nanoTime();
            r.request(new Rebuilder.Trigger(t0 + 5, Set.of("content/a.json")));
            r.request(new Rebuilder.Trigger(t0, Set.of("content/b.json")));
            r.request(new Rebuilder.Trigger(t0 + 9, Set.of("templates/x.ftlh")));
            release.countDown();

            assertTrue(next(reports).ok());
            Rebuilder.Report second = next(reports);
            assertEquals(Set.of("content/a.json", "content/b.json", "templates/x.ftlh"), second.trigger().paths());
            assertEquals(t0, second.trigger().firstChangeNanos(), "latency counts from the first change");
            assertNull(reports.poll(300, TimeUnit.MILLISECONDS), "the three changes gave one build");
            assertEquals(2, builds.get());
            assertTrue(preview.state().site() != null && !preview.state().failed());
        }
    }

    @Test
    void theReportHasThePagesEachGateCheckedAsTheBuildToldIt() throws Exception {
        // The serve line's "HTML checked in N changed page(s)" comes from what the build tells its one listener.
        SiteBuilder counted = stages -> {
            stages.stage("gates", 0, 1);
            stages.partEnded("gates", "html-validity", 1_000);
            stages.partCounted("gates", "html-validity", 2, 224);
            stages.partCounted("charts", "not a gate", 9, 9);
            return result(PreviewServerTest.site("counted"));
        };
        BlockingQueue<Rebuilder.Report> reports = new LinkedBlockingQueue<>();
        try (Rebuilder r = new Rebuilder(counted, new Preview(), reports::add, BuildListener.NONE)) {
            r.request(Rebuilder.Trigger.initial());
            assertEquals(Map.of("html-validity", 2L), next(reports).pagesChecked());
        }
    }

    /** A builder whose builds the test releases one at a time, and which counts its rehearsals. */
    private static final class GatedBuilder implements SiteBuilder {
        final AtomicInteger builds = new AtomicInteger();
        final AtomicInteger rehearsals = new AtomicInteger();
        final java.util.concurrent.Semaphore started = new java.util.concurrent.Semaphore(0);
        final java.util.concurrent.Semaphore release = new java.util.concurrent.Semaphore(0);

        @Override
        public BuildResult build(BuildListener stages) {
            int n = builds.incrementAndGet();
            started.release();
            try {
                release.acquire();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return result(PreviewServerTest.site("build " + n));
        }

        @Override
        public void rehearse() {
            rehearsals.incrementAndGet();
        }
    }

    @Test
    void theBuilderRehearsesOnlyWhenNoRequestIsWaiting() throws Exception {
        GatedBuilder builder = new GatedBuilder();
        BlockingQueue<Rebuilder.Report> reports = new LinkedBlockingQueue<>();
        try (Rebuilder r = new Rebuilder(builder, new Preview(), reports::add, BuildListener.NONE)) {
            r.request(Rebuilder.Trigger.initial());
            assertTrue(builder.started.tryAcquire(10, TimeUnit.SECONDS));
            r.request(new Rebuilder.Trigger(System.nanoTime(), Set.of("content/a.json"))); // waits for the first
            builder.release.release();
            next(reports);
            assertTrue(builder.started.tryAcquire(10, TimeUnit.SECONDS), "the waiting change is built next");
            assertEquals(0, builder.rehearsals.get(), "no rehearsal while a change waits");
            builder.release.release();
            next(reports);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (builder.rehearsals.get() == 0 && System.nanoTime() < deadline) Thread.sleep(10);
            assertEquals(1, builder.rehearsals.get(), "idle after the second build: one rehearsal");
            assertEquals(2, builder.builds.get());
        }
    }

    @Test
    void failuresAndBugsBecomeTheFailedStateAndTheServerGoesOn() throws Exception {
        AtomicInteger n = new AtomicInteger();
        SiteBuilder flaky = stages -> switch (n.incrementAndGet()) {
            case 1 -> result(PreviewServerTest.site("ok"));
            case 2 -> throw PreviewServerTest.failure("bad");
            case 3 -> throw new IllegalStateException("a bug");
            default -> result(PreviewServerTest.site("ok again"));
        };
        BlockingQueue<Rebuilder.Report> reports = new LinkedBlockingQueue<>();
        Preview preview = new Preview();
        try (Rebuilder r = new Rebuilder(flaky, preview, reports::add, BuildListener.NONE)) {
            r.request(Rebuilder.Trigger.initial());
            assertTrue(next(reports).ok());
            r.request(Rebuilder.Trigger.initial());
            Rebuilder.Report failed = next(reports);
            assertFalse(failed.ok());
            assertEquals("load", failed.failure().stage());
            assertTrue(preview.state().failed());
            assertNotNull(preview.state().site(), "the last good build stays");
            r.request(Rebuilder.Trigger.initial());
            Rebuilder.Report bug = next(reports);
            assertEquals("internal", bug.failure().stage());
            assertTrue(bug.failure().problems().get(0).message().contains("a bug"));
            r.request(Rebuilder.Trigger.initial());
            assertTrue(next(reports).ok());
            assertFalse(preview.state().failed());
        }
    }

    @Test
    void theReloadGoesOutWhenThePagesAreReadyAndAGateFailureFollows() throws Exception {
        CountDownLatch reloaded = new CountDownLatch(1);
        CountDownLatch gatesMayFail = new CountDownLatch(1);
        Preview preview = new Preview();
        SiteBuilder gated = stages -> {
            stages.stage("pages", 0, 2);
            stages.generated(GeneratedFiles.of(PreviewServerTest.site("ungated")));
            reloaded.countDown();
            stages.stage("gates", 1, 2);
            try {
                gatesMayFail.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            throw new BuildFailure("gates", PreviewServerTest.failure("broken link").problems());
        };
        BlockingQueue<Rebuilder.Report> reports = new LinkedBlockingQueue<>();
        try (PreviewServer server = PreviewServer.start(preview, 0);
             SseClient events = SseClient.connect(server.uri(), null);
             Rebuilder r = new Rebuilder(gated, preview, reports::add, BuildListener.NONE)) {
            assertEquals("hello", events.next(WAIT).type());
            r.request(Rebuilder.Trigger.initial());
            assertTrue(reloaded.await(10, TimeUnit.SECONDS));
            assertEquals("reload", events.nextNews(WAIT).type(), "reload before the gates end");
            assertTrue(Http.text(Http.get(server.uri(), "/uz/")).contains("<p>ungated</p>"));
            gatesMayFail.countDown();
            SseClient.Event error = events.nextNews(WAIT);
            assertEquals("error", error.type());
            assertTrue(error.data().contains("broken link"));
            Rebuilder.Report report = next(reports);
            assertEquals("gates", report.failure().stage());
            assertEquals(List.of("pages", "gates"), List.copyOf(report.stageMillis().keySet()));
            assertEquals(500, Http.get(server.uri(), "/uz/").statusCode());
        }
    }

    @Test
    void aChangeCancelsALongBuildAndOnlyTheNewBuildIsReported() throws Exception {
        CountDownLatch runawayStarted = new CountDownLatch(1);
        AtomicInteger builds = new AtomicInteger();
        // The first build runs until it is cancelled, as a runaway template would until its time limit.
        SiteBuilder builder = stages -> {
            int n = builds.incrementAndGet();
            if (n == 1) {
                runawayStarted.countDown();
                while (!stages.cancelled()) Thread.onSpinWait();
                throw new uz.shaffof.problem.BuildCancelled();
            }
            return result(PreviewServerTest.site("build " + n));
        };
        BlockingQueue<Rebuilder.Report> reports = new LinkedBlockingQueue<>();
        try (Rebuilder r = new Rebuilder(builder, new Preview(), reports::add, BuildListener.NONE, Duration.ZERO)) {
            r.request(new Rebuilder.Trigger(1, Set.of("templates/page.ftlh")));
            assertTrue(runawayStarted.await(10, TimeUnit.SECONDS));
            r.request(new Rebuilder.Trigger(2, Set.of("templates/layout.ftlh")));
            Rebuilder.Report only = next(reports);
            assertTrue(only.ok(), "the cancelled build is not reported; the new one is");
            assertEquals(Set.of("templates/layout.ftlh", "templates/page.ftlh"), only.trigger().paths(),
                    "the cancelled build's changes are built with the new one");
            assertEquals(2, builds.get());
            assertNull(reports.poll(300, TimeUnit.MILLISECONDS));
        }
    }

    @Test
    void aChangeLetsAShortBuildFinish() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger builds = new AtomicInteger();
        SiteBuilder builder = stages -> {
            if (builds.incrementAndGet() == 1) {
                firstStarted.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                assertFalse(stages.cancelled(), "a build younger than cancelAfter is not cancelled");
            }
            return result(PreviewServerTest.site("build"));
        };
        BlockingQueue<Rebuilder.Report> reports = new LinkedBlockingQueue<>();
        try (Rebuilder r = new Rebuilder(builder, new Preview(), reports::add, BuildListener.NONE,
                Duration.ofHours(1))) {
            r.request(Rebuilder.Trigger.initial());
            assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
            r.request(new Rebuilder.Trigger(System.nanoTime(), Set.of("content/a.json")));
            release.countDown();
            assertTrue(next(reports).ok());
            assertTrue(next(reports).ok());
            assertEquals(2, builds.get());
        }
    }

    @Test
    void anErrorInABuildIsReportedInOneLineAndTheNextBuildRuns() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        SiteBuilder builder = stages -> {
            if (builds.incrementAndGet() == 1) throw new OutOfMemoryError("Java heap space");
            return result(PreviewServerTest.site("build"));
        };
        BlockingQueue<Rebuilder.Report> reports = new LinkedBlockingQueue<>();
        try (Rebuilder r = new Rebuilder(builder, new Preview(), reports::add, BuildListener.NONE)) {
            r.request(Rebuilder.Trigger.initial());
            Rebuilder.Report failed = next(reports);
            assertFalse(failed.ok());
            assertTrue(failed.failure().problems().get(0).message().startsWith("out of memory (Java heap space)"),
                    failed.failure().problems().toString());
            r.request(new Rebuilder.Trigger(System.nanoTime(), Set.of("content/a.json")));
            assertTrue(next(reports).ok(), "the build thread survived the error");
        }
    }

    @Test
    void aFailedBuildIsNotRehearsed() throws Exception {
        AtomicInteger rehearsals = new AtomicInteger();
        SiteBuilder failing = new SiteBuilder() {
            @Override
            public BuildResult build(BuildListener stages) {
                throw PreviewServerTest.failure("a runaway template");
            }

            @Override
            public void rehearse() {
                rehearsals.incrementAndGet();
            }
        };
        BlockingQueue<Rebuilder.Report> reports = new LinkedBlockingQueue<>();
        try (Rebuilder r = new Rebuilder(failing, new Preview(), reports::add, BuildListener.NONE)) {
            r.request(Rebuilder.Trigger.initial());
            assertFalse(next(reports).ok());
            r.request(Rebuilder.Trigger.initial());
            assertFalse(next(reports).ok());
            assertNull(reports.poll(300, TimeUnit.MILLISECONDS));
            assertEquals(0, rehearsals.get(), "a rehearsal of a failing build would only fail again, uncancellable");
        }
    }
}
