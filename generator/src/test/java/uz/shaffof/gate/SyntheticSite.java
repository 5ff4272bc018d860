package uz.shaffof.gate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import uz.shaffof.output.OutputFile;

/**
 * A generated site of any size that passes every gate: pairs of Latin and Cyrillic pages, each linking to its
 * neighbours (with anchors), its twin and the shared stylesheet, script and image. For scale tests only.
 */
final class SyntheticSite {
    private static final String CSS = "body { margin: 0; background: url(logo.svg) no-repeat; }\n";
    private static final String JS = "document.documentElement.dataset.ready = \"1\";\n";
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle id=\"dot\" r=\"1\"/></svg>\n";

    private SyntheticSite() {}

    /** @param pairs how many Latin/Cyrillic page pairs (the site has twice as many pages) */
    static List<OutputFile> files(int pairs) {
        List<OutputFile> files = new ArrayList<>();
        files.add(OutputFile.text("assets/site.css", CSS));
        files.add(OutputFile.text("assets/app.js", JS));
        files.add(OutputFile.text("assets/logo.svg", SVG));
        for (int i = 0; i < pairs; i++) {
            files.add(OutputFile.text("uz/p" + i + "/index.html", page("uz", "uz-Latn", i, pairs)));
            files.add(OutputFile.text("oz/p" + i + "/index.html", page("oz", "uz-Cyrl", i, pairs)));
        }
        return files;
    }

    private static String page(String edition, String lang, int i, int pairs) {
        String other = edition.equals("uz") ? "oz" : "uz";
        int next = (i + 1) % pairs;
        int previous = (i + pairs - 1) % pairs;
        return """
                <!DOCTYPE html>
                <html lang="%1$s">
                <head>
                <meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="default-src 'self'; object-src 'none'">
                <title>Sahifa %3$d</title>
                <link rel="stylesheet" href="/assets/site.css" integrity="%6$s">
                <link rel="alternate" hreflang="uz-Latn" href="https://shaffof.uz/uz/p%3$d/">
                <link rel="alternate" hreflang="uz-Cyrl" href="https://shaffof.uz/oz/p%3$d/">
                <link rel="alternate" hreflang="x-default" href="https://shaffof.uz/uz/p%3$d/">
                <script src="/assets/app.js" integrity="%7$s" defer></script>
                </head>
                <body>
                <main>
                <h1 id="top-%3$d">Sahifa %3$d</h1>
                <p><a href="../p%4$d/#top-%4$d">keyingi</a> · <a href="/%2$s/p%5$d/">oldingi</a>
                 · <a href="../../%8$s/p%3$d/#top-%3$d">%8$s</a></p>
                <p><img src="../../assets/logo.svg#dot" alt="Belgi" width="10" height="10"></p>
                </main>
                </body>
                </html>
                """.formatted(lang, edition, i, next, previous, sri(CSS), sri(JS), other);
    }

    private static String sri(String text) {
        return "sha384-" + IntegrityGate.sha384(text.getBytes(StandardCharsets.UTF_8));
    }
}
