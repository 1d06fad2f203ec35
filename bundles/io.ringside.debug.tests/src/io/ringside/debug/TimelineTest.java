package io.ringside.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ringside.core.check.Violation;
import io.ringside.core.check.ViolationSink;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.Extensions;
import io.ringside.core.engine.Replay;
import io.ringside.core.index.IndexOptions;
import io.ringside.core.index.TraceCursor;
import io.ringside.core.index.TraceIndex;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceWriter;
import io.ringside.core.util.ProgressMonitor;
import io.ringside.debug.Session.Direction;
import io.ringside.debug.Session.Reason;
import io.ringside.debug.Session.Step;
import io.ringside.debug.Session.Stop;
import io.ringside.emulator.Workload;
import io.ringside.emulator.virtio.VirtioEmulator;

/**
 * The one timeline (the core {@link TraceIndex}) as the debugger, the editor and the command line use it:
 * its events and states equal a plain replay of the events it was given (seek equals replay), also while
 * it is still being written; its violations are those the replay reports; a live producer is held back by a
 * suspended reader and stopped by closing; breakpoints stop at the same events whether the timeline was
 * complete or growing, built from a stream or from a file and its cache.
 */
class TimelineTest {

    /** A virtio run with a planted fault, kept as events, with the violations a plain replay reports. */
    static TraceHeader header;
    static final List<TraceEvent> events = new ArrayList<>();
    static final List<List<String>> violations = new ArrayList<>();
    static TraceIndex complete;

    @BeforeAll
    static void run() throws Exception {
        VirtioEmulator em = new VirtioEmulator();
        Workload w = Fixtures.virtio("split", 160);
        header = em.header(w, em.fault("vq-avail-backwards"), null);
        em.run(w, em.fault("vq-avail-backwards"), e -> events.add(e.copy().seq(events.size())), ProgressMonitor.NULL);
        Replay r = Extensions.models().replay(header, CheckOptions.DEFAULT);
        for (int k = 0; k < events.size(); k++) {
            List<String> here = new ArrayList<>();
            long at = k;
            r.apply(events.get(k), v -> here.add(v.ruleId() + "@" + at));
            violations.add(here);
        }
        r.copy().finish(events.size() - 1, v -> violations.get(events.size() - 1).add(v.ruleId() + "@" + (events.size() - 1)));
        complete = feed(events.size());
        complete.finish();
    }

    /** A live index given the first {@code n} events (in this thread), not finished. */
    static TraceIndex feed(int n) throws Exception {
        TraceIndex t = TraceIndex.live("test", header, Extensions.models(), CheckOptions.DEFAULT, Fixtures.options(),
                Long.MAX_VALUE);
        for (int k = 0; k < n; k++) {
            t.accept(events.get(k).copy());
        }
        return t;
    }

    /** The state after event k of a plain replay from the start. */
    static Replay replayTo(long k) {
        Replay r = Extensions.models().replay(header, CheckOptions.DEFAULT);
        for (int i = 0; i <= k; i++) {
            r.apply(events.get(i), ViolationSink.IGNORE);
        }
        return r;
    }

    static List<String> ids(List<Violation> l) {
        return l.stream().map(v -> v.ruleId() + "@" + Math.min(events.size() - 1, Math.max(0, v.event()))).toList();
    }

    @Test
    void eventsStatesAndViolationsEqualAPlainReplay() {
        assertEquals(events.size(), complete.eventCount());
        assertTrue(complete.checkpointCount() > 1, "several checkpoints: " + complete);
        TreeSet<Long> withViolations = new TreeSet<>();
        for (int k = 0; k < events.size(); k++) {
            if (!violations.get(k).isEmpty()) {
                withViolations.add((long) k);
            }
        }
        assertFalse(withViolations.isEmpty(), "the planted fault breaks a rule");
        TraceEvent e = new TraceEvent();
        // backwards first: the block cache must serve reverse reads too
        for (long k = events.size() - 1; k >= 0; k--) {
            assertEquals(events.get((int) k).toString(), complete.event(k, e).toString(), "event " + k);
            assertEquals(k, e.seq());
            assertEquals(violations.get((int) k), ids(complete.violations(k)), "violations of " + k);
            Long next = withViolations.higher(k);
            Long prev = withViolations.lower(k);
            assertEquals(next == null ? -1 : next, complete.nextViolation(k), "next violation after " + k);
            assertEquals(prev == null ? -1 : prev, complete.previousViolation(k), "previous violation before " + k);
        }
        Replay r = Extensions.models().replay(header, CheckOptions.DEFAULT);
        assertTrue(r.stateEquals(complete.stateAfter(-1)), "the initial state");
        for (int k = 0; k < events.size(); k++) {
            r.apply(events.get(k), ViolationSink.IGNORE);
            if (k % 61 == 0 || k == 63 || k == 64 || k == events.size() - 1) {
                assertTrue(r.stateEquals(complete.stateAfter(k)), "state after " + k);
            }
        }
    }

