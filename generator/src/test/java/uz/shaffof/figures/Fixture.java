package uz.shaffof.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uz.shaffof.content.Better;
import uz.shaffof.content.Citation;
import uz.shaffof.content.Content;
import uz.shaffof.content.Derivation;
import uz.shaffof.content.Indicator;
import uz.shaffof.content.Observation;
import uz.shaffof.content.Portal;
import uz.shaffof.content.PortalFigure;
import uz.shaffof.content.Project;
import uz.shaffof.content.ProjectSet;
import uz.shaffof.content.ProjectStatus;
import uz.shaffof.content.Qualifier;
import uz.shaffof.content.Region;
import uz.shaffof.content.RegionKind;
import uz.shaffof.content.Service;
import uz.shaffof.content.SiteConfig;
import uz.shaffof.content.StatedFigure;
import uz.shaffof.content.Text;
import uz.shaffof.content.WebsiteRatings;
import uz.shaffof.content.WebsiteScore;
import uz.shaffof.problem.SourcePos;

/**
 * Builds synthetic {@link Content} for the figure tests: all 14 regions, and whatever indicators, observations,
 * stated figures, portal figures, website scores and project sets a test adds. Every added item gets its own
 * position {@code fixture.json:N:1} (N counts up), so tests can assert where a problem is reported. Fixtures live
 * here, never in {@code content/}, and are never published.
 */
final class Fixture {
    /** The ISO 3166-2:UZ codes of the 14 regions, in code order. */
    static final List<String> REGIONS = List.of("UZ-AN", "UZ-BU", "UZ-FA", "UZ-JI", "UZ-NG", "UZ-NW", "UZ-QA",
            "UZ-QR", "UZ-SA", "UZ-SI", "UZ-SU", "UZ-TK", "UZ-TO", "UZ-XO");
    static final Citation CITE = new Citation("fixture-source", Text.of("1-bo‘lim"));

    private int line = 1;
    private final Map<String, IndicatorDraft> indicators = new LinkedHashMap<>();
    private final List<PortalFigure> portal = new ArrayList<>();
    private final List<WebsiteScore> scores = new ArrayList<>();
    private final List<ProjectSet> sets = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private LocalDate siteAsOf = LocalDate.of(2017, 1, 1);
    private boolean withPortal;
    private boolean withWebsites;

    /** The next synthetic position. */
    SourcePos pos() {
        return SourcePos.of("fixture.json", line++, 1);
    }

    static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    Fixture indicator(String id, Better better) {
        indicators.put(id, new IndicatorDraft(id, better, null, pos()));
        return this;
    }

    Fixture derived(String id, String numerator, String denominator) {
        indicators.put(id, new IndicatorDraft(id, Better.HIGHER, new Derivation(numerator, denominator), pos()));
        return this;
    }

    Fixture observe(String id, String region, int year, String value) {
        return observe(id, region, year, value, Qualifier.EXACT);
    }

    Fixture observe(String id, String region, int year, String value, Qualifier qualifier) {
        observeAt(id, region, year, value, qualifier);
        return this;
    }

    SourcePos observeAt(String id, String region, int year, String value, Qualifier qualifier) {
        SourcePos p = pos();
        draft(id).observations.add(new Observation(region, year, null, dec(value), qualifier, CITE, null, p));
        return p;
    }

    /** Adds a stated figure and returns its position. */
    SourcePos stated(String id, String region, int year, String value) {
        SourcePos p = pos();
        draft(id).stated.add(new StatedFigure(region, year, dec(value), CITE, p));
        return p;
    }

    Fixture portal(String region, int year, String received, String late, String satisfaction) {
        withPortal = true;
        portal.add(new PortalFigure(region, year, dec(received), dec(late), dec(satisfaction),
                satisfaction == null ? null : dec("5"), CITE, pos()));
        return this;
    }

