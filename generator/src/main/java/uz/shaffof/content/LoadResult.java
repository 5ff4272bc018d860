package uz.shaffof.content;

import java.util.List;
import uz.shaffof.problem.Problem;

/**
 * What {@link ContentLoader#load} found: the content, and every problem in it.
 *
 * <pre><code>LoadResult r = ContentLoader.create().load(root, root.resolve("content"));
 * if (r.hasErrors()) r.problems().forEach(System.err::println);   // content/regions.json:3:12: ...
 * else render(r.content());</code></pre>
 *
 * {@code content} is {@code null} whenever any problem is an error: a half-valid model would let later stages
 * publish half a site. Problems are sorted by path, line and column.
 */
public record LoadResult(Content content, List<Problem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
