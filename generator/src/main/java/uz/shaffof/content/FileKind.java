package uz.shaffof.content;

/**
 * The kinds of file {@code content/} may hold. Each JSON kind and each Markdown kind has a JSON Schema in
 * {@code src/main/resources/schemas/<schema>.schema.json}; the glossary belongs to the transliteration engine and
 * is passed through as text.
 */
enum FileKind {
    SITE(ContentFormat.JSON, "site"),
    REGIONS(ContentFormat.JSON, "regions"),
    SOURCES(ContentFormat.JSON, "sources"),
    INDICATOR(ContentFormat.JSON, "indicator"),
    PORTAL(ContentFormat.JSON, "portal"),
    WEBSITES(ContentFormat.JSON, "websites"),
    PROJECTS(ContentFormat.JSON, "projects"),
    OUTCOME(ContentFormat.JSON, "outcome"),
    CHART(ContentFormat.JSON, "chart"),
    STRINGS(ContentFormat.JSON, "strings"),
    UNITS(ContentFormat.JSON, "units"),
    REPORT(ContentFormat.MARKDOWN, "report"),
    PAGE(ContentFormat.MARKDOWN, "page"),
    GLOSSARY(ContentFormat.TSV, null);

    private final ContentFormat format;
    private final String schema;

    FileKind(ContentFormat format, String schema) {
        this.format = format;
        this.schema = schema;
    }

    ContentFormat format() {
        return format;
    }

    /** The schema's base name ({@code indicator} for {@code indicator.schema.json}), or null when there is none. */
    String schema() {
        return schema;
    }
}
