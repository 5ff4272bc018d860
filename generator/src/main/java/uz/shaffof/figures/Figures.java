package uz.shaffof.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import uz.shaffof.content.Content;
import uz.shaffof.content.ProjectSet;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.Problems;

/**
 * Every derived figure of the site, computed from {@link Content} once, purely and deterministically (no clock,
 * no locale, {@link java.math.BigDecimal} throughout): series, region profiles, indicator comparisons, Single
 * Portal figures, website rating tables, project monitoring as of the data's as-of date, the check of stated
 * figures, and the downloadable datasets.
 *
 * <pre><code>Figures figures = Figures.compute(content);
 * figures.problems().forEach(System.err::println);      // stated-figure warnings, derivation errors
 * figures.profile("UZ-AN").orElseThrow().entries();      // the Andijan region page
 * figures.dataset("indicator-attestation-passed-share").orElseThrow().csv();</code></pre>
 */
public final class Figures {
    private final List<Problem> problems;
    private final List<IndicatorSeries> indicators;
    private final List<RegionProfile> profiles;
    private final List<IndicatorComparison> comparisons;
    private final PortalStats portal;
    private final List<WebsiteTable> websiteTables;
    private final List<ProjectStats> projectStats;
    private final StatedCheck stated;
    private final List<Dataset> datasets;

    private Figures(List<Problem> problems, List<IndicatorSeries> indicators, List<RegionProfile> profiles,
                    List<IndicatorComparison> comparisons, PortalStats portal, List<WebsiteTable> websiteTables,
                    List<ProjectStats> projectStats, StatedCheck stated, List<Dataset> datasets) {
        this.problems = List.copyOf(problems);
        this.indicators = List.copyOf(indicators);
        this.profiles = List.copyOf(profiles);
        this.comparisons = List.copyOf(comparisons);
        this.portal = portal;
        this.websiteTables = List.copyOf(websiteTables);
        this.projectStats = List.copyOf(projectStats);
        this.stated = stated;
        this.datasets = List.copyOf(datasets);
    }

    /** Computes every figure of the content. Never throws for bad data: it reports it in {@link #problems()}. */
    public static Figures compute(Content content) {
        Objects.requireNonNull(content, "content must not be null");
        Problems problems = new Problems();
        List<IndicatorSeries> indicators = SeriesBuilder.build(content.indicators(), problems);
        WebsiteChanges websiteChanges = WebsiteChanges.of(
                content.websites() == null ? List.of() : content.websites().scores(), problems);
        StatedCheck stated = StatedCheck.run(indicators, websiteChanges);
        problems.addAll(stated.problems());
        RegionFigures regions = new RegionFigures(content.regions(), stated);
        PortalStats portal = PortalStats.of(content.portal(), problems);
        List<WebsiteTable> tables = WebsiteTable.of(websiteChanges,
                content.websites() == null ? null : content.websites().scale(), stated);
        List<ProjectStats> projects = projectStats(content, problems);
        return new Figures(problems.sorted(), indicators, regions.profiles(indicators),
                regions.comparisons(indicators), portal, tables, projects, stated,
                Datasets.build(content, indicators, portal, tables, projects));
    }

    private static List<ProjectStats> projectStats(Content content, Problems problems) {
        LocalDate siteAsOf = content.site() == null ? null : content.site().asOf();
        List<ProjectStats> out = new ArrayList<>();
        for (ProjectSet set : content.projects()) {
            LocalDate asOf = set.asOf() != null ? set.asOf() : siteAsOf;
            if (asOf == null) {
                // Without a date the data is true as of, "overdue" cannot be decided, and the clock must not decide it.
                problems.error(set.pos(), "project set " + set.id() + " has no as-of date (and site.json has none): "
                        + "overdue projects cannot be computed");
            }
            out.add(ProjectStats.of(set, asOf));
        }
        return out;
    }

    /** Warnings for stated figures that disagree or cannot be checked, and errors in derivations, by position. */
    public List<Problem> problems() {
        return problems;
    }

    /** The series of every indicator, in content order. */
    public List<IndicatorSeries> indicators() {
        return indicators;
    }

    /** All series of one indicator. */
    public Optional<IndicatorSeries> indicator(String indicatorId) {
        return find(indicators, IndicatorSeries::id, indicatorId);
    }

    /** An indicator's series for a region ({@code null}: the whole country); empty when there is no data. */
    public Series series(String indicatorId, String region) {
        return indicator(indicatorId)
                .map(is -> region == null ? is.national() : is.series(region))
                .orElse(Series.empty(indicatorId, region));
    }

    /** One profile per region, in content order. */
    public List<RegionProfile> profiles() {
        return profiles;
    }

    public Optional<RegionProfile> profile(String regionCode) {
        return find(profiles, p -> p.region().code(), regionCode);
    }

    /** One comparison per indicator, in content order. */
    public List<IndicatorComparison> comparisons() {
        return comparisons;
    }

    public Optional<IndicatorComparison> comparison(String indicatorId) {
        return find(comparisons, c -> c.indicator().id(), indicatorId);
    }

    public PortalStats portal() {
        return portal;
    }

    /** One ranked table per rating year, ascending. */
    public List<WebsiteTable> websiteTables() {
        return websiteTables;
    }

    public Optional<WebsiteTable> websiteTable(int year) {
        return websiteTables.stream().filter(t -> t.year() == year).findFirst();
    }

    /** One entry per project set, in content order. */
    public List<ProjectStats> projectStats() {
        return projectStats;
    }

    public Optional<ProjectStats> projects(String setId) {
        return find(projectStats, p -> p.set().id(), setId);
    }

    /** Stated figures compared with computed ones, with lookups for pages. */
    public StatedCheck stated() {
        return stated;
    }

    /** The discrepancy of an indicator's stated figure for a region ({@code null}: the country) and year. */
    public Optional<Discrepancy> discrepancy(String indicatorId, String region, int year) {
        return stated.forIndicator(indicatorId, region, year);
    }

    /** Every dataset: indicators in content order, then portal, websites, project sets, outcomes. */
    public List<Dataset> datasets() {
        return datasets;
    }

    public Optional<Dataset> dataset(String id) {
        return find(datasets, Dataset::id, id);
    }

    private static <T> Optional<T> find(List<T> list, Function<T, String> key, String wanted) {
        return list.stream().filter(t -> Objects.equals(key.apply(t), wanted)).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figures f && f.problems.equals(problems) && f.indicators.equals(indicators)
                && f.profiles.equals(profiles) && f.comparisons.equals(comparisons) && f.portal.equals(portal)
                && f.websiteTables.equals(websiteTables) && f.projectStats.equals(projectStats)
                && f.stated.equals(stated) && f.datasets.equals(datasets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(problems, indicators, profiles, comparisons, portal, websiteTables, projectStats, stated,
                datasets);
    }

    @Override
    public String toString() {
        return "Figures[" + indicators.size() + " indicators, " + profiles.size() + " regions, " + datasets.size()
                + " datasets, " + problems.size() + " problems]";
    }
}
