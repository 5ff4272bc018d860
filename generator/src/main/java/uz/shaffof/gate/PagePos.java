package uz.shaffof.gate;

import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.SourcePos;

/** Positions and problems in output files: {@code site/<path>} with the 1-based line and column of a node. */
final class PagePos {
    private PagePos() {}

    /** Where this node's start tag begins; the whole file when the parser made the node up (an implied tag). */
    static SourcePos of(String path, Node node) {
        Range range = node.sourceRange();
        if (!range.isTracked() || range.isImplicit() || range.start().lineNumber() < 1) return file(path);
        return SourcePos.of(SiteSnapshot.reportPath(path), range.start().lineNumber(), range.start().columnNumber());
    }

    static SourcePos file(String path) {
        return SourcePos.file(SiteSnapshot.reportPath(path));
    }

    static Problem error(String path, Node node, String message) {
        return Problem.error(of(path, node), message);
    }
}
