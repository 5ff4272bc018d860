package uz.shaffof.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uz.shaffof.cache.Fingerprint;
import uz.shaffof.content.Qualifier;
import uz.shaffof.csv.CsvWriter;
import uz.shaffof.download.StableZip;
import uz.shaffof.download.XlsxWriter;
import uz.shaffof.figures.Column;
import uz.shaffof.figures.Dataset;
import uz.shaffof.i18n.Edition;
import uz.shaffof.output.OutputFile;

/**
 * The data: every dataset as CSV, JSON and XLSX in each edition ({@code uz/data/<id>.csv}, ...: codes, numbers and
 * sources are the same in both; region names and qualifiers in words are in the edition's script), one zip of all,
 * a catalog page, and one page per dataset with its columns, sources,
 * licence and schema.org {@code Dataset} description for search engines.
 */
public final class DataSection {
    /** Immutable once configured; sorted keys keep the JSON-LD byte-stable. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /** The whole catalog in one file, for readers who want everything at once. */
    static final String ARCHIVE = "data/shaffof-data.zip";
    /** Every column of every dataset and what it means, per edition (CSV and JSON), also in the zip. */
    static final String GLOSSARY = "data/columns";

    private DataSection() {}

    /** A dataset on the catalog page; the files are offered only when it has rows. */
    public record DatasetCard(String title, String href, String csv, String json, String xlsx, int rows) {}

    /** A column and what it means, in the edition's script. */
    public record ColumnNote(String name, String meaning) {}

    public record CatalogBody(String title, String intro, List<DatasetCard> datasets, String archive,
                              List<ColumnNote> glossary, String glossaryCsv, String glossaryJson, String license,
                              String licenseUrl) {}

    public record DatasetBody(String title, String id, List<ColumnNote> columns, int rows, List<SourceItem> sources, String csv,
                       String json, String xlsx, String archive, String license, String licenseUrl, String jsonLd,
                       Provenance provenance) {}

    static List<PagePlan> plan(SiteContext ctx) {
        List<PagePlan> plans = new ArrayList<>();
        plans.add(new PagePlan("data/", "data.ftlh", e -> PageView.of(ctx.ui("nav.data", e),
                ctx.ui("data.description", e), "data/", new CatalogBody(ctx.ui("nav.data", e),
                        ctx.ui("data.description", e), ctx.figures().datasets().stream().map(d -> new DatasetCard(
                        title(ctx, d, e), "data/" + d.id() + "/", "data/" + d.id() + ".csv",
                        "data/" + d.id() + ".json", "data/" + d.id() + ".xlsx", d.rows().size())).toList(),
                        ARCHIVE, glossary(ctx, e), GLOSSARY + ".csv", GLOSSARY + ".json",
                        ctx.content().site().licenseName(), ctx.content().site().licenseUrl()))));
        for (Dataset d : ctx.figures().datasets()) {
            plans.add(new PagePlan("data/" + d.id() + "/", "dataset.ftlh", e -> page(ctx, d, e)));
        }
        return plans;
    }

    /** The code and libraries that write the files of {@link #files}, and this machine's zlib (which the zips use). */
    private static final String WRITERS = writersFingerprint();

    /**
     * The dataset files, from {@code cache} when the inputs of {@link #files} are the same as when it stored them
     * ({@link #filesKey}), else written.
     */
    static List<OutputFile> files(SiteContext ctx, DataFileCache cache) {
        return cache.files(cache.keeps() ? filesKey(ctx) : null, () -> files(ctx));
    }

