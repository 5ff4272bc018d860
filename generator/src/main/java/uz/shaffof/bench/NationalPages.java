package uz.shaffof.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uz.shaffof.content.Content;
import uz.shaffof.content.Indicator;
import uz.shaffof.content.Project;
import uz.shaffof.content.Region;
import uz.shaffof.figures.ComparisonRow;
import uz.shaffof.figures.EffectiveStatus;
import uz.shaffof.figures.Figures;
import uz.shaffof.figures.IndicatorComparison;
import uz.shaffof.figures.IndicatorSeries;
import uz.shaffof.figures.Point;
import uz.shaffof.figures.ProfileEntry;
import uz.shaffof.figures.ProjectState;
import uz.shaffof.figures.ProjectStats;
import uz.shaffof.figures.RegionProfile;
import uz.shaffof.i18n.UzbekFormat;

/**
 * The pages of the structured case, planned once and rendered per edition: home, one page per region (its
 * indicators with ranks and changes, a chart per indicator, its districts), per district (every indicator over
 * ten years), per indicator (regions ranked, a chart, every district), per project set and per project, and an
 * index of each section. Each plan turns into a {@link Views.TablePageView} for an edition.
 */
final class NationalPages {
    /** A page to publish at {@code route} below each edition's folder. */
    record Plan(String route, Function<BenchEdition, Views.TablePageView> view) {}

    private enum Section { HOME, REGIONS, INDICATORS, PROJECTS }

    private static final Map<Section, String[]> SECTIONS = Map.of(
            Section.HOME, new String[] {"Bosh sahifa", "index.html"},
            Section.REGIONS, new String[] {"Hududlar", "regions/index.html"},
            Section.INDICATORS, new String[] {"Koʻrsatkichlar", "indicators/index.html"},
            Section.PROJECTS, new String[] {"Loyihalar", "projects/index.html"});
    private static final int LAST_YEAR = NationalContent.FIRST_YEAR + NationalContent.YEARS - 1;

    private final Content content;
    private final Figures figures;
    private final NationalCharts charts;
    private final Words words;
    private final Map<BenchEdition, Map<Section, List<Views.NavLink>>> nav = new HashMap<>();

    NationalPages(Content content, Figures figures, NationalCharts charts, Words words, List<BenchEdition> editions) {
        this.content = content;
        this.figures = figures;
        this.charts = charts;
        this.words = words;
        for (BenchEdition ed : editions) {
            Map<Section, List<Views.NavLink>> bySection = new EnumMap<>(Section.class);
            for (Section current : Section.values()) {
                List<Views.NavLink> links = new ArrayList<>();
                for (Section s : Section.values()) {
                    links.add(new Views.NavLink(href(ed, SECTIONS.get(s)[1]), words.get(SECTIONS.get(s)[0], ed),
                            s == current));
                }
                bySection.put(current, links);
            }
            nav.put(ed, bySection);
        }
    }

    List<Plan> plans() {
        List<Plan> plans = new ArrayList<>();
        plans.add(new Plan("index.html", this::home));
        plans.add(new Plan("regions/index.html", this::regions));
        for (RegionProfile p : figures.profiles()) {
            Region r = p.region();
            plans.add(new Plan(regionRoute(r), ed -> region(ed, p)));
            for (int d = 0; d < r.districts().size(); d++) {
                int index = d;
                plans.add(new Plan(districtRoute(r, d), ed -> district(ed, r, index)));
            }
        }
        plans.add(new Plan("indicators/index.html", this::indicators));
        for (IndicatorComparison c : figures.comparisons()) {
            plans.add(new Plan(indicatorRoute(c.indicator()), ed -> indicator(ed, c)));
        }
        plans.add(new Plan("projects/index.html", this::projectSets));
        for (ProjectStats s : figures.projectStats()) {
            plans.add(new Plan(setRoute(s), ed -> projectSet(ed, s)));
            for (ProjectState p : s.projects()) plans.add(new Plan(projectRoute(s, p.project()), ed -> project(ed, s, p)));
        }
        return plans;
    }

