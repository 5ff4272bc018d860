package uz.shaffof.scaffold;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import uz.shaffof.content.Content;
import uz.shaffof.content.Document;
import uz.shaffof.content.Indicator;
import uz.shaffof.content.Region;
import uz.shaffof.content.Text;
import uz.shaffof.translit.Script;
import uz.shaffof.translit.Transliterator;

/**
 * The text of each starting file. Words are written here once, in Uzbek Latin, and given in Cyrillic by the project's
 * own transliteration engine (with its glossary), as every text of the site is; file names, keys and ids inside them
 * are kept out of it with {@code -{...}-}. Every id the file refers to (source, dataset, unit, topic) is one that
 * exists in the loaded content, and its date is the site's as-of date, so the file passes {@code check} as written.
 */
public final class Starters {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern KEEP = Pattern.compile("-\\{([^}]*)\\}-");

    private final Content content;
    private final Path contentDir;
    private final Transliterator transliterator;
    private final Script script;

    public Starters(Content content, Path contentDir, Transliterator transliterator, Script script) {
        this.content = content;
        this.contentDir = contentDir;
        this.transliterator = transliterator;
        this.script = script;
    }

    /** Whether {@code name} can be a content file's id: lower-case ASCII letters, digits, single hyphens. */
    public static boolean isSlug(String name) {
        return SLUG.matcher(name).matches();
    }

    /** {@code text} (Uzbek Latin, with {@code -{kept}-} spans) in the chosen script. */
    String words(String text) {
        if (script == Script.LATIN) return KEEP.matcher(text).replaceAll("$1");
        return transliterator.toCyrillic(text);
    }

    /** A written-once text of the content in the chosen script. */
    private String inScript(Text text) {
        if (text.isHandWritten()) return script == Script.LATIN ? text.latn() : text.cyrl();
        return transliterator.convert(text.written(), script);
    }

    public Starter report(String name, String sourceId) {
        int order = content.reports().stream().mapToInt(Document::order).max().orElse(0) + 1;
        String source = sourceId != null ? sourceId : content.sources().get(0).id();
        StringBuilder s = new StringBuilder("---\n");
        comment(s, "Hisobot: shu sarlavha qismi (-{YAML}-) va undan keyingi -{Markdown}- matn. Matn bir marta, istalgan "
                + "alifboda yoziladi; ikkinchi alifbodagi nashrni generator oʻzi yasaydi.");
        comment(s, "Matnli qiymatlarni qoʻshtirnoq ichida yozing. Tahrirdan keyin tekshiring: -{shaffof check}-");
        field(s, "title", quoted(words("Hisobot sarlavhasi")));
        comment(s, "Hisobotlar roʻyxatida va havola koʻrinishida chiqadigan bir-ikki jumla.");
        field(s, "summary", quoted(words("Hisobot haqida bir-ikki jumla.")));
        comment(s, "Hujjat sanasi (-{YYYY-MM-DD}-); -{content/site.json}- faylidagi -{asOf}- sanasidan kech boʻlmasin.");
        field(s, "date", content.site().asOf().toString());
        comment(s, "Hisobot bitta hudud haqida boʻlsa, quyidagi qatorning boshidagi belgini oʻchiring va hudud kodini "
                + "yozing (-{content/regions.json}-).");
        s.append("# region: \"").append(content.regions().get(0).code()).append("\"\n");
        comment(s, "Hisobot tayangan hujjat: -{content/sources.json}- faylidagi -{id}-.");
        field(s, "source", quoted(source));
        comment(s, "Hisobotlar roʻyxatidagi oʻrni: kichik son oldinda turadi.");
        field(s, "order", Integer.toString(order));
        comment(s, "Manba matnidagi har bir tuzatish: -{original}- (asl matn), -{corrected}- (tuzatilgani, quyidagi "
                + "matnda boʻlishi shart), -{reason}- (sababi).");
        field(s, "corrections", "[]");
        s.append("---\n\n## ").append(words("Asosiy natijalar")).append("\n\n")
                .append(words("Hisobot matnini shu yerga yozing. Raqamlarni manbadagidek yozing: ulush va "
                        + "oʻzgarishlarni generator oʻzi hisoblaydi.")).append('\n');
        return new Starter(contentDir.resolve("reports").resolve(name + ".md"), s.toString(), List.of(
                "title, summary: the report's title and a sentence or two for lists and link previews",
                "date: the document's date (YYYY-MM-DD), not after asOf " + content.site().asOf() + " in content/site.json",
                "region: remove the '# ' before it and give a code from content/regions.json if the report is about one region",
                "source: the document's id in content/sources.json (now \"" + source + "\"); add a new document there first",
                "order: place in the list of reports; corrections: every change made to a source text's wording",
                "the text below the second ---: Markdown, written once in either script"));
    }