    /** Adds a website score and returns its position. */
    SourcePos website(String organisation, String region, int year, String score, String statedChange) {
        withWebsites = true;
        SourcePos p = pos();
        scores.add(new WebsiteScore(organisation, Text.of(organisation), region, year, dec(score), dec(statedChange),
                CITE, p));
        return p;
    }

    Fixture projectSet(String id, LocalDate asOf, Project... projects) {
        sets.add(new ProjectSet(id, Text.of(id), null, asOf, List.of(), List.of(projects), pos()));
        return this;
    }

    Project project(String id, String owner, String region, LocalDate deadline, ProjectStatus status) {
        return new Project(id, Text.of("Loyiha " + id), owner == null ? null : Text.of(owner), null, region,
                deadline, status, null, CITE, pos());
    }

    Fixture service(Service s) {
        services.add(s);
        return this;
    }

    Fixture siteAsOf(LocalDate asOf) {
        siteAsOf = asOf;
        return this;
    }

    /** Where an indicator was declared. */
    SourcePos posOf(String indicatorId) {
        return draft(indicatorId).pos;
    }

    private IndicatorDraft draft(String id) {
        IndicatorDraft d = indicators.get(id);
        if (d == null) throw new IllegalArgumentException("add indicator " + id + " first");
        return d;
    }

    Content content() {
        List<Region> regions = REGIONS.stream()
                .map(code -> new Region(code, code.substring(3).toLowerCase(java.util.Locale.ROOT), RegionKind.REGION,
                        Text.of("Viloyat " + code), null, List.of(), SourcePos.file("content/regions.json")))
                .toList();
        List<Indicator> inds = indicators.values().stream().map(IndicatorDraft::build).toList();
        SiteConfig site = new SiteConfig(Text.of("Shaffof"), null, null, "https://example.invalid", siteAsOf, null,
                null, SourcePos.file("content/site.json"));
        Portal p = withPortal ? new Portal(Text.of("Yagona portal"), null, portal, List.of()) : null;
        WebsiteRatings w = withWebsites ? new WebsiteRatings(Text.of("Veb-saytlar reytingi"), null, dec("100"), scores)
                : null;
        return new Content(site, regions, List.of(), inds, p, w, sets, services, List.of(), List.of(), List.of(),
                Map.of(), Map.of(), "", "content/translit/glossary.tsv");
    }

    /**
     * A larger generated data set: a raw count for every region and {@code years} years from 2012 (one region
     * left without data, one with a gap), a LOWER-is-better indicator, and a derived share with stated figures.
     */
    static Fixture generated(int years) {
        Fixture f = new Fixture()
                .indicator("tested", Better.HIGHER)
                .indicator("passed", Better.HIGHER)
                .indicator("late-days", Better.LOWER)
                .derived("passed-share", "passed", "tested");
        for (int r = 0; r < REGIONS.size(); r++) {
            String code = REGIONS.get(r);
            if (code.equals("UZ-XO")) continue; // one region without any data
            for (int y = 0; y < years; y++) {
                int year = 2012 + y;
                if (code.equals("UZ-SU") && y == years - 2) continue; // a gap: the latest change skips a year
                int tested = 1000 + 37 * r + 11 * y;
                int passed = 300 + 13 * r + 17 * y;
                f.observe("tested", code, year, Integer.toString(tested));
                f.observe("passed", code, year, Integer.toString(passed));
                f.observe("late-days", code, year, (10 + (r % 4)) + "." + y);
            }
        }
        return f;
    }

    private static final class IndicatorDraft {
        final String id;
        final Better better;
        final Derivation derivation;
        final SourcePos pos;
        final List<Observation> observations = new ArrayList<>();
        final List<StatedFigure> stated = new ArrayList<>();

        IndicatorDraft(String id, Better better, Derivation derivation, SourcePos pos) {
            this.id = id;
            this.better = better;
            this.derivation = derivation;
            this.pos = pos;
        }

        Indicator build() {
            return new Indicator(id, Text.of(id), Text.of(id), null, derivation == null ? "count" : "percent", better,
                    "ict", derivation, observations, stated, pos);
        }
    }
}
