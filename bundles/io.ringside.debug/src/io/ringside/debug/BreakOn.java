package io.ringside.debug;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.Extensions;
import io.ringside.core.engine.Replay;
import io.ringside.core.index.IndexOptions;
import io.ringside.core.index.TraceIndex;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.util.ProgressMonitor;

/**
 * The headless form of "run to the first breakpoint": {@code ringside show FILE --break-on SPEC...} replays
 * a trace until the first of the breakpoints hits and prints the state there. The command line calls
 * {@link #run} and {@link #print}; {@link #main} is the same for trying it without the CLI.
 */
public final class BreakOn {

    /** Where the run stopped: {@code hit} false when no breakpoint hit before the end. */
    public record Result(boolean hit, long position, TraceEvent event, List<Hit> hits, List<Violation> violations,
            Replay state, long events) {
    }

    private BreakOn() {
    }

    /**
     * @param specs text forms ({@code violation}, {@code event=kick}, {@code watch=avail.idx:delta > 1}...)
     * @throws IllegalArgumentException for a spec that does not parse (the message says why)
     */
    public static Result run(Path file, List<String> specs, CheckOptions options, ProgressMonitor monitor)
            throws IOException, InterruptedException {
        List<BreakSpec> parsed = BreakSpec.parseAll(specs);
        DeviceModels models = Extensions.models();
        checkEventKinds(parsed, models.registry());
        Breakpoints bps = new Breakpoints(parsed);
        try (TraceIndex t = TraceIndex.open(file, models, options, IndexOptions.defaults(), monitor)) {
            return run(t, bps);
        }
    }

    /**
     * Refuses {@code event=KIND} specs whose kind no device model defines (a typo would never hit).
     *
     * @throws IllegalArgumentException naming the kind and listing the known ones
     */
    public static void checkEventKinds(List<BreakSpec> specs, io.ringside.core.trace.EventRegistry registry) {
        for (BreakSpec b : specs) {
            if (b instanceof BreakSpec.OnEvent e && registry.lookup(e.kind()) == null) {
                java.util.TreeSet<String> known = new java.util.TreeSet<>();
                for (io.ringside.core.trace.EventType t : registry.all()) {
                    known.add(t.id());
                }
                throw new IllegalArgumentException("event=" + e.kind() + ": no such event kind (known: "
                        + String.join(", ", known) + ")");
            }
        }
    }

    /**
     * Runs a session over {@code timeline} from its start to the first hit of {@code bps} (or the end).
     * The result's state is the live replay of the session: print it before closing the timeline.
     */
    public static Result run(TraceIndex timeline, Breakpoints bps) throws InterruptedException {
        Session s = new Session(timeline);
        Session.Stop stop = s.resume(Session.Direction.FORWARD, bps);
        return new Result(stop.reason() == Session.Reason.BREAKPOINT, s.position(), s.event(), stop.hits(),
                s.violationsHere(), s.state(), timeline.eventCount());
    }

    /** Prints where it stopped, why, and every device's state (as {@code show --at} does). */
    public static void print(Result r, PrintWriter out) {
        if (!r.hit()) {
            out.println("no breakpoint hit in " + r.events() + " events; state after the last event #" + r.position() + ":");
        } else {
            out.println("stopped at " + r.event());
            for (Hit h : r.hits()) {
                out.println("  breakpoint " + h.spec().label() + ": " + h.message());
            }
            for (Violation v : r.violations()) {
                out.println("  " + v);
            }
        }
        for (int i = 0; i < r.state().engines().size(); i++) {
            out.println(r.state().describe(i));
        }
        out.flush();
    }

    /** {@code BreakOn FILE SPEC...}: exit 0 when a breakpoint hit, 1 when none did, 2 on bad input. */
    public static void main(String[] args) throws Exception {
        PrintWriter out = new PrintWriter(System.out, true);
        if (args.length < 2) {
            System.err.println("usage: BreakOn FILE SPEC... (violation[=RULES], event=KIND, desc=N, buffer=N, command=N, watch=FIELD[:COND], each optionally @qN)");
            System.exit(2);
        }
        try {
            Result r = run(Path.of(args[0]), List.of(args).subList(1, args.length), CheckOptions.DEFAULT,
                    ProgressMonitor.NULL);
            print(r, out);
            System.exit(r.hit() ? 0 : 1);
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("ringside: " + e.getMessage());
            System.exit(2);
        }
    }
}
