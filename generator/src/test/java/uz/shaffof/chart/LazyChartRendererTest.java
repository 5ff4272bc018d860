package uz.shaffof.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import uz.shaffof.translit.Script;

/** The lazily started chart engine, and its warm-up in the background for serve. */
class LazyChartRendererTest {
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @Test
    void aWarmUpStartsTheEngineInTheBackgroundAndRendersAfterItDrawTheSameBytes() throws Exception {
        ChartSpec spec = ChartSamples.all(Script.LATIN).get(1);
        String cold = SampleCharts.drawn(spec).svg(); // drawn by a renderer that never practised
        try (LazyChartRenderer charts = new LazyChartRenderer()) {
            assertFalse(charts.started(), "nothing starts the engine before it is needed or asked for");
            charts.startInBackground();
            charts.startInBackground(); // a second request while one runs starts nothing more
            waitWhileWarming(charts);
            assertTrue(charts.started(), "the warm-up started the engine");
            assertTrue(charts.warmedUp(), "nothing drew a chart meanwhile, so it practised to the end");
            assertEquals(cold, charts.render(spec).svg(), "the charts drawn to practise leave no trace");
            charts.startInBackground(); // warmed up already: nothing to do
            assertFalse(charts.warming());
        }
    }

    @Test
    void theWarmUpPractisesOnTheChartsTheLastBuildHad() throws Exception {
        java.util.List<ChartSpec> site = ChartSamples.all(Script.CYRILLIC);
        int samples = WarmUpCharts.samples(TileGrid.uzbekistan()).size() * WarmUpCharts.ROUNDS;
        try (LazyChartRenderer charts = new LazyChartRenderer()) {
            charts.practiseOn(site.subList(0, 1));
            charts.practiseOn(site); // the last build's charts win
            charts.startInBackground();
            waitWhileWarming(charts);
            assertTrue(charts.warmedUp());
            assertEquals(samples + site.size(), charts.practiceDraws());
        }
    }

    @Test
    void anEngineABuildStartedIsStillWarmedUpWhenTheProcessIsIdle() throws Exception {
        try (LazyChartRenderer charts = new LazyChartRenderer()) {
            charts.render(ChartSamples.all(Script.LATIN).get(0)); // a build that drew a chart started the engine
            assertFalse(charts.warmedUp());
            charts.startInBackground();
            waitWhileWarming(charts);
            assertTrue(charts.warmedUp(), "the engine was started, but had not practised");
        }
    }

    @Test
    void closingDuringAWarmUpEndsItAndLeavesNoEngineRunning() throws Exception {
        LazyChartRenderer charts = new LazyChartRenderer();
        charts.startInBackground();
        Thread.sleep(300); // the warm-up is most likely loading ECharts now; either way the outcome is the same
        charts.close();
        waitWhileWarming(charts);
        assertFalse(charts.started(), "a warm-up asked for before close() must not leave an engine after it");
        // The renderer still works afterwards: a render starts a new engine.
        assertTrue(charts.render(ChartSamples.all(Script.CYRILLIC).get(1)).svg().startsWith("<svg"));
        charts.close();
    }

    private static void waitWhileWarming(LazyChartRenderer charts) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (charts.warming()) {
            if (System.nanoTime() > deadline) throw new AssertionError("the warm-up did not end within " + PATIENCE);
            Thread.sleep(20);
        }
    }
}
