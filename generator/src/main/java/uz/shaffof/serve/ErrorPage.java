package uz.shaffof.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;
import uz.shaffof.site.SiteGenerator;

/**
 * The pages the preview shows instead of the site: the problems of a failed build (one escaped
 * {@code path:line:col: message} line each), or a note that the first build is still running. Both keep the
 * site's Content-Security-Policy and load the reload script, so they turn into the site by themselves.
 */
final class ErrorPage {
    private ErrorPage() {}

    /** The problems of {@code state}'s failure; the page carries the state's id for the reload script. */
    static byte[] failure(Preview.State state) {
        BuildFailure f = state.failure();
        List<Problem> problems = f.problems();
        long errors = problems.stream().filter(Problem::isError).count();
        StringBuilder b = new StringBuilder();
        head(b, "Build failed — Shaffof preview", "shaffof-error-page", state.id());
        b.append("<main class=\"shaffof-page\">\n<h1>The last build failed</h1>\n<p>")
                .append(escape(f.stage())).append(" failed: ").append(errors).append(" error(s). ")
                .append("Fix the files and save: this page turns into the site by itself.</p>\n<pre class=\"shaffof-problems\">");
        int shown = 0;
        for (Problem p : problems) {
            if (shown++ == Preview.PROBLEM_LIMIT) {
                b.append("... and ").append(problems.size() - Preview.PROBLEM_LIMIT).append(" more\n");
                break;
            }
            b.append(escape(p.toString())).append('\n');
        }
        b.append("</pre>\n</main>\n");
        return tail(b);
    }

    static byte[] building() {
        StringBuilder b = new StringBuilder();
        head(b, "Building — Shaffof preview", "shaffof-error-page shaffof-building", "");
        b.append("<main class=\"shaffof-page\">\n<h1>Building the preview…</h1>\n")
                .append("<p>The first build is still running; this page shows the site as soon as it is done.</p>\n</main>\n");
        return tail(b);
    }

    private static void head(StringBuilder b, String title, String bodyClass, String id) {
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(escape(SiteGenerator.CSP))
                .append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(PreviewServer.OVERLAY_CSS).append("\">\n")
                .append("</head>\n<body class=\"").append(bodyClass).append("\" data-shaffof-build=\"")
                .append(escape(id)).append("\">\n");
    }

    private static byte[] tail(StringBuilder b) {
        b.append("</body>\n</html>\n");
        return PreviewServer.injectReloadScript(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
