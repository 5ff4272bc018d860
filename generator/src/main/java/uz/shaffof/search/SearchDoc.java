package uz.shaffof.search;

/**
 * A page as search sees it: its route below the edition prefix, its kind (region, report, indicator, ...: the
 * search page labels a result with it), what a result shows of it in each script, and its words (from either
 * edition: folding makes the script irrelevant).
 */
public record SearchDoc(String route, String kind, Face latn, Face cyrl, String text) {

    /** The kind of a page that has no more particular one. */
    public static final String PAGE = "page";

    /**
     * A page in one edition's script as a result shows it: its title, its description (the snippet when the page's
     * text does not hold the query), and the text a snippet is cut from.
     */
    public record Face(String title, String description, String excerpt) {
        public static Face titled(String title) {
            return new Face(title, "", "");
        }
    }

    /** A plain page with only titles and words. */
    public SearchDoc(String route, String titleLatn, String titleCyrl, String text) {
        this(route, PAGE, Face.titled(titleLatn), Face.titled(titleCyrl), text);
    }

    public String titleLatn() {
        return latn.title();
    }

    public String titleCyrl() {
        return cyrl.title();
    }

    /**
     * The page as the search page and the index's lists show it: titles and descriptions, without its words and
     * snippet texts, which the index needs only while it reads the page.
     */
    SearchDoc asListed() {
        return new SearchDoc(route, kind, new Face(latn.title(), latn.description(), ""),
                new Face(cyrl.title(), cyrl.description(), ""), "");
    }
}
