package io.ringside.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.internal.trace.RingsideFormat;
import io.ringside.core.trace.TraceEvent;

/** The cursor against a full reference replay of random toy traces. */
class TraceCursorTest {

    static final int N = 6000;

    @TempDir
    static Path dir;
    static Path trace;
    static ToyTraces.Reference ref;

    @BeforeAll
    static void makeTrace() throws IOException {
        trace = dir.resolve("toy.rstrace");
        ToyTraces.write(trace, N, 42);
        ref = ToyTraces.Reference.of(trace);
        assertEquals(N, ref.events.size());
        assertTrue(ref.totalViolations() > 20, "the toy trace should break TOY1 now and then");
    }

    /** Small blocks and a tiny checkpoint budget, so the interval doubles several times. */
    static IndexOptions small(IndexOptions.Store store) {
        return IndexOptions.defaults().withoutPersistence().withStore(store).withBlockEvents(32)
                .withCheckpointBudget(12 * ToyState.bytes()).withKeptViolations(7);
    }

    static TraceIndex open(IndexOptions o) throws IOException {
        return TraceIndex.open(trace, new RingsideFormat(), ToyTraces.MODELS, CheckOptions.DEFAULT, o, null);
    }

    static void assertAt(TraceCursor c, long n) {
        assertEquals(n, c.position());
        assertTrue(ref.states.get((int) n + 1).stateEquals(c.state()), "state at event " + n);
        if (n >= 0) {
            assertEquals(ref.events.get((int) n), c.event(), "event " + n);
            assertEquals(ref.events.get((int) n).line(), c.event().line());
            assertEquals(ref.events.get((int) n).offset(), c.event().offset());
            List<String> want = new ArrayList<>(ref.violations.get((int) n));
            if (n == N - 1) {
                want.addAll(ref.finish);
            }
            assertEquals(want, c.violationsHere().stream().map(Violation::toString).toList(), "violations at " + n);
        } else {
            assertNull(c.event());
        }
    }

    @ParameterizedTest
    @EnumSource(IndexOptions.Store.class)
    void seekToNEqualsReplayFromStart(IndexOptions.Store store) throws IOException {
        try (TraceIndex ix = open(small(store)); TraceCursor c = ix.cursor()) {
            assertEquals(N, ix.eventCount());
            assertTrue(ix.checkpointInterval() > 32, "interval grew to fit the budget: " + ix);
            assertTrue(ix.checkpointCount() <= 12, ix.toString());
            assertEquals(ref.totalViolations(), ix.violationCount());
            Random r = new Random(7);
            for (int i = 0; i < 300; i++) {
                long n = r.nextInt(N + 1) - 1;
                c.seek(n);
                assertAt(c, n);
            }
            c.seek(N - 1);
            assertAt(c, N - 1);
            c.seek(TraceCursor.START);
            assertAt(c, -1);
        }
    }

    @Test
    void steppingBackThenForwardReturnsTheSameState() throws IOException {
        try (TraceIndex ix = open(small(IndexOptions.Store.BINARY)); TraceCursor c = ix.cursor()) {
            Random r = new Random(11);
            for (int round = 0; round < 40; round++) {
                long n = r.nextInt(N);
                c.seek(n);
                int back = 1 + r.nextInt(80);
                for (int k = 0; k < back && c.position() > TraceCursor.START; k++) {
                    assertTrue(c.previous());
                    assertAt(c, n - k - 1);
                }
                long low = c.position();
                for (long k = low; k < n; k++) {
                    assertTrue(c.next());
                }
                assertAt(c, n);
            }
            c.seek(TraceCursor.START);
            assertFalse(c.previous());
            c.seek(N - 1);
            assertFalse(c.next());
            assertAt(c, N - 1);
        }
    }

