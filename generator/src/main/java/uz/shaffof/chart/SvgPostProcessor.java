package uz.shaffof.chart;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Turns ECharts' SSR SVG into the SVG the site ships. ECharts writes a complete picture; what it lacks is
 * fixed here:
 *
 * <ul>
 *   <li>an accessible name and description: {@code role="img"}, {@code aria-label}, {@code <title>},
 *       {@code <desc>} (ECharts' SSR writes no aria label);
 *   <li>stable ids: zrender numbers its ids ({@code zr3-p0}) by how many charts the JavaScript context has
 *       drawn before, so each chart's ids are renamed in order of appearance under the chart's own prefix;
 *   <li>no {@code style} attributes (a strict CSP blocks them): their declarations become SVG presentation
 *       attributes;
 *   <li>ECharts' {@code ecmeta_*} hover metadata becomes {@code data-ec-*}, which HTML validators accept on
 *       inline SVG ({@code chart.js} copies it back for the SSR client);
 *   <li>no fixed width or height: the viewBox alone lets the picture scale to its container.
 * </ul>
 *
 * The output is serialised here, element by element, so that escaping is ours: text and attribute values
 * are always escaped, whatever labels the data carried.
 */
final class SvgPostProcessor {
    private static final Pattern ZR_TOKEN = Pattern.compile("zr\\d+-([a-z]+)-?(\\d+)");
    private static final Set<String> PRESENTATION = Set.of(
            "font-size", "font-family", "font-weight", "font-style", "font-variant", "text-decoration",
            "opacity", "fill", "fill-opacity", "stroke", "stroke-opacity", "stroke-width");
    private static final Set<String> DROPPED_ROOT = Set.of("width", "height", "baseProfile", "version");

    private final XMLInputFactory factory;

    SvgPostProcessor() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /** The accessible, CSP-safe, deterministic SVG for chart {@code chartId}. */
    String process(String echartsSvg, String chartId, String ariaLabel, String title, String description) {
        Renamer renamer = new Renamer("c-" + chartId + "-");
        StringBuilder out = new StringBuilder(echartsSvg.length() + 512);
        XMLStreamReader reader;
        synchronized (factory) {
            try {
                reader = factory.createXMLStreamReader(new StringReader(echartsSvg));
            } catch (XMLStreamException e) {
                throw new IllegalStateException("ECharts wrote SVG that does not parse", e);
            }
        }
        try {
            boolean root = true;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT && !root && isInvisible(reader)) {
                    skipElement(reader);
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    startElement(reader, out, renamer, root);
                    if (root) {
                        String prefix = renamer.prefix;
                        out.append("\n<title id=\"").append(prefix).append("title\">");
                        Xml.text(out, title);
                        out.append("</title>\n<desc id=\"").append(prefix).append("desc\">");
                        Xml.text(out, description);
                        out.append("</desc>");
                    }
                    root = false;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    out.append("</").append(qName(reader.getPrefix(), reader.getLocalName())).append('>');
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    Xml.text(out, reader.getText());
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("ECharts wrote SVG that does not parse", e);
        }
        return addAriaAttributes(out, renamer.prefix, ariaLabel);
    }

    /**
     * Shapes that paint nothing and take no hover: ECharts' transparent title and legend boxes. Dropped to
     * save bytes, and because some rasterisers draw a hairline for {@code stroke-width="0"}.
     */
    private static boolean isInvisible(XMLStreamReader reader) {
        String name = reader.getLocalName();
        if (!name.equals("path") && !name.equals("rect")) return false;
        String fill = reader.getAttributeValue(null, "fill");
        String fillOpacity = reader.getAttributeValue(null, "fill-opacity");
        String stroke = reader.getAttributeValue(null, "stroke");
        String strokeWidth = reader.getAttributeValue(null, "stroke-width");
        boolean noFill = "none".equals(fill) || "0".equals(fillOpacity);
        boolean noStroke = stroke == null || "none".equals(stroke) || "0".equals(strokeWidth);
        return noFill && noStroke && reader.getAttributeValue(null, "ecmeta_ssr_type") == null;
    }

    private static void skipElement(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            else if (event == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }

    private static String addAriaAttributes(StringBuilder out, String prefix, String ariaLabel) {
        StringBuilder aria = new StringBuilder(" role=\"img\" aria-label=\"");
        Xml.attribute(aria, ariaLabel);
        aria.append("\" aria-describedby=\"").append(prefix).append("desc\"");
        out.insert("<svg".length(), aria);
        return out.append('\n').toString();
    }

    private void startElement(XMLStreamReader reader, StringBuilder out, Renamer renamer, boolean root) {
        String name = qName(reader.getPrefix(), reader.getLocalName());
        out.append('<').append(name);
        if (root) out.append(" xmlns=\"http://www.w3.org/2000/svg\"");
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String attr = qName(reader.getAttributePrefix(i), reader.getAttributeLocalName(i));
            String value = reader.getAttributeValue(i);
            if (root && DROPPED_ROOT.contains(attr)) continue;
            if (attr.equals("style")) {
                styleToAttributes(value, attributes);
            } else if (attr.startsWith("ecmeta_")) {
                attributes.put("data-ec-" + attr.substring("ecmeta_".length()).replace('_', '-'), value);
            } else {
                attributes.put(attr, renamer.rename(value));
            }
        }
        // A decal (the pattern drawn over a bar for colour-blind readers) is a separate shape on top of the bar
        // without hover data: let the pointer through to the bar, or tooltips never appear on bars.
        String fill = attributes.get("fill");
        if (fill != null && fill.startsWith("url(#") && !attributes.containsKey("data-ec-ssr-type")
                && name.equals("path")) {
            attributes.put("pointer-events", "none");
        }
        attributes.forEach((attr, value) -> {
            out.append(' ').append(attr).append("=\"");
            Xml.attribute(out, value);
            out.append('"');
        });
        out.append('>');
    }

    private static void styleToAttributes(String style, Map<String, String> attributes) {
        for (String declaration : style.split(";")) {
            if (declaration.isBlank()) continue;
            int colon = declaration.indexOf(':');
            String property = declaration.substring(0, colon).trim();
            if (!PRESENTATION.contains(property)) {
                throw new IllegalStateException("ECharts wrote style \"" + declaration.trim()
                        + "\", which has no SVG presentation attribute here; extend SvgPostProcessor");
            }
            attributes.put(property, declaration.substring(colon + 1).trim());
        }
    }

    private static String qName(String prefix, String local) {
        return prefix == null || prefix.isEmpty() || prefix.equals(XMLConstants.DEFAULT_NS_PREFIX) ? local : prefix + ":" + local;
    }

    /** Renames zrender's run-dependent ids to {@code <prefix><kind><n>}, numbered by first appearance. */
    private static final class Renamer {
        private final String prefix;
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Map<String, Integer> counters = new LinkedHashMap<>();

        Renamer(String prefix) {
            this.prefix = prefix;
        }

        String rename(String value) {
            if (value.indexOf("zr") < 0) return value;
            Matcher m = ZR_TOKEN.matcher(value);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String token = m.group();
                String kind = m.group(1);
                String renamed = names.computeIfAbsent(token, t -> {
                    int n = counters.merge(kind, 1, Integer::sum) - 1;
                    return prefix + kind + n;
                });
                m.appendReplacement(out, Matcher.quoteReplacement(renamed));
            }
            m.appendTail(out);
            return out.toString();
        }
    }
}
