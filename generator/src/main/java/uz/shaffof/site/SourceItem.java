package uz.shaffof.site;

/**
 * A source as a list of sources shows it: its line in the edition, and its address ({@code null} when sources.json
 * gives none, and the line is then not a link).
 */
public record SourceItem(String text, String href) {}
