package uz.shaffof.site;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import uz.shaffof.chart.LazyChartRenderer;
import uz.shaffof.output.OutputFile;
import uz.shaffof.search.SearchDoc;

/**
 * What a process that builds many times ({@code serve}) keeps from one build to the next, beside the page cache:
 * the chart engine, started on first use (starting it costs more than drawing a chart), and the search document of
 * each page pair with the bytes it was read from (a page whose bytes did not change is not parsed again). Neither
 * changes what a build writes: a chart is drawn the same by any engine, and a search document depends only on the
 * two pages' bytes. A one-off build uses a fresh session and closes it. Thread-safe.
 */
public final class BuildSession implements AutoCloseable {
    private final LazyChartRenderer charts = new LazyChartRenderer();
    private final Map<String, SearchEntry> searchDocs = new ConcurrentHashMap<>();

    private record SearchEntry(byte[] latn, byte[] cyrl, SearchDoc doc) {}

    LazyChartRenderer charts() {
        return charts;
    }

    /** The search document of a page pair: the one made last time when both pages' bytes are the same, else made. */
    SearchDoc searchDoc(String route, OutputFile latn, OutputFile cyrl, Supplier<SearchDoc> make) {
        SearchEntry last = searchDocs.get(route);
        if (last != null && Arrays.equals(last.latn(), latn.bytes()) && Arrays.equals(last.cyrl(), cyrl.bytes())) {
            return last.doc();
        }
        SearchDoc doc = make.get();
        searchDocs.put(route, new SearchEntry(latn.bytes(), cyrl.bytes(), doc));
        return doc;
    }

    /** Stops the chart engine and forgets the search documents. */
    @Override
    public void close() {
        charts.close();
        searchDocs.clear();
    }
}
