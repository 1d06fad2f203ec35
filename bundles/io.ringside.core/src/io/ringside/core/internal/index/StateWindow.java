package io.ringside.core.internal.index;

import java.util.Arrays;

import io.ringside.core.engine.Replay;
import io.ringside.core.index.TraceIndex;

/**
 * A {@link io.ringside.core.index.TraceCursor}'s window of states for stepping backwards: copies of the
 * replay state every {@code step} events inside the one checkpoint segment the cursor last moved through, so that a step back
 * replays at most {@code step} events instead of a whole checkpoint interval. Its slots fit
 * {@link #BUDGET}; it is made again when the index's checkpoint interval doubles while the index grows.
 */
public final class StateWindow {

    /** Heap a cursor may spend on its window of states. */
    static final long BUDGET = 8L << 20;

    private final TraceIndex index;
    private long interval;
    private long step;
    private Replay[] states;
    private long segment = -1;

    public StateWindow(TraceIndex index) {
        this.index = index;
        fit(index.checkpointInterval());
    }

    /** Sizes the window for the index's current checkpoint interval, when that changed. */
    void follow() {
        long now = index.checkpointInterval();
        if (now != interval) {
            fit(now);
        }
    }

    private void fit(long newInterval) {
        long slots = Math.max(4, Math.min(64, BUDGET / Math.max(1, index.stateBytes())));
        long s = Math.max(16, (newInterval + slots - 1) / slots);
        interval = newInterval;
        step = Long.highestOneBit(s - 1) << 1; // round up to a power of two
        states = new Replay[(int) (newInterval / step) + 1];
        segment = -1;
    }

    /** Keeps a copy of {@code state} ({@code applied} events applied) when it sits on a step of the window. */
    public void remember(long applied, Replay state) {
        follow();
        long seg = applied / interval;
        long off = applied - seg * interval;
        if (off % step != 0 || off == 0) {
            return;
        }
        if (seg != segment) {
            Arrays.fill(states, null);
            segment = seg;
        }
        int i = (int) (off / step);
        if (i < states.length && states[i] == null) {
            states[i] = state.copy();
        }
    }

    /**
     * The latest kept state with at most {@code applied} events applied, in the segment's window (after its
     * checkpoint, so nearer than the checkpoint), or null: not to be modified, copy it.
     */
    public Replay atOrBefore(long applied) {
        follow();
        long seg = applied / interval;
        if (seg == segment) {
            for (int i = (int) Math.min(states.length - 1, (applied - seg * interval) / step); i > 0; i--) {
                if (states[i] != null) {
                    return states[i];
                }
            }
        }
        return null;
    }
}