    @Test
    void seekEqualsReplayWhileTheTraceIsBeingWritten() throws Exception {
        int blocks = Fixtures.options().blockEvents();
        int part = blocks * 5 + 17; // five whole blocks and a part of the sixth
        try (TraceIndex t = feed(part)) {
            assertFalse(t.complete());
            assertEquals(blocks * 5L, t.eventCount(), "blocks are published whole");
            assertFalse(t.await(blocks * 5L, 0), "the sixth block is not readable yet");
            TraceCursor c = t.cursor();
            for (long k : new long[] { blocks * 5L - 1, 0, blocks + 3, blocks * 3L }) {
                c.seek(k);
                assertTrue(replayTo(k).stateEquals(c.state()), "state after " + k + " while writing");
            }
            long interval = t.checkpointInterval();
            for (int k = part; k < events.size(); k++) {
                t.accept(events.get(k).copy());
            }
            t.finish();
            assertTrue(t.complete());
            assertEquals(events.size(), t.eventCount());
            assertTrue(t.checkpointInterval() > interval, "the interval doubled as the trace grew (tiny budget)");
            // the cursor made early goes on over the grown timeline
            for (long k : new long[] { events.size() - 1, blocks * 7L + 5, 2, blocks * 5L }) {
                c.seek(k);
                assertTrue(replayTo(k).stateEquals(c.state()), "state after " + k + " once written");
            }
            assertEquals(violations.get(events.size() - 1), ids(c.violations(events.size() - 1, events.size() - 1, 100)));
            c.close();
        }
    }

    @Test
    void aLiveProducerIsHeldBackWhileTheDebuggerIsSuspended() throws Exception {
        VirtioEmulator em = new VirtioEmulator();
        Workload w = Fixtures.virtio("split", 400);
        TraceIndex t = TraceIndex.live("live", em.header(w, null, null), Extensions.models(), CheckOptions.DEFAULT,
                Fixtures.options(), 100);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread producer = new Thread(() -> {
            try {
                em.run(w, null, t, ProgressMonitor.NULL);
                t.finish();
            } catch (Throwable ex) {
                failure.set(ex);
                t.fail(String.valueOf(ex));
            }
        });
        producer.setDaemon(true);
        producer.start();
        Session s = new Session(t);
        for (int i = 0; i < 30; i++) {
            s.step(Step.INTO, Direction.FORWARD, null, Breakpoints.none());
        }
        assertEquals(29, s.position());
        Thread.sleep(300);
        assertTrue(t.eventCount() <= 29 + 100 + 2, "the emulator waits for the debugger: " + t.eventCount() + " events");
        assertFalse(t.complete());
        // resuming runs the emulator to its end
        Stop st = s.resume(Direction.FORWARD, Breakpoints.none());
        assertEquals(Reason.END, st.reason());
        producer.join(10000);
        assertTrue(t.complete());
        assertEquals(null, failure.get());
        assertEquals(t.eventCount() - 1, s.position());
        assertTrue(t.eventCount() > 3000);
        t.close();
    }

    @Test
    void closingStopsALiveProducer() throws Exception {
        VirtioEmulator em = new VirtioEmulator();
        Workload w = Fixtures.virtio("split", 400);
        TraceIndex t = TraceIndex.live("live", em.header(w, null, null), Extensions.models(), CheckOptions.DEFAULT,
                Fixtures.options(), 10);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread producer = new Thread(() -> {
            try {
                em.run(w, null, t, ProgressMonitor.NULL);
            } catch (Throwable ex) {
                failure.set(ex);
            }
        });
        producer.start();
        Thread.sleep(200);
        t.close();
        producer.join(5000);
        assertFalse(producer.isAlive());
        assertTrue(failure.get() instanceof java.io.IOException, String.valueOf(failure.get()));
    }

