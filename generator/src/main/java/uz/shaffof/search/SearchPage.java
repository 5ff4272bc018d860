package uz.shaffof.search;

import java.util.List;

/**
 * One page to index whose text comes in runs, as {@link PageText#runs} takes it from a parsed page without copying:
 * the text is the runs read one after another, so a word may continue from one run into the next.
 *
 * @param route the page's route, the same in both editions
 * @param titleLatn its title in the Latin edition
 * @param titleCyrl its title in the Cyrillic edition
 * @param textRuns its text, in runs
 */
public record SearchPage(String route, String titleLatn, String titleCyrl, List<String> textRuns) {
    public SearchPage {
        textRuns = List.copyOf(textRuns);
    }

    /** The page of a search document: its text as one run. */
    public static SearchPage of(SearchDoc doc) {
        return new SearchPage(doc.route(), doc.titleLatn(), doc.titleCyrl(), List.of(doc.text()));
    }
}
