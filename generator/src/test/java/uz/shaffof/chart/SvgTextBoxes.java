package uz.shaffof.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Where each text of a chart SVG lands, measured the way the chart was laid out (DejaVu Sans advances):
 * the text's box from its anchor, baseline and font size, moved by its transform.
 */
final class SvgTextBoxes {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:e-?\\d+)?");

    /** A text and the corners of its box in SVG units. */
    record Box(String text, double minX, double minY, double maxX, double maxY) {}

    private SvgTextBoxes() {}

    static double[] viewBox(String svg) {
        Element root = parse(svg).selectFirst("svg");
        String[] parts = root.attr("viewBox").trim().split("\\s+");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
            Double.parseDouble(parts[2]), Double.parseDouble(parts[3])};
    }

    static Document parse(String svg) {
        return Jsoup.parse(svg, "", Parser.xmlParser());
    }

    static List<Box> boxes(String svg, TextMetrics metrics) {
        List<Box> boxes = new ArrayList<>();
        for (Element text : parse(svg).select("text")) {
            String content = text.wholeText();
            if (content.isBlank()) continue;
            double size = text.hasAttr("font-size") ? Double.parseDouble(text.attr("font-size").replace("px", "")) : 12;
            String weight = text.attr("font-weight").toLowerCase(Locale.ROOT);
            boolean bold = weight.equals("bold") || weight.equals("bolder") || weight.matches("[6-9]00");
            double width = metrics.width(content, size, bold);
            double x = number(text.attr("x"));
            double y = number(text.attr("y"));
            double x0 = switch (text.attr("text-anchor")) {
                case "middle" -> x - width / 2;
                case "end" -> x - width;
                default -> x;
            };
            double[] ys = switch (text.attr("dominant-baseline")) {
                case "central", "middle" -> new double[] {y - size / 2, y + size / 2};
                case "hanging", "text-before-edge" -> new double[] {y, y + size};
                default -> new double[] {y - 0.8 * size, y + 0.25 * size};
            };
            double[] m = matrix(text.attr("transform"));
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (double cx : new double[] {x0, x0 + width}) {
                for (double cy : ys) {
                    double tx = m[0] * cx + m[2] * cy + m[4];
                    double ty = m[1] * cx + m[3] * cy + m[5];
                    minX = Math.min(minX, tx);
                    maxX = Math.max(maxX, tx);
                    minY = Math.min(minY, ty);
                    maxY = Math.max(maxY, ty);
                }
            }
            boxes.add(new Box(content, minX, minY, maxX, maxY));
        }
        return boxes;
    }

    private static double number(String attr) {
        return attr.isBlank() ? 0 : Double.parseDouble(attr);
    }

    /** The affine matrix of a transform list made of translate, rotate, scale and matrix. */
    static double[] matrix(String transform) {
        double[] m = {1, 0, 0, 1, 0, 0};
        Matcher fn = Pattern.compile("(\\w+)\\(([^)]*)\\)").matcher(transform);
        while (fn.find()) {
            List<Double> a = new ArrayList<>();
            Matcher n = NUMBER.matcher(fn.group(2));
            while (n.find()) a.add(Double.parseDouble(n.group()));
            double[] t = switch (fn.group(1)) {
                case "translate" -> new double[] {1, 0, 0, 1, a.get(0), a.size() > 1 ? a.get(1) : 0};
                case "scale" -> new double[] {a.get(0), 0, 0, a.size() > 1 ? a.get(1) : a.get(0), 0, 0};
                case "rotate" -> {
                    double r = Math.toRadians(a.get(0));
                    yield new double[] {Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0};
                }
                case "matrix" -> new double[] {a.get(0), a.get(1), a.get(2), a.get(3), a.get(4), a.get(5)};
                default -> throw new IllegalArgumentException("transform " + fn.group(1) + " not handled");
            };
            m = new double[] {
                m[0] * t[0] + m[2] * t[1], m[1] * t[0] + m[3] * t[1],
                m[0] * t[2] + m[2] * t[3], m[1] * t[2] + m[3] * t[3],
                m[0] * t[4] + m[2] * t[5] + m[4], m[1] * t[4] + m[3] * t[5] + m[5]};
        }
        return m;
    }
}
