/**
 * CSV as the site publishes it for download: RFC 4180, and safe to open in a spreadsheet program
 * ({@link uz.shaffof.csv.CsvWriter}).
 */
package uz.shaffof.csv;
