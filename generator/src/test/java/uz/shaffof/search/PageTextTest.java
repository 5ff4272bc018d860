package uz.shaffof.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The runs of a page's text hold exactly the words of jsoup's {@code text()}, which is the definition. */
class PageTextTest {
    private static final String[] TAGS = {"p", "div", "span", "em", "strong", "a", "br", "pre", "code", "li", "ul",
        "table", "tr", "td", "th", "h2", "h3", "section", "article", "aside", "nav", "figure", "figcaption", "sup",
        "button", "label", "select", "option", "textarea", "img", "hr", "wbr", "b", "i", "q", "abbr", "time", "svg",
        "title", "math", "details", "summary", "blockquote", "dl", "dt", "dd", "caption", "script", "style", "noscript",
        "template", "input", "ruby", "rt", "bdi", "mark", "small", "del", "ins", "kbd", "output", "progress", "x-y"};
    private static final String TEXT = "abc Xoʻjalik ўзбек СЎМ'q\u00AD\u200B\u00A0\t\n&amp;&lt;1‘2’ ";

    @Test
    void theRunsHaveTheWordsOfTextForRandomPages() {
        Random random = new Random(5);
        for (int n = 0; n < 4000; n++) {
            StringBuilder html = new StringBuilder();
            randomContent(random, html, 0);
            Document doc = Jsoup.parse("<main>" + html + "</main>");
            Element main = doc.selectFirst("main");
            assertEquals(SearchFold.keys(main.text()), SearchFold.keys(String.join("", PageText.runs(main))),
                    html::toString);
        }
    }

    @Test
    void aWordSplitByInlineMarkupStaysOneWordAndBlocksSeparateWords() {
        Element main = Jsoup.parse("<main><p>hi<b>sob</b>ot</p><p>yil</p>soft\u00ADhyphen<pre>a\u00ADb</pre></main>")
                .selectFirst("main");
        assertEquals(List.of("hisobot", "yil", "softhyphen", "a", "b"),
                SearchFold.keys(String.join("", PageText.runs(main))));
    }

    private static void randomContent(Random random, StringBuilder html, int depth) {
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            if (depth < 5 && random.nextInt(3) > 0) {
                String tag = TAGS[random.nextInt(TAGS.length)];
                html.append('<').append(tag).append('>');
                randomContent(random, html, depth + 1);
                if (random.nextInt(8) > 0) html.append("</").append(tag).append('>');
            } else {
                int from = random.nextInt(TEXT.length());
                html.append(TEXT, from, Math.min(TEXT.length(), from + 1 + random.nextInt(12)));
            }
        }
    }
}