    private Views.TablePageView home(BenchEdition ed) {
        List<List<Views.Cell>> rows = new ArrayList<>();
        for (RegionProfile p : figures.profiles()) {
            Region r = p.region();
            rows.add(List.of(link(words.text(r.name(), ed), href(ed, regionRoute(r))),
                    Views.Cell.of(Integer.toString(r.districts().size())),
                    Views.Cell.of(Integer.toString(projectsOf(r).counts().total()))));
        }
        return page(ed, Section.HOME, words.text(content.site().title(), ed), words.text(content.site().tagline(), ed),
                List.of(), List.of(table(ed, "Hududlar", List.of("Hudud", "Tumanlar", "Loyihalar"), rows)));
    }

    private Views.TablePageView regions(BenchEdition ed) {
        List<List<Views.Cell>> rows = new ArrayList<>();
        for (Region r : content.regions()) {
            rows.add(List.of(link(words.text(r.name(), ed), href(ed, regionRoute(r))),
                    Views.Cell.of(words.text(r.center(), ed)), Views.Cell.of(Integer.toString(r.districts().size()))));
        }
        return page(ed, Section.REGIONS, words.get("Hududlar", ed), "", List.of(),
                List.of(table(ed, "Hududlar", List.of("Hudud", "Markaz", "Tumanlar"), rows)));
    }

    private Views.TablePageView region(BenchEdition ed, RegionProfile p) {
        Region r = p.region();
        List<Views.ChartView> chartViews = new ArrayList<>();
        List<List<Views.Cell>> rows = new ArrayList<>();
        for (ProfileEntry e : p.entries()) {
            Indicator i = e.indicator();
            String title = words.text(i.title(), ed);
            chartViews.add(new Views.ChartView(charts.svg(ed, r.code(), i.id()), title));
            rows.add(List.of(link(title, href(ed, indicatorRoute(i))),
                    Views.Cell.of(e.latest() == null ? "—" : Integer.toString(e.latest().year())),
                    Views.Cell.of(e.latest() == null ? "—" : Words.number(e.latest().value())),
                    Views.Cell.of(e.change() == null ? "—" : UzbekFormat.signed(e.change().absolute())),
                    Views.Cell.of(e.rank() == null ? "—" : e.rank().position() + " / " + e.rank().outOf())));
        }
        List<List<Views.Cell>> districts = new ArrayList<>();
        for (int d = 0; d < r.districts().size(); d++) {
            String code = NationalContent.districtCode(r, d);
            districts.add(List.of(link(words.text(r.districts().get(d), ed), href(ed, districtRoute(r, d))),
                    Views.Cell.of(latest("internet-users", code)), Views.Cell.of(latest("schools-connected-share", code))));
        }
        return page(ed, Section.REGIONS, words.text(r.name(), ed),
                words.get(r.districts().size() + " ta tuman va shahar", ed), chartViews, List.of(
                        table(ed, "Koʻrsatkichlar", List.of("Koʻrsatkich", "Yil", "Qiymat", "Oʻzgarish", "Oʻrin"), rows),
                        table(ed, "Tumanlar", List.of("Tuman", "Internet foydalanuvchilari",
                                "Internetga ulangan maktablar ulushi"), districts)),
                List.of(new Views.NavLink(href(ed, setRoute(projectsOf(r))), words.get("Hudud loyihalari", ed), false)));
    }

    private Views.TablePageView district(BenchEdition ed, Region r, int d) {
        String code = NationalContent.districtCode(r, d);
        List<String> head = new ArrayList<>(List.of("Koʻrsatkich"));
        for (int y = NationalContent.FIRST_YEAR; y <= LAST_YEAR; y++) head.add(Integer.toString(y));
        List<List<Views.Cell>> rows = new ArrayList<>();
        for (IndicatorSeries is : figures.indicators()) {
            List<Views.Cell> row = new ArrayList<>();
            row.add(link(words.text(is.indicator().title(), ed), href(ed, indicatorRoute(is.indicator()))));
            for (int y = NationalContent.FIRST_YEAR; y <= LAST_YEAR; y++) {
                row.add(Views.Cell.of(is.series(code).at(y).map(pt -> Words.number(pt.value())).orElse("—")));
            }
            rows.add(row);
        }
        return page(ed, Section.REGIONS, words.text(r.districts().get(d), ed), words.text(r.name(), ed), List.of(),
                List.of(table(ed, "Koʻrsatkichlar, yillar boʻyicha", head, rows)),
                List.of(new Views.NavLink(href(ed, regionRoute(r)), words.text(r.name(), ed), false)));
    }

