package uz.shaffof.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import uz.shaffof.content.Citation;
import uz.shaffof.content.Content;
import uz.shaffof.content.Outcome;
import uz.shaffof.content.PortfolioTotal;
import uz.shaffof.content.Qualifier;
import uz.shaffof.content.Service;
import uz.shaffof.content.StatedFigure;
import uz.shaffof.content.Text;
import uz.shaffof.figures.Column.Type;

/**
 * Every dataset the site offers for download, built from the computed figures: one per indicator (raw and
 * derived), the Single Portal figures, the website scores, one per project set and the outcomes of services.
 * The columns of each are documented in {@code docs/FIGURES.md}.
 */
final class Datasets {
    private static final List<Column> RAW = columns("indicator:T region:T year:N date:T value:N qualifier:T unit:T "
            + "source:T locator:T");
    private static final List<Column> DERIVED = columns("indicator:T region:T year:N value:N numerator:N "
            + "denominator:N qualifier:T unit:T stated:N numerator_source:T numerator_locator:T "
            + "denominator_source:T denominator_locator:T");
    private static final List<Column> PORTAL = columns("region:T year:N received:N late:N late_share:N "
            + "satisfaction:N satisfaction_scale:N source:T locator:T");
    private static final List<Column> WEBSITES = columns("organisation:T region:T year:N score:N scale:N rank:N "
            + "change_points:N change_percent:N stated_change_percent:N source:T locator:T");
    private static final List<Column> PROJECTS = columns("project:T owner:T executor:T region:T deadline:T "
            + "status:T effective_status:T days_overdue:N progress:N as_of:T source:T locator:T");
    private static final List<Column> PROJECT_TOTALS = columns("project_set:T total:T value:N qualifier:T as_of:T "
            + "source:T locator:T");
    private static final List<Column> OUTCOMES = columns("service:T outcome:T value:N qualifier:T unit:T source:T "
            + "locator:T");

    private Datasets() {}

    static List<Dataset> build(Content content, List<IndicatorSeries> indicators, PortalStats portal,
                               List<WebsiteTable> websites, List<ProjectStats> projects) {
        Map<String, IndicatorSeries> byId = new HashMap<>();
        indicators.forEach(i -> byId.putIfAbsent(i.id(), i));
        List<Dataset> out = new ArrayList<>();
        for (IndicatorSeries is : indicators) {
            out.add(is.indicator().isDerived() ? derived(is, byId) : raw(is));
        }
        if (content.portal() != null) out.add(portal(content, portal));
        if (content.websites() != null) out.add(websites(content, websites));
        projects.forEach(p -> out.add(projects(p)));
        out.add(projectTotals(projects));
        if (!content.services().isEmpty()) out.add(outcomes(content.services()));
        // A file with a header and no rows answers no question: a set the sources give only totals for is
        // published through the totals dataset instead.
        return out.stream().filter(d -> !d.rows().isEmpty()).toList();
    }

    private static Dataset raw(IndicatorSeries is) {
        Rows rows = new Rows();
        for (Series s : allSeries(is)) {
            for (Point p : s.points()) {
                Citation c = p.citation();
                rows.add(c, is.id(), text(s.region()), year(p.year()), date(p.date()), num(p.value()),
                        qualifier(p.qualifier()), text(is.indicator().unit()), source(c), locator(c));
            }
        }
        return rows.dataset("indicator-" + is.id(), is.indicator().title(), RAW);
    }

    private static Dataset derived(IndicatorSeries is, Map<String, IndicatorSeries> byId) {
        IndicatorSeries num = byId.get(is.indicator().derivation().numerator());
        IndicatorSeries den = byId.get(is.indicator().derivation().denominator());
        Rows rows = new Rows();
        for (Series s : allSeries(is)) {
            for (Point p : s.points()) {
                Citation nc = inputCitation(num, s.region(), p.year());
                Citation dc = inputCitation(den, s.region(), p.year());
                rows.add(nc, is.id(), text(s.region()), year(p.year()), num(p.value()), num(p.numerator()),
                        num(p.denominator()), qualifier(p.qualifier()), text(is.indicator().unit()),
                        num(stated(is, s.region(), p.year())), source(nc), locator(nc), source(dc), locator(dc));
                rows.cite(dc);
            }
        }
        return rows.dataset("indicator-" + is.id(), is.indicator().title(), DERIVED);
    }

    private static BigDecimal stated(IndicatorSeries is, String region, int year) {
        return is.indicator().stated().stream()
                .filter(f -> Objects.equals(f.region(), region) && f.year() == year)
                .map(StatedFigure::value).findFirst().orElse(null);
    }

