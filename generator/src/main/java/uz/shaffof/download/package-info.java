/**
 * Downloads in the formats spreadsheet programs open directly: one XLSX workbook per dataset
 * ({@link uz.shaffof.download.XlsxWriter}) and archives whose bytes depend on their entries only
 * ({@link uz.shaffof.download.StableZip}), so that two builds of the same content publish the same files.
 */
package uz.shaffof.download;