    private Views.TablePageView indicators(BenchEdition ed) {
        List<List<Views.Cell>> rows = new ArrayList<>();
        for (IndicatorSeries is : figures.indicators()) {
            Indicator i = is.indicator();
            rows.add(List.of(link(words.text(i.title(), ed), href(ed, indicatorRoute(i))),
                    Views.Cell.of(words.unit(i.unit(), ed)),
                    Views.Cell.of(is.national().latest().map(pt -> Words.number(pt.value())).orElse("—"))));
        }
        return page(ed, Section.INDICATORS, words.get("Koʻrsatkichlar", ed), "", List.of(),
                List.of(table(ed, "Koʻrsatkichlar", List.of("Koʻrsatkich", "Birlik", "Mamlakat boʻyicha"), rows)));
    }

    private Views.TablePageView indicator(BenchEdition ed, IndicatorComparison c) {
        Indicator i = c.indicator();
        String title = words.text(i.title(), ed);
        List<List<Views.Cell>> ranked = new ArrayList<>();
        for (ComparisonRow row : c.ranked()) {
            ranked.add(List.of(link(words.text(row.region().name(), ed), href(ed, regionRoute(row.region()))),
                    Views.Cell.of(Words.number(row.point().value())),
                    Views.Cell.of(row.change() == null ? "—" : UzbekFormat.signed(row.change().absolute())),
                    Views.Cell.of(row.rank().position() + " / " + row.rank().outOf())));
        }
        List<List<Views.Cell>> districts = new ArrayList<>();
        for (Region r : content.regions()) {
            for (int d = 0; d < r.districts().size(); d++) {
                districts.add(List.of(link(words.text(r.districts().get(d), ed), href(ed, districtRoute(r, d))),
                        Views.Cell.of(words.text(r.name(), ed)),
                        Views.Cell.of(latest(i.id(), NationalContent.districtCode(r, d)))));
            }
        }
        return page(ed, Section.INDICATORS, title, words.text(i.definition(), ed),
                List.of(new Views.ChartView(charts.svg(ed, null, i.id()), title)), List.of(
                        table(ed, "Hududlar reytingi", List.of("Hudud", "Qiymat", "Oʻzgarish", "Oʻrin"), ranked),
                        table(ed, "Tumanlar", List.of("Tuman", "Hudud", "Qiymat"), districts)));
    }

    private Views.TablePageView projectSets(BenchEdition ed) {
        List<List<Views.Cell>> rows = new ArrayList<>();
        for (ProjectStats s : figures.projectStats()) {
            rows.add(List.of(link(words.text(s.set().title(), ed), href(ed, setRoute(s))),
                    Views.Cell.of(Integer.toString(s.counts().total())),
                    Views.Cell.of(Integer.toString(s.counts().completed())),
                    Views.Cell.of(Integer.toString(s.counts().overdue()))));
        }
        return page(ed, Section.PROJECTS, words.get("Loyihalar", ed), "", List.of(),
                List.of(table(ed, "Dasturlar", List.of("Dastur", "Jami", "Bajarilgan", "Muddati oʻtgan"), rows)));
    }

    private Views.TablePageView projectSet(BenchEdition ed, ProjectStats s) {
        List<List<Views.Cell>> rows = new ArrayList<>();
        for (ProjectState p : s.projects()) {
            Project pr = p.project();
            rows.add(List.of(link(words.text(pr.title(), ed), href(ed, projectRoute(s, pr))),
                    Views.Cell.of(words.text(pr.owner(), ed)),
                    Views.Cell.of(UzbekFormat.date(pr.deadline(), Words.edition(ed))),
                    Views.Cell.of(words.get(status(p.status()), ed)), Views.Cell.of(Words.number(pr.progress()) + "%"),
                    Views.Cell.of(Long.toString(p.daysOverdue()))));
        }
        return page(ed, Section.PROJECTS, words.text(s.set().title(), ed), words.text(s.set().description(), ed),
                List.of(), List.of(table(ed, "Loyihalar", List.of("Loyiha", "Buyurtmachi", "Muddat", "Holat",
                        "Bajarilish", "Kechikish, kun"), rows)));
    }

