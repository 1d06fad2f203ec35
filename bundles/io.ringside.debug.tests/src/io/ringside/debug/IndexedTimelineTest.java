package io.ringside.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.index.IndexOptions;
import io.ringside.core.index.TraceIndex;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceWriter;
import io.ringside.core.util.ProgressMonitor;
import io.ringside.debug.Session.Direction;
import io.ringside.debug.Session.Reason;
import io.ringside.debug.Session.Step;
import io.ringside.debug.Session.Stop;

/**
 * The timeline over the core checkpoint index answers exactly as the in-memory one: same events, states,
 * violations, and a session stops at the same events for every kind of breakpoint in both directions.
 * The index is built with small blocks and a tiny checkpoint budget so seeks cross blocks, checkpoints
 * and the cursor's window.
 */
class IndexedTimelineTest {

    static RecordedTimeline recorded;
    static IndexedTimeline indexed;

    @BeforeAll
    static void build() throws IOException {
        recorded = Fixtures.virtioRun("split", 160, "vq-avail-backwards");
        IndexOptions o = IndexOptions.defaults().withoutPersistence().withBlockEvents(64).withCheckpointBudget(1);
        try (EventSource src = source(recorded)) {
            indexed = new IndexedTimeline(TraceIndex.build(src, recorded.models(), CheckOptions.DEFAULT, o,
                    ProgressMonitor.NULL), true);
        }
        assertTrue(indexed.index().checkpointCount() > 1, "several checkpoints: " + indexed.index());
    }

    @AfterAll
    static void close() {
        indexed.close();
    }

    /** The events of a timeline as a stream. */
    static EventSource source(Timeline t) {
        return new EventSource() {
            long next;

            @Override
            public TraceHeader header() {
                return t.header();
            }

            @Override
            public boolean next(TraceEvent e) {
                if (next >= t.size()) {
                    return false;
                }
                t.event(next++, e);
                return true;
            }

            @Override
            public String name() {
                return t.name();
            }

            @Override
            public void close() {
            }
        };
    }

    static List<String> ids(List<Violation> l) {
        return l.stream().map(v -> v.ruleId() + "@" + v.event()).toList();
    }

    @Test
    void sameEventsStatesAndViolations() {
        assertEquals(recorded.size(), indexed.size());
        assertEquals(recorded.violationCount(), indexed.violationCount());
        assertTrue(indexed.violationCount() > 0);
        TraceEvent a = new TraceEvent();
        TraceEvent b = new TraceEvent();
        // backwards first: the block cache must serve reverse reads too
        for (long k = recorded.size() - 1; k >= 0; k--) {
            recorded.event(k, a);
            indexed.event(k, b);
            assertEquals(a.toString(), b.toString(), "event " + k);
            assertEquals(ids(recorded.violations(k)), ids(indexed.violations(k)), "violations of " + k);
            assertEquals(recorded.nextViolation(k), indexed.nextViolation(k), "next violation after " + k);
            assertEquals(recorded.previousViolation(k), indexed.previousViolation(k), "previous violation before " + k);
        }
        assertEquals(recorded.nextViolation(-1), indexed.nextViolation(-1));
        for (long k : new long[] { -1, 0, 1, 63, 64, 65, 500, 1000, recorded.size() / 2, recorded.size() - 1, 17 }) {
            assertTrue(recorded.stateAfter(k).stateEquals(indexed.stateAfter(k)), "state after " + k);
        }
    }

    static Breakpoints bps(String... specs) {
        return new Breakpoints(BreakSpec.parseAll(List.of(specs)));
    }

    /** Every stop of resuming to the end, then of reverse-resuming to the start. */
    static List<String> stops(Timeline t, String spec) throws InterruptedException {
        Session s = new Session(t);
        List<String> l = new ArrayList<>();
        Stop st;
        while ((st = s.resume(Direction.FORWARD, bps(spec))).reason() == Reason.BREAKPOINT) {
            l.add(">" + st.position() + " " + st.hits());
        }
        l.add(st.reason() + "@" + st.position());
        while ((st = s.resume(Direction.BACKWARD, bps(spec))).reason() == Reason.BREAKPOINT) {
            l.add("<" + st.position() + " " + st.hits());
            assertTrue(s.state().stateEquals(t.stateAfter(st.position())), "state at reverse stop " + st.position());
        }
        l.add(st.reason() + "@" + st.position());
        return l;
    }

    @Test
    void breakpointsHitAtTheSameEventsInBothDirections() throws InterruptedException {
        for (String spec : List.of("violation", "violation=S2", "event=kick", "buffer=3", "desc=5",
                "watch=avail.idx", "watch=used.idx:delta > 1", "watch=outstanding:value == 0",
                "watch=avail.idx:value < old", "event=used_ring@q0")) {
            List<String> want = stops(recorded, spec);
            assertTrue(want.size() > 2, spec + " hits at least once");
            assertEquals(want, stops(indexed, spec), spec);
        }
    }

    @Test
    void stepsLandOnTheSameEvents() throws InterruptedException {
        Session a = new Session(recorded);
        Session b = new Session(indexed);
        Step[] kinds = { Step.INTO, Step.OVER, Step.RETURN, Step.OVER, Step.INTO };
        for (int i = 0; i < 400; i++) {
            Step k = kinds[i % kinds.length];
            Direction d = (i / 7) % 3 == 2 ? Direction.BACKWARD : Direction.FORWARD;
            Stop x = a.step(k, d, null, bps("violation"));
            Stop y = b.step(k, d, null, bps("violation"));
            assertEquals(x.toString(), y.toString(), "move " + i + " " + k + " " + d);
            assertTrue(a.state().stateEquals(b.state()), "state after move " + i);
        }
        assertEquals(a.runTo(3, Breakpoints.none()).toString(), b.runTo(3, Breakpoints.none()).toString());
        assertTrue(a.state().stateEquals(b.state()));
    }

    @Test
    void aTraceFileIsIndexedOnceAndReusedFromTheCache(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.rstrace");
        try (TraceWriter w = new TraceWriter(file, recorded.header())) {
            TraceEvent e = new TraceEvent();
            for (long k = 0; k < recorded.size(); k++) {
                w.write(recorded.event(k, e));
            }
        }
        IndexOptions o = IndexOptions.defaults().withCacheDir(dir.resolve("cache"));
        try (IndexedTimeline t = Traces.index(file, CheckOptions.DEFAULT, o, ProgressMonitor.NULL)) {
            assertFalse(t.index().fromCache());
            assertEquals(stops(recorded, "violation=S2a"), stops(t, "violation=S2a"));
        }
        try (IndexedTimeline t = Traces.index(file, CheckOptions.DEFAULT, o, ProgressMonitor.NULL)) {
            assertTrue(t.index().fromCache(), "the second session loads the cached index");
            assertEquals(stops(recorded, "watch=avail.idx:value < old"), stops(t, "watch=avail.idx:value < old"));
            BreakOn.Result r = BreakOn.run(t, bps("violation"));
            assertTrue(r.hit());
            assertEquals(recorded.nextViolation(-1), r.position());
        }
    }
}
