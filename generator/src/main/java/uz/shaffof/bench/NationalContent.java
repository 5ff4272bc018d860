package uz.shaffof.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import uz.shaffof.content.Better;
import uz.shaffof.content.Citation;
import uz.shaffof.content.Content;
import uz.shaffof.content.Derivation;
import uz.shaffof.content.Indicator;
import uz.shaffof.content.Observation;
import uz.shaffof.content.Project;
import uz.shaffof.content.ProjectSet;
import uz.shaffof.content.ProjectStatus;
import uz.shaffof.content.Qualifier;
import uz.shaffof.content.Region;
import uz.shaffof.content.RegionKind;
import uz.shaffof.content.SiteConfig;
import uz.shaffof.content.Source;
import uz.shaffof.content.Text;
import uz.shaffof.problem.SourcePos;
import uz.shaffof.render.AsciiSlug;

/**
 * A synthetic, deterministic national-scale {@link Content}, generated in memory (never written to
 * {@code content/}): the 14 regions with 200 districts between them, ten raw indicators and two derived shares
 * with ten years of figures for the country, every region and every district (regions sum their districts),
 * and 2 000 projects in one project set per region. District codes extend the region's ({@code UZ-AN-03}), so
 * {@link uz.shaffof.figures.Figures} gives every district its own series.
 */
final class NationalContent {
    static final int FIRST_YEAR = 2015;
    static final int YEARS = 10;
    static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

    private static final SourcePos POS = SourcePos.file("bench/generated");
    private static final String[][] REGIONS = {
        {"UZ-AN", "andijon", "Andijon viloyati", "16"}, {"UZ-BU", "buxoro", "Buxoro viloyati", "11"},
        {"UZ-FA", "fargona", "Fargʻona viloyati", "19"}, {"UZ-JI", "jizzax", "Jizzax viloyati", "13"},
        {"UZ-XO", "xorazm", "Xorazm viloyati", "13"}, {"UZ-NG", "namangan", "Namangan viloyati", "12"},
        {"UZ-NW", "navoiy", "Navoiy viloyati", "11"}, {"UZ-QA", "qashqadaryo", "Qashqadaryo viloyati", "14"},
        {"UZ-QR", "qoraqalpogiston", "Qoraqalpogʻiston Respublikasi", "17"},
        {"UZ-SA", "samarqand", "Samarqand viloyati", "16"}, {"UZ-SI", "sirdaryo", "Sirdaryo viloyati", "8"},
        {"UZ-SU", "surxondaryo", "Surxondaryo viloyati", "14"},
        {"UZ-TO", "toshkent-viloyati", "Toshkent viloyati", "22"}, {"UZ-TK", "toshkent", "Toshkent shahri", "14"},
    };
    /** id, title, unit, base value of a district, yearly growth in percent. */
    private static final String[][] RAW = {
        {"internet-users", "Internet foydalanuvchilari", "persons", "40000", "12"},
        {"broadband-subscribers", "Keng polosali internet abonentlari", "persons", "6000", "18"},
        {"fibre-km", "Optik tolali aloqa liniyalari", "km", "300", "15"},
        {"base-stations", "Mobil aloqa tayanch stansiyalari", "count", "60", "10"},
        {"wifi-points", "Jamoat Wi-Fi nuqtalari", "count", "20", "25"},
        {"e-services", "Koʻrsatilgan elektron davlat xizmatlari", "count", "9000", "30"},
        {"schools-total", "Umumtaʼlim maktablari", "count", "45", "1"},
        {"schools-connected", "Internetga ulangan maktablar", "count", "10", "14"},
        {"clinics-total", "Birlamchi tibbiyot muassasalari", "count", "30", "1"},
        {"clinics-connected", "Internetga ulangan tibbiyot muassasalari", "count", "5", "16"},
    };
    private static final String[] SYLLABLES = {"ol", "tin", "qoʻ", "rgʻon", "bu", "loq", "sha", "hri", "xon",
        "obod", "yan", "gi", "qa", "ra", "su", "kent", "chi", "roq", "paxta", "oy", "dil", "zar", "gʻuz", "ar"};
    private static final String[] OWNERS = {"Raqamli texnologiyalar vazirligi", "Xalq taʼlimi vazirligi",
        "Sogʻliqni saqlash vazirligi", "Adliya vazirligi", "Moliya vazirligi", "Iqtisodiyot vazirligi",
        "Qishloq xoʻjaligi vazirligi", "Transport vazirligi", "Energetika vazirligi", "Statistika agentligi",
        "Davlat xizmatlari agentligi", "Kadastr agentligi", "Soliq qoʻmitasi", "Bojxona qoʻmitasi",
        "Ichki ishlar vazirligi", "Favqulodda vaziyatlar vazirligi", "Madaniyat vazirligi", "Sport vazirligi",
        "Turizm qoʻmitasi", "Oliy taʼlim vazirligi"};
    private static final String[] WORKS = {"elektron hujjat aylanishi", "axborot tizimi", "maʼlumotlar markazi",
        "mobil ilova", "onlayn xizmat", "optik tolali tarmoq", "videokuzatuv tizimi", "raqamli platforma",
        "elektron navbat", "ochiq maʼlumotlar portali"};

