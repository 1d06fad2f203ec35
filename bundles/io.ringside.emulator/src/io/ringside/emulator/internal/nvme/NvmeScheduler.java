package io.ringside.emulator.internal.nvme;

import java.util.ArrayDeque;
import java.util.PriorityQueue;

/**
 * The NVMe emulator's discrete-event clock: actors (vCPUs and the controller's main loop) each run a queue
 * of atomic operations one after another, an operation costing the time it returns; timers hand an
 * operation to an actor at a given time (interrupts go to the front of the vCPU's queue). The actor with
 * the earliest time runs next; ties go to the lower index, and a timer due no later than that goes first.
 */
final class NvmeScheduler {

    @FunctionalInterface
    interface Op {
        /** Runs at the actor's current time {@link NvmeScheduler#now()}; returns the time it costs. */
        long run();
    }

    private record Timer(long time, long seq, int actor, Op op, boolean urgent) implements Comparable<Timer> {
        @Override
        public int compareTo(Timer o) {
            return time != o.time ? Long.compare(time, o.time) : Long.compare(seq, o.seq);
        }
    }

    private final long[] actorTime;
    private final boolean[] blocked; // a vCPU waiting in a trapped MMIO write for QEMU's big lock
    private final ArrayDeque<Op>[] ops;
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private long timerSeq;
    private long now;
    private long opsRun;

    @SuppressWarnings("unchecked")
    NvmeScheduler(int actors) {
        actorTime = new long[actors];
        blocked = new boolean[actors];
        ops = new ArrayDeque[actors];
        for (int i = 0; i < actors; i++) {
            ops[i] = new ArrayDeque<>();
        }
    }

    long now() {
        return now;
    }

    /** Operations run so far. */
    long opsRun() {
        return opsRun;
    }

    /** Hands {@code op} to {@code actor} at {@code time}, behind the work it has queued. */
    void at(long time, int actor, Op op) {
        timers.add(new Timer(time, timerSeq++, actor, op, false));
    }

    /** An interrupt: the vCPU takes it before its next piece of work (ops are atomic: no doorbell is split). */
    void interruptAt(long time, int vcpu, Op op) {
        timers.add(new Timer(time, timerSeq++, vcpu, op, true));
    }

    /** Queues an op now; an idle actor's clock catches up with the present. */
    void push(int actor, Op op) {
        if (ops[actor].isEmpty()) {
            actorTime[actor] = Math.max(actorTime[actor], now);
        }
        ops[actor].addLast(op);
    }

    /** Queues an op behind the actor's work without moving its clock. */
    void append(int actor, Op op) {
        ops[actor].addLast(op);
    }

    /** Runs an op next on this actor. */
    void pushFront(int actor, Op op) {
        ops[actor].addFirst(op);
    }

    /** Stops a vCPU until {@link #release}. */
    void block(int actor) {
        blocked[actor] = true;
    }

    /** Lets a blocked vCPU go on, not before {@code time}. */
    void release(int actor, long time) {
        blocked[actor] = false;
        actorTime[actor] = Math.max(actorTime[actor], time);
    }

    /** Fires the next timer or runs the next op; false when nothing is left to happen. */
    boolean step() {
        int best = -1;
        long bestTime = Long.MAX_VALUE;
        for (int a = 0; a < ops.length; a++) {
            if (!ops[a].isEmpty() && !blocked[a] && actorTime[a] < bestTime) {
                bestTime = actorTime[a];
                best = a;
            }
        }
        Timer t = timers.peek();
        if (t != null && t.time <= bestTime) {
            timers.poll();
            now = t.time;
            if (t.urgent) {
                if (ops[t.actor].isEmpty()) {
                    actorTime[t.actor] = Math.max(actorTime[t.actor], now);
                }
                ops[t.actor].addFirst(t.op);
            } else {
                push(t.actor, t.op);
            }
            return true;
        }
        if (best < 0) {
            return false;
        }
        now = bestTime;
        Op op = ops[best].pollFirst();
        long cost = op.run();
        actorTime[best] = now + cost;
        opsRun++;
        return true;
    }

    /** Moves the clock to the end of the last actor's work. */
    void finish() {
        for (long t : actorTime) {
            now = Math.max(now, t);
        }
    }
}
