package uz.shaffof.browser;

import java.util.ArrayList;
import java.util.List;

/**
 * What a page did wrong in the browser between two looks at the driver's logs.
 *
 * @param consoleErrors console messages at level SEVERE that are not CSP reports: script errors, failed loads
 * @param cspViolations the browser's reports of content its Content-Security-Policy blocked
 * @param foreignRequests URLs the page requested from an origin other than the allowed ones
 */
record PageFindings(List<String> consoleErrors, List<String> cspViolations, List<String> foreignRequests) {

    PageFindings {
        consoleErrors = List.copyOf(consoleErrors);
        cspViolations = List.copyOf(cspViolations);
        foreignRequests = List.copyOf(foreignRequests);
    }

    static PageFindings none() {
        return new PageFindings(List.of(), List.of(), List.of());
    }

    boolean isClean() {
        return consoleErrors.isEmpty() && cspViolations.isEmpty() && foreignRequests.isEmpty();
    }

    PageFindings plus(PageFindings other) {
        return new PageFindings(
                concat(consoleErrors, other.consoleErrors),
                concat(cspViolations, other.cspViolations),
                concat(foreignRequests, other.foreignRequests));
    }

    /** A failure message that names the page, the step and every finding. */
    String describe(String where) {
        StringBuilder out = new StringBuilder(where).append(":");
        section(out, "console errors", consoleErrors);
        section(out, "CSP violations", cspViolations);
        section(out, "requests to another origin", foreignRequests);
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            out.append("\n  ").append(lines.size()).append(' ').append(title).append(':');
            lines.forEach(line -> out.append("\n    - ").append(line));
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