    private static Citation inputCitation(IndicatorSeries input, String region, int year) {
        if (input == null) return null;
        Series s = region == null ? input.national() : input.series(region);
        return s.at(year).map(Point::citation).orElse(null);
    }

    private static Dataset portal(Content content, PortalStats portal) {
        Rows rows = new Rows();
        for (PortalRow r : portal.rows()) {
            rows.add(r.citation(), text(r.region()), year(r.year()), num(r.received()), num(r.late()),
                    num(r.lateSharePercent()), num(r.satisfaction()), num(r.satisfactionScale()),
                    source(r.citation()), locator(r.citation()));
        }
        return rows.dataset("portal", content.portal().title(), PORTAL);
    }

    private static Dataset websites(Content content, List<WebsiteTable> tables) {
        Rows rows = new Rows();
        for (WebsiteTable t : tables) {
            for (WebsiteRow r : t.rows()) {
                Citation c = r.score().citation();
                Optional<Change> ch = Optional.ofNullable(r.change());
                rows.add(c, r.score().organisation(), text(r.score().region()), year(t.year()),
                        num(r.score().score()), num(t.scale()), Integer.toString(r.rank().position()),
                        num(ch.map(Change::absolute).orElse(null)), num(ch.map(Change::relativePercent).orElse(null)),
                        num(r.score().statedChangePercent()), source(c), locator(c));
            }
        }
        return rows.dataset("websites", content.websites().title(), WEBSITES);
    }

    private static Dataset projects(ProjectStats stats) {
        Rows rows = new Rows();
        for (ProjectState s : stats.projects()) {
            var p = s.project();
            String days = s.status() == EffectiveStatus.OVERDUE ? Long.toString(s.daysOverdue()) : "";
            rows.add(p.citation(), p.id(), text(p.owner()), text(p.executor()), text(p.region()), date(p.deadline()),
                    p.status() == null ? "" : lower(p.status().name()), lower(s.status().name()), days,
                    num(p.progress()), date(stats.asOf()), source(p.citation()), locator(p.citation()));
        }
        return rows.dataset("projects-" + stats.set().id(), stats.set().title(), PROJECTS);
    }

    /** The totals of every project set as its source states them ("more than 1 600"), with their qualifiers. */
    private static Dataset projectTotals(List<ProjectStats> projects) {
        Rows rows = new Rows();
        for (ProjectStats stats : projects) {
            for (PortfolioTotal t : stats.set().totals()) {
                rows.add(t.citation(), stats.set().id(), t.id(), num(t.value()), qualifier(t.qualifier()),
                        date(stats.asOf()), source(t.citation()), locator(t.citation()));
            }
        }
        return rows.dataset(Dataset.PROJECT_TOTALS, null, PROJECT_TOTALS);
    }

    private static Dataset outcomes(List<Service> services) {
        Rows rows = new Rows();
        for (Service s : services) {
            for (Outcome o : s.outcomes()) {
                rows.add(o.citation(), s.id(), o.id(), num(o.value()), qualifier(o.qualifier()), text(o.unit()),
                        source(o.citation()), locator(o.citation()));
            }
        }
        return rows.dataset("outcomes", null, OUTCOMES);
    }

    /** The national series first (its rows have an empty region), then the regions' by code. */
    private static List<Series> allSeries(IndicatorSeries is) {
        return Stream.concat(Stream.of(is.national()), is.byRegion().values().stream()).toList();
    }

    private static List<Column> columns(String spec) {
        return Stream.of(spec.split(" ")).map(c -> {
            String[] nt = c.split(":");
            return new Column(nt[0], nt[1].equals("N") ? Type.NUMBER : Type.TEXT);
        }).toList();
    }

    private static String num(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private static String year(int y) {
        return Integer.toString(y);
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** Script-neutral data keeps a text as an editor wrote it (the Latin form of a hand-written pair). */
    private static String text(Text t) {
        if (t == null) return "";
        return t.written() != null ? t.written() : t.latn();
    }

    private static String qualifier(Qualifier q) {
        return lower((q == null ? Qualifier.EXACT : q).name());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String source(Citation c) {
        return c == null ? "" : text(c.sourceId());
    }

    private static String locator(Citation c) {
        return c == null ? "" : text(c.locator());
    }

    /** Collects rows and the sources they cite. */
    private static final class Rows {
        private final List<List<String>> rows = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();

        void add(Citation citation, String... cells) {
            rows.add(List.of(cells));
            cite(citation);
        }

        void cite(Citation citation) {
            if (citation != null && citation.sourceId() != null) sources.add(citation.sourceId());
        }

        Dataset dataset(String id, Text title, List<Column> columns) {
            return new Dataset(id, title, columns, rows, sources);
        }
    }
}
