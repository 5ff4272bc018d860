package uz.shaffof.gate;

import java.io.DataOutputStream;
import java.io.IOException;

/**
 * What one {@link PageGate} learned of one page from its parse: a compact, immutable value that depends on nothing
 * but the page's bytes, its path and the site's base URL, so that it can be kept in a {@link PageFactsCache} and
 * read back instead of parsing the page again. Each gate reads its own kind back ({@link PageGate#decode}).
 */
public interface PageFacts {
    /** Writes these facts so that their gate's {@link PageGate#decode} reads back an equal value. */
    void write(DataOutputStream out) throws IOException;
}
