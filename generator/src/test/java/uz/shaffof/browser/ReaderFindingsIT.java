package uz.shaffof.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uz.shaffof.i18n.Edition;
import uz.shaffof.testsite.ReaderJargon;

/**
 * The findings of issue 18 that a reader meets in the text of a page, checked in Chromium as the reader sees them:
 * visible text ({@code innerText}, which leaves out what CSS hides), the SVG text a chart draws, what opens when a
 * table's summary is clicked, the tooltip a hovered bar shows, the picture a link preview loads. Both editions; a phone
 * (360 px) unless the finding is about a desktop.
 *
 * <p>Every finding of the issue and the browser test that covers it:
 *
 * <pre>
 * Blockers
 *   absolute URLs at a placeholder host ........ not a browser matter: CommandLineTest (build refuses the host);
 *                                                EmbedIT/EmbedFitIT frame the published snippet from another origin
 *   "Explore" redraws wrongly, loses name/focus  InteractiveChartIT (360, 1280; same bars and labels, name, focus,
 *                                                button gone after use and absent without JavaScript)
 * Major
 *   phone navigation ........................... PhoneNavigationIT
 *   wide tables on phones ...................... ScreenshotIT (nothing wider than 320/360 px, no figure off screen)
 *   embeds without the resize script ........... EmbedFitIT (script removed, 360 and 1280)
 *   downloads not newsroom-ready ............... downloadsOfferedAreNotEmptyAndEveryColumnIsExplained (here: what a
 *                                                reader downloads and the page's glossary); the files in a real
 *                                                spreadsheet program: PublishedDownloadsIT (LibreOffice)
 *   qualifiers vanish .......................... aQualifiedFigureKeepsItsQualifierWhereverItIsShown (chart text,
 *                                                description, opened table, tooltip, embed, og:description, the
 *                                                map's tile and legend as a sign)
 *   -52,3 % and "+5 %" ......................... changesAreComputedFromRawCountsAndPercentagesChangeInPoints
 *   suffixes apart, date styles, «« ............ suffixesSitOnTheirWordOneDateStyleAndNoDoubledQuotes
 *   search ..................................... SearchIT
 *   datasets with 0 rows offered ............... downloadsOfferedAreNotEmptyAndEveryColumnIsExplained
 *   no publisher, contact, report; sources ..... unit tests on test sites: the real content gives no source an
 *                                                address and a preview build no feedback address, so neither shows
 *                                                in a browser here: SourceLinksTest, FeedbackLinksTest; the real
 *                                                content names no publisher either: PublisherTest
 *   home page without a region picker .......... HomeRegionPickerIT
 * Minor
 *   stated-vs-computed note overlaps, "42.2" ... StatedNoteIT
 *   8 px chart text, tile labels, tiles ........ ChartTextOnPhonesIT; the tiles after Explore: InteractiveChartIT
 *   "rank 1 / 1" ............................... noRankAmongASingleRegion
 *   same chart twice, identical embeds ......... noPageShowsAChartTwice, noTwoEmbedsShowTheSameChart
 *   og:image missing, previews ................. everyPageKindHasALinkPreviewPictureThatLoads (the picture's content:
 *                                                ReaderPreviewsIT, which reads its pixels)
 *   production 404 is the chooser .............. NotFoundIT
 *   editors' jargon ............................ noJargonIsShown (ReaderJargonIT: every page, attributes too)
 *   outcomes page repeats one quote ............ theOutcomesPageQuotesEachPassageOnce
 *   assumed dates shown as exact ............... anAssumedDateReadsAsNotBeforeWhereverTheReportIsListed
 *   salutations in a report's contents ......... aSpeechsSalutationIsNeitherAHeadingNorInTheContents
 * </pre>
 */
class ReaderFindingsIT extends BrowserTestBase {

    private static final int PHONE = 360;
    private static final int PHONE_HEIGHT = 800;

