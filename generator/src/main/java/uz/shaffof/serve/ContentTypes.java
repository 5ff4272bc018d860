package uz.shaffof.serve;

import java.util.Locale;
import java.util.Map;

/** Content types by file extension: the table of deploy/nginx.conf, with its charset on text types. */
final class ContentTypes {
    static final String HTML = "text/html; charset=utf-8";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", HTML), Map.entry("htm", HTML),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"), Map.entry("map", "application/json; charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json; charset=utf-8"),
            Map.entry("atom", "application/atom+xml; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"), Map.entry("svgz", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"), Map.entry("gif", "image/gif"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"),
            Map.entry("pdf", "application/pdf"), Map.entry("zip", "application/zip"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    private ContentTypes() {}

    static String of(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash) return "application/octet-stream";
        return TYPES.getOrDefault(path.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }

    static boolean isHtml(String path) {
        return of(path).equals(HTML);
    }
}
