package uz.shaffof.gate;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Resolves URLs written in the site's pages to the site's files, the way a browser would once the site is
 * published under its base URL: relative, root-relative ({@code /…}) and absolute URLs under the base URL all
 * name site files; a directory URL ({@code x/}) names {@code x/index.html}.
 */
final class SiteUrls {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** Lower-case {@code scheme://authority}, for example {@code https://shaffof.uz}. */
    private final String origin;
    /** The authority with a leading {@code //}, for protocol-relative URLs. */
    private final String schemeRelativeOrigin;
    /** The path the site is published under, starting and ending with {@code /}. */
    private final String basePath;

    /** @param baseUrl an absolute http(s) URL ending in {@code /} */
    SiteUrls(String baseUrl) {
        int authorityStart = baseUrl.indexOf("://") + 3;
        int pathStart = baseUrl.indexOf('/', authorityStart);
        this.origin = baseUrl.substring(0, pathStart).toLowerCase(Locale.ROOT);
        this.schemeRelativeOrigin = origin.substring(origin.indexOf("//"));
        this.basePath = baseUrl.substring(pathStart);
    }

    /**
     * Where this URL, written in the page at {@code pagePath}, leads.
     *
     * @param pagePath the site path of the page holding the URL, for example {@code uz/regions/index.html}
     * @param raw the attribute value as the parser gave it (entities already decoded)
     */
    UrlTarget resolve(String pagePath, String raw) {
        // Browsers drop leading/trailing spaces and every tab or newline, and read \ as / in http(s) URLs.
        String url = stripWhitespace(raw).replace('\\', '/');
        String fragment = null;
        int hash = url.indexOf('#');
        if (hash >= 0) {
            fragment = decodeOrRaw(url.substring(hash + 1));
            url = url.substring(0, hash);
        }
        int query = url.indexOf('?');
        if (query >= 0) url = url.substring(0, query);

        String sitePath;
        if (url.startsWith("//")) {
            String rest = underOrigin(url, schemeRelativeOrigin);
            if (rest == null) return new UrlTarget(UrlTarget.Kind.OFF_SITE, raw, fragment);
            sitePath = underBasePath(rest);
        } else if (SCHEME.matcher(url).find()) {
            String scheme = url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return new UrlTarget(UrlTarget.Kind.OTHER_SCHEME, raw, fragment);
            }
            String rest = underOrigin(url, origin);
            if (rest == null) return new UrlTarget(UrlTarget.Kind.OFF_SITE, raw, fragment);
            sitePath = underBasePath(rest);
        } else if (url.startsWith("/")) {
            sitePath = underBasePath(url);
        } else {
            sitePath = directoryOf(pagePath) + (url.isEmpty() ? fileName(pagePath) : url);
        }
        if (sitePath == null) return new UrlTarget(UrlTarget.Kind.OUTSIDE_SITE, raw, fragment);
        String decoded = decode(sitePath);
        if (decoded == null) return new UrlTarget(UrlTarget.Kind.MALFORMED, raw, fragment);
        String normalised = removeDotSegments(decoded);
        if (normalised == null) return new UrlTarget(UrlTarget.Kind.OUTSIDE_SITE, raw, fragment);
        if (normalised.isEmpty() || normalised.endsWith("/")) normalised += "index.html";
        return new UrlTarget(UrlTarget.Kind.SITE_FILE, normalised, fragment);
    }

    /** The path after {@code prefix} (compared without regard to case), or null when the URL is elsewhere. */
    private static String underOrigin(String url, String prefix) {
        if (url.length() < prefix.length() || !url.substring(0, prefix.length()).equalsIgnoreCase(prefix)) {
            return null;
        }
        String rest = url.substring(prefix.length());
        if (rest.isEmpty()) return "/";
        // "https://shaffof.uz.evil.example/" shares the prefix but is another host.
        return rest.startsWith("/") ? rest : null;
    }

    /** The site path for an origin-relative path, or null when it is outside the base path. */
    private String underBasePath(String path) {
        if (path.startsWith(basePath)) return path.substring(basePath.length());
        if ((path + "/").equals(basePath)) return "";
        return null;
    }

    private static String directoryOf(String pagePath) {
        return pagePath.substring(0, pagePath.lastIndexOf('/') + 1);
    }

    private static String fileName(String pagePath) {
        return pagePath.substring(pagePath.lastIndexOf('/') + 1);
    }

    /** Applies {@code .} and {@code ..} segments; null when {@code ..} climbs above the site root. */
    private static String removeDotSegments(String path) {
        Deque<String> out = new ArrayDeque<>();
        String[] segments = path.split("/", -1);
        boolean directory = false;
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean last = i == segments.length - 1;
            if (s.equals(".")) {
                directory = last;
            } else if (s.equals("..")) {
                if (out.isEmpty()) return null;
                out.removeLast();
                directory = last;
            } else {
                out.addLast(s);
                directory = false;
            }
        }
        String joined = String.join("/", out);
        return directory && !joined.isEmpty() ? joined + "/" : joined;
    }

    /** Drops leading and trailing C0 controls and spaces, and every tab and newline, as the URL parser does. */
    static String stripWhitespace(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && raw.charAt(start) <= ' ') start++;
        while (end > start && raw.charAt(end - 1) <= ' ') end--;
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') sb.append(c);
        }
        return sb.toString();
    }

    private static String decodeOrRaw(String s) {
        String decoded = decode(s);
        return decoded == null ? s : decoded;
    }

    /** Percent-decodes as UTF-8; null when an escape is malformed or the bytes are not UTF-8. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) return s;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) return null;
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return null;
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
                byte[] b = s.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i = end - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
