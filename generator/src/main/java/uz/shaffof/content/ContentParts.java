package uz.shaffof.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The records read so far, file by file, before they become one {@link Content}. Local to one load; not
 * shared between threads.
 */
final class ContentParts {
    SiteConfig site;
    final List<Region> regions = new ArrayList<>();
    final List<Source> sources = new ArrayList<>();
    final List<Indicator> indicators = new ArrayList<>();
    Portal portal;
    WebsiteRatings websites;
    final List<ProjectSet> projects = new ArrayList<>();
    final List<Service> services = new ArrayList<>();
    final List<ChartDef> charts = new ArrayList<>();
    final List<Document> reports = new ArrayList<>();
    final List<Document> pages = new ArrayList<>();
    final Map<String, Text> strings = new TreeMap<>();
    final Map<String, Text> units = new TreeMap<>();
    String glossaryTsv = "";
    /** Where the glossary is, or would be: set by the loader from the content folder. */
    String glossaryPath;

    /** The content, with every list in a stable order (by code, id or slug). */
    Content toContent() {
        regions.sort(Comparator.comparing(Region::code));
        sources.sort(Comparator.comparing(Source::id));
        indicators.sort(Comparator.comparing(Indicator::id));
        projects.sort(Comparator.comparing(ProjectSet::id));
        services.sort(Comparator.comparing(Service::id));
        charts.sort(Comparator.comparing(ChartDef::id));
        reports.sort(Comparator.comparing(Document::slug));
        pages.sort(Comparator.comparing(Document::slug));
        return new Content(site, regions, sources, indicators, portal, websites, projects, services, charts, reports,
                pages, strings, units, glossaryTsv, glossaryPath);
    }
}
