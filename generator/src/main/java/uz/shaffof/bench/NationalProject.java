package uz.shaffof.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uz.shaffof.translit.Transliterator;

/**
 * A national-scale project in the content format, every figure synthetic: the 14 regions with 200 districts between
 * them (districts are names in {@code regions.json}; figures in the format are by region), ten raw indicators and
 * two derived shares with ten years of observations for every region and the country, each citing a yearly
 * statistical source; the portal's appeals and the website ratings for every region and year; {@code projects}
 * monitored projects in one project set per region; {@code reports} reports (half written in Latin, half in
 * Cyrillic, each with a source of its own); and a tile map of each raw indicator, beside the charts the site draws
 * for every indicator and region by itself. The interface strings, units, glossary and pages, and the templates,
 * are the real project's, copied. Deterministic: the same numbers give the same files.
 */
final class NationalProject {
    static final int FIRST_YEAR = 2015;
    static final int YEARS = 10;
    static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

    /** Code, slug, kind, name, number of districts (200 in all). */
    private static final String[][] REGIONS = {
        {"UZ-AN", "andijon", "region", "Andijon viloyati", "16"}, {"UZ-BU", "buxoro", "region", "Buxoro viloyati", "11"},
        {"UZ-FA", "fargona", "region", "Fargʻona viloyati", "19"}, {"UZ-JI", "jizzax", "region", "Jizzax viloyati", "13"},
        {"UZ-XO", "xorazm", "region", "Xorazm viloyati", "13"}, {"UZ-NG", "namangan", "region", "Namangan viloyati", "12"},
        {"UZ-NW", "navoiy", "region", "Navoiy viloyati", "11"},
        {"UZ-QA", "qashqadaryo", "region", "Qashqadaryo viloyati", "14"},
        {"UZ-QR", "qoraqalpogiston", "republic", "Qoraqalpogʻiston Respublikasi", "17"},
        {"UZ-SA", "samarqand", "region", "Samarqand viloyati", "16"}, {"UZ-SI", "sirdaryo", "region", "Sirdaryo viloyati", "8"},
        {"UZ-SU", "surxondaryo", "region", "Surxondaryo viloyati", "14"},
        {"UZ-TO", "toshkent-viloyati", "region", "Toshkent viloyati", "22"},
        {"UZ-TK", "toshkent-shahri", "city", "Toshkent shahri", "14"},
    };
    /** Id, title, unit, a region's base value, yearly growth in percent, topic. */
    private static final String[][] RAW = {
        {"internet-users", "Internet foydalanuvchilari", "person", "600000", "12", "connectivity"},
        {"broadband-subscribers", "Keng polosali internet abonentlari", "person", "90000", "18", "connectivity"},
        {"fibre-km", "Optik tolali aloqa liniyalari", "km", "4000", "15", "connectivity"},
        {"base-stations", "Mobil aloqa tayanch stansiyalari", "count", "900", "10", "connectivity"},
        {"wifi-points", "Jamoat Wi-Fi nuqtalari", "count", "300", "25", "connectivity"},
        {"e-services", "Koʻrsatilgan elektron davlat xizmatlari", "count", "130000", "30", "e-government"},
        {"schools-total", "Umumtaʼlim maktablari", "count", "700", "1", "digital-skills"},
        {"schools-connected", "Internetga ulangan maktablar", "count", "0", "0", "digital-skills"},
        {"clinics-total", "Birlamchi tibbiyot muassasalari", "count", "450", "1", "e-government"},
        {"clinics-connected", "Internetga ulangan tibbiyot muassasalari", "count", "0", "0", "e-government"},
    };
    private static final String[] OWNERS = {"Raqamli texnologiyalar vazirligi", "Xalq taʼlimi vazirligi",
        "Sogʻliqni saqlash vazirligi", "Adliya vazirligi", "Moliya vazirligi", "Iqtisodiyot vazirligi",
        "Qishloq xoʻjaligi vazirligi", "Transport vazirligi", "Energetika vazirligi", "Statistika agentligi",
        "Davlat xizmatlari agentligi", "Kadastr agentligi", "Soliq qoʻmitasi", "Bojxona qoʻmitasi",
        "Ichki ishlar vazirligi", "Favqulodda vaziyatlar vazirligi", "Madaniyat vazirligi", "Sport vazirligi",
        "Turizm qoʻmitasi", "Oliy taʼlim vazirligi"};
    private static final String[] WORKS = {"elektron hujjat aylanishi", "axborot tizimi", "maʼlumotlar markazi",
        "mobil ilova", "onlayn xizmat", "optik tolali tarmoq", "videokuzatuv tizimi", "raqamli platforma",
        "elektron navbat", "ochiq maʼlumotlar portali"};
    private static final String[] STATUSES = {"planned", "in-progress", "completed", "unknown"};

