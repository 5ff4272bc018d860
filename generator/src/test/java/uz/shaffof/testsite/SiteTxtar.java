package uz.shaffof.testsite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole test site in one text, in the txtar form Hugo's integration tests use: a header of directive and comment
 * lines, then files, each introduced by a marker line {@code -- path --} and made of the lines up to the next marker.
 *
 * <pre>
 * # A region page with one indicator.
 * from-project: templates
 * from-project: content/i18n/strings.json
 * -- content/site.json --
 * {"title": ...}
 * -- content/regions.json --
 * ...
 * </pre>
 *
 * <p>Header lines: blank lines and lines starting with {@code #} are comments; {@code from-project: PATH} copies
 * the file or folder PATH of the real project (the repository root) into the test site before the site's own files
 * are written over it, so a fixture need not repeat the project's templates or interface strings. Any other header
 * line is an error, so a misspelt directive is not silently ignored.
 *
 * <p>Each file's text ends with a line feed (as Go's txtar does), paths are relative to the project root and use
 * {@code /}; a path may appear once. The text is kept exactly otherwise (no trimming), so fixtures can carry
 * deliberate mistakes for error tests.
 */
public record SiteTxtar(List<String> fromProject, Map<String, String> files) {
    private static final Pattern MARKER = Pattern.compile("-- (\\S.*?) --");
    private static final String FROM_PROJECT = "from-project:";

    public SiteTxtar {
        fromProject = List.copyOf(fromProject);
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** Reads the txtar text; throws {@link IllegalArgumentException} naming the line of a bad header or path. */
    public static SiteTxtar parse(String text) {
        List<String> fromProject = new ArrayList<>();
        Map<String, String> files = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = MARKER.matcher(line);
            if (m.matches()) {
                if (current != null) files.put(current, body.toString());
                current = checkedPath(m.group(1), i + 1);
                if (files.containsKey(current)) throw error(i + 1, "file " + current + " appears twice");
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            } else if (line.startsWith(FROM_PROJECT)) {
                fromProject.add(checkedPath(line.substring(FROM_PROJECT.length()).strip(), i + 1));
            } else if (!line.isBlank() && !line.startsWith("#")) {
                throw error(i + 1, "expected a comment (#), \"from-project: PATH\" or a \"-- path --\" marker, found \""
                        + line + "\"");
            }
        }
        if (current != null) files.put(current, body.toString());
        return new SiteTxtar(fromProject, files);
    }

    /** The same site with one file added or replaced (a test's variation on a shared fixture). */
    public SiteTxtar with(String path, String text) {
        Map<String, String> changed = new LinkedHashMap<>(files);
        changed.put(checkedPath(path, 0), text);
        return new SiteTxtar(fromProject, changed);
    }

    /** The same site without one of its own files. */
    public SiteTxtar without(String path) {
        if (!files.containsKey(path)) throw new IllegalArgumentException("the site has no file " + path);
        Map<String, String> changed = new LinkedHashMap<>(files);
        changed.remove(path);
        return new SiteTxtar(fromProject, changed);
    }

    /** The same site without one of its {@code from-project} paths (a site with no templates of its own). */
    public SiteTxtar withoutFromProject(String path) {
        if (!fromProject.contains(path)) throw new IllegalArgumentException("the site takes no " + path + " from the project");
        List<String> kept = new ArrayList<>(fromProject);
        kept.remove(path);
        return new SiteTxtar(kept, files);
    }

    /** Back to txtar text: {@code parse(format())} gives an equal site when every file ends with a line feed (as parsed ones do). */
    public String format() {
        StringBuilder out = new StringBuilder();
        for (String p : fromProject) out.append(FROM_PROJECT).append(' ').append(p).append('\n');
        files.forEach((path, text) -> {
            out.append("-- ").append(path).append(" --\n").append(text);
            if (!text.isEmpty() && !text.endsWith("\n")) out.append('\n');
        });
        return out.toString();
    }

    /** A relative path inside the project: no leading slash, no {@code ..}, no backslash (the site is written there). */
    private static String checkedPath(String path, int line) {
        boolean bad = path.isEmpty() || path.startsWith("/") || path.contains("\\")
                || List.of(path.split("/")).stream().anyMatch(s -> s.isEmpty() || s.equals("..") || s.equals("."));
        if (bad) throw error(line, "\"" + path + "\" is not a relative path inside the project");
        return path;
    }

    private static IllegalArgumentException error(int line, String message) {
        return new IllegalArgumentException("txtar:" + line + ": " + message);
    }
}
