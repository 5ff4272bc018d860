package uz.shaffof.content;

/** Where a Markdown document is published: among the reports, or as a standalone page. */
public enum DocumentKind {
    REPORT,
    PAGE
}
