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

import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceFormatException;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceLevel;

/** The prefetching reader: events in order across its batches, in place or copied, and the source's errors. */
class PrefetchSourceTest {

    /** Events 0..n-1 (time = 10 x seq), then the end, or an error instead of event {@code failAt}. */
    private static final class Counting implements EventSource {
        private final long n;
        private final long failAt;
        private long next;

        Counting(long n, long failAt) {
            this.n = n;
            this.failAt = failAt;
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

    @Test
    void advanceGivesEveryEventInOrderAcrossBatchesThenNull() throws IOException {
        long n = 5_000; // more than two batches, the last one partly filled
        try (PrefetchSource in = new PrefetchSource(new Counting(n, -1))) {
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

    @Test
    void nextAndAdvanceCanBeMixed() throws IOException {
        try (PrefetchSource in = new PrefetchSource(new Counting(3_000, -1))) {
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

    @Test
    void theSourcesErrorComesAfterTheEventsBeforeIt() throws IOException {
        try (PrefetchSource in = new PrefetchSource(new Counting(10_000, 2_500))) {
            for (long i = 0; i < 2_500; i++) {
                assertEquals(i, in.advance().seq());
            }
            TraceFormatException x = assertThrows(TraceFormatException.class, in::advance);
            assertTrue(x.getMessage().contains("t.log:2501"), x.getMessage());
        }
    }
}
