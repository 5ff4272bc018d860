package uz.shaffof.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uz.shaffof.chart.ChartCache;
import uz.shaffof.content.Content;
import uz.shaffof.content.ContentLoader;
import uz.shaffof.content.LoadResult;
import uz.shaffof.figures.Figures;
import uz.shaffof.i18n.Localizer;
import uz.shaffof.pipeline.BuildOptions;
import uz.shaffof.problem.Problems;
import uz.shaffof.render.MarkdownRenderer;
import uz.shaffof.testsite.TestSite;
import uz.shaffof.translit.Transliterator;

/** The link-preview cards: which pages own one, and what it costs to find out. */
class PreviewCardsTest {
    @TempDir
    Path dir;

    /**
     * A report's view holds its whole rendered Markdown: a page that can own no card (a report, a dataset, a
     * project set) must not have its view made again only to learn that it owns none.
     */
    @Test
    void makesNoViewOfAPageThatCannotOwnACard() {
        SiteContext ctx = context();
        AtomicInteger viewsMade = new AtomicInteger();
        List<PagePlan> plans = new ArrayList<>();
        for (String route : List.of("reports/a/", "data/b/", "projects/c/", "projects/c/status/d/")) {
            plans.add(new PagePlan(route, "document.ftlh", e -> {
                viewsMade.incrementAndGet();
                return PageView.of("t", "d", "reports/", null);
            }));
        }
        PreviewCards.Cards cards = PreviewCards.files(ctx, plans, ChartCache.in(dir.resolve("charts")));
        assertEquals(0, viewsMade.get(), "views made of pages that own no card");
        assertTrue(cards.cached().isEmpty() && cards.toDraw().isEmpty());
    }

    /** A section's first page owns a card, and is still asked for its view (one per edition). */
    @Test
    void aSectionsFirstPageStillHasItsCard() {
        SiteContext ctx = context();
        AtomicInteger viewsMade = new AtomicInteger();
        List<PagePlan> plans = List.of(new PagePlan("reports/", "reports.ftlh", e -> {
            viewsMade.incrementAndGet();
            return PageView.of("Reports", "All reports", "reports/", null);
        }));
        PreviewCards.Cards cards = PreviewCards.files(ctx, plans, ChartCache.in(dir.resolve("charts")));
        assertEquals(2, viewsMade.get());
        assertEquals(List.of("oz/reports/preview.png", "uz/reports/preview.png"),
                cards.toDraw().stream().map(uz.shaffof.output.DeferredFile::path).sorted().toList());
    }

    private SiteContext context() {
        BuildOptions options = TestSite.fixture("minimal").write(dir.resolve("project"));
        LoadResult loaded = ContentLoader.create().load(options.root(), options.content());
        Content content = loaded.content();
        Problems warnings = new Problems();
        Transliterator t = Transliterator.standard();
        Localizer localizer = new Localizer(t, content.strings(), content.units(), warnings);
        return new SiteContext(content, Figures.compute(content), localizer,
                new MarkdownRenderer(s -> s), "https://example.org", null);
    }
}