    /**
     * The project's {@code content/}, where a report's front matter says whether its date is exact; the pages are
     * checked against it ({@code -Dshaffof.content=DIR} for another project).
     */
    private static final Path CONTENT = Path.of(System.getProperty("shaffof.content", Path.of("..", "content").toString()));

    /** The text a reader sees: the body's rendered text, with no-break spaces as plain ones. */
    private static final String SHOWN = "return document.body.innerText.replace(/[\\u00A0\\u202F]/g, ' ');";

    /** The text each chart's SVG draws, label by label (only what is rendered: a hidden view draws nothing). */
    private static final String SVG_TEXTS = "var out = [];"
            + " (arguments[0] || document).querySelectorAll('[data-chart-svg] svg text').forEach(function (t) {"
            + "   var s = t.textContent.replace(/[\\u00A0\\u202F]/g, ' ').trim();"
            + "   if (s && t.getBoundingClientRect().width > 0) out.push(s); });"
            + " return out;";

    // ---- outcomes, reports --------------------------------------------------------------------------------------

    /** One passage that gives several figures of a service is quoted once under them, not under each. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Edition.class)
    void theOutcomesPageQuotesEachPassageOnce(Edition edition) {
        onPhone(page(edition, "outcomes/"), () -> {
            List<WebElement> sections = browser.driver().findElements(By.cssSelector("main section"));
            assertTrue(sections.size() >= 6, "a section per service: " + sections.size());
            List<String> problems = new ArrayList<>();
            boolean sharedQuoteShownOnce = false;
            for (WebElement section : sections) {
                Map<String, Integer> lines = new HashMap<>();
                for (String line : shown(section).split("\n")) {
                    if (line.strip().length() > 60) lines.merge(line.strip(), 1, Integer::sum);
                }
                lines.forEach((line, n) -> {
                    if (n > 1) problems.add(n + " times in one section: " + line.substring(0, 60) + "…");
                });
                int figures = section.findElements(By.cssSelector("li")).size();
                long quotes = lines.keySet().stream().filter(l -> l.startsWith(sourceWord(edition))).count();
                if (figures > 1 && quotes == 1) sharedQuoteShownOnce = true;
            }
            problems.addAll(sharedQuoteShownOnce ? List.of()
                    : List.of("no service shows several figures under one quoted passage"));
            assertTrue(problems.isEmpty(), () -> edition + " outcomes:\n  " + String.join("\n  ", problems));
        });
    }

    /** A speech's "Dear ...," is a line of the text, not a heading, and not an entry of the table of contents. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Edition.class)
    void aSpeechsSalutationIsNeitherAHeadingNorInTheContents(Edition edition) {
        onPhone(page(edition, "reports/andijan-ict-2016/"), () -> {
            String salutation = edition == Edition.LATN ? "Muhtaram" : "Муҳтарам";
            List<String> outline = new ArrayList<>();
            for (WebElement e : browser.driver().findElements(By.cssSelector("main h2, main h3, nav.toc a"))) {
                if (e.isDisplayed()) outline.add(e.getText());
            }
            assertAll(
                    () -> assertTrue(shown().contains(salutation), "the salutation is still there, as a line"),
                    () -> assertTrue(outline.stream().noneMatch(t -> t.contains(salutation) || t.strip().endsWith(",")),
                            "headings and contents: " + outline));
        });
    }

    /**
     * A report whose source gives no date is dated "not before" the date the content gives, wherever its date is
     * shown: its own page, the list of reports, the home page's latest reports and its region's page.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Edition.class)
    void anAssumedDateReadsAsNotBeforeWhereverTheReportIsListed(Edition edition) {
        List<String> assumed = reportsDatedNotBefore();
        assertFalse(assumed.isEmpty(), "the content has reports dated 'not before'");
        String wording = edition == Edition.LATN ? "yoki undan keyin" : "ёки ундан кейин";
        List<String> problems = new ArrayList<>();
        for (String slug : assumed) {
            onPhone(page(edition, "reports/" + slug + "/"), () -> {
                String date = browser.driver().findElement(By.cssSelector("article header time")).getText();
                if (!date.contains(wording)) problems.add(slug + " on its page: " + date);
            });
        }
        for (String list : List.of("", "reports/", "regions/andijon/")) {
            onPhone(page(edition, list), () -> {
                for (String slug : assumed) {
                    for (WebElement item : browser.driver().findElements(By.xpath(
                            "//main//li[.//a[contains(@href, 'reports/" + slug + "/')]]"))) {
                        List<WebElement> times = item.findElements(By.tagName("time"));
                        if (!times.isEmpty() && !times.get(0).getText().contains(wording)) {
                            problems.add(slug + " listed on /" + list + ": " + times.get(0).getText());
                        }
                    }
                }
            });
        }
        assertTrue(problems.isEmpty(), () -> edition + ": dates shown as exact:\n  " + String.join("\n  ", problems));
    }

    // ---- charts and embeds --------------------------------------------------------------------------------------

    Stream<SitePage> indicatorPages() {
        return pages.ofKind("indicators/*").stream();
    }

    /** Each chart on an indicator page shows figures of its own: with every view shown and every table opened. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("indicatorPages")
    void noPageShowsAChartTwice(SitePage page) {
        Map<String, String> tables = new LinkedHashMap<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        List<String> twice = new ArrayList<>();
        for (String view : List.of("#chart", "#map")) {
            browser.open(server.url(page.path() + view));
            for (WebElement figure : browser.driver().findElements(By.cssSelector("figure.chart"))) {
                // A page without a map shows its charts again for #map: each figure is read once.
                if (!figure.isDisplayed() || !ids.add(figure.getDomAttribute("id"))) continue;
                WebElement summary = figure.findElement(By.cssSelector("details.chart-table summary"));
                browser.script("arguments[0].scrollIntoView({block: 'center'});", summary);
                summary.click();
                String figures = figure.findElement(By.cssSelector("details.chart-table tbody")).getText();
                String title = figure.getDomAttribute("id");
                String other = tables.putIfAbsent(figures, title);
                if (other != null) twice.add(title + " shows the figures of " + other);
            }
        }
        assertFalse(tables.isEmpty(), page + ": no chart shown");
        assertTrue(twice.isEmpty(), () -> page + ": " + twice);
    }

    /** No two embeds of an edition draw the same chart (the title aside, which could differ over the same bars). */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Edition.class)
    void noTwoEmbedsShowTheSameChart(Edition edition) {
        Map<List<String>, String> seen = new HashMap<>();
        List<String> same = new ArrayList<>();
        List<SitePage> embeds = pages.ofKind("embed/*").stream()
                .filter(p -> p.edition().orElseThrow() == edition).toList();
        assertTrue(embeds.size() >= 5, "embeds: " + embeds);
        for (SitePage embed : embeds) {
            browser.open(url(embed));
            // The caption is for screen readers only (the picture shows the title): its text, not what is seen.
            String title = (String) browser.script(
                    "return document.querySelector('figcaption .chart-title').textContent.trim();");
            @SuppressWarnings("unchecked")
            List<String> texts = new ArrayList<>((List<String>) browser.script(SVG_TEXTS, (Object) null));
            texts.removeIf(t -> title.contains(t));
            String other = seen.putIfAbsent(texts, embed.path());
            if (other != null) same.add(embed.path() + " draws what " + other + " draws: " + texts);
        }
        assertTrue(same.isEmpty(), () -> String.join("\n", same));
    }

    /** "630 000 nafardan ortiq": the chart's text, its description, its opened table, its tooltip, embed, preview. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Edition.class)
    void aQualifiedFigureKeepsItsQualifierWhereverItIsShown(Edition edition) {
        String qualified = edition == Edition.LATN ? "630 000 nafardan ortiq" : "630 000 нафардан ортиқ";
        Map<String, String> renderings = new LinkedHashMap<>();
        onPhone(page(edition, "charts/indicator-internet-users/"), () -> {
            WebElement figure = browser.driver().findElement(By.cssSelector("figure.chart"));
            renderings.put("chart text", String.join(" | ", svgTexts(figure)));
            renderings.put("description", figure.findElement(By.cssSelector(".chart-description")).getText());
            WebElement summary = figure.findElement(By.cssSelector("details.chart-table summary"));
            browser.script("arguments[0].scrollIntoView({block: 'center'});", summary);
            summary.click();
            renderings.put("opened table", figure.findElement(By.cssSelector("details.chart-table tbody")).getText());
            renderings.put("link preview text", (String) browser.script(
                    "return document.querySelector('meta[property=\"og:description\"]').content;"));
            List<WebElement> marks = ChartPoints.of(browser, figure);
            renderings.put("tooltip", marks.isEmpty() ? "no mark to hover" : tooltipOf(figure, marks.get(0)));
        });
        onPhone(page(edition, "embed/indicator-internet-users/"), () ->
                renderings.put("embed's chart text", String.join(" | ", svgTexts(null))));
        List<String> mapTexts = new ArrayList<>();
        onPhone(page(edition, "charts/internet-users-map/"), () -> {
            WebElement figure = browser.driver().findElement(By.cssSelector("figure.chart"));
            mapTexts.addAll(svgTexts(figure));
            figure.findElement(By.cssSelector("details.chart-table summary")).click();
            renderings.put("map's opened table", figure.findElement(By.cssSelector("details.chart-table tbody")).getText());
        });
        List<String> flat = new ArrayList<>();
        renderings.forEach((where, text) -> {
            if (!text.replaceAll("[\\u00A0\\u202F]", " ").contains(qualified)) flat.add(where + ": " + text);
        });
        assertTrue(flat.isEmpty(), () -> edition + ": the qualifier is lost in\n  " + String.join("\n  ", flat));
        // A tile has no room for the words: it shows the qualifier as a sign, as does the legend naming the figure.
        assertTrue(mapTexts.contains("> 630 000"), () -> edition + ": the map's tile and legend draw " + mapTexts);
    }

    // ---- figures and words --------------------------------------------------------------------------------------

    /**
     * The late-appeals share falls by 52,4 % (546 of 8 372 to 390 of 12 572; the rounded 6,5 % and 3,1 % would give
     * 52,3), and the change of a percentage is given in percentage points, not as "+5 %".
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Edition.class)
    void changesAreComputedFromRawCountsAndPercentagesChangeInPoints(Edition edition) {
        String points = edition == Edition.LATN ? "foiz punkti" : "фоиз пункти";
        onPhone(page(edition, "portal/"), () -> {
            String text = shown();
            assertAll(() -> assertTrue(text.matches("(?s).*−52,4 ?%.*"), "portal shows −52,4 %: " + text),
                    () -> assertFalse(text.contains("52,3"), "portal shows 52,3"),
                    () -> assertTrue(text.contains("−3,4 " + points), "the share's fall in points"));
        });
        browser.viewport(PHONE, PHONE_HEIGHT);
        try {
            browser.open(server.url(page(edition, "indicators/digital-tv-coverage/").path() + "#table"));
            String text = shown();
            assertAll(() -> assertTrue(text.contains("+5 " + points), "the change in points: " + text),
                    () -> assertFalse(Pattern.compile("[+−][\\d ]*\\d(,\\d+)? ?% ?\\([+−]").matcher(text).find(),
                            "a percentage's change written as a percent: " + text));
        } finally {
            browser.resetViewport();
        }
    }

    /** With one region's figures there is no ranking: no "1 / 1" anywhere a rank is shown. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Edition.class)
    void noRankAmongASingleRegion(Edition edition) {
        List<String> found = new ArrayList<>();
        List<String> routes = new ArrayList<>(List.of("regions/andijon/", "websites/"));
        pages.ofKind("indicators/*").stream().filter(p -> p.edition().orElseThrow() == edition)
                .forEach(p -> routes.add(p.route() + "/#table"));
        for (String route : routes) {
            String path = "/" + edition.prefix() + "/" + route;
            browser.open(server.url(path));
            if (Pattern.compile("(?<![\\d,])1 ?/ ?1(?![\\d,])").matcher(shown()).find()) found.add(path);
        }
        assertTrue(found.isEmpty(), () -> "\"1 / 1\" shown on " + found);
    }

    /** The pages a reader reads most, in their default views, and one of each kind of text-heavy page. */
    static final List<String> TEXT_PAGES = List.of("", "regions/andijon/", "indicators/internet-users/#table",
            "indicators/internet-users/#chart", "charts/indicator-internet-users/", "embed/indicator-internet-users/",
            "portal/", "outcomes/", "projects/", "projects/digital-uzbekistan-2030/", "reports/", "websites/", "data/");

    /**
     * A case suffix is written on its word ("630 000 nafardan ortiq", not "nafar dan"), dates in one style (the
     * edition's words, never 2017-01-01 or 01.01.2017 beside them), and no title in doubled quotes («« »»).
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Edition.class)
    void suffixesSitOnTheirWordOneDateStyleAndNoDoubledQuotes(Edition edition) {
        Pattern loose = edition == Edition.LATN
                ? Pattern.compile("(?:(?<!\\p{L})(?:nafar|ta|ball|km)|%) (?:dan|ga)(?!\\p{L})")
                : Pattern.compile("(?:(?<!\\p{L})(?:нафар|та|балл|км)|%) (?:дан|га)(?!\\p{L})");
        // Latin writes 2017-yil 1-yanvar, Cyrillic 2017 йил 1 январь: the other script's style, a machine date or a
        // dotted one beside them is a second style on the page.
        Pattern otherDate = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\b|"
                + (edition == Edition.LATN ? "\\b\\d{4} yil" : "\\d{4}-йил"));
        List<String> problems = new ArrayList<>();
        for (String route : TEXT_PAGES) {
            onPhone(route, edition, () -> {
                // Column names and the embed snippet are code, not prose: left out.
                browser.script("document.querySelectorAll('code, textarea').forEach(function (c) {"
                        + " c.style.display = 'none'; });");
                String text = shown() + "\n" + String.join("\n", svgTexts(null));
                var m = loose.matcher(text);
                if (m.find()) problems.add(route + ": suffix apart: \"" + around(text, m.start(), m.end()) + "\"");
                m = otherDate.matcher(text);
                if (m.find()) problems.add(route + ": a date in another style: \"" + around(text, m.start(), m.end()) + "\"");
                if (text.contains("««") || text.contains("»»")) problems.add(route + ": doubled quotes");
            });
        }
        onPhone(page(edition, "regions/andijon/"), () -> {
            String qualified = edition == Edition.LATN ? "630 000 nafardan ortiq" : "630 000 нафардан ортиқ";
            if (!shown().contains(qualified)) problems.add("regions/andijon/: no \"" + qualified + "\"");
        });
        assertTrue(problems.isEmpty(), () -> edition + ":\n  " + String.join("\n  ", problems));
    }

    /** No word of the editors' or developers' list ({@code reader/jargon.tsv}) in what a phone shows. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("textPagesBothEditions")
    void noJargonIsShown(String path) {
        List<String> found = new ArrayList<>();
        browser.viewport(PHONE, PHONE_HEIGHT);
        try {
            browser.open(server.url(path));
            browser.script("document.querySelectorAll('code').forEach(function (c) { c.style.display = 'none'; });");
            String text = shown() + "\n" + String.join("\n", svgTexts(null));
            ReaderJargon.all().forEach(term -> term.findIn(text).ifPresent(found::add));
        } finally {
            browser.resetViewport();
        }
        assertTrue(found.isEmpty(), () -> path + ":\n  " + String.join("\n  ", found));
    }

    Stream<String> textPagesBothEditions() {
        List<String> paths = new ArrayList<>();
        for (Edition e : Edition.values()) {
            for (String route : TEXT_PAGES) paths.add("/" + e.prefix() + "/" + route);
            paths.add("/" + e.prefix() + "/data/indicator-internet-users/");
            paths.add("/" + e.prefix() + "/reports/andijan-ict-2016/");
            paths.add("/" + e.prefix() + "/search/");
        }
        return paths.stream();
    }

    // ---- downloads, sources, previews ---------------------------------------------------------------------------

    /**
     * Every dataset the data page offers has rows; a project set's page offers a download only when it has figures,
     * and its stated totals are in the file it offers; every column of every offered CSV is explained on the page.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Edition.class)
    void downloadsOfferedAreNotEmptyAndEveryColumnIsExplained(Edition edition) {
        List<String> problems = new ArrayList<>();
        List<String> csvs = new ArrayList<>();
        List<String> glossary = new ArrayList<>();
        onPhone(page(edition, "data/"), () -> {
            for (WebElement row : browser.driver().findElements(By.xpath("//main//tbody/tr[td[contains(@class, 'num')]]"))) {
                String rows = row.findElement(By.cssSelector("td.num")).getText().replaceAll("\\D", "");
                if (rows.isEmpty() || Integer.parseInt(rows) == 0) problems.add("offered without rows: " + row.getText());
                csvs.add(row.findElement(By.cssSelector("a[href$='.csv']")).getDomProperty("href"));
            }
            for (WebElement name : browser.driver().findElements(By.cssSelector("#columns ~ .table-wrap tbody th"))) {
                WebElement meaning = name.findElement(By.xpath("following-sibling::td"));
                if (!meaning.getText().isBlank()) glossary.add(name.getText().strip());
            }
        });
        assertTrue(csvs.size() >= 10, "datasets on the data page: " + csvs.size());
        for (String csv : csvs) {
            String text = fetch(csv);
            List<String> lines = text.lines().toList();
            if (lines.size() < 2) problems.add(csv + " has no rows");
            for (String column : lines.get(0).replace("\uFEFF", "").split(",")) {
                if (!glossary.contains(column)) problems.add(csv + ": column " + column + " not explained on the page");
            }
        }
        for (SitePage set : pages.ofKind("projects/*")) {
            if (set.edition().orElseThrow() != edition || set.route().split("/").length != 2) continue;
            onPhone(set, () -> {
                List<WebElement> offered = browser.driver().findElements(By.cssSelector(".downloads a[href$='.csv']"));
                List<String> totals = browser.driver().findElements(By.cssSelector("#totals + ul li")).stream()
                        .map(li -> li.getText().replaceAll("[\\u00A0\\u202F]", " ")).toList();
                String file = offered.isEmpty() ? "" : fetch(offered.get(0).getDomProperty("href"));
                if (!offered.isEmpty() && file.lines().count() < 2) problems.add(set + " offers an empty file");
                for (String total : totals) {
                    String figure = total.substring(total.lastIndexOf(": ") + 2);
                    if (!file.replaceAll("[\\u00A0\\u202F]", " ").contains(figure)) {
                        problems.add(set + ": the stated \"" + total + "\" is in no file it offers");
                    }
                }
            });
        }
        assertTrue(problems.isEmpty(), () -> edition + ":\n  " + String.join("\n  ", problems));
    }

    /** One page of each kind (embeds aside: no preview of their own) has an og:image that loads at 1200 x 630. */
    Stream<SitePage> pagesWithPreviews() {
        return pages.oneOfEachKind().stream().filter(p -> p.edition().isPresent()
                && !p.kind().equals("embed/*") && !p.kind().equals("404"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesWithPreviews")
    void everyPageKindHasALinkPreviewPictureThatLoads(SitePage page) {
        open(page);
        String image = (String) browser.script("var m = document.querySelector('meta[property=\"og:image\"]');"
                + " return m ? m.content : null;");
        assertTrue(image != null && image.startsWith(pages.baseUrl()), () -> page + ": og:image " + image);
        String local = server.origin() + image.substring(pages.baseUrl().length());
        Object size = browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " var img = new Image(); img.onload = function () { done(img.naturalWidth + 'x' + img.naturalHeight); };"
                + " img.onerror = function () { done('not loaded'); }; img.src = arguments[0];", local);
        assertEquals("1200x630", size, () -> page + ": the preview picture " + image);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private SitePage page(Edition edition, String route) {
        return pages.get("/" + edition.prefix() + "/" + route);
    }

    /** Opens a page at phone width, runs the checks and puts the window back. */
    private void onPhone(SitePage page, Runnable checks) {
        browser.viewport(PHONE, PHONE_HEIGHT);
        try {
            open(page);
            checks.run();
        } finally {
            browser.resetViewport();
        }
    }

    /** The same for a route with a view in its fragment ({@code indicators/x/#table}). */
    private void onPhone(String route, Edition edition, Runnable checks) {
        browser.viewport(PHONE, PHONE_HEIGHT);
        try {
            browser.open(server.url("/" + edition.prefix() + "/" + route));
            checks.run();
        } finally {
            browser.resetViewport();
        }
    }

    private String shown() {
        return (String) browser.script(SHOWN);
    }

    private String shown(WebElement element) {
        return ((String) browser.script("return arguments[0].innerText;", element)).replaceAll("[\\u00A0\\u202F]", " ");
    }

    @SuppressWarnings("unchecked")
    private List<String> svgTexts(WebElement within) {
        return (List<String>) browser.script(SVG_TEXTS, within);
    }

    /** Hovers a mark from outside the chart and returns the tooltip's text once it shows. */
    private String tooltipOf(WebElement figure, WebElement mark) {
        new Actions(browser.driver()).moveToLocation(0, 0).perform();
        ChartPoints.hover(browser, List.of(mark));
        try {
            return new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                    .until(d -> (String) browser.script(ChartIT.TOOLTIP, figure));
        } catch (org.openqa.selenium.TimeoutException e) {
            return "no tooltip";
        }
    }

    /** A file of the site as the browser downloads it (same origin, so the page's script can read it). */
    private String fetch(String url) {
        Object text = browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " fetch(arguments[0]).then(function (r) { return r.ok ? r.text() : ''; }).then(done,"
                + " function () { done(''); });", url);
        return (String) text;
    }

    private static String sourceWord(Edition edition) {
        return edition == Edition.LATN ? "Manba" : "Манба";
    }

    private static String around(String text, int start, int end) {
        return text.substring(Math.max(0, start - 30), Math.min(text.length(), end + 30)).replace('\n', ' ');
    }

    /** The slugs of the reports whose front matter says {@code dateIs: not-before}. */
    private static List<String> reportsDatedNotBefore() {
        try (Stream<Path> files = Files.list(CONTENT.resolve("reports"))) {
            return files.filter(f -> f.toString().endsWith(".md")).filter(ReaderFindingsIT::datedNotBefore)
                    .map(f -> f.getFileName().toString().replaceAll("\\.md$", "")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean datedNotBefore(Path report) {
        try {
            String[] parts = Files.readString(report, StandardCharsets.UTF_8).split("(?m)^---\\s*$", 3);
            return parts.length == 3 && parts[1].lines().anyMatch(l -> l.strip().matches("dateIs:\\s*\"?not-before\"?"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
