package uz.shaffof.gate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/** The tokens of an element's {@code rel} attribute, lower-cased: rel is an ASCII case-insensitive token set. */
final class RelTokens {
    private RelTokens() {}

    static Set<String> of(Element e) {
        String rel = e.attr("rel").strip();
        if (rel.isEmpty()) return Set.of();
        return Arrays.stream(rel.split("\\s+")).map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
