package uz.shaffof.chart;

import uz.shaffof.translit.Script;

/**
 * The few words the renderer writes itself, in each script. Latin uses U+02BB in oʻ/gʻ and U+02BC for the
 * tutuq belgisi, as the rest of the site does.
 */
record ChartWords(
        String noData,
        String unitPrefix,
        String bar,
        String horizontalBar,
        String line,
        String stackedBar,
        String pie,
        String tileMap,
        String highest,
        String lowest,
        String largestShare,
        String total,
        String increased,
        String decreased,
        String unchanged,
        String yearSuffix,
        String from,
        String to,
        String both,
        String categoriesCount) {

    static final ChartWords LATIN = new ChartWords(
            "ma\u02BClumot yo\u02BBq", "O\u02BBlchov birligi: ",
            "Ustunli diagramma", "Gorizontal ustunli diagramma", "Chiziqli diagramma",
            "Taxlangan ustunli diagramma", "Doiraviy diagramma", "Hududlar xaritasi",
            "eng yuqori", "eng past", "eng katta ulush", "jami",
            "oshdi", "kamaydi", "o\u02BBzgarmadi", "-yilda", "dan", "ga", "ham", "ta ko\u02BBrsatkich");

    static final ChartWords CYRILLIC = new ChartWords(
            "маълумот йўқ", "Ўлчов бирлиги: ",
            "Устунли диаграмма", "Горизонтал устунли диаграмма", "Чизиқли диаграмма",
            "Тахланган устунли диаграмма", "Доиравий диаграмма", "Ҳудудлар харитаси",
            "энг юқори", "энг паст", "энг катта улуш", "жами",
            "ошди", "камайди", "ўзгармади", " йилда", "дан", "га", "ҳам", "та кўрсаткич");

    static ChartWords of(Script script) {
        return script == Script.CYRILLIC ? CYRILLIC : LATIN;
    }

    String kindName(ChartKind kind) {
        return switch (kind) {
            case BAR -> bar;
            case HORIZONTAL_BAR -> horizontalBar;
            case LINE -> line;
            case STACKED_BAR -> stackedBar;
            case PIE -> pie;
            case TILE_MAP -> tileMap;
        };
    }
}
