package uz.shaffof.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import uz.shaffof.project.ProjectFiles;

/**
 * The rule for names inside {@code content/}: lower-case ASCII slugs, so that the same file has the same name on
 * Linux, macOS and Windows checkouts and every URL built from it is safe. Checked after NFC, because a name that
 * looks right may be stored decomposed; NFKC is checked too, because it folds fullwidth {@code ．．} into {@code ..}.
 *
 * <pre><code>ContentNames.whyBadFileName("Internet-Users.json")   // "... must be a lower-case ASCII slug ..."
 * ContentNames.whyBadFileName("internet-users.json")   // null: fine</code></pre>
 */
final class ContentNames {
    static final String SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";
    static final Pattern SLUG_PATTERN = Pattern.compile(SLUG);
    private static final Pattern FILE = Pattern.compile("(" + SLUG + ")\\.(json|md|tsv)");
    private static final int MAX_LENGTH = 100;
    private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul",
            "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private ContentNames() {}

    /** Null when {@code name} is a valid content file name ({@code <slug>.json|md|tsv}), else why it is not. */
    static String whyBadFileName(String name) {
        String why = whyBadCommon(name);
        if (why != null) return why;
        var m = FILE.matcher(name);
        if (!m.matches()) {
            return "file name \"" + printable(name) + "\" must be a lower-case ASCII slug (a-z, 0-9 and single hyphens) "
                    + "with the extension .json, .md or .tsv, for example \"internet-users.json\"";
        }
        return whyReserved(name, m.group(1));
    }

    /** Null when {@code name} is a valid folder name (a slug), else why it is not. */
    static String whyBadFolderName(String name) {
        String why = whyBadCommon(name);
        if (why != null) return why;
        if (!SLUG_PATTERN.matcher(name).matches()) {
            return "folder name \"" + printable(name) + "\" must be a lower-case ASCII slug (a-z, 0-9 and single hyphens)";
        }
        return whyReserved(name, name);
    }

    /** The key two names collide under on case-insensitive file systems. */
    static String caseKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static String whyBadCommon(String name) {
        if (name == null || name.isEmpty()) return "name is empty";
        if (name.length() > MAX_LENGTH) return "name is longer than " + MAX_LENGTH + " characters";
        if (name.indexOf('\0') >= 0) return "name contains a NUL character";
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) return "name \"" + printable(name) + "\" contains a path separator";
        if (name.equals(".") || name.equals("..")) return "name \"" + name + "\" is a relative path segment";
        if (name.startsWith(".")) return "hidden file or folder \"" + printable(name) + "\": content/ holds only content files";
        if (!Normalizer.isNormalized(name, Normalizer.Form.NFC)) return "name \"" + printable(name) + "\" is not in Unicode NFC form";
        if (!Normalizer.isNormalized(name, Normalizer.Form.NFKC)) {
            return "name \"" + printable(name) + "\" contains compatibility characters (such as fullwidth letters)";
        }
        return null;
    }

    private static String whyReserved(String name, String stem) {
        if (WINDOWS_RESERVED.contains(stem.toLowerCase(Locale.ROOT))) {
            return "name \"" + name + "\" is reserved on Windows (" + stem + "); a Windows checkout could not hold it";
        }
        return null;
    }

    /** The name as a message may quote it ({@link ProjectFiles#printable}). */
    static String printable(String s) {
        return ProjectFiles.printable(s);
    }
}
