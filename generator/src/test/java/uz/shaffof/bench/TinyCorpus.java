package uz.shaffof.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A six-page corpus in the neutral layout of {@code make-corpus.sh} (three documents, each in both scripts, linking
 * to each other and to their counterparts, one dated after the real project's as-of date), written into a test's
 * temporary directory.
 */
final class TinyCorpus {
    private TinyCorpus() {}

    static Path write(Path root) throws IOException {
        write(root, "neutral/data/site.json", """
                {"title": "Shaffof bench", "languages": ["latn", "cyrl"], "regions": ["Andijon", "Buxoro"], "pages": 6}
                """);
        for (int k = 1; k <= 3; k++) {
            int next = k % 3 + 1;
            String year = k == 3 ? "2023" : "2019";
            write(root, "neutral/content/latn/page-0000" + k + ".md", """
                    ---
                    title: "Andijon: Hisobot %d"
                    date: %s-0%d-01
                    region: "Andijon"
                    tags:
                      - "axborot"
                    ---

                    Birinchi xatboshi, [keyingi sahifa](page-0000%d.html).

                    [Кирилл ёзувида](../cyrl/page-0000%d.html)
                    """.formatted(k, year, k, next, k));
            write(root, "neutral/content/cyrl/page-0000" + k + ".md", """
                    ---
                    title: "%s: Ҳисобот %d"
                    date: %s-0%d-01
                    region: "%s"
                    tags:
                      - "ахборот"
                      - "ҳисобот"
                    ---

                    Биринчи *хатбоши* жумла. Иккинчи жумла, [кейинги саҳифа](page-0000%d.html).

                    ## Тармоқ ҳолати

                    - биринчи банд
                    - иккинчи банд

                    | Ҳудуд | Режа |
                    |---|---:|
                    | Андижон | 12 |

                    ### Ғалла ва ўрим

                    Охирги **хатбоши**.

                    [Lotin yozuvida](../latn/page-0000%d.html)
                    """.formatted(k == 2 ? "Бухоро" : "Андижон", k, year, k, k == 2 ? "Бухоро" : "Андижон", next, k));
        }
        return root;
    }

    static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
