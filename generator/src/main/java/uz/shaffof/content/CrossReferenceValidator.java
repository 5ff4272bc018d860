package uz.shaffof.content;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;

/**
 * Checks what no single file can check alone: every region code, source id, unit and indicator that content
 * refers to exists; chart datasets exist; ids, codes and slugs are unique; and no figure is given twice (a
 * duplicate names both places, so the editor can decide which one is right).
 */
final class CrossReferenceValidator {
    /** Chart datasets that are not indicators. */
    static final Set<String> FIXED_DATASETS = Set.of("portal.received", "portal.late", "portal.lateShare",
            "portal.satisfaction", "websites.score");

    private final Content c;
    private final Problems problems;
    private final Set<String> regions = new HashSet<>();
    private final Set<String> sources = new HashSet<>();
    private final Map<String, Indicator> indicators = new HashMap<>();

    private CrossReferenceValidator(Content content, Problems problems) {
        this.c = content;
        this.problems = problems;
    }

    static void validate(Content content, Problems problems) {
        new CrossReferenceValidator(content, problems).run();
    }

    private void run() {
        Unique codes = new Unique("region code");
        Unique slugs = new Unique("region slug");
        for (Region r : c.regions()) {
            codes.add(r.code(), r.pos());
            slugs.add(r.slug(), r.pos());
            regions.add(r.code());
        }
        Unique sourceIds = new Unique("source id");
        for (Source s : c.sources()) {
            sourceIds.add(s.id(), s.pos());
            sources.add(s.id());
        }
        c.indicators().forEach(i -> indicators.put(i.id(), i));
        c.indicators().forEach(this::checkIndicator);
        checkPortal();
        checkWebsites();
        c.projects().forEach(this::checkProjectSet);
        c.services().forEach(this::checkService);
        c.charts().forEach(this::checkChart);
        for (Document d : c.reports()) {
            region(d.region(), d.pos());
            source(d.sourceId(), d.pos());
        }
    }

    private void checkIndicator(Indicator ind) {
        unit(ind.unit(), ind.pos());
        Unique seen = new Unique("observation of " + ind.id() + " for");
        for (Observation o : ind.observations()) {
            region(o.region(), o.pos());
            citation(o.citation(), o.pos());
            seen.add(regionYear(o.region(), o.year()), o.pos());
        }
        Unique stated = new Unique("stated figure of " + ind.id() + " for");
        for (StatedFigure s : ind.stated()) {
            region(s.region(), s.pos());
            citation(s.citation(), s.pos());
            stated.add(regionYear(s.region(), s.year()), s.pos());
        }
        if (ind.isDerived()) checkDerivation(ind);
    }

    private void checkDerivation(Indicator ind) {
        Derivation d = ind.derivation();
        Indicator num = operand(ind, d.numerator(), "numerator");
        Indicator den = operand(ind, d.denominator(), "denominator");
        if (num == null || den == null) return;
        if (num.unit() != null && !num.unit().equals(den.unit())) {
            problems.error(ind.pos(), "derivation of " + ind.id() + ": numerator " + num.id() + " is in " + num.unit()
                    + " but denominator " + den.id() + " is in " + den.unit() + "; a share needs the same unit");
        }
        for (StatedFigure s : ind.stated()) {
            if (!hasObservation(num, s.region(), s.year()) || !hasObservation(den, s.region(), s.year())) {
                problems.error(s.pos(), "stated figure for " + regionYear(s.region(), s.year()) + " cannot be checked: "
                        + num.id() + " and " + den.id() + " need observations for that region and year");
            }
        }
    }

    private Indicator operand(Indicator ind, String id, String role) {
        Indicator op = indicators.get(id);
        if (op == null) {
            problems.error(ind.pos(), "derivation " + role + " \"" + id + "\" is not an indicator (known: "
                    + String.join(", ", new TreeSet<>(indicators.keySet())) + ")");
        } else if (op.isDerived() || op == ind) {
            problems.error(ind.pos(), "derivation " + role + " \"" + id + "\" must be a raw indicator with observations, "
                    + "not a derived one");
            return null;
        }
        return op;
    }

    private static boolean hasObservation(Indicator ind, String region, int year) {
        return ind.observations().stream().anyMatch(o -> Objects.equals(o.region(), region) && o.year() == year);
    }

    private void checkPortal() {
        Portal p = c.portal();
        if (p == null) return;
        Unique seen = new Unique("portal figure for");
        for (PortalFigure f : p.figures()) {
            region(f.region(), f.pos());
            citation(f.citation(), f.pos());
            seen.add(regionYear(f.region(), f.year()), f.pos());
        }
        for (PortalEvent e : p.events()) {
            region(e.region(), e.pos());
            citation(e.citation(), e.pos());
        }
    }

    private void checkWebsites() {
        WebsiteRatings w = c.websites();
        if (w == null) return;
        Unique seen = new Unique("website score of");
        for (WebsiteScore s : w.scores()) {
            region(s.region(), s.pos());
            citation(s.citation(), s.pos());
            seen.add(s.organisation() + " in " + s.year(), s.pos());
        }
    }

    private void checkProjectSet(ProjectSet set) {
        Unique totals = new Unique("total id in " + set.id() + ":");
        for (PortfolioTotal t : set.totals()) {
            totals.add(t.id(), t.pos());
            citation(t.citation(), t.pos());
        }
        Unique projects = new Unique("project id in " + set.id() + ":");
        for (Project p : set.projects()) {
            projects.add(p.id(), p.pos());
            region(p.region(), p.pos());
            citation(p.citation(), p.pos());
        }
    }

    private void checkService(Service s) {
        Unique ids = new Unique("outcome id in " + s.id() + ":");
        for (Outcome o : s.outcomes()) {
            ids.add(o.id(), o.pos());
            unit(o.unit(), o.pos());
            citation(o.citation(), o.pos());
        }
    }

    private void checkChart(ChartDef ch) {
        if (!FIXED_DATASETS.contains(ch.dataset()) && !indicators.containsKey(ch.dataset())) {
            problems.error(ch.pos(), "chart dataset \"" + ch.dataset() + "\" is neither an indicator id nor one of "
                    + String.join(", ", new TreeSet<>(FIXED_DATASETS)));
        }
        for (String r : ch.regions()) region(r, ch.pos());
    }

    private void region(String code, SourcePos pos) {
        if (code != null && !regions.contains(code)) {
            problems.error(pos, "unknown region \"" + code + "\": it is not a code in content/regions.json");
        }
    }

    private void source(String id, SourcePos pos) {
        if (id != null && !sources.contains(id)) {
            problems.error(pos, "unknown source \"" + id + "\": it is not an id in content/sources.json");
        }
    }

    private void citation(Citation citation, SourcePos pos) {
        if (citation != null) source(citation.sourceId(), pos);
    }

    private void unit(String unit, SourcePos pos) {
        if (unit != null && !c.units().containsKey(unit)) {
            problems.error(pos, "unknown unit \"" + unit + "\": add it to content/i18n/units.json");
        }
    }

    private static String regionYear(String region, int year) {
        return (region == null ? "the whole country" : region) + " " + year;
    }

    /** Collects keys and reports a repeated one at its second place, naming the first. */
    private final class Unique {
        private final String what;
        private final Map<String, SourcePos> first = new HashMap<>();

        Unique(String what) {
            this.what = what;
        }

        void add(String key, SourcePos pos) {
            if (key == null) return;
            SourcePos earlier = first.putIfAbsent(key, pos);
            if (earlier != null) {
                problems.error(pos, "duplicate " + what + " " + key + ": already given at " + earlier);
            }
        }
    }
}
