package io.ringside.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceFormatException;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceLevel;

/**
 * The prefetching reader: events in order across its batches, in place or copied, and the source's errors;
 * the same on the calling thread for a source whose read-ahead does not pay.
 */
class PrefetchSourceTest {

    /** Events 0..n-1 (time = 10 x seq), then the end, or an error instead of event {@code failAt}. */
    private static class Counting implements EventSource {
        private final long n;
        private final long failAt;
        private final boolean readAhead;
        private long next;

        Counting(long n, long failAt) {
            this(n, failAt, true);
        }

        Counting(long n, long failAt, boolean readAhead) {
            this.n = n;
            this.failAt = failAt;
            this.readAhead = readAhead;
        }

        @Override
        public boolean readAheadPays() {
            return readAhead;
        }

        @Override
        public long position() {
            return next * 100;
        }

        @Override
        public TraceHeader header() {
            return new TraceHeader("test", TraceLevel.OPERATION, List.of(), Map.of());
        }

        @Override
        public boolean next(TraceEvent e) throws IOException {
            if (next == failAt) {
                throw new TraceFormatException("t.log", next + 1, -1, "bad line");
            }
            if (next == n) {
                return false;
            }
            e.seq(next).time(next * 10);
            next++;
            return true;
        }

        @Override
        public String name() {
            return "t.log";
        }

        @Override
        public void close() {
        }
    }

    @ParameterizedTest(name = "read ahead: {0}")
    @ValueSource(booleans = {true, false})
    void advanceGivesEveryEventInOrderAcrossBatchesThenNull(boolean readAhead) throws IOException {
        long n = 5_000; // more than two batches, the last one partly filled
        try (PrefetchSource in = new PrefetchSource(new Counting(n, -1, readAhead))) {
            TraceEvent previous = null;
            for (long i = 0; i < n; i++) {
                TraceEvent e = in.advance();
                assertNotNull(e, "event " + i);
                assertEquals(i, e.seq());
                assertEquals(i * 10, e.time());
                if (previous != null) {
                    assertEquals(i - 1, previous.seq(), "an event stays as it was until the next call");
                }
                previous = e;
            }
            assertNull(in.advance());
            assertNull(in.advance(), "the end stays the end");
            assertFalse(in.next(new TraceEvent()));
        }
    }

    @ParameterizedTest(name = "read ahead: {0}")
    @ValueSource(booleans = {true, false})
    void nextAndAdvanceCanBeMixed(boolean readAhead) throws IOException {
        try (PrefetchSource in = new PrefetchSource(new Counting(3_000, -1, readAhead))) {
            TraceEvent copy = new TraceEvent();
            for (long i = 0; i < 3_000; i++) {
                if (i % 3 == 0) {
                    assertTrue(in.next(copy));
                    assertEquals(i, copy.seq());
                } else {
                    assertEquals(i, in.advance().seq());
                }
            }
            assertNull(in.advance());
        }
    }

    @ParameterizedTest(name = "read ahead: {0}")
    @ValueSource(booleans = {true, false})
    void theSourcesErrorComesAfterTheEventsBeforeIt(boolean readAhead) throws IOException {
        try (PrefetchSource in = new PrefetchSource(new Counting(10_000, 2_500, readAhead))) {
            for (long i = 0; i < 2_500; i++) {
                assertEquals(i, in.advance().seq());
            }
            TraceFormatException x = assertThrows(TraceFormatException.class, in::advance);
            assertTrue(x.getMessage().contains("t.log:2501"), x.getMessage());
        }
    }

    /** A source whose read-ahead does not pay is read on the calling thread: no reader thread, position as it goes. */
    @Test
    void aSourceThatSaysReadAheadDoesNotPayIsReadInline() throws Exception {
        Thread caller = Thread.currentThread();
        EventSource src = new Counting(3_000, -1, false) {
            @Override
            public boolean next(TraceEvent e) throws IOException {
                assertEquals(caller, Thread.currentThread(), "read on the caller's thread");
                return super.next(e);
            }
        };
        try (PrefetchSource in = new PrefetchSource(src)) {
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                assertFalse(t.getName().equals("ringside-prefetch") && t.isAlive(), "no reader thread");
            }
            for (long i = 0; i < 3_000; i++) {
                assertEquals(i, in.advance().seq());
                assertEquals((i + 1) * 100, in.position(), "the source's position after the event");
            }
            assertTrue(in.warnings().isEmpty());
            assertNull(in.advance());
        }
    }
}
