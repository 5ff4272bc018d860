package uz.shaffof.content;

import java.util.List;
import java.util.Map;

/**
 * Everything in {@code content/}, loaded and validated. Lists are in a stable order (by id, code or slug) so
 * that everything built from them is deterministic. {@code strings} are the interface strings
 * ({@code i18n/strings.json}), {@code units} the unit names ({@code i18n/units.json}); {@code glossaryTsv} is
 * the raw project glossary ({@code translit/glossary.tsv}) for the transliteration engine, with its path.
 */
public record Content(SiteConfig site, List<Region> regions, List<Source> sources, List<Indicator> indicators,
                      Portal portal, WebsiteRatings websites, List<ProjectSet> projects, List<Service> services,
                      List<ChartDef> charts, List<Document> reports, List<Document> pages,
                      Map<String, Text> strings, Map<String, Text> units, String glossaryTsv, String glossaryPath) {
    public Content {
        regions = List.copyOf(regions);
        sources = List.copyOf(sources);
        indicators = List.copyOf(indicators);
        projects = List.copyOf(projects);
        services = List.copyOf(services);
        charts = List.copyOf(charts);
        reports = List.copyOf(reports);
        pages = List.copyOf(pages);
        strings = Map.copyOf(strings);
        units = Map.copyOf(units);
    }
}
