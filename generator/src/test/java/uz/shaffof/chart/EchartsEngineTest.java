package uz.shaffof.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import uz.shaffof.translit.Script;

class EchartsEngineTest {
    private static final TextMetrics METRICS = TextMetrics.dejaVuSans();

    /** Collects the engine's log lines. */
    private static final class Lines extends Handler {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    @Test
    void contextsMadeAtOnceParseEchartsOnce() throws Exception {
        ChartSpec spec = ChartSamples.all(Script.LATIN).get(0);
        ChartOption chart = new CartesianOption(METRICS).build(spec, ChartWords.of(spec.script()));
        String optionJson = ChartJson.write(chart.option());
        Lines log = new Lines();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (EchartsEngine engine = new EchartsEngine(METRICS, 2, log)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> svgs = new ArrayList<>();
            // Two threads ask at the same moment, while the pool holds no context: each gets a context of its own.
            for (int i = 0; i < 2; i++) {
                svgs.add(pool.submit(() -> {
                    start.await();
                    return engine.renderSvg(optionJson, chart.width(), chart.height());
                }));
            }
            start.countDown();
            assertEquals(svgs.get(0).get(), svgs.get(1).get());
        } finally {
            pool.shutdown();
        }
        List<String> parses = log.lines.stream()
                .filter(line -> line.startsWith("source-cache-miss") && line.contains("echarts.common.min.js"))
                .toList();
        assertEquals(1, parses.size(), "ECharts parsed once per engine, not once per context: " + parses);
    }
}
