package uz.shaffof.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import uz.shaffof.problem.Problems;
import uz.shaffof.problem.SourcePos;

/**
 * Checks that figures are possible: years between {@value #FIRST_YEAR} (independence) and the year of the
 * site's as-of date, percentages within 0..100, no more appeals reviewed late than received, satisfaction
 * within its scale, website scores within the rating's scale, dates no later than the date the data is true as of.
 */
final class ValueRangeValidator {
    static final int FIRST_YEAR = 1991;
    /** The unit key whose values are percentages, 0..100. */
    static final String PERCENT = "percent";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Content c;
    private final Problems problems;
    private final LocalDate asOf;

    private ValueRangeValidator(Content content, Problems problems) {
        this.c = content;
        this.problems = problems;
        this.asOf = content.site().asOf();
    }

    static void validate(Content content, Problems problems) {
        if (content.site() == null || content.site().asOf() == null) return;
        new ValueRangeValidator(content, problems).run();
    }

    private void run() {
        c.indicators().forEach(this::checkIndicator);
        checkPortal();
        checkWebsites();
        c.projects().forEach(this::checkProjectSet);
        for (ChartDef ch : c.charts()) ch.years().forEach(y -> year(y, ch.pos()));
    }

    private void checkIndicator(Indicator ind) {
        boolean percent = PERCENT.equals(ind.unit());
        if (ind.isDerived() && !percent) {
            problems.error(ind.pos(), "a derived indicator is a share (numerator / denominator × 100): its unit must be "
                    + "\"" + PERCENT + "\", not \"" + ind.unit() + "\"");
        }
        for (Observation o : ind.observations()) {
            year(o.year(), o.pos());
            if (percent) percent(o.value(), o.pos());
            if (o.date() != null) {
                if (o.date().getYear() != o.year()) {
                    problems.error(o.pos(), "date " + o.date() + " is not in the observation's year " + o.year());
                }
                notAfterAsOf(o.date(), o.pos());
            }
        }
        for (StatedFigure s : ind.stated()) {
            year(s.year(), s.pos());
            if (percent) percent(s.value(), s.pos());
        }
    }

    private void checkPortal() {
        if (c.portal() == null) return;
        for (PortalFigure f : c.portal().figures()) {
            year(f.year(), f.pos());
            if (f.late() != null && f.received() != null && f.late().compareTo(f.received()) > 0) {
                problems.error(f.pos(), "late " + f.late().toPlainString() + " is more than received "
                        + f.received().toPlainString() + ": appeals reviewed late are part of those received");
            }
            satisfaction(f);
        }
        for (PortalEvent e : c.portal().events()) {
            if (e.date() != null) {
                year(e.date().getYear(), e.pos());
                notAfterAsOf(e.date(), e.pos());
            }
        }
    }

    private void satisfaction(PortalFigure f) {
        if (f.satisfaction() == null) return;
        BigDecimal scale = f.satisfactionScale();
        if (scale == null) {
            problems.error(f.pos(), "satisfaction " + f.satisfaction().toPlainString() + " needs satisfactionScale "
                    + "(the best possible score, such as 5)");
        } else if (f.satisfaction().compareTo(scale) > 0) {
            problems.error(f.pos(), "satisfaction " + f.satisfaction().toPlainString() + " is above its scale of "
                    + scale.toPlainString());
        }
    }

    private void checkWebsites() {
        if (c.websites() == null) return;
        BigDecimal scale = c.websites().scale();
        for (WebsiteScore s : c.websites().scores()) {
            year(s.year(), s.pos());
            if (scale != null && s.score() != null && s.score().compareTo(scale) > 0) {
                problems.error(s.pos(), "score " + s.score().toPlainString() + " is above the rating's scale of "
                        + scale.toPlainString());
            }
        }
    }

    private void checkProjectSet(ProjectSet set) {
        if (set.asOf() != null) notAfterAsOf(set.asOf(), set.pos());
        for (Project p : set.projects()) {
            if (p.progress() != null) percent(p.progress(), p.pos());
        }
    }

    private void year(int year, SourcePos pos) {
        if (year < FIRST_YEAR || year > asOf.getYear()) {
            problems.error(pos, "year " + year + " is outside " + FIRST_YEAR + ".." + asOf.getYear()
                    + " (from independence to the year of the site's as-of date " + asOf + ")");
        }
    }

    private void percent(BigDecimal v, SourcePos pos) {
        if (v != null && (v.signum() < 0 || v.compareTo(HUNDRED) > 0)) {
            problems.error(pos, "percentage " + v.toPlainString() + " is outside 0..100");
        }
    }

    private void notAfterAsOf(LocalDate date, SourcePos pos) {
        if (date.isAfter(asOf)) {
            problems.error(pos, "date " + date + " is after the site's as-of date " + asOf
                    + " (content/site.json): the data cannot be true as of a date before it happened");
        }
    }
}
