package uz.shaffof.search;

/**
 * A page as search sees it: its route below the edition prefix, its title in each script, and its words
 * (from either edition: folding makes the script irrelevant).
 */
public record SearchDoc(String route, String titleLatn, String titleCyrl, String text) {}
