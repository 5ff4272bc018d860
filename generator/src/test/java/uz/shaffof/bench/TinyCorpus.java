package uz.shaffof.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A six-page corpus in the neutral layout of {@code make-corpus.sh} (three pages in each script, linking to each
 * other and to their counterparts), written into a test's temporary directory.
 */
final class TinyCorpus {
    private TinyCorpus() {}

    static Path write(Path root) throws IOException {
        write(root, "data/site.json", """
                {"title": "Shaffof bench", "languages": ["latn", "cyrl"], "regions": ["Andijon", "Buxoro"], "pages": 6}
                """);
        for (int k = 1; k <= 3; k++) {
            int next = k % 3 + 1;
            String region = k == 2 ? "Buxoro" : "Andijon";
            write(root, "content/latn/page-0000" + k + ".md", """
                    ---
                    title: "%s: Hisobot %d"
                    date: 2020-0%d-01
                    region: "%s"
                    tags:
                      - "axborot"
                      - "hisobot"
                    ---

                    Birinchi xatboshi, [keyingi sahifa](page-0000%d.html).

                    ## Tarmoq holati

                    | Hudud | Reja |
                    |---|---:|
                    | %s | 12 |

                    ### Gʻalla va oʻrim

                    Oxirgi xatboshi, [bo'lim](#tarmoq-holati).

                    [Кирилл ёзувида](../cyrl/page-0000%d.html)
                    """.formatted(region, k, k, region, next, region, k));
            String regionCyrl = k == 2 ? "Бухоро" : "Андижон";
            write(root, "content/cyrl/page-0000" + k + ".md", """
                    ---
                    title: "%s: Ҳисобот %d"
                    date: 2020-0%d-02
                    region: "%s"
                    tags:
                      - "ахборот"
                    ---

                    Биринчи хатбоши, [кейинги саҳифа](page-0000%d.html).

                    ## Тармоқ ҳолати

                    Охирги хатбоши.

                    [Lotin yozuvida](../latn/page-0000%d.html)
                    """.formatted(regionCyrl, k, k, regionCyrl, next, k));
        }
        return root;
    }

    static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
