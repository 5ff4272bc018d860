package uz.shaffof.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uz.shaffof.problem.Problems;

/** Maps {@code content/portal/portal.json} to the {@link Portal}; figures by region and year, events by date. */
final class PortalMapper {
    private PortalMapper() {}

    static Portal map(FileTree tree, Problems problems) {
        JsonNode r = tree.root();
        List<PortalFigure> figures = new ArrayList<>();
        for (JsonNode f : Fields.array(r, "figures")) {
            figures.add(new PortalFigure(Fields.string(f, "region"), Fields.integer(f, "year", 0),
                    Fields.decimal(f, "received"), Fields.decimal(f, "late"), Fields.decimal(f, "satisfaction"),
                    Fields.decimal(f, "satisfactionScale"), Fields.citation(f, "source"), tree.pos(f)));
        }
        figures.sort(Comparator.comparing(PortalFigure::region).thenComparingInt(PortalFigure::year));
        List<PortalEvent> events = new ArrayList<>();
        for (JsonNode e : Fields.array(r, "events")) {
            events.add(new PortalEvent(Fields.string(e, "region"), Fields.date(tree, e, "date", problems),
                    Fields.text(e, "title"), Fields.citation(e, "source"), tree.pos(e)));
        }
        events.sort(Comparator.comparing(PortalEvent::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(PortalEvent::region));
        return new Portal(Fields.text(r, "title"), Fields.text(r, "description"), figures, events);
    }
}
