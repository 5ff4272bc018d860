package uz.shaffof.content;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which file may stand where in {@code content/}. Anything else is an error, never silently skipped: a file
 * an editor added in the wrong place would otherwise vanish from the site without a word.
 */
final class ContentLayout {
    /** Folder → the one file name it holds ("portal.json"), or "*.ext" for any slug with that extension. */
    private static final Map<String, Map<String, FileKind>> FOLDERS = new TreeMap<>(Map.of(
            "indicators", Map.of("*.json", FileKind.INDICATOR),
            "portal", Map.of("portal.json", FileKind.PORTAL),
            "websites", Map.of("ratings.json", FileKind.WEBSITES),
            "projects", Map.of("*.json", FileKind.PROJECTS),
            "outcomes", Map.of("*.json", FileKind.OUTCOME),
            "charts", Map.of("*.json", FileKind.CHART),
            "reports", Map.of("*.md", FileKind.REPORT),
            "pages", Map.of("*.md", FileKind.PAGE),
            "i18n", Map.of("strings.json", FileKind.STRINGS, "units.json", FileKind.UNITS),
            "translit", Map.of("glossary.tsv", FileKind.GLOSSARY)));
    private static final Map<String, FileKind> TOP = Map.of(
            "site.json", FileKind.SITE, "regions.json", FileKind.REGIONS, "sources.json", FileKind.SOURCES);

    /** Files that must exist: without them there is no site to build. Relative to content/. */
    static final List<String> REQUIRED = List.of("site.json", "regions.json", "sources.json", "portal/portal.json",
            "websites/ratings.json", "i18n/units.json");

    private ContentLayout() {}

    static boolean isFolder(String name) {
        return FOLDERS.containsKey(name);
    }

    /** The kind of {@code name} in {@code folder} (null for the top level), or null when it may not stand there. */
    static FileKind kindOf(String folder, String name) {
        if (folder == null) return TOP.get(name);
        Map<String, FileKind> rules = FOLDERS.get(folder);
        if (rules == null) return null;
        FileKind exact = rules.get(name);
        if (exact != null) return exact;
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : rules.get("*" + name.substring(dot));
    }

    /** What may stand in {@code folder}, for messages. */
    static String expectedIn(String folder) {
        if (folder == null) {
            return "the top level of content/ holds only site.json, regions.json, sources.json and the folders "
                    + String.join(", ", FOLDERS.keySet());
        }
        List<String> names = FOLDERS.get(folder).keySet().stream().sorted()
                .map(n -> n.startsWith("*") ? "<slug>" + n.substring(1) : n).toList();
        return "content/" + folder + "/ holds only " + String.join(" and ", names) + " files, and no folders";
    }

    static String knownFolders() {
        return String.join(", ", FOLDERS.keySet());
    }
}
