package uz.shaffof.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A minimal, valid project in a temporary folder: every required file and one file of every kind, small
 * enough that a test can replace any one of them and know exactly what else is there.
 *
 * <pre><code>ContentFixture f = ContentFixture.minimal(tempDir);
 * f.write("content/regions.json", "{ broken");
 * LoadResult r = f.load();</code></pre>
 */
final class ContentFixture {
    /** One loader for every test: building it loads the schemas, which is the slow part. */
    static final ContentLoader LOADER = ContentLoader.create();

    static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("content/site.json", """
                {
                  "title": {"uz-Latn": "Sinov", "uz-Cyrl": "Синов"},
                  "tagline": "Синов сайти",
                  "description": "Синов учун кичик сайт.",
                  "baseUrl": "https://test.example",
                  "asOf": "2020-10-05",
                  "license": {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}
                }
                """);
        FILES.put("content/regions.json", """
                {
                  "regions": [
                    {"code": "UZ-AN", "slug": "andijon", "kind": "region", "name": "Андижон вилояти", "center": "Андижон", "districts": ["Асака тумани"]},
                    {"code": "UZ-TK", "slug": "toshkent-shahri", "kind": "city", "name": "Тошкент шаҳри", "center": null, "districts": []}
                  ]
                }
                """);
        FILES.put("content/sources.json", """
                {
                  "sources": [
                    {"id": "src-a", "title": "Синов ҳисоботи", "publisher": "Синов ҳокимлиги", "year": 2017, "url": null}
                  ]
                }
                """);
        FILES.put("content/i18n/units.json", """
                {"km": "км", "percent": "%", "person": "нафар"}
                """);
        FILES.put("content/i18n/strings.json", """
                {"nav.home": "Бош саҳифа", "empty.ok": ""}
                """);
        FILES.put("content/indicators/users.json", """
                {
                  "id": "users",
                  "title": "Фойдаланувчилар",
                  "definition": "Фойдаланувчилар сони.",
                  "methodology": "Ҳисоботдан.",
                  "unit": "person",
                  "better": "higher",
                  "topic": "connectivity",
                  "observations": [
                    {"region": "UZ-AN", "year": 2016, "value": 100, "source": {"id": "src-a", "locator": "1-бўлим"}},
                    {"region": "UZ-TK", "year": 2016, "value": 50, "qualifier": "more-than", "source": {"id": "src-a", "locator": "1-бўлим"}}
                  ]
                }
                """);
        FILES.put("content/indicators/passed.json", """
                {
                  "id": "passed",
                  "title": "Топширганлар",
                  "definition": "Топширганлар сони.",
                  "methodology": "Ҳисоботдан.",
                  "unit": "person",
                  "better": "higher",
                  "topic": "digital-skills",
                  "observations": [
                    {"region": "UZ-AN", "year": 2016, "value": 40, "source": {"id": "src-a", "locator": "2-бўлим"}}
                  ]
                }
                """);
        FILES.put("content/indicators/pass-rate.json", """
                {
                  "id": "pass-rate",
                  "title": "Топширганлар улуши",
                  "definition": "Топширганлар улуши.",
                  "methodology": "Ҳисобланади.",
                  "unit": "percent",
                  "better": "higher",
                  "topic": "digital-skills",
                  "derivation": {"numerator": "passed", "denominator": "users"},
                  "stated": [
                    {"region": "UZ-AN", "year": 2016, "value": 42.2, "source": {"id": "src-a", "locator": "2-бўлим"}}
                  ]
                }
                """);
        FILES.put("content/portal/portal.json", """
                {
                  "title": "Портал",
                  "description": "Мурожаатлар.",
                  "figures": [
                    {"region": "UZ-AN", "year": 2016, "received": 10, "late": 2, "satisfaction": 4.5, "satisfactionScale": 5, "source": {"id": "src-a", "locator": "3-бўлим"}}
                  ],
                  "events": [
                    {"region": "UZ-AN", "date": "2016-12-15", "title": "Виртуал қабулхона", "source": {"id": "src-a", "locator": "3-бўлим"}}
                  ]
                }
                """);
        FILES.put("content/websites/ratings.json", """
                {
                  "title": "Рейтинг",
                  "method": "Усул.",
                  "scale": null,
                  "scores": [
                    {"organisation": "hokimlik", "name": "Ҳокимлик", "region": "UZ-AN", "year": 2016, "score": 80.5, "statedChangePercent": 8.19, "source": {"id": "src-a", "locator": "4-бўлим"}}
                  ]
                }
                """);
        FILES.put("content/projects/plan.json", """
                {
                  "id": "plan",
                  "title": "Режа",
                  "description": "Режа.",
                  "asOf": "2017-01-01",
                  "totals": [{"id": "all", "label": "Жами", "value": 1, "source": {"id": "src-a", "locator": "5-бўлим"}}],
                  "projects": [
                    {"id": "fibre", "title": "Линия тортиш", "owner": "Ҳокимлик", "executor": null, "region": "UZ-AN", "deadline": "2017-12-31", "status": "planned", "progress": null, "source": {"id": "src-a", "locator": "5-бўлим"}}
                  ]
                }
                """);
        FILES.put("content/outcomes/service.json", """
                {
                  "id": "service",
                  "name": {"uz-Latn": "SERVICE", "uz-Cyrl": "SERVICE"},
                  "owner": null,
                  "description": "Хизмат.",
                  "url": null,
                  "outcomes": [{"id": "users", "label": "Фойдаланувчилар", "value": 20000, "qualifier": "more-than", "unit": "person", "source": {"id": "src-a", "locator": "6-бўлим"}}]
                }
                """);
        FILES.put("content/charts/users-bar.json", """
                {"id": "users-bar", "title": "Фойдаланувчилар", "dataset": "users", "kind": "bar", "regions": ["UZ-AN"], "years": [2016]}
                """);
        FILES.put("content/reports/report.md", """
                ---
                title: "Ҳисобот"
                summary: "Қисқача."
                date: 2017-01-01
                region: UZ-AN
                source: src-a
                order: 1
                corrections:
                  - original: "ўсии"
                    corrected: "ўсиш"
                    reason: "Misprint."
                ---

                # Сарлавҳа

                Матн: 8,19 фоизга ўсиш.
                """);
        FILES.put("content/pages/about.md", """
                ---
                title: "Лойиҳа ҳақида"
                summary: "Қисқача."
                order: 1
                ---

                Матн.
                """);
    }

    private final Path root;

    private ContentFixture(Path root) {
        this.root = root;
    }

    /** Writes the minimal valid project into {@code root}. */
    static ContentFixture minimal(Path root) {
        ContentFixture f = new ContentFixture(root);
        FILES.forEach(f::write);
        return f;
    }

    Path root() {
        return root;
    }

    Path path(String rel) {
        return root.resolve(rel);
    }

    ContentFixture write(String rel, String text) {
        return writeBytes(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    ContentFixture writeBytes(String rel, byte[] bytes) {
        try {
            Path p = root.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ContentFixture delete(String rel) {
        try {
            Files.delete(root.resolve(rel));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LoadResult load() {
        return LOADER.load(root, root.resolve("content"));
    }
}