    public Starter indicator(String name) {
        String unit = content.units().containsKey("count") ? "count" : new TreeMap<>(content.units()).firstKey();
        String topic = topics().keySet().stream().findFirst().orElse("general");
        String text = "{\n"
                + "  \"id\": " + quoted(name) + ",\n"
                + "  \"title\": " + quoted(words("Koʻrsatkich nomi")) + ",\n"
                + "  \"definition\": " + quoted(words("Koʻrsatkich nimani oʻlchaydi, bir jumlada.")) + ",\n"
                + "  \"methodology\": " + quoted(words("Raqamlar qaysi hujjatdan va qanday olingani, "
                        + "qaysi biri taxminiy ekani.")) + ",\n"
                + "  \"unit\": " + quoted(unit) + ",\n"
                + "  \"better\": \"higher\",\n"
                + "  \"topic\": " + quoted(topic) + ",\n"
                + "  \"observations\": []\n"
                + "}\n";
        return new Starter(contentDir.resolve("indicators").resolve(name + ".json"), text, List.of(
                "title, definition, methodology: written once, in either script (the other edition is made for you)",
                "unit: a key of content/i18n/units.json: " + String.join(", ", new TreeMap<>(content.units()).keySet()),
                "better: higher, lower or neither (which way is an improvement)",
                "topic: groups indicators on the site: " + String.join(", ", topics().keySet()),
                "observations: import them from a department's spreadsheet:",
                "  shaffof import FILE.xlsx --indicator " + name + " --source SOURCE-ID"));
    }

    public Starter chart(String name, String datasetId) {
        Indicator dataset = datasetId == null ? content.indicators().stream().filter(i -> !i.observations().isEmpty())
                .findFirst().orElse(content.indicators().get(0))
                : content.indicators().stream().filter(i -> i.id().equals(datasetId)).findFirst().orElse(null);
        String id = dataset != null ? dataset.id() : datasetId;
        String title = dataset != null ? inScript(dataset.title()) : words("Diagramma nomi");
        String text = "{\n"
                + "  \"id\": " + quoted(name) + ",\n"
                + "  \"title\": " + quoted(title) + ",\n"
                + "  \"dataset\": " + quoted(id) + ",\n"
                + "  \"kind\": \"bar\",\n"
                + "  \"regions\": [],\n"
                + "  \"years\": []\n"
                + "}\n";
        return new Starter(contentDir.resolve("charts").resolve(name + ".json"), text, List.of(
                "dataset: an indicator id, or portal.received, portal.late, portal.lateShare, portal.satisfaction, websites.score",
                "kind: bar, horizontal-bar, line, stacked-bar, pie or tile-map",
                "regions, years: which to show, e.g. [\"UZ-AN\", \"UZ-FA\"] and [2019, 2020]; empty means all with data",
                "note (optional): a short text shown under the chart"));
    }

    /**
     * A spreadsheet to fill in for {@code shaffof import}: a line of guidance, the header of years, one row per region
     * in the chosen script. CSV in UTF-8 with Excel's byte-order mark and semicolons, so Excel in an Uzbek or Russian
     * Windows opens it as a table with every letter right.
     */
    public Starter regionData(Path file, int firstYear, int lastYear) {
        String name = file.getFileName().toString();
        StringBuilder s = new StringBuilder("\uFEFF");
        s.append(csvField(words("Har bir katakka bitta raqam yozing; maʼlumot boʻlmasa, katakni boʻsh qoldiring. "
                + "Keyin: -{shaffof import " + name + " --indicator ID --source ID}-"))).append("\r\n");
        s.append(csvField(words("Hudud")));
        for (int y = firstYear; y <= lastYear; y++) s.append(';').append(y);
        s.append("\r\n");
        for (Region r : content.regions()) {
            s.append(csvField(inScript(r.name())));
            s.append(";".repeat(lastYear - firstYear + 1)).append("\r\n");
        }
        return new Starter(file, s.toString(), List.of(
                "one figure a cell, as the source gives it: 12 572, 85,7, or 630 000 dan ortiq (a qualifier)",
                "leave a cell empty, or write -, where there is no figure: it is never read as 0",
                "then: shaffof import " + name + " --indicator ID --source ID   (add --update to replace figures that changed)"));
    }

    private Map<String, Long> topics() {
        Map<String, Long> byCount = new TreeMap<>();
        for (Indicator i : content.indicators()) byCount.merge(i.topic(), 1L, Long::sum);
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(byCount.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> ordered = new java.util.LinkedHashMap<>();
        sorted.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    private void comment(StringBuilder s, String latin) {
        s.append("# ").append(words(latin)).append('\n');
    }

    private static void field(StringBuilder s, String key, String value) {
        s.append(key).append(": ").append(value).append('\n');
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String csvField(String s) {
        return s.contains(";") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
