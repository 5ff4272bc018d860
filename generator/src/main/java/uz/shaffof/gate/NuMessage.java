package uz.shaffof.gate;

/**
 * One error reported by the Nu Html Checker.
 *
 * @param line 1-based line vnu reports (the end of the offending tag), or -1 when it names no place
 * @param column 1-based column vnu reports, or -1
 * @param text the message as {@code vnu} prints it, with its curly quotes
 */
record NuMessage(int line, int column, String text) {}
