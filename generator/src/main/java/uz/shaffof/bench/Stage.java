package uz.shaffof.bench;

/**
 * The stages a benchmark build reports times for, in pipeline order. Search indexing and link checking are each
 * reported in two parts, so that the cost of each part can be seen: taking the text out of a page (during the
 * jsoup pass) and building the index; parsing every page for the gate and the gate's own walk.
 */
enum Stage {
    SETUP("setup (engines, templates)"),
    READ("read sources"),
    FRONT_MATTER("front matter (YAML)"),
    MODEL("content model + figures"),
    MARKDOWN("markdown"),
    TRANSLIT("transliteration"),
    TEMPLATES("templates"),
    CHARTS("charts"),
    POST_PROCESS("post-processing (jsoup)"),
    SEARCH_TEXT("search: page text"),
    SEARCH_INDEX("search: index (SearchIndex)"),
    LINK_PARSE("links: taken from the parse"),
    LINK_CHECK("links: check (LinkGate)"),
    WRITE("write");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
