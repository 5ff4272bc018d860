package uz.shaffof.gate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import uz.shaffof.output.OutputFile;

/**
 * The finished site as the gates see it: every output file, indexed by path, and the base URL it will be
 * published under. A page (or SVG file) is parsed, with source positions tracked, each time a gate asks for it,
 * and the document is the caller's: the snapshot keeps none, so that its memory is the files' paths (and the bytes
 * of those held in memory), not a document tree per page. {@link Gates} parses each page once for all the
 * {@link PageGate}s.
 *
 * <pre><code>SiteSnapshot site = new SiteSnapshot(files, "https://shaffof.uz/");
 * site.html("uz/index.html").select("a[href]");</code></pre>
 */
public final class SiteSnapshot {
    private final List<OutputFile> files;
    private final String baseUrl;
    private final Map<String, OutputFile> byPath;
    private final SiteUrls urls;
    /** Time spent parsing documents so far, from whichever threads asked for them. */
    private final AtomicLong parseNanos = new AtomicLong();
    /** How many documents were parsed so far. */
    private final AtomicInteger parses = new AtomicInteger();

    /**
     * @param files every file of the site; paths must be unique
     * @param baseUrl the absolute http(s) URL the site is published under, for example {@code https://shaffof.uz/}
     *     (a missing trailing slash is added)
     */
    public SiteSnapshot(List<OutputFile> files, String baseUrl) {
        Objects.requireNonNull(files, "files must not be null");
        this.baseUrl = normaliseBaseUrl(Objects.requireNonNull(baseUrl, "baseUrl must not be null"));
        List<OutputFile> sorted = new ArrayList<>(files);
        sorted.sort(null); // path order, so that every gate reports in the same order on every machine
        this.files = List.copyOf(sorted);
        this.byPath = new HashMap<>();
        for (OutputFile f : this.files) {
            if (byPath.put(f.path(), f) != null) {
                throw new IllegalArgumentException("duplicate output path \"" + f.path() + "\"");
            }
        }
        this.urls = new SiteUrls(this.baseUrl);
    }

    /** Every file, sorted by path. */
    public List<OutputFile> files() {
        return files;
    }

    /** The base URL, always ending in {@code /}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The file at this exact (case-sensitive) path. */
    public Optional<OutputFile> file(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** Whether the site has a file at this exact (case-sensitive) path. */
    public boolean contains(String path) {
        return byPath.containsKey(path);
    }

    /** The HTML pages, sorted by path. */
    public List<OutputFile> htmlFiles() {
        return files.stream().filter(OutputFile::isHtml).toList();
    }

    /** The files whose path ends with this suffix (for example {@code .css}), sorted by path. */
    public List<OutputFile> filesEndingWith(String suffix) {
        return files.stream().filter(f -> f.path().endsWith(suffix)).toList();
    }

    /** The HTML page at this path, parsed now: a new document on each call. */
    public Document html(String path) {
        return timedParse(document(path, ".html"), Parser.htmlParser());
    }

    /** The SVG file at this path parsed as XML, now: a new document on each call. */
    public Document svg(String path) {
        return timedParse(document(path, ".svg"), Parser.xmlParser());
    }

    /** How URLs written in this site's pages resolve to its files. */
    SiteUrls urls() {
        return urls;
    }

    /** The path a problem in this output file is reported under: {@code site/<path>}. */
    public static String reportPath(String path) {
        return "site/" + path;
    }

    static boolean isSvg(String path) {
        return path.endsWith(".svg");
    }

    private OutputFile document(String path, String suffix) {
        OutputFile file = byPath.get(path);
        if (file == null || !path.endsWith(suffix)) {
            throw new IllegalArgumentException("no " + suffix + " file \"" + path + "\" in the site");
        }
        return file;
    }

    /** The wall time spent parsing pages and SVG files so far ({@link Gates} tells it as a part of its own). */
    public long parseNanos() {
        return parseNanos.get();
    }

    /** How many pages and SVG files were parsed so far (a document parsed twice counts twice). */
    public int parses() {
        return parses.get();
    }

    private Document timedParse(OutputFile f, Parser parser) {
        parses.incrementAndGet();
        long start = System.nanoTime();
        try {
            return parse(f, parser);
        } finally {
            parseNanos.addAndGet(System.nanoTime() - start);
        }
    }

    private static Document parse(OutputFile f, Parser parser) {
        // A fresh parser per document: jsoup parsers keep state and are not shareable between threads.
        return Jsoup.parse(f.text(), "", parser.setTrackPosition(true));
    }

    private static String normaliseBaseUrl(String baseUrl) {
        String url = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException(
                        "base URL \"" + baseUrl + "\" must be an absolute http(s) URL without query or fragment");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base URL \"" + baseUrl + "\" is not a URL: " + e.getMessage(), e);
        }
        return url;
    }
}
