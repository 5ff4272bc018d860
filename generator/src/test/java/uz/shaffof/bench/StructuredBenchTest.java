package uz.shaffof.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uz.shaffof.content.Content;
import uz.shaffof.figures.Figures;
import uz.shaffof.problem.Problem;

/** The generated national-scale content and its page plan (charts are not drawn here: GraalJS is slow to start). */
class StructuredBenchTest {
    private static final Content CONTENT = NationalContent.generate(StructuredBench.PROJECTS);

    @Test
    void contentHasNationalScale() {
        assertEquals(14, CONTENT.regions().size());
        assertEquals(200, CONTENT.regions().stream().mapToInt(r -> r.districts().size()).sum());
        assertEquals(12, CONTENT.indicators().size());
        assertEquals(2000, CONTENT.projects().stream().mapToInt(s -> s.projects().size()).sum());
    }

    @Test
    void figuresHaveTenYearsForEveryDistrictAndNoErrors() {
        Figures figures = Figures.compute(CONTENT);
        assertEquals(List.of(), figures.problems().stream().filter(Problem::isError).toList());
        String district = NationalContent.districtCode(CONTENT.regions().get(0), 0);
        assertEquals(10, figures.series("internet-users", district).points().size());
        assertEquals(10, figures.series("schools-connected-share", district).points().size());
        assertEquals(14, figures.comparison("fibre-km").orElseThrow().ranked().size());
    }

    @Test
    void generationIsDeterministic() {
        assertEquals(CONTENT, NationalContent.generate(StructuredBench.PROJECTS));
    }

    @Test
    void plansOnePagePerRegionDistrictIndicatorProjectSetAndProject() {
        Figures figures = Figures.compute(CONTENT);
        List<NationalPages.Plan> plans = new NationalPages(CONTENT, figures, null, null, List.of()).plans();
        // home + regions index + 14 + 200 + indicators index + 12 + projects index + 14 + 2000
        assertEquals(1 + 1 + 14 + 200 + 1 + 12 + 1 + 14 + 2000, plans.size());
        assertEquals(plans.size(), plans.stream().map(NationalPages.Plan::route).distinct().count());
        assertTrue(plans.stream().anyMatch(p -> p.route().equals("regions/andijon/index.html")));
    }
}
