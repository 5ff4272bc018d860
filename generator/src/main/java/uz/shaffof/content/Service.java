package uz.shaffof.content;

import java.util.List;
import uz.shaffof.problem.SourcePos;

/** A flagship e-government service and what it achieved ({@code content/outcomes/}). */
public record Service(String id, Text name, Text owner, Text description, String url, List<Outcome> outcomes,
                      SourcePos pos) {
    public Service {
        outcomes = List.copyOf(outcomes);
    }
}