    /** A thread feeding the run's events to a live index, then finishing it (started). */
    static Thread produce(TraceIndex growing) {
        Thread producer = new Thread(() -> {
            try {
                for (TraceEvent e : events) {
                    growing.accept(e.copy());
                }
                growing.finish();
            } catch (Exception ex) {
                growing.fail(ex.toString());
            }
        });
        producer.setDaemon(true);
        producer.start();
        return producer;
    }

    static Breakpoints bps(String... specs) {
        return new Breakpoints(BreakSpec.parseAll(List.of(specs)));
    }

    /** Every stop of resuming to the end, then of reverse-resuming to the start. */
    static List<String> stops(TraceIndex t, String spec) throws InterruptedException {
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
    void breakpointsStopAtTheSameEventsWhetherTheTimelineIsCompleteOrGrowing() throws Exception {
        List<Long> kicks = new ArrayList<>();
        for (int k = 0; k < events.size(); k++) {
            if (events.get(k).type().id().equals("kick")) {
                kicks.add((long) k);
            }
        }
        List<Long> forward = stops(complete, "event=kick").stream().filter(x -> x.startsWith(">"))
                .map(x -> Long.parseLong(x.substring(1, x.indexOf(' ')))).toList();
        assertFalse(kicks.isEmpty());
        assertEquals(kicks, forward, "event=kick stops at every kick, in order");
        for (String spec : List.of("violation", "violation=S2", "buffer=3", "desc=5", "watch=avail.idx",
                "watch=used.idx:delta > 1", "watch=outstanding:value == 0", "watch=avail.idx:value < old",
                "event=used_ring@q0")) {
            List<String> want = stops(complete, spec);
            assertTrue(want.size() > 2, spec + " hits at least once");
            TraceIndex growing = TraceIndex.live("growing", header, Extensions.models(), CheckOptions.DEFAULT,
                    Fixtures.options(), 256);
            Thread producer = produce(growing);
            assertEquals(want, stops(growing, spec), spec + " while the timeline grows");
            producer.join(10000);
            assertEquals(null, growing.failure());
            growing.close();
        }
    }

    @Test
    void stepsLandOnTheSameEventsWhileGrowing() throws Exception {
        Session a = new Session(complete);
        TraceIndex growing = TraceIndex.live("growing", header, Extensions.models(), CheckOptions.DEFAULT,
                Fixtures.options(), 128);
        Thread producer = produce(growing);
        Session b = new Session(growing);
        Step[] kinds = { Step.INTO, Step.OVER, Step.RETURN, Step.OVER, Step.INTO };
        for (int i = 0; i < 400; i++) {
            Step k = kinds[i % kinds.length];
            Direction d = (i / 7) % 3 == 2 ? Direction.BACKWARD : Direction.FORWARD;
            Stop x = a.step(k, d, null, bps("violation"));
            Stop y = b.step(k, d, null, bps("violation"));
            assertEquals(x.toString(), y.toString(), "move " + i + " " + k + " " + d);
            assertTrue(a.state().stateEquals(b.state()), "state after move " + i);
        }
        b.resume(Direction.FORWARD, Breakpoints.none());
        producer.join(10000);
        growing.close();
    }

    @Test
    void aTraceFileIsIndexedOnceAndReusedFromTheCache(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.rstrace");
        try (TraceWriter w = new TraceWriter(file, header)) {
            for (TraceEvent e : events) {
                w.write(e);
            }
        }
        IndexOptions o = IndexOptions.defaults().withCacheDir(dir.resolve("cache")).withBlockEvents(64);
        try (TraceIndex t = TraceIndex.open(file, Extensions.models(), CheckOptions.DEFAULT, o, ProgressMonitor.NULL)) {
            assertFalse(t.fromCache());
            assertEquals(stops(complete, "violation=S2a"), stops(t, "violation=S2a"));
        }
        try (TraceIndex t = TraceIndex.open(file, Extensions.models(), CheckOptions.DEFAULT, o, ProgressMonitor.NULL)) {
            assertTrue(t.fromCache(), "the second session loads the cached index");
            assertEquals(stops(complete, "watch=avail.idx:value < old"), stops(t, "watch=avail.idx:value < old"));
            BreakOn.Result r = BreakOn.run(t, bps("violation"));
            assertTrue(r.hit());
            assertEquals(complete.nextViolation(-1), r.position());
        }
    }
}
