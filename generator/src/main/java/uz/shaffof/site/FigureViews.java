package uz.shaffof.site;

import java.math.BigDecimal;
import uz.shaffof.content.Better;
import uz.shaffof.figures.Change;
import uz.shaffof.figures.Discrepancy;
import uz.shaffof.figures.Point;
import uz.shaffof.figures.Rank;
import uz.shaffof.i18n.Edition;
import uz.shaffof.i18n.UzbekFormat;

/**
 * Derived figures as a reader sees them, in an edition: a change with its sign, unit and meaning, a rank
 * "2 / 14", a stated figure beside the computed one. Every view of a computed figure goes through here, so the
 * site words them one way.
 */
public final class FigureViews {
    private static final String PERCENT = "percent";
    private static final String PERCENTAGE_POINT = "percentage-point";

    private FigureViews() {}

    /** A change on the previous year with data: "+8,2 ball", "+11,3 %", "2015 → 2016", improved or not. */
    public record ChangeView(String absolute, String relative, String years, String verdict, String verdictLabel) {}

    static ChangeView change(SiteContext ctx, Change c, String unit, Better better, Edition e) {
        if (c == null) return null;
        // A percentage moves by percentage points ("+5 foiz punkti"), never by "+5 %": that would read as a
        // relative change, which is shown separately and labelled as one.
        boolean ofPercentage = PERCENT.equals(unit) || PERCENTAGE_POINT.equals(unit);
        String absUnit = ofPercentage ? PERCENTAGE_POINT : unit;
        String abs = UzbekFormat.signed(c.absolute()) + (absUnit == null ? "" : "\u00A0" + ctx.unit(absUnit, e));
        String relFigure = c.relativePercent() == null ? null : UzbekFormat.signed(c.relativePercent()) + "\u00A0%";
        String rel = relFigure == null || !ofPercentage ? relFigure
                : ctx.ui("change.relative", e).replace("{0}", relFigure);
        String verdict = c.verdict(better).name().toLowerCase(java.util.Locale.ROOT);
        return new ChangeView(abs, rel, c.fromYear() + " → " + c.toYear(), verdict, ctx.ui("change." + verdict, e));
    }

    /** "2 / 14"; {@code null} (shown as a dash) when fewer than two regions have the figure: "1 / 1" says nothing. */
    static String rank(SiteContext ctx, Rank r, Edition e) {
        if (r == null || r.outOf() < 2) return null;
        String s = r.position() + " / " + r.outOf();
        return r.tied() ? s + " (" + ctx.ui("rank.tied", e) + ")" : s;
    }

    /** A point's value as the source gives it: "630 000 dan ortiq kishi". */
    static String value(SiteContext ctx, Point p, String unit, Edition e) {
        if (p == null) return ctx.ui("no-data", e);
        return ctx.figure(p.value(), p.qualifier(), unit, e);
    }

    /** "The source states 42,2 %; computed from 900 / 2 390 it is 37,7 %." — null when they agree. */
    static String discrepancy(SiteContext ctx, Discrepancy d, String unit, Edition e) {
        if (d == null) return null;
        String u = unit == null ? "" : "\u00A0" + ctx.unit(unit, e);
        String stated = UzbekFormat.number(d.stated()) + u;
        if (!d.isCheckable()) return ctx.ui("stated.unchecked", e).replace("{0}", stated);
        return ctx.ui("stated.differs", e).replace("{0}", stated)
                .replace("{1}", UzbekFormat.number(d.computed()) + u);
    }

    static String number(BigDecimal v) {
        return v == null ? null : UzbekFormat.number(v);
    }
}
