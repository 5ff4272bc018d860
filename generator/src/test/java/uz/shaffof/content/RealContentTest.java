package uz.shaffof.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project's own content/ loads without a single problem, and its key figures read exactly as the sources give them. */
class RealContentTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static LoadResult result;
    static Content content;

    @BeforeAll
    static void load() {
        result = ContentLoader.create().load(ROOT, ROOT.resolve("content"));
        content = result.content();
    }

    @Test
    void loadsWithoutProblems() {
        assertTrue(result.problems().isEmpty(), "problems in content/:\n" + ProblemAssertions.dump(result));
        assertNotNull(content);
    }

    @Test
    void portalFiguresAreTheReportsFigures() {
        PortalFigure y2016 = portal("UZ-AN", 2016);
        assertEquals(new BigDecimal("12572"), y2016.received());
        assertEquals(new BigDecimal("390"), y2016.late());
        assertEquals(new BigDecimal("4.99"), y2016.satisfaction());
        assertEquals(new BigDecimal("5"), y2016.satisfactionScale());
        PortalFigure y2015 = portal("UZ-AN", 2015);
        assertEquals(new BigDecimal("8372"), y2015.received());
        assertEquals(new BigDecimal("546"), y2015.late());
        assertNull(y2015.satisfaction(), "the source gives no satisfaction for 2015");
        assertEquals(LocalDate.of(2016, 12, 15), content.portal().events().get(0).date());
    }

    @Test
    void websiteScoresAndTheStatedChange() {
        assertNull(content.websites().scale(), "the source does not state the rating's maximum");
        Map<Integer, WebsiteScore> byYear = content.websites().scores().stream()
                .collect(Collectors.toMap(WebsiteScore::year, Function.identity()));
        assertEquals(new BigDecimal("72.3"), byYear.get(2015).score());
        assertEquals(new BigDecimal("80.5"), byYear.get(2016).score());
        assertEquals(new BigDecimal("8.19"), byYear.get(2016).statedChangePercent());
    }

    @Test
    void passRateIsDerivedAndTheReports42Point2IsKeptAsStated() {
        Indicator rate = indicator("ict-attestation-pass-rate");
        assertTrue(rate.isDerived());
        assertEquals("ict-attestation-passed", rate.derivation().numerator());
        assertEquals("ict-attestation-tested", rate.derivation().denominator());
        assertTrue(rate.observations().isEmpty(), "a derived figure is never typed");
        assertEquals(new BigDecimal("42.2"), rate.stated().get(0).value());
        assertEquals(new BigDecimal("900"), indicator("ict-attestation-passed").observations().get(0).value());
        assertEquals(new BigDecimal("2390"), indicator("ict-attestation-tested").observations().get(0).value());
    }

    @Test
    void qualifiersAreKept() {
        Observation users = indicator("internet-users").observations().get(0);
        assertEquals(new BigDecimal("630000"), users.value());
        assertEquals(Qualifier.MORE_THAN, users.qualifier());
        Service ask = content.services().stream().filter(s -> s.id().equals("askdoctor")).findFirst().orElseThrow();
        assertEquals(Qualifier.ABOUT, ask.outcomes().stream().filter(o -> o.id().equals("doctors")).findFirst()
                .orElseThrow().qualifier());
    }

    @Test
    void fourteenRegionsWithTheAgreedSlugs() {
        assertEquals(List.of("andijon", "buxoro", "fargona", "jizzax", "namangan", "navoiy", "qashqadaryo",
                        "qoraqalpogiston", "samarqand", "sirdaryo", "surxondaryo", "toshkent-shahri", "toshkent-viloyati",
                        "xorazm"),
                content.regions().stream().map(Region::slug).sorted().toList());
        assertEquals(16, region("UZ-AN").districts().size(), "14 districts and 2 cities of Andijan region");
    }

    @Test
    void datesAreTheOnesDocumented() {
        assertEquals(LocalDate.of(2020, 10, 5), content.site().asOf());
        ProjectSet plans = project("andijan-plans-2017");
        assertEquals(LocalDate.of(2017, 1, 1), plans.asOf());
        assertEquals(4, plans.projects().size());
        assertTrue(plans.projects().stream().allMatch(p -> p.status() == ProjectStatus.PLANNED && p.executor() == null));
        assertEquals(List.of("104", "35", "87", "74", "36", "38", "18", "42").stream().sorted().toList(),
                project("priority-projects-2020").totals().stream().map(t -> t.value().toPlainString()).sorted().toList());
    }

    /**
     * No figure is invented: every number the content cites appears in the published text of the source it cites
     * (as "85,7", "20 000", or "630 минг").
     */
    @Test
    void everyCitedFigureAppearsInItsSource() {
        Map<String, String> bodies = content.reports().stream().collect(Collectors.toMap(Document::sourceId, d -> d.body().text()));
        List<String> missing = new ArrayList<>();
        for (Indicator i : content.indicators()) {
            i.observations().forEach(o -> check(bodies, o.citation(), o.value(), i.id(), missing));
            i.stated().forEach(s -> check(bodies, s.citation(), s.value(), i.id(), missing));
        }
        content.portal().figures().forEach(f -> {
            for (BigDecimal v : new BigDecimal[] {f.received(), f.late(), f.satisfaction()}) {
                if (v != null) check(bodies, f.citation(), v, "portal", missing);
            }
        });
        content.websites().scores().forEach(s -> check(bodies, s.citation(), s.score(), "website", missing));
        content.projects().forEach(p -> p.totals().forEach(t -> check(bodies, t.citation(), t.value(), p.id(), missing)));
        content.services().forEach(s -> s.outcomes().forEach(o -> check(bodies, o.citation(), o.value(), s.id(), missing)));
        assertTrue(missing.isEmpty(), "figures not found in their sources: " + missing);
    }

    private static void check(Map<String, String> bodies, Citation c, BigDecimal v, String what, List<String> missing) {
        String body = bodies.get(c.sourceId());
        String plain = v.toPlainString().replace('.', ',');
        String grouped = v.scale() <= 0 && v.compareTo(BigDecimal.valueOf(10_000)) >= 0
                ? String.format(java.util.Locale.ROOT, "%,d", v.longValueExact()).replace(',', ' ') : plain;
        String thousands = v.remainder(BigDecimal.valueOf(1000)).signum() == 0
                ? v.divide(BigDecimal.valueOf(1000)).toPlainString() + " минг" : plain;
        if (body == null || !(body.contains(plain) || body.contains(grouped) || body.contains(thousands))) {
            missing.add(what + "=" + v.toPlainString() + " (" + c.sourceId() + ")");
        }
    }

    private static PortalFigure portal(String region, int year) {
        return content.portal().figures().stream().filter(f -> f.region().equals(region) && f.year() == year)
                .findFirst().orElseThrow();
    }

    private static Indicator indicator(String id) {
        return content.indicators().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private static Region region(String code) {
        return content.regions().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private static ProjectSet project(String id) {
        return content.projects().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
