package io.ringside.core.analysis;

/**
 * One queue's epoch (or, when the queue is closed and opened again in an epoch, one occurrence) in a
 * {@link RequestAnalysis}: its metrics (and its current window's), and what matches the steps of its
 * requests: the requests in flight by key, submissions waiting to be fetched, completions waiting for
 * their interrupt and for the driver to consume them, and which fetch ordinals completed (the out-of-order
 * count). Only the parts the lifecycle's steps can fill are made. Released when the epoch ends.
 */
final class QueueSegment {
    final Metrics m;
    final Metrics w; // this window's, or null
    final int occurrence;
    boolean open = true;
    boolean windowActive;
    InFlight inFlight;
    LongRing submits; // (time, count) pairs, in order
    LongRing toInterrupt; // completion times
    LongRing toConsume; // (completion time, submit time) pairs
    long[] done; // completed fetch ordinals, a bit each, from 'oldest'
    long nextOrdinal;
    long oldest;
    boolean lost; // more than InFlight.MAX in flight: requests not tracked any more

    QueueSegment(Metrics m, Metrics w, int occurrence, int steps) {
        this.m = m;
        this.w = w;
        this.occurrence = occurrence;
        if (has(steps, Step.FETCH) && has(steps, Step.COMPLETE)) {
            inFlight = new InFlight();
            done = new long[RequestAnalysis.ORDER_WINDOW / 64];
        }
        if (has(steps, Step.SUBMIT) && has(steps, Step.FETCH)) {
            submits = new LongRing(2 * RequestAnalysis.MAX_PENDING);
        }
        if (has(steps, Step.COMPLETE) && has(steps, Step.INTERRUPT)) {
            toInterrupt = new LongRing(RequestAnalysis.MAX_PENDING);
        }
        if (has(steps, Step.COMPLETE) && has(steps, Step.CONSUME)) {
            toConsume = new LongRing(2 * RequestAnalysis.MAX_PENDING);
        }
    }

    /** Marks a fetch ordinal completed; returns whether it was the oldest in flight. */
    boolean complete(long ord) {
        boolean inOrder = ord == oldest;
        if (ord >= oldest && ord - oldest < RequestAnalysis.ORDER_WINDOW) {
            int b = (int) (ord & RequestAnalysis.ORDER_WINDOW - 1);
            done[b >>> 6] |= 1L << b;
        }
        while (oldest < nextOrdinal) {
            int b = (int) (oldest & RequestAnalysis.ORDER_WINDOW - 1);
            if ((done[b >>> 6] & 1L << b) == 0) {
                break;
            }
            done[b >>> 6] &= ~(1L << b);
            oldest++;
        }
        return inOrder;
    }

    /** A new fetch ordinal; the oldest is given up when it falls too far behind. */
    long nextOrdinal() {
        long ord = nextOrdinal++;
        while (nextOrdinal - oldest > RequestAnalysis.ORDER_WINDOW) {
            complete(oldest);
        }
        return ord;
    }

    void release() {
        open = false;
        inFlight = null;
        submits = toInterrupt = toConsume = null;
        done = null;
    }

    private static boolean has(int steps, Step s) {
        return (steps & s.bit()) != 0;
    }
}