    @Test
    void searchesMatchBruteForce() throws IOException {
        try (TraceIndex ix = open(small(IndexOptions.Store.BINARY)); TraceCursor c = ix.cursor()) {
            Random r = new Random(5);
            for (int i = 0; i < 60; i++) {
                long n = r.nextInt(N + 1) - 1;
                int[] dq = r.nextBoolean() ? new int[] {0, 1} : new int[] {3, 2};
                c.seek(n);
                long want = -1;
                for (int k = (int) n + 1; k < N; k++) {
                    TraceEvent e = ref.events.get(k);
                    if (e.device() == dq[0] && e.queue() == dq[1]) {
                        want = k;
                        break;
                    }
                }
                assertEquals(want >= 0, c.nextInQueue(dq[0], dq[1]));
                assertAt(c, want >= 0 ? want : n);
                c.seek(n);
                want = -1;
                for (int k = (int) n - 1; k >= 0; k--) {
                    TraceEvent e = ref.events.get(k);
                    if (e.device() == dq[0] && e.queue() == dq[1]) {
                        want = k;
                        break;
                    }
                }
                assertEquals(want >= 0, c.previousInQueue(dq[0], dq[1]));
                assertAt(c, want >= 0 ? want : n);

                c.seek(n);
                want = -1;
                for (int k = (int) n + 1; k < N; k++) {
                    if (ref.events.get(k).note() != null) {
                        want = k;
                        break;
                    }
                }
                assertEquals(want >= 0, c.next(e -> e.note() != null));
                assertAt(c, want >= 0 ? want : n);

                long t = ref.events.get(r.nextInt(N)).time() + r.nextInt(3) - 1;
                long wantT = -1;
                for (int k = 0; k < N; k++) {
                    if (ref.events.get(k).time() >= t) {
                        wantT = k;
                        break;
                    }
                }
                assertTrue(c.seekTime(t));
                assertAt(c, wantT);
            }
            c.seek(3);
            assertFalse(c.seekTime(Long.MAX_VALUE));
            assertEquals(3, c.position());
        }
    }

    @Test
    void nextAndPreviousViolationVisitEveryViolatingEvent() throws IOException {
        List<Long> want = new ArrayList<>();
        for (int k = 0; k < N; k++) {
            if (!ref.violations.get(k).isEmpty() || k == N - 1 && !ref.finish.isEmpty()) {
                want.add((long) k);
            }
        }
        try (TraceIndex ix = open(small(IndexOptions.Store.BINARY)); TraceCursor c = ix.cursor()) {
            List<Long> got = new ArrayList<>();
            while (c.nextViolation()) {
                got.add(c.position());
                assertFalse(c.violationsHere().isEmpty());
            }
            assertEquals(want, got);
            List<Long> back = new ArrayList<>();
            while (c.previousViolation()) {
                back.add(0, c.position());
            }
            assertEquals(want.subList(0, want.size() - 1), back);
        }
    }

    @Test
    void violationsInARangeAreRederivedBeyondTheKeptOnes() throws IOException {
        try (TraceIndex ix = open(small(IndexOptions.Store.BINARY)); TraceCursor c = ix.cursor()) {
            assertEquals(7, ix.firstViolations().size());
            Random r = new Random(3);
            for (int i = 0; i < 30; i++) {
                int a = r.nextInt(N);
                int b = Math.min(N - 1, a + r.nextInt(2000));
                List<String> want = new ArrayList<>();
                for (int k = a; k <= b; k++) {
                    want.addAll(ref.violations.get(k));
                }
                if (b == N - 1) {
                    want.addAll(ref.finish);
                }
                c.seek(r.nextInt(N));
                long before = c.position();
                assertEquals(want, c.violations(a, b, 100_000).stream().map(Violation::toString).toList());
                assertEquals(before, c.position());
            }
        }
    }

    @Test
    void runUntilAndBackStopOnStateConditions() throws IOException {
        try (TraceIndex ix = open(small(IndexOptions.Store.BINARY)); TraceCursor c = ix.cursor()) {
            // stop on the event that makes device 3's engine reach k applied events (unique)
            long k = 1234;
            java.util.function.BiPredicate<TraceEvent, io.ringside.core.engine.Replay> hit = (e, r) -> e.device() == 3
                    && ((ToyModel.Engine) r.engine(3)).applied == k;
            assertTrue(c.runUntil(hit, null));
            long at = c.position();
            assertEquals(k, ((ToyModel.Engine) ref.states.get((int) at + 1).engines().get(1)).applied);
            assertAt(c, at);
            c.seek(N - 1);
            assertTrue(c.runBackUntil(hit, null));
            assertAt(c, at);
        }
    }

    @Test
    void badPositionsAreRefused() throws IOException {
        try (TraceIndex ix = open(small(IndexOptions.Store.BINARY)); TraceCursor c = ix.cursor()) {
            assertThrows(IllegalArgumentException.class, () -> c.seek(N));
            assertThrows(IllegalArgumentException.class, () -> c.seek(-2));
            assertEquals(TraceCursor.START, c.position());
        }
    }

    /** Bytes of a toy state, as the index estimates it. */
    static final class ToyState {
        static long bytes() {
            return TraceIndex.estimateStateBytes(ToyTraces.header());
        }
    }
}