    /**
     * The SHA-256 of everything the bytes of {@link #files} are made from: each edition's datasets as it publishes
     * them ({@link #forEdition}) and its column glossary, written canonically ({@link ModelKey}), and the code that
     * writes them ({@link #WRITERS}). Null when a value has no canonical form (the files are then written).
     */
    static String filesKey(SiteContext ctx) {
        MessageDigest d = ModelKey.sha256();
        d.update(WRITERS.getBytes(StandardCharsets.US_ASCII));
        ModelKey.Memo memo = new ModelKey.Memo();
        try {
            for (Edition e : Edition.values()) {
                d.update(e.prefix().getBytes(StandardCharsets.UTF_8));
                d.update((byte) 0);
                ModelKey.write(d, ctx.figures().datasets().stream().map(x -> forEdition(ctx, x, e)).toList(), memo);
                ModelKey.write(d, glossary(ctx, e), memo);
            }
        } catch (ModelKey.NotCanonical ex) {
            return null;
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static String writersFingerprint() {
        Fingerprint f = new Fingerprint().text(DataFileCache.FORMAT).text(System.getProperty("java.version", ""));
        for (Class<?> c : List.of(DataSection.class, DataFileCache.class, Dataset.class, Column.class, CsvWriter.class,
                XlsxWriter.class, StableZip.class)) {
            f.classFile(c);
        }
        f.resource(Dataset.class, "/uz/shaffof/figures/DatasetJson.class");
        f.resource(XlsxWriter.class, "/META-INF/maven/org.dhatim/fastexcel/pom.properties");
        f.resource(JSON.getClass(), "/META-INF/maven/com.fasterxml.jackson.core/jackson-databind/pom.properties");
        // The zips are deflated by the JVM's zlib, which may be the system's: the same text deflated by it now.
        Map<String, byte[]> probe = new TreeMap<>();
        probe.put("probe.txt", ("region,year,value\n" + "UZ-AN,2016,37.7\n".repeat(64)).getBytes(StandardCharsets.UTF_8));
        return f.text(HexFormat.of().formatHex(StableZip.write(probe))).hex();
    }

    /**
     * Every dataset as CSV, JSON and XLSX in each edition ({@code uz/data/<id>.csv}, ...), and {@value #ARCHIVE}:
     * all of them in one zip. Whatever these bytes are made from is in {@link #filesKey}: a value read here that the
     * key does not cover would let a build publish the files of the build before.
     */
    static List<OutputFile> files(SiteContext ctx) {
        List<OutputFile> out = new ArrayList<>();
        for (Edition e : Edition.values()) {
            for (Dataset neutral : ctx.figures().datasets()) {
                Dataset d = forEdition(ctx, neutral, e);
                String base = e.prefix() + "/data/" + d.id();
                out.add(new OutputFile(base + ".csv", CsvWriter.encode(d.csv())));
                out.add(OutputFile.text(base + ".json", d.json()));
                out.add(new OutputFile(base + ".xlsx", XlsxWriter.write(d.id(), d.columnNames(),
                        d.columns().stream().map(c -> c.type() == Column.Type.NUMBER).toList(), d.rows())));
            }
        }
        for (Edition e : Edition.values()) {
            List<ColumnNote> glossary = glossary(ctx, e);
            out.add(new OutputFile(e.prefix() + "/" + GLOSSARY + ".csv", CsvWriter.encode(CsvWriter.write(
                    List.of("column", "meaning"), glossary.stream().map(n -> List.of(n.name(), n.meaning())).toList()))));
            out.add(OutputFile.text(e.prefix() + "/" + GLOSSARY + ".json", glossaryJson(glossary)));
        }
        Map<String, byte[]> entries = new TreeMap<>();
        for (OutputFile f : out) entries.put(f.path().replace("/data/", "/"), f.bytes());
        out.add(new OutputFile(ARCHIVE, StableZip.write(entries)));
        return out;
    }

    /** Every column of the edition's datasets, in order of first use, with its meaning. */
    static List<ColumnNote> glossary(SiteContext ctx, Edition e) {
        Set<String> names = new LinkedHashSet<>();
        for (Dataset d : ctx.figures().datasets()) names.addAll(forEdition(ctx, d, e).columnNames());
        return notes(ctx, List.copyOf(names), e);
    }

    private static List<ColumnNote> notes(SiteContext ctx, List<String> names, Edition e) {
        return names.stream().map(n -> new ColumnNote(n, ctx.ui("column." + n, e))).toList();
    }

    /** {@code {"columns":[{"meaning":...,"name":...}]}}, keys sorted. */
    private static String glossaryJson(List<ColumnNote> glossary) {
        List<Map<String, String>> columns = glossary.stream()
                .map(n -> Map.of("name", n.name(), "meaning", n.meaning())).toList();
        try {
            return JSON.writeValueAsString(Map.of("columns", columns)) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("the column glossary is not serialisable", ex);
        }
    }

    /**
     * A dataset as an edition publishes it: beside each region code its name, and beside each qualifier code the
     * figure as the source states it ("1 600 дан ортиқ"), in the edition's script, so that a reader needs no key.
     */
    static Dataset forEdition(SiteContext ctx, Dataset d, Edition e) {
        List<Column> columns = new ArrayList<>();
        for (Column c : d.columns()) {
            columns.add(c);
            if (c.name().equals("region")) columns.add(new Column("region_name", Column.Type.TEXT));
            if (c.name().equals("qualifier")) columns.add(new Column("as_stated", Column.Type.TEXT));
        }
        int value = d.columnNames().indexOf("value");
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : d.rows()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                cells.add(cell);
                String name = d.columns().get(i).name();
                if (name.equals("region")) cells.add(ctx.regionName(cell.isEmpty() ? null : cell, e));
                if (name.equals("qualifier")) cells.add(asStated(ctx, cell, value < 0 ? "" : row.get(value), e));
            }
            rows.add(cells);
        }
        return new Dataset(d.id(), d.title(), columns, rows, d.sourceIds());
    }