    private Views.TablePageView project(BenchEdition ed, ProjectStats s, ProjectState p) {
        Project pr = p.project();
        Region region = content.regions().stream().filter(r -> r.code().equals(pr.region())).findFirst().orElseThrow();
        List<List<Views.Cell>> rows = List.of(
                List.of(Views.Cell.of(words.get("Buyurtmachi", ed)), Views.Cell.of(words.text(pr.owner(), ed))),
                List.of(Views.Cell.of(words.get("Ijrochi", ed)), Views.Cell.of(words.text(pr.executor(), ed))),
                List.of(Views.Cell.of(words.get("Hudud", ed)), link(words.text(region.name(), ed),
                        href(ed, regionRoute(region)))),
                List.of(Views.Cell.of(words.get("Muddat", ed)),
                        Views.Cell.of(UzbekFormat.date(pr.deadline(), Words.edition(ed)))),
                List.of(Views.Cell.of(words.get("Holat", ed)), Views.Cell.of(words.get(status(p.status()), ed))),
                List.of(Views.Cell.of(words.get("Bajarilish", ed)), Views.Cell.of(Words.number(pr.progress()) + "%")));
        return page(ed, Section.PROJECTS, words.text(pr.title(), ed), words.text(s.set().title(), ed), List.of(),
                List.of(table(ed, "Loyiha", List.of("Maydon", "Qiymat"), rows)),
                List.of(new Views.NavLink(href(ed, setRoute(s)), words.text(s.set().title(), ed), false)));
    }

    private Views.TablePageView page(BenchEdition ed, Section section, String title, String lead,
                                     List<Views.ChartView> chartViews, List<Views.TableView> tables) {
        return page(ed, section, title, lead, chartViews, tables, List.of());
    }

    private Views.TablePageView page(BenchEdition ed, Section section, String title, String lead,
                                     List<Views.ChartView> chartViews, List<Views.TableView> tables,
                                     List<Views.NavLink> links) {
        return new Views.TablePageView(ed.lang(), words.text(content.site().title(), ed), title, lead,
                nav.get(ed).get(section), chartViews, tables, links);
    }

    private Views.TableView table(BenchEdition ed, String caption, List<String> head, List<List<Views.Cell>> rows) {
        return new Views.TableView(words.get(caption, ed), head.stream().map(h -> words.get(h, ed)).toList(), rows);
    }

    private String latest(String indicatorId, String code) {
        return figures.series(indicatorId, code).at(LAST_YEAR).map(Point::value).map(Words::number).orElse("—");
    }

    private ProjectStats projectsOf(Region r) {
        return figures.projects("loyihalar-" + r.slug()).orElseThrow();
    }

    private static Views.Cell link(String text, String href) {
        return new Views.Cell(text, href);
    }

    private static String status(EffectiveStatus s) {
        return switch (s) {
            case PLANNED -> "Rejalashtirilgan";
            case IN_PROGRESS -> "Amalga oshirilmoqda";
            case COMPLETED -> "Bajarilgan";
            case OVERDUE -> "Muddati oʻtgan";
            case UNKNOWN -> "Nomaʼlum";
        };
    }

    static String regionRoute(Region r) {
        return "regions/" + r.slug() + "/index.html";
    }

    static String districtRoute(Region r, int d) {
        return "regions/" + r.slug() + "/" + NationalContent.districtSlug(r, d) + ".html";
    }

    static String indicatorRoute(Indicator i) {
        return "indicators/" + i.id() + ".html";
    }

    static String setRoute(ProjectStats s) {
        return "projects/" + s.set().id() + "/index.html";
    }

    static String projectRoute(ProjectStats s, Project p) {
        return "projects/" + s.set().id() + "/" + p.id() + ".html";
    }

    /** The root-relative link to a route of an edition; a folder's index page is linked as the folder. */
    static String href(BenchEdition ed, String route) {
        String r = route.endsWith("index.html") ? route.substring(0, route.length() - "index.html".length()) : route;
        return "/" + ed.root() + "/" + r;
    }
}
