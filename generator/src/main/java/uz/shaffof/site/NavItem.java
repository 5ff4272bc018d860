package uz.shaffof.site;

/** A link of the main navigation, already in the page's script; {@code current} marks the section shown. */
public record NavItem(String href, String label, boolean current) {}
