package io.ringside.core.internal.index;

import java.util.ArrayList;
import java.util.List;

import io.ringside.core.engine.Replay;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceHeader;

/**
 * The replay checkpoints of an index: a copy of the replay state every {@link #interval()} events, within a
 * byte budget. When they would outgrow it, every other one is dropped and the interval doubles, so memory
 * stays bounded whatever the trace's length. The builder offers one at each block start ({@link #offer});
 * cursors start their replays from {@link #atOrBefore}. Thread-safe.
 */
public final class Checkpoints {

    /** Bytes that four checkpoints may take whatever the budget (small states keep seeks short). */
    static final long SMALL_CHECKPOINTS = 16L << 20;

    private final List<Replay> list = new ArrayList<>();
    private final long estimatedBytes;
    private final long budget;
    private final long max;
    private long interval;
    private long observedBytes;

    /**
     * @param initial  the state before the first event (copied)
     * @param interval the first interval, in events (a block)
     */
    public Checkpoints(Replay initial, TraceHeader header, long budget, long interval) {
        this.estimatedBytes = estimateStateBytes(header);
        this.observedBytes = estimatedBytes;
        this.budget = budget;
        this.max = Math.max(minCheckpoints(estimatedBytes), budget / estimatedBytes);
        this.interval = interval;
        list.add(initial.copy());
    }

    /**
     * At the first event {@code n} of a block, with {@code head} the state before it: counts its size and
     * keeps a copy when a checkpoint is due, halving the checkpoints when they outgrow the budget.
     */
    public void offer(long n, Replay head) {
        // a state can outgrow the header's estimate (NVMe queues created by commands, indirect tables): the
        // budget counts the largest state seen
        long bytes = head.stateBytes();
        boolean due;
        synchronized (this) {
            observedBytes = Math.max(observedBytes, bytes);
            due = n > 0 && n % interval == 0;
        }
        if (!due) {
            return;
        }
        Replay c = head.copy();
        synchronized (this) {
            list.add(c);
            if (list.size() > max || list.size() > minCheckpoints(observedBytes) && list.size() * observedBytes > budget) {
                // keep every other checkpoint: the interval doubles, memory stays within budget
                int k = 0;
                for (int i = 0; i < list.size(); i += 2) {
                    list.set(k++, list.get(i));
                }
                list.subList(k, list.size()).clear();
                interval *= 2;
            }
        }
    }

    /** The checkpoint with the most events applied that is at most {@code applied} (not a copy). */
    public synchronized Replay atOrBefore(long applied) {
        return list.get(index(applied));
    }

    /** Events applied in {@link #atOrBefore atOrBefore(applied)}. */
    public synchronized long applied(long applied) {
        return index(applied) * interval;
    }

    private int index(long applied) {
        return Math.max(0, (int) Math.min(list.size() - 1L, applied / interval));
    }

    /** Events between two checkpoints. */
    public synchronized long interval() {
        return interval;
    }

    public synchronized int count() {
        return list.size();
    }

    /** Estimated bytes of one state: the header's estimate or the largest state seen, if larger. */
    public synchronized long stateBytes() {
        return Math.max(estimatedBytes, observedBytes);
    }

    /** Approximate heap the checkpoints hold. */
    public synchronized long bytes() {
        return list.size() * Math.max(estimatedBytes, observedBytes);
    }

    /**
     * Checkpoints kept whatever the budget: 4 small ones (seeks stay short), but a single one when four
     * would take more than {@link #SMALL_CHECKPOINTS} (a header asking for tens of MiB of state: seeks
     * then replay from the start, and memory stays bounded).
     */
    static int minCheckpoints(long stateBytes) {
        return 4 * stateBytes <= SMALL_CHECKPOINTS ? 4 : 1;
    }

    /**
     * Bytes of one checkpoint (engine state), estimated from the header: the engines keep per-queue
     * arrays of about two hundred bytes per ring slot (descriptor table image, buffer states, writable
     * ranges), plus fixed parts.
     */
    public static long estimateStateBytes(TraceHeader h) {
        long b = 1024;
        for (var d : h.devices()) {
            b += 2048;
            for (QueueInfo q : d.queues()) {
                b += 512 + 224L * Math.max(1, q.size());
            }
        }
        return b;
    }
}
