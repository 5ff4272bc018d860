package uz.shaffof.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uz.shaffof.content.Indicator;
import uz.shaffof.content.StatedFigure;
import uz.shaffof.content.WebsiteScore;
import uz.shaffof.problem.Problem;

/**
 * Compares every figure the sources state with the generator's computation: each {@link StatedFigure} of an
 * indicator with the series value for that region and year, and each {@link WebsiteScore#statedChangePercent()}
 * with the computed relative change since the organisation's previous rating. Agreement is judged by
 * {@link Rounding#agreesWithPercent} (shares, changes) and {@link Rounding#agrees} (raw figures). Each
 * disagreement is a warning at the stated figure's position (the build still publishes: the page shows both
 * figures) and a {@link Discrepancy} that pages look up.
 *
 * <pre><code>figures.stated().forIndicator("attestation-passed-share", "UZ-AN", 2016)
 *     // Discrepancy[stated=42.2, computed=37.7, ...]</code></pre>
 */
public final class StatedCheck {
    private final List<Discrepancy> discrepancies;
    // Indicator ids and organisation ids are separate namespaces: two maps, so they can never collide.
    private final Map<String, Discrepancy> byIndicator = new TreeMap<>();
    private final Map<String, Discrepancy> byWebsite = new TreeMap<>();

    private StatedCheck(List<Discrepancy> indicators, List<Discrepancy> websites) {
        for (Discrepancy d : indicators) byIndicator.putIfAbsent(key(d.subject(), d.region(), d.year()), d);
        for (Discrepancy d : websites) byWebsite.putIfAbsent(key(d.subject(), null, d.year()), d);
        List<Discrepancy> all = new ArrayList<>(indicators);
        all.addAll(websites);
        this.discrepancies = all.stream()
                .sorted(Comparator.comparing(Discrepancy::pos).thenComparing(Discrepancy::note))
                .toList();
    }

    static StatedCheck run(List<IndicatorSeries> indicators, WebsiteChanges websites) {
        List<Discrepancy> onIndicators = new ArrayList<>();
        for (IndicatorSeries is : indicators) {
            for (StatedFigure s : is.indicator().stated()) {
                check(is, s).ifPresent(onIndicators::add);
            }
        }
        List<Discrepancy> onWebsites = new ArrayList<>();
        for (WebsiteScore s : websites.scores()) {
            if (s.statedChangePercent() != null) check(s, websites).ifPresent(onWebsites::add);
        }
        return new StatedCheck(onIndicators, onWebsites);
    }

    private static Optional<Discrepancy> check(IndicatorSeries is, StatedFigure s) {
        Indicator ind = is.indicator();
        Series series = s.region() == null ? is.national() : is.series(s.region());
        Optional<Point> point = series.at(s.year());
        String unit = ind.isDerived() ? "%" : "";
        String head = "stated " + Describe.number(s.value()) + unit + " for " + Describe.region(s.region()) + " "
                + s.year();
        if (point.isEmpty()) {
            String why = ind.isDerived()
                    ? "no value can be computed from " + inputs(ind) + " for that year"
                    : "there is no observation of " + ind.id() + " for that year";
            return Optional.of(discrepancy(ind.id(), s, null, head + " cannot be checked: " + why));
        }
        Point p = point.get();
        boolean agrees = p.isDerived()
                ? Rounding.agreesWithPercent(s.value(), p.numerator(), p.denominator())
                : Rounding.agrees(s.value(), p.value());
        if (agrees) return Optional.empty();
        String computed = Describe.number(p.value()) + unit;
        String note = p.isDerived()
                ? head + " disagrees with " + computed + " computed from " + Describe.number(p.numerator()) + " / "
                        + Describe.number(p.denominator()) + " (" + inputs(ind) + ")"
                : head + " disagrees with the observation " + computed + " of " + ind.id();
        return Optional.of(discrepancy(ind.id(), s, p.value(), note));
    }

    private static Optional<Discrepancy> check(WebsiteScore s, WebsiteChanges websites) {
        BigDecimal stated = s.statedChangePercent();
        String head = "stated change " + Describe.signed(stated) + "% for " + s.organisation() + " " + s.year();
        Optional<Change> change = websites.change(s.organisation(), s.year());
        if (change.isEmpty()) {
            return Optional.of(new Discrepancy(s.organisation(), s.region(), s.year(), stated, null, s.citation(),
                    s.pos(), head + " cannot be checked: there is no earlier score of " + s.organisation()));
        }
        Change c = change.get();
        BigDecimal computed = c.relativePercent();
        if (computed != null && Rounding.agreesWithPercent(stated, c.absolute(), c.from())) return Optional.empty();
        String what = computed == null
                ? " cannot be checked: the earlier score is 0"
                : " disagrees with " + Describe.signed(computed) + "% computed from " + Describe.number(c.from())
                        + " (" + c.fromYear() + ") to " + Describe.number(c.to()) + " (" + c.toYear()
                        + "); the absolute change is " + Describe.signed(c.absolute()) + " points";
        return Optional.of(new Discrepancy(s.organisation(), s.region(), s.year(), stated, computed, s.citation(),
                s.pos(), head + what));
    }

    private static Discrepancy discrepancy(String id, StatedFigure s, BigDecimal computed, String note) {
        return new Discrepancy(id, s.region(), s.year(), s.value(), computed, s.citation(), s.pos(), note);
    }

    private static String inputs(Indicator ind) {
        return ind.derivation().numerator() + " / " + ind.derivation().denominator();
    }

    private static String key(String subject, String region, int year) {
        return subject + "|" + region + "|" + year;
    }

    /** Every disagreement and every stated figure that could not be checked, as warnings, by position. */
    public List<Problem> problems() {
        // A notice, not a warning: the disagreement is the source's, and the site shows both figures on purpose.
        return discrepancies.stream().map(d -> Problem.notice(d.pos(), d.note())).toList();
    }

    /** All discrepancies, by position in content. */
    public List<Discrepancy> discrepancies() {
        return discrepancies;
    }

    /** The discrepancy of an indicator's stated figure for a region ({@code null}: the country) and year. */
    public Optional<Discrepancy> forIndicator(String indicatorId, String region, int year) {
        return Optional.ofNullable(byIndicator.get(key(indicatorId, region, year)));
    }

    /** The discrepancy of an organisation's stated change of website score in a year. */
    public Optional<Discrepancy> forWebsite(String organisation, int year) {
        return Optional.ofNullable(byWebsite.get(key(organisation, null, year)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatedCheck c && c.discrepancies.equals(discrepancies);
    }

    @Override
    public int hashCode() {
        return discrepancies.hashCode();
    }

    @Override
    public String toString() {
        return "StatedCheck" + discrepancies;
    }
}
