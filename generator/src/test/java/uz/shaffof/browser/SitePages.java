package uz.shaffof.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import uz.shaffof.i18n.Edition;

/**
 * The pages of a built site, found rather than listed: every {@code <loc>} of {@code sitemap.xml}, plus what a
 * sitemap leaves out on purpose (embed pages, which are {@code noindex}, and the 404 pages). Tests pick from here, so a
 * new kind of page is tested the day it is added to the sitemap.
 */
final class SitePages {

    /** Pages a test run must include besides the first page of each kind (classpath {@code browser/pages.txt}). */
    private static final String EXTRA_PAGES = "/browser/pages.txt";

    private final Path root;
    private final String baseUrl;
    private final List<SitePage> all;

    private SitePages(Path root, String baseUrl, List<SitePage> all) {
        this.root = root;
        this.baseUrl = baseUrl;
        this.all = List.copyOf(all);
    }

    /** Reads {@code sitemap.xml} and the embed and 404 pages of the site in {@code root}. */
    static SitePages load(Path root) {
        Path sitemap = root.resolve("sitemap.xml");
        Document xml = Jsoup.parse(read(sitemap), "", Parser.xmlParser());
        TreeSet<String> paths = new TreeSet<>();
        String baseUrl = null;
        for (Element loc : xml.select("url > loc")) {
            URI uri = URI.create(loc.text().trim());
            baseUrl = Objects.requireNonNullElse(baseUrl, uri.getScheme() + "://" + uri.getRawAuthority());
            paths.add(uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
        }
        if (baseUrl == null) {
            throw new IllegalStateException(sitemap + " lists no <url><loc>");
        }
        paths.addAll(unlisted(root));
        return new SitePages(root, baseUrl, paths.stream().map(SitePage::of).toList());
    }

    /** The root page, embed pages and 404 pages: on the site, not (or not necessarily) in its sitemap. */
    private static List<String> unlisted(Path root) {
        List<String> found = new ArrayList<>();
        if (Files.isRegularFile(root.resolve("index.html"))) {
            found.add("/"); // the script chooser, which a sitemap may leave out in favour of the two home pages
        }
        if (Files.isRegularFile(root.resolve("404.html"))) {
            found.add("/404.html");
        }
        for (Edition e : Edition.values()) {
            if (Files.isRegularFile(root.resolve(e.prefix()).resolve("404.html"))) {
                found.add("/" + e.prefix() + "/404.html");
            }
            Path embeds = root.resolve(e.prefix()).resolve("embed");
            if (Files.isDirectory(embeds)) {
                try (Stream<Path> dirs = Files.list(embeds)) {
                    dirs.filter(d -> Files.isRegularFile(d.resolve("index.html")))
                            .forEach(d -> found.add("/" + e.prefix() + "/embed/" + d.getFileName() + "/"));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        }
        return found;
    }

    /** The scheme and host the site is published under, from the sitemap, e.g. {@code https://shaffof.example}. */
    String baseUrl() {
        return baseUrl;
    }

    List<SitePage> all() {
        return all;
    }

    /**
     * The first page (in path order) of every kind in each edition, the two root pages, and the pages listed in
     * {@code browser/pages.txt} (e.g. a region without data beside the first region, which has data).
     */
    List<SitePage> oneOfEachKind() {
        Map<String, SitePage> picked = new LinkedHashMap<>();
        for (SitePage page : all) {
            String edition = page.edition().map(Edition::prefix).orElse("");
            picked.putIfAbsent(edition + " " + page.kind(), page);
        }
        TreeSet<SitePage> chosen = new TreeSet<>((a, b) -> a.path().compareTo(b.path()));
        chosen.addAll(picked.values());
        chosen.addAll(extras());
        return List.copyOf(chosen);
    }

    /** Every page of one kind, both editions, in path order. */
    List<SitePage> ofKind(String kind) {
        return all.stream().filter(p -> p.kind().equals(kind)).toList();
    }

    /** A page by path; a missing one fails the test that asked for it, by name. */
    SitePage get(String path) {
        return all.stream()
                .filter(p -> p.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the site has no page " + path + " (not in sitemap.xml)"));
    }

    /** The built file behind a page path. */
    Path file(SitePage page) {
        String relative = page.path().substring(1);
        Path file = root.resolve(relative);
        return page.path().endsWith("/") ? file.resolve("index.html") : file;
    }

    /** The parsed HTML of a page as built (not as the browser changed it). */
    Document html(SitePage page) {
        return Jsoup.parse(read(file(page)), baseUrl + page.path());
    }

    /**
     * A short name for the kind of the first chart on a page, from its option JSON: {@code pie}, {@code line},
     * {@code bar}, {@code bar-horizontal}, {@code bar-stacked}, or a tile map's series type. Used to cover every kind
     * of chart without testing every chart.
     */
    String chartKind(SitePage page) {
        Element block = html(page).selectFirst("script[type=application/json][data-chart-option]");
        if (block == null) {
            return "none";
        }
        try {
            JsonNode option = new ObjectMapper().readTree(block.data());
            JsonNode series = option.path("series");
            JsonNode first = series.isArray() ? series.path(0) : series;
            String type = first.path("type").asText("unknown");
            if (!type.equals("bar")) {
                return type;
            }
            if (first.hasNonNull("stack")) {
                return "bar-stacked";
            }
            JsonNode yAxis = option.path("yAxis");
            JsonNode y = yAxis.isArray() ? yAxis.path(0) : yAxis;
            return y.path("type").asText().equals("category") ? "bar-horizontal" : "bar";
        } catch (IOException e) {
            throw new UncheckedIOException("option JSON of " + page.path(), e);
        }
    }

    /** One page per chart kind and edition, from the pages of {@code kind} (e.g. {@code charts/*}). */
    List<SitePage> onePerChartKind(String kind) {
        Map<String, SitePage> picked = new LinkedHashMap<>();
        for (SitePage page : ofKind(kind)) {
            picked.putIfAbsent(page.edition().map(Edition::prefix).orElse("") + " " + chartKind(page), page);
        }
        return List.copyOf(picked.values());
    }

    private Collection<SitePage> extras() {
        List<SitePage> extras = new ArrayList<>();
        for (String route : extraRoutes()) {
            for (Edition e : Edition.values()) {
                extras.add(get("/" + e.prefix() + "/" + route));
            }
        }
        return extras;
    }

    private static List<String> extraRoutes() {
        try (InputStream in = SitePages.class.getResourceAsStream(EXTRA_PAGES)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + EXTRA_PAGES);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