    private NationalProject() {}

    /** What was written. */
    record Written(int regions, int districts, int indicators, int observations, int projects, int reports, int charts) {}

    static Written write(Path base, ProjectWriter out, int reports, int projects) {
        BaseProject.requireProject(base);
        out.copyTree(base.resolve("templates"), "templates");
        // The interface strings, units and glossary belong to the templates and the script engine, not to the data.
        out.copyTree(base.resolve("content/i18n"), "content/i18n");
        out.copyTree(base.resolve("content/translit"), "content/translit");
        out.copyTree(base.resolve("content/pages"), "content/pages");
        SyntheticText text = new SyntheticText(20261123);

        out.json("content/site.json", site());
        List<String[]> regions = List.of(REGIONS);
        out.json("content/regions.json", Map.of("regions", regions(regions, text)));
        int observations = indicators(out, regions, text);
        out.json("content/portal/portal.json", portal(regions, text));
        out.json("content/websites/ratings.json", websites(regions, text));
        projectSets(out, regions, projects, text);
        int charts = charts(out);
        List<Map<String, Object>> sources = new ArrayList<>();
        for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) sources.add(statSource(y));
        reports(out, regions, reports, text, sources);
        out.json("content/sources.json", Map.of("sources", sources));
        int districts = 0;
        for (String[] r : REGIONS) districts += Integer.parseInt(r[4]);
        return new Written(REGIONS.length, districts, RAW.length + 2, observations, projects, reports, charts);
    }

    private static Map<String, Object> site() {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", Map.of("uz-Latn", "Shaffof", "uz-Cyrl", "Шаффоф"));
        site.put("tagline", "Hududlar boʻyicha ochiq hisobotlar (sintetik maʼlumotlar)");
        site.put("description", "Milliy miqyosdagi sintetik maʼlumotlar bilan sinov sayti: barcha raqamlar "
                + "oʻylab topilgan, haqiqiy emas.");
        site.put("baseUrl", "https://shaffof.example");
        site.put("asOf", AS_OF.toString());
        site.put("license", Map.of("name", "CC BY 4.0", "url", "https://creativecommons.org/licenses/by/4.0/"));
        return site;
    }

    private static List<Map<String, Object>> regions(List<String[]> regions, SyntheticText text) {
        List<Map<String, Object>> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (String[] r : regions) {
            List<String> districts = new ArrayList<>();
            for (int i = Integer.parseInt(r[4]); i > 0; i--) {
                String name;
                do {
                    name = SyntheticText.capitalize(text.word()) + " tumani";
                } while (!used.add(name));
                districts.add(name);
            }
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("code", r[0]);
            region.put("slug", r[1]);
            region.put("kind", r[2]);
            region.put("name", r[3]);
            region.put("center", r[0].equals("UZ-TK") ? null : SyntheticText.capitalize(text.word()));
            region.put("districts", districts);
            out.add(region);
        }
        return out;
    }

    /** Writes the indicators; returns how many observations they have. */
    private static int indicators(ProjectWriter out, List<String[]> regions, SyntheticText text) {
        Map<String, long[][]> values = new LinkedHashMap<>();
        int observations = 0;
        for (String[] def : RAW) {
            long[][] byRegion = new long[regions.size()][YEARS];
            for (int r = 0; r < regions.size(); r++) {
                if (def[0].endsWith("-connected")) {
                    // A share of the total that grows towards all of them: never more than the total.
                    long[] total = values.get(def[0].replace("-connected", "-total"))[r];
                    double share = 0.2 + text.nextDouble() * 0.3;
                    for (int y = 0; y < YEARS; y++) {
                        byRegion[r][y] = Math.round(total[y] * Math.min(1.0, share));
                        share += 0.02 + text.nextDouble() * 0.06;
                    }
                } else {
                    double v = Long.parseLong(def[3]) * (0.4 + text.nextDouble() * 1.2);
                    double growth = Double.parseDouble(def[4]) / 100;
                    for (int y = 0; y < YEARS; y++) {
                        byRegion[r][y] = Math.round(v);
                        v *= 1 + growth * (0.5 + text.nextDouble());
                    }
                }
            }
            values.put(def[0], byRegion);
            List<Map<String, Object>> obs = new ArrayList<>();
            for (int y = 0; y < YEARS; y++) {
                long national = 0;
                for (int r = 0; r < regions.size(); r++) {
                    national += byRegion[r][y];
                    obs.add(observation(regions.get(r)[0], y, byRegion[r][y], r + 1));
                }
                obs.add(observation(null, y, national, 0));
            }
            observations += obs.size();
            Map<String, Object> indicator = new LinkedHashMap<>();
            indicator.put("id", def[0]);
            indicator.put("title", def[1]);
            indicator.put("definition", def[1] + " soni, yil oxiridagi holat.");
            indicator.put("methodology", "Hududlar hisobotlari yigʻindisi; respublika raqami hududlar yigʻindisi.");
            indicator.put("unit", def[2]);
            indicator.put("better", "higher");
            indicator.put("topic", def[5]);
            indicator.put("observations", obs);
            out.json("content/indicators/" + def[0] + ".json", indicator);
        }
        share(out, "schools-connected-share", "Internetga ulangan maktablar ulushi", "schools-connected",
                "schools-total");
        share(out, "clinics-connected-share", "Internetga ulangan tibbiyot muassasalari ulushi", "clinics-connected",
                "clinics-total");
        return observations;
    }

    private static Map<String, Object> observation(String region, int yearIndex, long value, int row) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("region", region);
        o.put("year", FIRST_YEAR + yearIndex);
        o.put("value", value);
        o.put("source", citation("stat-" + (FIRST_YEAR + yearIndex), "jadval " + (row + 1)));
        return o;
    }

    private static void share(ProjectWriter out, String id, String title, String numerator, String denominator) {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("id", id);
        indicator.put("title", title);
        indicator.put("definition", title + ", foizda.");
        indicator.put("methodology", "Hisoblangan: " + numerator + " / " + denominator + " × 100.");
        indicator.put("unit", "percent");
        indicator.put("better", "higher");
        indicator.put("topic", "digital-skills");
        indicator.put("derivation", Map.of("numerator", numerator, "denominator", denominator));
        indicator.put("observations", List.of());
        out.json("content/indicators/" + id + ".json", indicator);
    }

    private static Map<String, Object> citation(String source, String locator) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", source);
        c.put("locator", locator);
        return c;
    }

    private static Map<String, Object> statSource(int year) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", "stat-" + year);
        s.put("title", "Oʻzbekiston raqamlarda, " + year + " (sintetik)");
        s.put("publisher", "Statistika agentligi");
        s.put("year", year + 1);
        s.put("url", null);
        return s;
    }

    private static Map<String, Object> portal(List<String[]> regions, SyntheticText text) {
        List<Map<String, Object>> figures = new ArrayList<>();
        List<Map<String, Object>> events = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            String code = regions.get(r)[0];
            long received = 5000 + text.nextInt(20000);
            for (int y = 0; y < YEARS; y++) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("region", code);
                f.put("year", FIRST_YEAR + y);
                f.put("received", received);
                f.put("late", received * (1 + text.nextInt(8)) / 100);
                f.put("satisfaction", BigDecimal.valueOf(38 + text.nextInt(12), 1));
                f.put("satisfactionScale", 5);
                f.put("source", citation("stat-" + (FIRST_YEAR + y), "portal, " + (r + 1) + "-qator"));
                figures.add(f);
                received += received * (5 + text.nextInt(20)) / 100;
            }
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("region", code);
            e.put("date", LocalDate.of(FIRST_YEAR + 1 + text.nextInt(YEARS - 1), 1 + text.nextInt(12),
                    1 + text.nextInt(28)).toString());
            e.put("title", regions.get(r)[3] + " hokimining virtual qabulxonasi ishga tushirildi");
            e.put("source", citation("stat-" + (FIRST_YEAR + YEARS - 1), "voqealar, " + (r + 1) + "-band"));
            events.add(e);
        }
        Map<String, Object> portal = new LinkedHashMap<>();
        portal.put("title", "Yagona interaktiv davlat xizmatlari portali");
        portal.put("description", "Hududlar boʻyicha portal orqali kelib tushgan murojaatlar (sintetik).");
        portal.put("figures", figures);
        portal.put("events", events);
        return portal;
    }

    private static Map<String, Object> websites(List<String[]> regions, SyntheticText text) {
        List<Map<String, Object>> scores = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            String[] region = regions.get(r);
            int score = 400 + text.nextInt(300);
            for (int y = 0; y < YEARS; y++) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("organisation", region[1] + "-hokimligi");
                s.put("name", region[3] + " hokimligi");
                s.put("region", region[0]);
                s.put("year", FIRST_YEAR + y);
                s.put("score", BigDecimal.valueOf(score, 1));
                s.put("source", citation("stat-" + (FIRST_YEAR + y), "reyting, " + (r + 1) + "-qator"));
                scores.add(s);
                score = Math.min(1000, score + text.nextInt(40));
            }
        }
        Map<String, Object> ratings = new LinkedHashMap<>();
        ratings.put("title", "Hokimliklar rasmiy veb-saytlari reytingi");
        ratings.put("method", "Sintetik baholash, 100 ballik shkala.");
        ratings.put("scale", 100);
        ratings.put("scores", scores);
        return ratings;
    }

    private static void projectSets(ProjectWriter out, List<String[]> regions, int projects, SyntheticText text) {
        List<List<Map<String, Object>>> byRegion = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) byRegion.add(new ArrayList<>());
        for (int i = 0; i < projects; i++) {
            int r = i % regions.size();
            String status = STATUSES[text.nextInt(STATUSES.length)];
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", String.format(Locale.ROOT, "p-%05d", i + 1));
            p.put("title", SyntheticText.capitalize(WORKS[text.nextInt(WORKS.length)]) + ": "
                    + SyntheticText.capitalize(text.word()) + " loyihasi");
            p.put("owner", OWNERS[text.nextInt(OWNERS.length)]);
            p.put("executor", text.nextInt(5) == 0 ? null : SyntheticText.capitalize(text.word()) + " MChJ");
            p.put("region", regions.get(r)[0]);
            p.put("deadline", LocalDate.of(2023, 1, 1).plusDays(text.nextInt(4 * 365)).toString());
            p.put("status", status);
            p.put("progress", status.equals("completed") ? BigDecimal.valueOf(100)
                    : status.equals("unknown") ? null : BigDecimal.valueOf(text.nextInt(1000), 1));
            p.put("source", citation("stat-" + (FIRST_YEAR + YEARS - 1), "ilova " + (i + 1)));
            byRegion.get(r).add(p);
        }
        for (int r = 0; r < regions.size(); r++) {
            String[] region = regions.get(r);
            Map<String, Object> set = new LinkedHashMap<>();
            String id = "loyihalar-" + region[1];
            set.put("id", id);
            set.put("title", region[3] + " raqamlashtirish loyihalari");
            set.put("description", "Hududiy raqamlashtirish dasturi loyihalari (sintetik).");
            set.put("asOf", AS_OF.toString());
            set.put("totals", List.of());
            set.put("projects", byRegion.get(r));
            out.json("content/projects/" + id + ".json", set);
        }
    }

    /** A tile map of each raw indicator in the last year, and two charts of the portal. */
    private static int charts(ProjectWriter out) {
        int count = 0;
        for (String[] def : RAW) {
            out.json("content/charts/" + def[0] + "-map.json", chart(def[0] + "-map", def[1] + " hududlar boʻyicha",
                    def[0], "tile-map", List.of(FIRST_YEAR + YEARS - 1)));
            count++;
        }
        out.json("content/charts/portal-received.json", chart("portal-received",
                "Portal orqali kelib tushgan murojaatlar", "portal.received", "line", List.of()));
        out.json("content/charts/portal-late-share.json", chart("portal-late-share",
                "Muddati kechiktirilgan murojaatlar ulushi", "portal.lateShare", "bar", List.of(FIRST_YEAR + YEARS - 1)));
        return count + 2;
    }

    private static Map<String, Object> chart(String id, String title, String dataset, String kind, List<Integer> years) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", id);
        c.put("title", title);
        c.put("dataset", dataset);
        c.put("kind", kind);
        c.put("regions", List.of());
        c.put("years", years);
        return c;
    }

    /**
     * {@code count} reports about 500 words long, each citing a source of its own (added to {@code sources}),
     * with headings, a list, a table of the region's figures, and links to two other reports and an indicator.
     * Odd ones are written in Latin, even ones in Cyrillic (the engine converts the prose; links stay as they are).
     */
    private static void reports(ProjectWriter out, List<String[]> regions, int count, SyntheticText text,
                                List<Map<String, Object>> sources) {
        Transliterator engine = Transliterator.standard();
        for (int k = 1; k <= count; k++) {
            boolean cyrillic = k % 2 == 0;
            java.util.function.UnaryOperator<String> script = s -> cyrillic ? engine.toCyrillic(s) : s;
            String[] region = regions.get(k % regions.size());
            String slug = String.format(Locale.ROOT, "hisobot-%05d", k);
            LocalDate date = LocalDate.of(FIRST_YEAR + 1, 1, 1).plusDays((k * 37L) % (365L * (YEARS - 1)));
            String title = region[3] + ": " + text.words(3).toLowerCase(Locale.ROOT) + " hisoboti " + k;
            StringBuilder body = new StringBuilder();
            body.append(script.apply(text.paragraph(70))).append(" [").append(script.apply(text.words(3)))
                    .append("](../").append(String.format(Locale.ROOT, "hisobot-%05d", 1 + (k * 7) % count))
                    .append("/).\n\n");
            body.append("## ").append(script.apply(text.words(3))).append("\n\n");
            body.append(script.apply(text.paragraph(80))).append("\n\n");
            for (int i = 0; i < 5; i++) body.append("- ").append(script.apply(text.words(4 + text.nextInt(5)))).append('\n');
            body.append("\n## ").append(script.apply(text.words(2))).append("\n\n### ")
                    .append(script.apply(text.words(2))).append("\n\n");
            body.append(script.apply(text.paragraph(70))).append(" [").append(script.apply(RAW[k % RAW.length][1]))
                    .append("](../../indicators/").append(RAW[k % RAW.length][0]).append("/).\n\n");
            body.append("| ").append(script.apply("Yil")).append(" | ").append(script.apply("Reja")).append(" | ")
                    .append(script.apply("Natija")).append(" |\n|---|---:|---:|\n");
            for (int y = 0; y < 6; y++) {
                body.append("| ").append(FIRST_YEAR + y).append(" | ").append(10 + text.nextInt(990)).append(" | ")
                        .append(10 + text.nextInt(990)).append(',').append(text.nextInt(10)).append(" |\n");
            }
            body.append("\n## ").append(script.apply(text.words(3))).append("\n\n");
            body.append(script.apply(text.paragraph(90))).append(" [").append(script.apply(text.words(2)))
                    .append("](../").append(String.format(Locale.ROOT, "hisobot-%05d", 1 + (k * 13) % count))
                    .append("/).\n\n");
            body.append(script.apply(text.paragraph(60))).append('\n');
            List<Object[]> fm = new ArrayList<>();
            fm.add(new Object[] {"title", script.apply(title)});
            fm.add(new Object[] {"summary", script.apply(text.sentence())});
            fm.add(new Object[] {"date", date.toString()});
            fm.add(new Object[] {"region", region[0]});
            fm.add(new Object[] {"source", slug});
            fm.add(new Object[] {"order", k});
            out.markdown("content/reports/" + slug + ".md", fm, body.toString());
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", slug);
            s.put("title", script.apply(title));
            s.put("publisher", script.apply(region[3] + " hokimligi"));
            s.put("year", date.getYear());
            s.put("url", null);
            sources.add(s);
        }
    }
}
