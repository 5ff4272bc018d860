package uz.shaffof.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import uz.shaffof.translit.Script;

/** Synthetic charts for tests (never published): every kind, in both scripts, with gaps and long names. */
final class ChartSamples {
    static final String HOSTILE = "<img src=x onerror=alert(1)>";

    private static final List<String> REGIONS_LATIN = List.of("Andijon viloyati", "Buxoro viloyati",
            "Fargʻona viloyati", "Jizzax viloyati", "Qoraqalpogʻiston Respublikasi", "Toshkent shahri", "Xorazm viloyati");
    private static final List<String> REGIONS_CYRILLIC = List.of("Андижон вилояти", "Бухоро вилояти",
            "Фарғона вилояти", "Жиззах вилояти", "Қорақалпоғистон Республикаси", "Тошкент шаҳри", "Хоразм вилояти");
    private static final List<String> CODES = List.of("UZ-AN", "UZ-BU", "UZ-FA", "UZ-JI", "UZ-QR", "UZ-TK", "UZ-XO");

    private ChartSamples() {}

    static List<BigDecimal> values(String... texts) {
        List<BigDecimal> values = new ArrayList<>();
        for (String t : texts) values.add(t == null ? null : new BigDecimal(t));
        return values;
    }

    static List<BigDecimal> regionValues() {
        return values("12572", "8431.5", null, "1234567.5", "99", "45000", "700");
    }

    /** One chart of every kind in the given script. */
    static List<ChartSpec> all(Script script) {
        boolean cyr = script == Script.CYRILLIC;
        String s = cyr ? "c" : "l";
        List<String> regions = cyr ? REGIONS_CYRILLIC : REGIONS_LATIN;
        String source = cyr ? "Манба: Андижон вилояти ҳокимлигининг 2016 йил якунлари бўйича ахборот-коммуникация технологиялари ҳисоботи"
                : "Manba: Andijon viloyati hokimligining 2016-yil yakunlari boʻyicha axborot-kommunikatsiya texnologiyalari hisoboti";
        String title = cyr ? "Интернет фойдаланувчилари сони ҳудудлар кесимида, 2016 йил ҳолатига кўра"
                : "Internet foydalanuvchilari soni hududlar kesimida, 2016-yil holatiga koʻra";
        String unit = cyr ? "киши" : "kishi";
        List<String> years = List.of("2014", "2015", "2016", "2017");
        String received = cyr ? "Қабул қилинган мурожаатлар" : "Qabul qilingan murojaatlar";
        String late = cyr ? "Муддати ўтказиб кўриб чиқилган" : "Muddati oʻtkazib koʻrib chiqilgan";
        return List.of(
                new ChartSpec("hbar-" + s, ChartKind.HORIZONTAL_BAR, title, cyr ? "Вилоятлар бўйича" : "Viloyatlar boʻyicha",
                        unit, regions, List.of(new Series("2016", regionValues())), script, source),
                new ChartSpec("bar-" + s, ChartKind.BAR, cyr ? "Мурожаатлар" : "Murojaatlar", "", "",
                        years, List.of(new Series(received, values("1200", "1500", "2380", null)),
                                new Series(late, values(null, "35", "12", "4"))), script, source),
                new ChartSpec("vbar-regions-" + s, ChartKind.BAR, title, "", unit, regions,
                        List.of(new Series("2016", regionValues())), script, source),
                new ChartSpec("line-" + s, ChartKind.LINE, cyr ? "Расмий веб-сайт рейтинги" : "Rasmiy veb-sayt reytingi",
                        "", cyr ? "балл" : "ball", years,
                        List.of(new Series(cyr ? "Андижон вилояти ҳокимлиги" : "Andijon viloyati hokimligi",
                                values("70", null, "72.3", "80.5"))), script, source),
                new ChartSpec("stack-" + s, ChartKind.STACKED_BAR, cyr ? "Ходимлар аттестацияси" : "Xodimlar attestatsiyasi",
                        "", unit, years, List.of(new Series(cyr ? "Ўтган" : "Oʻtgan", values("800", "900", null, "1000")),
                                new Series(cyr ? "Ўтмаган" : "Oʻtmagan", values("1590", "1490", null, null))), script, source),
                new ChartSpec("pie-" + s, ChartKind.PIE, cyr ? "Улушлар" : "Ulushlar", "", unit, regions,
                        List.of(new Series("2016", regionValues())), script, source),
                new ChartSpec("tile-" + s, ChartKind.TILE_MAP, title, "", unit, CODES,
                        List.of(new Series("2016", regionValues())), script, source));
    }

    static ChartSpec hostile(ChartKind kind) {
        List<String> categories = kind == ChartKind.TILE_MAP ? List.of("UZ-AN", "UZ-BU") : List.of(HOSTILE, "2016 \"&'");
        return new ChartSpec("hostile-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), kind,
                "Title " + HOSTILE, "Sub " + HOSTILE, HOSTILE, categories,
                List.of(new Series(HOSTILE, values("1", "2"))), Script.LATIN, "Manba: " + HOSTILE);
    }
}
