package uz.shaffof.gate;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import uz.shaffof.problem.Problem;

/**
 * Every page carries a strict Content-Security-Policy in a {@code <meta>} at the very top of {@code <head>}: a
 * meta policy only governs what comes after it, so only {@code <meta charset>} may precede it. The policy has a
 * {@code default-src}, allows no {@code 'unsafe-inline'}, {@code 'unsafe-eval'} or {@code 'unsafe-hashes'}, and
 * has none of the directives browsers ignore in a meta policy ({@code frame-ancestors}, {@code report-uri},
 * {@code sandbox}), which would only give a false sense of protection.
 */
public final class CspGate implements PageGate<PageFindings> {
    private static final List<String> UNSAFE_SOURCES = List.of("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'");
    private static final List<String> IGNORED_IN_META = List.of("frame-ancestors", "report-uri", "sandbox");

    @Override
    public String name() {
        return "csp";
    }

    /** A page's policy is all in the page: its facts are its problems. */
    @Override
    public PageFindings read(String path, Document doc, SiteUrls urls) {
        List<Problem> problems = new ArrayList<>(0);
        check(path, doc, problems);
        return PageFindings.of(problems);
    }

    @Override
    public PageFindings decode(DataInputStream in) throws IOException {
        return PageFindings.read(in);
    }

    @Override
    public PageCheck<PageFindings> start(SiteSnapshot site) {
        return (path, facts) -> facts.problems(path);
    }

    private static void check(String path, Document doc, List<Problem> problems) {
        Element head = doc.head();
        List<Element> children = head.children();
        boolean charsetFirst = !children.isEmpty() && isCharset(children.get(0));
        if (!children.isEmpty() && !charsetFirst && !isCsp(children.get(0))) {
            problems.add(PagePos.error(path, children.get(0), "<head> must start with <meta charset> or the "
                    + "Content-Security-Policy <meta>, not <" + children.get(0).tagName() + ">"));
        }
        List<Element> policies = doc.select("meta[http-equiv]").stream().filter(CspGate::isCsp).toList();
        if (policies.isEmpty()) {
            problems.add(PagePos.error(path, head, "no <meta http-equiv=\"Content-Security-Policy\"> in <head>"));
            return;
        }
        int index = children.indexOf(policies.get(0));
        if (!(index == 0 || (index == 1 && charsetFirst))) {
            problems.add(PagePos.error(path, policies.get(0), "the Content-Security-Policy <meta> must be the first "
                    + "element of <head>, or the second after <meta charset>: a meta policy does not cover what "
                    + "comes before it"));
        }
        for (Element policy : policies) checkPolicy(path, policy, problems);
    }

    private static void checkPolicy(String path, Element meta, List<Problem> problems) {
        Set<String> directives = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        for (String directive : meta.attr("content").split(";")) {
            String[] tokens = directive.strip().toLowerCase(Locale.ROOT).split("\\s+");
            if (tokens[0].isEmpty()) continue;
            directives.add(tokens[0]);
            for (int i = 1; i < tokens.length; i++) sources.add(tokens[i]);
        }
        for (String unsafe : UNSAFE_SOURCES) {
            // Without its quotes the keyword is a host name that matches nothing; still a sign of a mistake.
            if (sources.contains(unsafe) || sources.contains(unsafe.replace("'", ""))) {
                problems.add(PagePos.error(path, meta, "Content-Security-Policy allows " + unsafe));
            }
        }
        for (String ignored : IGNORED_IN_META) {
            if (directives.contains(ignored)) {
                problems.add(PagePos.error(path, meta,
                        "Content-Security-Policy has " + ignored + ", which browsers ignore in a <meta> policy"));
            }
        }
        if (!directives.contains("default-src")) {
            problems.add(PagePos.error(path, meta, "Content-Security-Policy has no default-src"));
        }
    }

    private static boolean isCharset(Element e) {
        return e.nameIs("meta") && e.hasAttr("charset");
    }

    private static boolean isCsp(Element e) {
        return e.nameIs("meta") && e.attr("http-equiv").strip().equalsIgnoreCase("Content-Security-Policy");
    }
}
