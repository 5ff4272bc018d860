package uz.shaffof.project;

import java.util.Locale;
import java.util.Set;

/**
 * Files that operating systems and editors put into any folder by themselves: Finder's {@code .DS_Store} and
 * AppleDouble {@code ._name} files, Windows Explorer's {@code Thumbs.db} and {@code desktop.ini}, KDE's
 * {@code .directory}, and the swap, lock and backup files editors keep beside a file being edited (Vim
 * {@code .name.swp}, Emacs {@code .#name} and {@code #name#}, {@code name~}). Nobody means to publish them, and
 * an Emacs lock file is a dangling symbolic link: under {@code templates/} they are skipped unread, so that editing
 * a template while {@code serve} runs never fails a rebuild.
 *
 * <pre><code>JunkFiles.isJunk(".DS_Store")   // true
 * JunkFiles.isJunk("site.css")     // false</code></pre>
 */
public final class JunkFiles {
    private static final Set<String> BY_NAME = Set.of(".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini",
            ".directory");
    private static final Set<String> VIM_SWAP = Set.of(".swp", ".swo", ".swx");

    private JunkFiles() {}

    /** True when a file of this name was put there by the operating system or an editor, not by an author. */
    public static boolean isJunk(String name) {
        if (BY_NAME.contains(name.toLowerCase(Locale.ROOT))) return true;
        if (name.startsWith("._") || name.startsWith(".#")) return true;
        if (name.length() > 2 && name.startsWith("#") && name.endsWith("#")) return true;
        if (name.length() > 1 && name.endsWith("~")) return true;
        int dot = name.lastIndexOf('.');
        return name.startsWith(".") && dot > 0 && VIM_SWAP.contains(name.substring(dot).toLowerCase(Locale.ROOT));
    }
}
