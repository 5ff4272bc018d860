package uz.shaffof.content;

/**
 * How a content file is written, and the byte limit for it. The limits are far above any real file (the largest is
 * a few tens of kilobytes) and low enough that a runaway file fails fast instead of exhausting memory in CI.
 */
enum ContentFormat {
    JSON(20L * 1024 * 1024, "a JSON object"),
    MARKDOWN(2L * 1024 * 1024, "YAML front matter between two '---' lines, then Markdown text"),
    TSV(5L * 1024 * 1024, "tab-separated lines");

    private final long maxBytes;
    private final String expected;

    ContentFormat(long maxBytes, String expected) {
        this.maxBytes = maxBytes;
        this.expected = expected;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** What a file of this format should contain, for messages such as "file is empty; expected ...". */
    String expected() {
        return expected;
    }
}
