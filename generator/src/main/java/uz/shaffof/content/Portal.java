package uz.shaffof.content;

import java.util.List;

/** Everything known about the Single Portal of Interactive State Services ({@code content/portal/}). */
public record Portal(Text title, Text description, List<PortalFigure> figures, List<PortalEvent> events) {
    public Portal {
        figures = List.copyOf(figures);
        events = List.copyOf(events);
    }
}
