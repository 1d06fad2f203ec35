package io.ringside.ui.trace;

import java.util.List;

import io.ringside.core.check.ViolationSink;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.TraceEvent;

/**
 * The cursor over the first page of events ({@link EventStore}) while the core index is being built,
 * with replay checkpoints every {@link TraceSession#CHECKPOINT} events: a step forward applies one
 * event, a step back or a jump restores the nearest checkpoint at or before the target and replays at
 * most a checkpoint interval of events. Replaced by an {@link IndexedCursor} once the index is ready.
 */
final class CheckpointCursor implements TraceCursor {

    private static final ViolationSink IGNORE = v -> {
    };

    private final EventStore store;
    private final List<Replay> checkpoints;
    private final int interval;
    private Replay replay;
    private long position = -1;
    private final TraceEvent scratch = new TraceEvent();
    private final TraceEvent current = new TraceEvent();

    CheckpointCursor(EventStore store, List<Replay> checkpoints, int interval) {
        this.store = store;
        this.checkpoints = checkpoints;
        this.interval = interval;
        this.replay = checkpoints.get(0).copy();
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public void seek(long target) {
        long n = Math.max(-1, Math.min(target, store.size() - 1));
        if (n == position) {
            return;
        }
        if (n < position || n - position > interval) {
            int k;
            synchronized (checkpoints) {
                // checkpoint k holds the state after events [0, k * interval)
                k = (int) Math.min((n + 1) / interval, checkpoints.size() - 1);
                replay = checkpoints.get(k).copy();
            }
            position = (long) k * interval - 1;
        }
        while (position < n) {
            position++;
            store.get(position, scratch);
            replay.apply(scratch, IGNORE);
        }
        if (position >= 0) {
            store.get(position, current);
        }
    }

    @Override
    public Replay replay() {
        return replay;
    }

    @Override
    public TraceEvent event() {
        return position < 0 ? null : current;
    }
}
