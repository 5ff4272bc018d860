package uz.shaffof.render;

import java.time.Duration;
import java.util.Objects;

/**
 * How far one page's template may go before the build stops it with a located error instead of hanging, overflowing
 * the stack or filling the heap: the time one page may take, how deeply directives and macro or function calls may
 * nest (endless recursion), and how many characters one page may write (an endless loop that prints).
 *
 * <p>The time limit is per page, not per build: a page renders in milliseconds, and a site of 10 000 pages takes
 * minutes in all, so only a per-page limit can be both generous and quick to catch a loop. The depth is counted in
 * template elements open at once (a macro call, the directives in its body, the next call...): the project's deepest
 * page nests about 20; {@value #DEFAULT_MAX_DEPTH} leaves room for any honest recursion over a tree and stops well
 * before a thread's stack would overflow.
 *
 * @param timeout how long one page's template may run ({@code --template-timeout})
 * @param maxDepth how many template elements may be open at once ({@code --template-depth})
 * @param maxOutputChars how many characters one page may write
 */
public record RenderLimits(Duration timeout, int maxDepth, long maxOutputChars) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_DEPTH = 400;
    /** 50 million characters: a thousand times the largest page of the project, far below a worker's share of heap. */
    public static final long DEFAULT_MAX_OUTPUT_CHARS = 50_000_000L;
    public static final RenderLimits DEFAULT = new RenderLimits(DEFAULT_TIMEOUT, DEFAULT_MAX_DEPTH,
            DEFAULT_MAX_OUTPUT_CHARS);

    public RenderLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive: " + timeout);
        if (maxDepth < 1) throw new IllegalArgumentException("maxDepth must be at least 1: " + maxDepth);
        if (maxOutputChars < 1) throw new IllegalArgumentException("maxOutputChars must be at least 1: " + maxOutputChars);
    }

    public RenderLimits withTimeout(Duration t) {
        return new RenderLimits(t, maxDepth, maxOutputChars);
    }

    public RenderLimits withMaxDepth(int depth) {
        return new RenderLimits(timeout, depth, maxOutputChars);
    }

    public RenderLimits withMaxOutputChars(long chars) {
        return new RenderLimits(timeout, maxDepth, chars);
    }

    /** The timeout as an editor reads it: {@code 30 s}, {@code 1.5 s}, {@code 200 ms}. */
    String timeoutText() {
        long ms = timeout.toMillis();
        if (ms < 1000) return ms + " ms";
        if (ms % 1000 == 0) return ms / 1000 + " s";
        return java.math.BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString() + " s";
    }
}
