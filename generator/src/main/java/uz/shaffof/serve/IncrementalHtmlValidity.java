package uz.shaffof.serve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uz.shaffof.gate.Gate;
import uz.shaffof.gate.SiteSnapshot;
import uz.shaffof.output.OutputFile;
import uz.shaffof.problem.Problem;

/**
 * A gate that gives the same problems as the one it wraps (the HTML validity gate), but checks only the pages
 * whose bytes or base URL changed since its last run and reuses what it found for the others. Valid only for a
 * gate whose verdict on a page depends on that page's bytes and the base URL alone, and which reports each
 * problem at {@code site/<path>} of its page: true of {@link uz.shaffof.gate.HtmlValidityGate}.
 */
final class IncrementalHtmlValidity implements Gate {
    private record Verdict(byte[] bytes, List<Problem> problems) {}

    private final Gate pageGate;
    private String baseUrl;
    private Map<String, Verdict> verdicts = new HashMap<>();

    IncrementalHtmlValidity(Gate pageGate) {
        this.pageGate = pageGate;
    }

    @Override
    public String name() {
        return pageGate.name();
    }

    @Override
    public boolean readsParsedPages() {
        return false;
    }

    @Override
    public List<Problem> check(SiteSnapshot site) {
        return check(site, PagesChecked.NONE);
    }

    /** As {@link #check(SiteSnapshot)}, telling {@code told} how many of the site's pages changed and were checked. */
    @Override
    public synchronized List<Problem> check(SiteSnapshot site, PagesChecked told) {
        if (!site.baseUrl().equals(baseUrl)) {
            verdicts = new HashMap<>();
            baseUrl = site.baseUrl();
        }
        List<Problem> problems = new ArrayList<>();
        List<OutputFile> changed = new ArrayList<>();
        Map<String, Verdict> next = new HashMap<>();
        for (OutputFile page : site.htmlFiles()) {
            Verdict v = verdicts.get(page.path());
            if (v != null && Arrays.equals(v.bytes(), page.bytes())) {
                next.put(page.path(), v);
                problems.addAll(v.problems());
            } else {
                changed.add(page);
            }
        }
        told.told(changed.size(), site.htmlFiles().size());
        if (!changed.isEmpty()) {
            Map<String, List<Problem>> byReportPath = new LinkedHashMap<>();
            for (Problem p : pageGate.check(new SiteSnapshot(changed, site.baseUrl()))) {
                byReportPath.computeIfAbsent(p.pos().path(), k -> new ArrayList<>()).add(p);
            }
            for (OutputFile page : changed) {
                List<Problem> found = byReportPath.remove(SiteSnapshot.reportPath(page.path()));
                found = found == null ? List.of() : List.copyOf(found);
                next.put(page.path(), new Verdict(page.bytes(), found));
                problems.addAll(found);
            }
            // Problems at no page's path (not expected of this gate): reported, and never taken as a page's.
            byReportPath.values().forEach(problems::addAll);
        }
        verdicts = next;
        return problems;
    }
}
