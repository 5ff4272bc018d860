package uz.shaffof.content;

/** One fix an editor made to a source text when publishing it (extraction damage, typos), for review. */
public record Correction(String original, String corrected, String reason) {}
