package uz.shaffof.content;

/** Where in a {@link Source} a figure stands: the source's id and a human locator such as a section title. */
public record Citation(String sourceId, Text locator) {}