    private NationalContent() {}

    /** The content: 14 regions, 200 districts, 12 indicators over 10 years, {@code projects} projects. */
    static Content generate(int projects) {
        Random rnd = new Random(20261123);
        List<Region> regions = regions(rnd);
        List<Source> sources = new ArrayList<>();
        for (int y = FIRST_YEAR; y < FIRST_YEAR + YEARS; y++) {
            sources.add(new Source("stat-" + y, Text.of("Oʻzbekiston raqamlarda, " + y), Text.of("Statistika agentligi"),
                    y + 1, "https://stat.uz/", POS));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (String[] raw : RAW) indicators.add(raw(raw, regions, rnd));
        indicators.add(share("schools-connected-share", "Internetga ulangan maktablar ulushi", "schools-connected",
                "schools-total"));
        indicators.add(share("clinics-connected-share", "Internetga ulangan tibbiyot muassasalari ulushi",
                "clinics-connected", "clinics-total"));
        SiteConfig site = new SiteConfig(Text.of("Shaffof"), Text.of("Raqamlashtirish ochiq maʼlumotlari"),
                Text.of("Sintetik milliy miqyosdagi maʼlumotlar"), "http://localhost", AS_OF, "CC BY 4.0",
                "https://creativecommons.org/licenses/by/4.0/", POS);
        Map<String, Text> units = Map.of("persons", Text.of("kishi"), "km", Text.of("km"), "count", Text.of("ta"),
                "percent", Text.of("%"));
        return new Content(site, regions, sources, indicators, null, null, projectSets(regions, projects, rnd),
                List.of(), List.of(), List.of(), List.of(), Map.of(), units, null, null);
    }

    private static List<Region> regions(Random rnd) {
        List<Region> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (String[] r : REGIONS) {
            List<Text> districts = new ArrayList<>();
            for (int i = 0; i < Integer.parseInt(r[3]); i++) {
                String name;
                do {
                    name = word(rnd) + " tumani";
                } while (!used.add(AsciiSlug.of(name))); // slugs, not names, must not repeat
                districts.add(Text.of(name));
            }
            RegionKind kind = r[0].equals("UZ-QR") ? RegionKind.REPUBLIC : r[0].equals("UZ-TK") ? RegionKind.CITY
                    : RegionKind.REGION;
            out.add(new Region(r[0], r[1], kind, Text.of(r[2]), Text.of(word(rnd)), districts, POS));
        }
        return out;
    }

    /** The code of a region's {@code index}-th district (0-based): {@code UZ-AN-01}. */
    static String districtCode(Region region, int index) {
        return region.code() + "-" + String.format(Locale.ROOT, "%02d", index + 1);
    }

    static String districtSlug(Region region, int index) {
        return AsciiSlug.of(region.districts().get(index).written());
    }

    private static Indicator raw(String[] def, List<Region> regions, Random rnd) {
        long base = Long.parseLong(def[3]);
        double growth = Double.parseDouble(def[4]) / 100;
        List<Observation> obs = new ArrayList<>();
        long[] national = new long[YEARS];
        for (Region region : regions) {
            long[] regional = new long[YEARS];
            for (int d = 0; d < region.districts().size(); d++) {
                double v = base * (0.4 + rnd.nextDouble() * 1.2);
                for (int y = 0; y < YEARS; y++) {
                    long value = Math.round(v);
                    regional[y] += value;
                    obs.add(observation(districtCode(region, d), y, value, d));
                    v *= 1 + growth * (0.5 + rnd.nextDouble());
                }
            }
            for (int y = 0; y < YEARS; y++) {
                national[y] += regional[y];
                obs.add(observation(region.code(), y, regional[y], 0));
            }
        }
        for (int y = 0; y < YEARS; y++) obs.add(observation(null, y, national[y], 0));
        return new Indicator(def[0], Text.of(def[1]), Text.of(def[1] + " soni, yil oxiriga"),
                Text.of("Hududlar hisobotlari yigʻindisi"), def[2], Better.HIGHER, "ict", null, obs, List.of(), POS);
    }

    private static Observation observation(String region, int yearIndex, long value, int row) {
        int year = FIRST_YEAR + yearIndex;
        return new Observation(region, year, null, BigDecimal.valueOf(value), Qualifier.EXACT,
                new Citation("stat-" + year, Text.of("jadval " + (row + 1))), null, POS);
    }

    private static Indicator share(String id, String title, String numerator, String denominator) {
        return new Indicator(id, Text.of(title), Text.of(title + ", foizda"), Text.of("Hisoblangan"), "percent",
                Better.HIGHER, "ict", new Derivation(numerator, denominator), List.of(), List.of(), POS);
    }

    private static List<ProjectSet> projectSets(List<Region> regions, int projects, Random rnd) {
        List<List<Project>> byRegion = new ArrayList<>();
        regions.forEach(r -> byRegion.add(new ArrayList<>()));
        ProjectStatus[] statuses = ProjectStatus.values();
        for (int i = 0; i < projects; i++) {
            int r = i % regions.size();
            Region region = regions.get(r);
            String title = capitalize(WORKS[rnd.nextInt(WORKS.length)]) + ": " + word(rnd) + " loyihasi";
            LocalDate deadline = LocalDate.of(2023, 1, 1).plusDays(rnd.nextInt(4 * 365));
            ProjectStatus status = statuses[rnd.nextInt(statuses.length)];
            BigDecimal progress = status == ProjectStatus.COMPLETED ? BigDecimal.valueOf(100)
                    : BigDecimal.valueOf(rnd.nextInt(1000)).divide(BigDecimal.TEN, 1, RoundingMode.UNNECESSARY);
            byRegion.get(r).add(new Project(String.format(Locale.ROOT, "p-%04d", i + 1), Text.of(title),
                    Text.of(OWNERS[rnd.nextInt(OWNERS.length)]), Text.of(capitalize(word(rnd)) + " MChJ"),
                    region.code(), deadline, status, progress, new Citation("stat-2024", Text.of("ilova " + (i + 1))),
                    POS));
        }
        List<ProjectSet> out = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            Region region = regions.get(r);
            out.add(new ProjectSet("loyihalar-" + region.slug(), Text.of(region.name().written() + " loyihalari"),
                    Text.of("Hududiy raqamlashtirish dasturi"), AS_OF, List.of(), byRegion.get(r), POS));
        }
        return out;
    }

    private static String word(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = 2 + rnd.nextInt(2);
        for (int i = 0; i < n; i++) sb.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
        return capitalize(sb.toString());
    }

    private static String capitalize(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
