package uz.shaffof.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import uz.shaffof.problem.BuildFailure;
import uz.shaffof.problem.Problem;

/**
 * What the preview shows, shared by the {@link Rebuilder} (which changes it) and the {@link PreviewServer} (which
 * reads it): the last good build, the failure of the last build if it failed, and a generation that every change
 * increments. Every change is also sent to the browsers: {@code reload} after a good build that changed something
 * (or ended a failure), {@code error} with the problems after a failed one. Event ids name the server process
 * and the generation, so a browser that reconnects with an older id (it missed events, or the server restarted)
 * is told the current state at once.
 *
 * <pre>{@code
 * id: lq3k9x-7
 * event: error
 * data: {"stage":"load","problems":["content/site.json:3:1: ..."],"more":0}
 * }</pre>
 */
public final class Preview implements AutoCloseable {
    /** At most this many problems go to the browser, as the terminal shows at most this many too. */
    static final int PROBLEM_LIMIT = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** @param site the last good build (null: none yet) @param failure why the last build failed (null: it did not) */
    public record State(PreviewSite site, BuildFailure failure, long generation, String id) {
        public boolean failed() {
            return failure != null;
        }
    }

    /** What a change did: the new state, how many files changed, whether browsers were told, how many. */
    public record Change(State state, int changedFiles, boolean sent, int browsers) {}

    private final String token = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicReference<State> state = new AtomicReference<>(new State(null, null, 0, token + "-0"));
    private final EventStream events = new EventStream();

    public State state() {
        return state.get();
    }

    EventStream events() {
        return events;
    }

    /** A good build: shown from now on; browsers reload unless no file changed and nothing was failing. */
    public synchronized Change succeeded(PreviewSite site) {
        State before = state.get();
        int changed = site.changedSince(before.site());
        if (before.site() != null && !before.failed() && changed == 0) return new Change(before, 0, false, 0);
        State now = next(before, site, null);
        int browsers = events.broadcast(reloadEvent(now, changed));
        return new Change(now, changed, true, browsers);
    }

    /** A failed build: pages keep the last good build, HTML shows the errors; browsers show them at once. */
    public synchronized Change failed(BuildFailure failure) {
        State before = state.get();
        if (before.failed() && before.failure().stage().equals(failure.stage())
                && before.failure().problems().equals(failure.problems())) {
            return new Change(before, 0, false, 0);
        }
        State now = next(before, before.site(), failure);
        int browsers = events.broadcast(errorEvent(now));
        return new Change(now, 0, true, browsers);
    }

    private State next(State before, PreviewSite site, BuildFailure failure) {
        long g = before.generation() + 1;
        State now = new State(site, failure, g, token + "-" + g);
        state.set(now);
        return now;
    }

    /**
     * The first events of a new connection: {@code hello} with the current id; then, if the browser last heard an
     * older id ({@code Last-Event-ID}: it missed events), the current state; and for a page that has just loaded
     * (no {@code Last-Event-ID}) the problems if the last build failed, since the page may have been served just
     * before. The error page knows the id it shows and ignores that repetition.
     */
    List<String> greeting(String lastEventId) {
        State s = state.get();
        List<String> first = new ArrayList<>();
        first.add(EventStream.format(s.id(), "hello", json(Map.of("id", s.id()))));
        if (s.generation() == 0) return first;
        if (lastEventId != null && !lastEventId.equals(s.id())) {
            first.add(s.failed() ? errorEvent(s) : reloadEvent(s, 0));
        } else if (lastEventId == null && s.failed()) {
            first.add(errorEvent(s));
        }
        return first;
    }

    private static String reloadEvent(State s, int changed) {
        return EventStream.format(s.id(), "reload", json(Map.of("changed", changed)));
    }

    private static String errorEvent(State s) {
        List<Problem> problems = s.failure().problems();
        List<String> lines = problems.stream().limit(PROBLEM_LIMIT).map(Problem::toString).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("stage", s.failure().stage());
        data.put("problems", lines);
        data.put("more", problems.size() - lines.size());
        return EventStream.format(s.id(), "error", json(data));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends every event connection. */
    @Override
    public void close() {
        events.close();
    }
}
