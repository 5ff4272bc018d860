package uz.shaffof.render;

import freemarker.core.TemplateProcessingTracer;
import freemarker.template.Template;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.SourcePos;

/**
 * Watches one page's render from inside FreeMarker ({@link TemplateProcessingTracer}: FreeMarker tells it of every
 * template element it enters and leaves, on the rendering thread) and stops the render, by throwing, when it runs
 * past its time, nests past its depth, writes past its size, or the build it belongs to is cancelled.
 *
 * <p>It keeps the elements open at the moment, so whatever stops the render (a limit here, or a
 * {@link StackOverflowError} that unwinds FreeMarker's own stack) can still be reported at the template line that was
 * running: FreeMarker pops its instruction stack as the error passes, and this copy is what is left.
 *
 * <p>Once a limit is passed, every element entered afterwards throws again, so a template's {@code <#attempt>} cannot
 * swallow the stop and go on. One guard per render; not thread-safe (one thread renders a page).
 */
final class RenderGuard implements TemplateProcessingTracer {
    /** The clock is read once every this many elements: often enough to stop within microseconds of the limit. */
    private static final int CLOCK_EVERY = 256;

    private final RenderLimits limits;
    private final String displayDir;
    private final UnaryOperator<String> displayOf;
    private final BooleanSupplier cancelled;
    private final long deadline;
    /** The elements open now, innermost last; above {@code depth}, what was open at the deepest point so far. */
    private TracedElement[] open = new TracedElement[64];
    private int depth;
    private int deepest;
    private int sinceClock;
    private RuntimeException stop;

    RenderGuard(RenderLimits limits, String displayDir, UnaryOperator<String> displayOf, BooleanSupplier cancelled,
                long startNanos) {
        this.limits = limits;
        this.displayDir = displayDir;
        this.displayOf = displayOf;
        this.cancelled = cancelled;
        this.deadline = startNanos + limits.timeout().toNanos();
    }

    /** Stops a render from inside: not an error of the template engine, so without a stack trace. */
    static final class Stop extends RuntimeException {
        private final transient RuntimeException outcome;

        Stop(RuntimeException outcome) {
            super(outcome.getMessage(), null, false, false);
            this.outcome = outcome;
        }

        /** The {@link BuildFailure} (a limit) or {@link uz.shaffof.problem.BuildCancelled} to throw from render. */
        RuntimeException outcome() {
            return outcome;
        }
    }

    @Override
    public void enterElement(freemarker.core.Environment env, TracedElement element) {
        if (stop != null) throw new Stop(stop);
        if (depth == limits.maxDepth()) {
            throw stopWith(failure(innermostCall(depth), "templates nested more than " + limits.maxDepth()
                    + " elements deep (a macro or function that calls itself without end?); --template-depth sets "
                    + "the limit"));
        }
        if (depth == open.length) open = java.util.Arrays.copyOf(open, depth * 2);
        open[depth++] = element;
        // Only a new deepest point overwrites what is above it: after a StackOverflowError has unwound, the
        // elements of the deepest recursion are still here to say where it was.
        if (depth > deepest) deepest = depth;
        if (++sinceClock == CLOCK_EVERY) {
            sinceClock = 0;
            check();
        }
    }

    @Override
    public void exitElement(freemarker.core.Environment env, TracedElement element) {
        if (depth > 0) depth--;
    }

    /** Called as the page grows: a page past the size limit stops where it is being written. */
    void wrote(long chars) {
        if (stop == null && chars > limits.maxOutputChars()) {
            throw stopWith(failure(innermostLoopOrTop(), "page grew past " + limits.maxOutputChars()
                    + " characters (an endless <#list>?)"));
        }
    }

    private void check() {
        if (cancelled.getAsBoolean()) throw stopWith(new uz.shaffof.problem.BuildCancelled());
        if (System.nanoTime() - deadline > 0) {
            throw stopWith(failure(innermostLoopOrTop(), "template did not finish within " + limits.timeoutText()
                    + " (an endless <#list>?); --template-timeout sets the limit"));
        }
    }

    /**
     * The failure for a {@link StackOverflowError} that escaped the render: located at the deepest element seen,
     * which is inside the recursion that overflowed.
     */
    BuildFailure stackOverflow() {
        return failure(innermostCall(deepest), "templates nested too deep: the stack overflowed after " + deepest
                + " elements (a macro or function that calls itself without end?)");
    }

    private Stop stopWith(RuntimeException outcome) {
        stop = outcome;
        return new Stop(outcome);
    }

    /**
     * Of the {@code top} innermost open elements, the innermost that is not a macro's or function's definition: the
     * call (or the {@code <#return>} whose expression calls) that went one level deeper.
     */
    private TracedElement innermostCall(int top) {
        for (int i = top - 1; i >= 0; i--) {
            String d = open[i].getDescription();
            if (d == null || !(d.startsWith("#macro") || d.startsWith("#function"))) return open[i];
        }
        return top > 0 ? open[top - 1] : null;
    }

    /** The innermost {@code <#list>} (or {@code <#items>}) open now, else the innermost element. */
    private TracedElement innermostLoopOrTop() {
        for (int i = depth - 1; i >= 0; i--) {
            String d = open[i].getDescription();
            if (d != null && (d.startsWith("#list") || d.startsWith("#items"))) return open[i];
        }
        return depth > 0 ? open[depth - 1] : null;
    }

    private BuildFailure failure(TracedElement at, String message) {
        return BuildFailure.of("render", Problem.error(position(at), message));
    }

    private SourcePos position(TracedElement at) {
        if (at == null || at.getTemplate() == null) return SourcePos.file(displayDir);
        Template t = at.getTemplate();
        String name = t.getSourceName() != null ? t.getSourceName() : t.getName();
        return SourcePos.of(displayOf.apply(name), Math.max(1, at.getBeginLine()), Math.max(1, at.getBeginColumn()));
    }
}
