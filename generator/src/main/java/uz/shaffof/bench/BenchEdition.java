package uz.shaffof.bench;

import java.util.List;
import uz.shaffof.translit.Script;

/**
 * An edition of the bench site: its script, its {@code lang} tag and the folder it lives in. Without
 * transliteration each corpus folder is its own edition ({@code latn/}, {@code cyrl/}, as Hugo builds the same
 * files); with it, every page is published in both editions, under {@code uz/} and {@code oz/} as on the real site.
 */
record BenchEdition(Script script, String lang, String root) {

    static List<BenchEdition> of(boolean translit) {
        return translit
                ? List.of(new BenchEdition(Script.LATIN, "uz-Latn", "uz"), new BenchEdition(Script.CYRILLIC, "uz-Cyrl", "oz"))
                : List.of(new BenchEdition(Script.LATIN, "uz-Latn", "latn"),
                        new BenchEdition(Script.CYRILLIC, "uz-Cyrl", "cyrl"));
    }

    /** Where a source page is published in this edition. */
    String pagePath(SourcePage page, boolean translit) {
        return translit ? root + "/" + page.dir() + "/" + page.slug() + ".html" : page.dir() + "/" + page.slug() + ".html";
    }

    String regionPath(String slug) {
        return root + "/region/" + slug + ".html";
    }

    String homePath() {
        return root + "/index.html";
    }
}
