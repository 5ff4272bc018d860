package uz.shaffof.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a tile map's tiles links to the regions' pages, in two steps because the SVG is drawn once per edition
 * but printed on pages at different depths:
 *
 * <ol>
 *   <li>{@link #mark}, once per chart and edition: every tile ({@code <path>} of a mark, found by its series and
 *       data index in the option JSON, which names the tile's region code) is wrapped in an SVG {@code <a>} with an
 *       accessible name ("Andijon viloyati: 630 000 nafardan ortiq") and {@code data-edition-href}, the region's
 *       route inside the edition. Such an {@code <a>} is not yet a link: printed as is (in an embed, say), it leads
 *       nowhere rather than to a wrong address.
 *   <li>{@link #resolve}, per page: {@code data-edition-href} becomes {@code href}, relative to the page.
 * </ol>
 *
 * The picture's role changes from {@code img} to {@code group}: an image's children are presentational, so links
 * inside one would be hidden from assistive technology.
 */
final class TileLinks {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A mark as the chart package serialises it: attributes in a fixed order, escaped, closed by its own tag. */
    private static final Pattern MARK = Pattern.compile(
            "<path [^>]*data-ec-series-index=\"(\\d+)\" data-ec-data-index=\"(\\d+)\" data-ec-ssr-type=\"chart\"[^>]*>"
                    + "</path>");
    private static final String UNRESOLVED = "<a data-edition-href=\"";

    /** A region's page, from the edition's root, and its name in the edition. */
    record Target(String route, String regionName) {}

    private TileLinks() {}

    /** The SVG with each tile whose region {@code targets} knows wrapped in a not yet resolved link. */
    static String mark(String svg, String optionJson, Function<String, Optional<Target>> targets) {
        JsonNode series = readOption(optionJson).path("series");
        Matcher m = MARK.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length() + 2048);
        int marked = 0;
        while (m.find()) {
            JsonNode item = series.path(Integer.parseInt(m.group(1))).path("data").path(Integer.parseInt(m.group(2)));
            Optional<Target> target = item.hasNonNull("code") ? targets.apply(item.get("code").asText()) : Optional.empty();
            // The tile shows a short name and the figure with its qualifier as a sign; the link says both in words.
            String text = item.path("text").asText("");
            String replacement = target.map(t -> UNRESOLVED + attr(t.route()) + "\" aria-label=\""
                    + attr(text.isEmpty() ? t.regionName() : t.regionName() + ": " + text) + "\">" + m.group() + "</a>")
                    .orElse(m.group());
            if (target.isPresent()) marked++;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        String linked = out.toString();
        return marked == 0 ? svg : linked.replaceFirst("<svg role=\"img\"", "<svg role=\"group\"");
    }

    /** The SVG with its tiles' links made relative to a page, {@code editionRoot} being e.g. {@code ../../uz/}. */
    static String resolve(String svg, String editionRoot) {
        return svg.replace(UNRESOLVED, "<a href=\"" + attr(editionRoot));
    }

    private static JsonNode readOption(String optionJson) {
        try {
            return JSON.readTree(optionJson);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("a chart's option JSON does not parse", e);
        }
    }

    private static String attr(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