    /**
     * The figure as the pages write it, through the same {@link SiteContext#figure} (so with its case suffix on its
     * word): "1 600-дан ортиқ" for {@code more_than} and 1600; the number alone when exact; empty without a value.
     */
    private static String asStated(SiteContext ctx, String qualifier, String value, Edition e) {
        if (value.isEmpty()) return "";
        Qualifier q = qualifier.isEmpty() ? Qualifier.EXACT : Qualifier.valueOf(qualifier.toUpperCase(Locale.ROOT));
        return ctx.figure(new BigDecimal(value), q, null, e);
    }

    private static PageView page(SiteContext ctx, Dataset d, Edition e) {
        String title = title(ctx, d, e);
        List<SourceItem> sources = d.sourceIds().stream().map(ctx::source)
                .map(s -> new SourceItem(ctx.sourceName(s, e), s.url())).toList();
        String description = ctx.ui("dataset.description", e).replace("{0}", title);
        return PageView.of(title, description, "data/", new DatasetBody(title, d.id(),
                notes(ctx, forEdition(ctx, d, e).columnNames(), e),
                d.rows().size(), sources, "data/" + d.id() + ".csv", "data/" + d.id() + ".json",
                "data/" + d.id() + ".xlsx", ARCHIVE, ctx.content().site().licenseName(), ctx.content().site().licenseUrl(),
                jsonLd(ctx, d, e, title, description, sources.stream().map(SourceItem::text).toList()),
                Provenance.of(ctx, title, e.prefix() + "/data/" + d.id() + "/", e)));
    }

    /** A dataset's title; datasets the content gives no title (the outcomes) are named in the interface strings. */
    private static String title(SiteContext ctx, Dataset d, Edition e) {
        return d.title() != null ? ctx.text(d.title(), e) : ctx.ui("dataset." + d.id(), e);
    }

    /** schema.org Dataset, escaped so that no "</script>" can end the block early. */
    private static String jsonLd(SiteContext ctx, Dataset d, Edition e, String title, String description,
                                 List<String> sources) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Dataset");
        ld.put("name", title);
        ld.put("description", description);
        ld.put("inLanguage", e.lang());
        ld.put("url", ctx.absolute(e.prefix() + "/data/" + d.id() + "/"));
        ld.put("license", ctx.content().site().licenseUrl());
        ld.put("isAccessibleForFree", true);
        ld.put("creator", Map.of("@type", "Organization", "name", ctx.text(ctx.content().site().title(), e)));
        PublisherView publisher = ctx.publisher(e);
        if (publisher != null) ld.put("publisher", organization(publisher));
        ld.put("citation", sources);
        ld.put("temporalCoverage", temporalCoverage(d));
        ld.put("variableMeasured", forEdition(ctx, d, e).columnNames());
        ld.put("distribution", List.of(
                Map.of("@type", "DataDownload", "encodingFormat", "text/csv", "contentUrl", ctx.absolute(e.prefix() + "/data/" + d.id() + ".csv")),
                Map.of("@type", "DataDownload", "encodingFormat", "application/json", "contentUrl", ctx.absolute(e.prefix() + "/data/" + d.id() + ".json")),
                Map.of("@type", "DataDownload", "encodingFormat",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "contentUrl", ctx.absolute(e.prefix() + "/data/" + d.id() + ".xlsx"))));
        try {
            return JSON.writeValueAsString(ld).replace("<", "\\u003c");
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("JSON-LD of " + d.id() + " is not serialisable", ex);
        }
    }

    /** schema.org Organization of the publisher, with only the fields site.json gives. */
    private static Map<String, Object> organization(PublisherView p) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "Organization");
        org.put("name", p.name());
        if (p.url() != null) org.put("url", p.url());
        if (p.email() != null) org.put("email", p.email());
        return org;
    }

    /** "2015/2016" from the dataset's year column, when it has one. */
    private static String temporalCoverage(Dataset d) {
        int col = d.columnNames().indexOf("year");
        if (col < 0) return null;
        List<Integer> years = d.rows().stream().map(r -> r.get(col)).filter(s -> !s.isEmpty())
                .map(Integer::valueOf).sorted().toList();
        if (years.isEmpty()) return null;
        return years.get(0).equals(years.get(years.size() - 1)) ? String.valueOf(years.get(0))
                : years.get(0) + "/" + years.get(years.size() - 1);
    }
}
