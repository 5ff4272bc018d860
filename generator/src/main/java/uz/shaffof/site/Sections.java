package uz.shaffof.site;

import java.util.ArrayList;
import java.util.List;
import uz.shaffof.output.OutputFile;

/** The sections of the site, in navigation order: the one list of which pages exist. */
final class Sections {
    private Sections() {}

    static List<PagePlan> plan(SiteContext ctx, ChartSection charts) {
        List<PagePlan> plans = new ArrayList<>();
        plans.addAll(HomeSection.plan(ctx));
        plans.addAll(RegionSection.plan(ctx, charts));
        plans.addAll(IndicatorSection.plan(ctx, charts));
        plans.addAll(PortalSection.plan(ctx, charts));
        plans.addAll(WebsiteSection.plan(ctx, charts));
        plans.addAll(ProjectSection.plan(ctx));
        plans.addAll(OutcomeSection.plan(ctx));
        plans.addAll(DocumentSection.plan(ctx));
        plans.addAll(DataSection.plan(ctx));
        plans.addAll(charts.plans());
        plans.add(NotFoundPage.plan(ctx));
        return plans;
    }

    /** Files that are not pages (datasets as CSV and JSON), shared by both editions. */
    static List<OutputFile> dataFiles(SiteContext ctx, DataFileCache cache) {
        return DataSection.files(ctx, cache);
    }
}
