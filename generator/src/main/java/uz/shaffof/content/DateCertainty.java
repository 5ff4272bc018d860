package uz.shaffof.content;

/**
 * How much a document's {@code date} says. Sources often do not state when a report was given or an interview
 * held; the editor then takes the earliest date the text allows, and the site must not print it as if the source
 * had stated it. Written in front matter as {@code dateIs: exact} (the default) or {@code dateIs: not-before}.
 */
public enum DateCertainty {
    /** The source states the date. */
    EXACT,
    /** The source states no date; the document is of this date or later. */
    NOT_BEFORE
}
