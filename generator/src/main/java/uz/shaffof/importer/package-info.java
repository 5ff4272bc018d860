/**
 * {@code shaffof import}: a spreadsheet of regions by years (.xlsx or .csv, as departments send them) into an
 * indicator's observations. The stages, each with one job: {@link uz.shaffof.importer.CsvGridReader} or
 * {@link uz.shaffof.importer.XlsxGridReader} (file to a {@link uz.shaffof.importer.Grid} of cells with their
 * addresses) → {@link uz.shaffof.importer.RegionYearTable} (where the years and the region names are, and each
 * figure cell, read by {@link uz.shaffof.importer.CellValues}) → {@link uz.shaffof.importer.ObservationMerge} (what
 * is new, unchanged or changed against the file) → {@link uz.shaffof.importer.IndicatorFileEditor} (the new file
 * text, touching only the observations it adds or replaces) → {@link uz.shaffof.importer.Importer} (runs the
 * content loader on the result and writes it only when everything is sound).
 *
 * <p>Depends on {@code content} (the loader and the records) and {@code translit} (region names in both
 * scripts); nothing in those packages depends on this one.
 */
package uz.shaffof.importer;
