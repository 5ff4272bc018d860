package uz.shaffof.importer;

/**
 * What an import did: the merge (added, changed, unchanged figures), the indicator file's path as printed, and whether
 * the file was written ({@code false} when there was nothing to change).
 */
public record ImportResult(ObservationMerge merge, String indicatorPath, boolean written, boolean updated) {}
