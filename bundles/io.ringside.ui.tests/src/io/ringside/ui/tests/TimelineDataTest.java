package io.ringside.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.ringside.ui.trace.timeline.Lane;
import io.ringside.ui.trace.timeline.Timeline;

/**
 * The timeline's data without the workbench: requests fed through a device sink in random orders of
 * completion, checked against a plain list of the same requests (bars, rows, the zoomed-out summaries,
 * what a click finds).
 */
class TimelineDataTest {

    record Req(long start, long end, long startEvent, int row) {
    }

    @Test
    void barsRowsAndSummariesMatchAPlainListOfTheRequests() {
        Random rnd = new Random(7);
        Timeline tl = new Timeline();
        Timeline.DeviceSink d = tl.device(0, "nvme", op -> op == 2 ? "read" : op == 1 ? "write" : "flush");
        List<long[]> inFlight = new ArrayList<>(); // {key, start, event}
        List<Req> done = new ArrayList<>();
        long t = 1_000_000;
        long key = 0;
        for (long ev = 0; ev < 20_000; ev++) {
            t += 1 + rnd.nextInt(2000);
            tl.at(ev, t);
            if (inFlight.size() < 12 && (inFlight.isEmpty() || rnd.nextBoolean())) {
                d.fetch(1, t, key, rnd.nextInt(3));
                inFlight.add(new long[] { key++, t, ev });
            } else {
                long[] r = inFlight.remove(rnd.nextInt(inFlight.size()));
                d.complete(1, t, r[0], 4096);
                done.add(new Req(r[1], t, r[2], -1));
            }
            if (ev % 97 == 0) {
                d.interrupt(1, t, false);
            }
        }
        tl.finish();
        assertEquals(1, tl.lanes().size());
        Lane l = tl.lanes().get(0);
        assertEquals(done.size() + inFlight.size(), l.size(), "one bar per request fetched");
        // every completed request is a bar with its times and first event
        java.util.Map<Long, Integer> byEvent = new java.util.HashMap<>();
        for (int i = 0; i < l.size(); i++) {
            byEvent.put(l.startEvent(i), i);
            if (i > 0) {
                assertTrue(l.start(i) >= l.start(i - 1), "sorted by start");
            }
        }
        for (Req r : done) {
            int i = byEvent.get(r.startEvent());
            assertEquals(r.start(), l.start(i));
            assertEquals(r.end(), l.end(i));
        }
        // no two bars overlap in one row, and the rows are as many as the most requests in flight at once
        for (int i = 0; i < l.size(); i++) {
            for (int j = i + 1; j < l.size() && l.start(j) < end(l, i, tl); j++) {
                assertTrue(l.row(i) != l.row(j), "requests " + i + " and " + j + " overlap in row " + l.row(i));
            }
        }
        assertEquals(12, l.rows());
        // the summary's requests in flight over any bucket range equal a count over the list
        Lane.Summary s = l.summary();
        for (int k = 0; k < 200; k++) {
            int b0 = rnd.nextInt(64);
            int b1 = b0 + rnd.nextInt(8);
            long from = tl.start() + b0 * s.width();
            long to = tl.start() + (b1 + 1) * s.width() - 1;
            int expected = 0;
            for (int i = 0; i < l.size(); i++) {
                if (l.start(i) <= to && end(l, i, tl) >= from) {
                    expected++;
                }
            }
            int got = s.overlapping(0, s.bucket(from), s.bucket(to));
            // a request ending in bucket b0 before 'from' is still counted by the bucketed summary
            int endedJustBefore = 0;
            for (int i = 0; i < l.size(); i++) {
                if (l.end(i) >= 0 && l.end(i) < from && s.bucket(l.end(i)) == s.bucket(from)) {
                    endedJustBefore++;
                }
            }
            assertEquals(expected + endedJustBefore, got, "buckets " + b0 + ".." + b1);
        }
        // a click in the middle of a bar's row finds that bar
        for (int k = 0; k < 200; k++) {
            int i = rnd.nextInt(l.size());
            long mid = (l.start(i) + end(l, i, tl)) / 2;
            assertEquals(i, l.requestAt(mid, l.row(i), 0, tl.end()));
        }
        assertEquals(20_000 / 97 + 1, l.markers());
    }

    private static long end(Lane l, int i, Timeline tl) {
        return l.end(i) < 0 ? tl.end() : l.end(i);
    }
}
