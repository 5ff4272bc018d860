package uz.shaffof.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uz.shaffof.i18n.Edition;
import uz.shaffof.output.OutputFile;

/** serve's practice on pages: one of each template, both editions, and out of the way of a build. */
class PagePracticeTest {
    private static PagePlan plan(String route, String template) {
        return new PagePlan(route, template, e -> {
            throw new AssertionError("a practice that renders with a stand-in never asks for a page's view");
        });
    }

    private static final List<PagePlan> PLANS = List.of(plan("", "home.ftlh"), plan("regions/", "regions.ftlh"),
            plan("regions/a/", "region.ftlh"), plan("regions/b/", "region.ftlh"), plan("about/", "document.ftlh"),
            plan("reports/x/", "document.ftlh"));

    @Test
    void itPractisesOnTheFirstPageOfEachTemplateInBothEditions() {
        List<String> rendered = new ArrayList<>();
        PagePractice practice = PagePractice.of((p, e, cache) -> {
            rendered.add(e.prefix() + "/" + p.route());
            return OutputFile.text(p.outputPath(e), "<p>");
        }, PLANS, "fingerprint");
        assertEquals(List.of("", "regions/", "regions/a/", "about/"),
                practice.samples().stream().map(PagePlan::route).toList());
        assertTrue(practice.run(() -> false));
        assertEquals(PagePractice.ROUNDS * 4 * Edition.values().length, rendered.size());
        assertEquals(List.of("uz/", "oz/", "uz/regions/", "oz/regions/"), rendered.subList(0, 4));
    }

    @Test
    void itStopsBeforeTheNextPageWhenABuildBegins() {
        AtomicInteger rendered = new AtomicInteger();
        AtomicInteger asked = new AtomicInteger();
        PagePractice practice = PagePractice.of((p, e, cache) -> {
            rendered.incrementAndGet();
            return OutputFile.text(p.outputPath(e), "<p>");
        }, PLANS, "fingerprint");
        assertFalse(practice.run(() -> asked.incrementAndGet() > 3), "a build began after three pages");
        assertEquals(3, rendered.get(), "no page rendered once the build began");
    }

    @Test
    void theSessionRunsThePracticeOnceAndStopsItForABuild() throws Exception {
        try (BuildSession session = new BuildSession()) {
            AtomicInteger rendered = new AtomicInteger();
            session.practisePages(); // no build has offered a practice: nothing to run
            assertFalse(session.practisingPages());
            session.offerPagePractice(PagePractice.of((p, e, cache) -> {
                rendered.incrementAndGet();
                return OutputFile.text(p.outputPath(e), "<p>");
            }, PLANS, "fingerprint"));
            session.practisePages();
            waitWhilePractising(session);
            assertTrue(session.pagesPractised());
            assertEquals(PagePractice.ROUNDS * 4 * Edition.values().length, rendered.get());

            session.offerPagePractice(PagePractice.of((p, e, cache) -> {
                throw new AssertionError("practised to the end once: never again in this session");
            }, PLANS, "fingerprint"));
            session.practisePages();
            assertFalse(session.practisingPages());
        }

        try (BuildSession session = new BuildSession()) {
            AtomicInteger rendered = new AtomicInteger();
            java.util.concurrent.CountDownLatch first = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch buildBegun = new java.util.concurrent.CountDownLatch(1);
            session.offerPagePractice(PagePractice.of((p, e, cache) -> {
                rendered.incrementAndGet();
                first.countDown();
                try {
                    buildBegun.await();
                } catch (InterruptedException ex) {
                    throw new IllegalStateException(ex);
                }
                return OutputFile.text(p.outputPath(e), "<p>");
            }, PLANS, "fingerprint"));
            session.practisePages();
            assertTrue(first.await(10, java.util.concurrent.TimeUnit.SECONDS));
            session.buildBegins();
            buildBegun.countDown();
            waitWhilePractising(session);
            assertEquals(1, rendered.get(), "the page under way is finished, no other is begun");
            assertFalse(session.pagesPractised(), "cut short: the next idle time may practise again");
        }
    }

    private static void waitWhilePractising(BuildSession session) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (session.practisingPages()) {
            if (System.nanoTime() > deadline) throw new AssertionError("the practice did not end");
            Thread.sleep(5);
        }
    }
}
