package uz.shaffof.content;

/**
 * A Markdown file cut in two: the YAML of its front matter, which starts on file line {@code yamlLine}, and the
 * Markdown body, which starts on file line {@code bodyLine}.
 */
record SplitDocument(String yaml, int yamlLine, String body, int bodyLine) {}
