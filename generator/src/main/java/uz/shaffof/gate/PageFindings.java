package uz.shaffof.gate;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.SourcePos;

/**
 * The problems a page has on its own, as one gate found them in its parse: each one's place in the page and its
 * message. A gate whose judgement of a page needs nothing but the page keeps these as its whole {@link PageFacts};
 * read back from the cache, they give exactly the problems a fresh parse gives.
 */
record PageFindings(List<VerdictCache.Finding> findings) implements PageFacts {
    static final PageFindings NONE = new PageFindings(List.of());

    PageFindings {
        findings = List.copyOf(findings);
    }

    /** The findings of {@code problems}, each an error located in one page ({@code site/<path>:line:col}). */
    static PageFindings of(List<Problem> problems) {
        if (problems.isEmpty()) return NONE;
        List<VerdictCache.Finding> findings = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            if (!p.isError()) throw new IllegalArgumentException("a gate finds errors only: " + p);
            findings.add(new VerdictCache.Finding(p.pos().line(), p.pos().column(), p.message()));
        }
        return new PageFindings(findings);
    }

    /** The problems of the page at {@code path}. */
    List<Problem> problems(String path) {
        Objects.requireNonNull(path, "path");
        if (findings.isEmpty()) return List.of();
        String reportPath = SiteSnapshot.reportPath(path);
        List<Problem> problems = new ArrayList<>(findings.size());
        for (VerdictCache.Finding f : findings) {
            problems.add(Problem.error(SourcePos.of(reportPath, f.line(), f.column()), f.message()));
        }
        return problems;
    }

    @Override
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(findings.size());
        for (VerdictCache.Finding f : findings) {
            out.writeInt(f.line());
            out.writeInt(f.column());
            FactsCodec.writeString(out, f.message());
        }
    }

    static PageFindings read(DataInputStream in) throws IOException {
        int count = FactsCodec.readCount(in, 12);
        if (count == 0) return NONE;
        List<VerdictCache.Finding> findings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int line = FactsCodec.readPosition(in);
            int column = FactsCodec.readPosition(in);
            findings.add(new VerdictCache.Finding(line, column, FactsCodec.readString(in)));
        }
        return new PageFindings(findings);
    }
}
