package io.ringside.core.internal.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.ringside.core.check.Severity;
import io.ringside.core.check.Violation;
import io.ringside.core.check.ViolationSink;

/**
 * The violations of a whole trace, bounded: the first {@code keep} with their messages, the event
 * numbers of up to {@link #MAX_EVENTS} (8 bytes each, kept in order), and counts. Filled by the thread
 * that builds the index ({@link #at} says which event is being applied) while others read it: its methods
 * are synchronized.
 */
public final class ViolationTable implements ViolationSink {

    /** Event numbers remembered (16 MiB); beyond, cursors find violations by replaying. */
    static final int MAX_EVENTS = 1 << 21;

    private final int keep;
    private final ViolationSink listener;
    private final List<Violation> kept = new ArrayList<>();
    private long[] events = new long[256];
    private int n;
    private long total;
    private long errors;
    private boolean truncated;
    /**
     * The event being applied: a violation's event number is kept within 0..current. Written and read
     * by the builder's thread only (the engines report while it applies an event): no lock per event.
     */
    private long current;

    public ViolationTable(int keep, ViolationSink listener) {
        this.keep = keep;
        this.listener = listener;
    }

    /** The builder is about to apply event {@code seq} (its thread only). */
    public void at(long seq) {
        current = seq;
    }

    @Override
    public synchronized void report(Violation v) {
        total++;
        if (v.severity() == Severity.ERROR) {
            errors++;
        }
        if (kept.size() < keep) {
            kept.add(v);
        }
        if (n < MAX_EVENTS) {
            if (n == events.length) {
                events = Arrays.copyOf(events, Math.min(MAX_EVENTS, n * 2));
            }
            long ev = Math.max(0, Math.min(current, v.event()));
            int i = n++;
            while (i > 0 && events[i - 1] > ev) { // engines report at the current event: rarely out of order
                events[i] = events[i - 1];
                i--;
            }
            events[i] = ev;
        } else {
            truncated = true;
        }
        if (listener != null) {
            listener.report(v);
        }
    }

    /** The trace is complete: event numbers beyond its last event (an empty trace's) are clamped. */
    public synchronized void seal(long eventCount) {
        for (int i = 0; i < n; i++) {
            events[i] = Math.max(0, Math.min(eventCount - 1, events[i]));
        }
    }

    public synchronized long total() {
        return total;
    }

    public synchronized long errors() {
        return errors;
    }

    public synchronized List<Violation> kept() {
        return List.copyOf(kept);
    }

    /** Whether every violation's message is in {@link #kept()}. */
    public synchronized boolean allKept() {
        return kept.size() == total;
    }

    /** Whether event numbers of some violations were not remembered. */
    public synchronized boolean truncated() {
        return truncated;
    }

    /** The last event number remembered (only meaningful when truncated). */
    public synchronized long lastRemembered() {
        return n == 0 ? -1 : events[n - 1];
    }

    /** First event number with a violation strictly after {@code after}, or -1 if none is remembered. */
    public synchronized long nextAfter(long after) {
        int i = lowerBound(after + 1);
        return i < n ? events[i] : -1;
    }

    /** Last event number with a violation strictly before {@code before}, or -1. */
    public synchronized long previousBefore(long before) {
        int i = lowerBound(before);
        return i > 0 ? events[i - 1] : -1;
    }

    /** How many remembered violations lie in [from, to]. */
    public synchronized int countIn(long from, long to) {
        int a = lowerBound(from);
        int b = lowerBound(to + 1);
        return b - a;
    }

    private int lowerBound(long v) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public synchronized long bytes() {
        return (long) events.length * 8 + kept.size() * 160L;
    }
}
