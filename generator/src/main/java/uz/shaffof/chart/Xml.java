package uz.shaffof.chart;

/** XML escaping for the SVG the chart package writes itself. */
final class Xml {
    private Xml() {}

    static void text(StringBuilder out, String text) {
        escape(out, text, false);
    }

    static void attribute(StringBuilder out, String value) {
        escape(out, value, true);
    }

    private static void escape(StringBuilder out, String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                // Line breaks inside an attribute would be normalised to spaces by XML parsers; keep them.
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                default -> {
                    // Control characters are not allowed in XML 1.0; they can only come from bad data.
                    if (c < 0x20 && c != '\t') out.append(' ');
                    else out.append(c);
                }
            }
        }
    }
}
