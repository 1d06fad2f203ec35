package io.ringside.emulator.internal.nvme;

import java.util.SplittableRandom;
import java.util.function.IntToLongFunction;

import io.ringside.emulator.nvme.NvmeFault;
import io.ringside.nvme.DoorbellSide;
import io.ringside.nvme.Nvme;
import io.ringside.nvme.NvmeController;
import io.ringside.nvme.NvmeEmitter;

/**
 * When the NVMe controller works: QEMU's main loop, one actor of the {@link NvmeScheduler}. A doorbell
 * schedules the SQ's processing (one entry per step, each request completing after the backend's service
 * time); a completion schedules the CQ's posting, which stops while the CQ is full; posted entries raise
 * the CQ's interrupt at once or, with coalescing, when enough are posted or the coalescing time is up. What
 * each step reads and writes is {@link NvmeController}'s; the controller-side faults are planted here.
 */
final class ControllerLoop {

    /** The scheduled work of one queue pair. */
    private static final class Timers {
        boolean sq; // the SQ's processing is queued
        boolean post; // the CQ's posting is queued
        boolean coalesce; // an interrupt coalescing timer is armed
    }

    private final NvmeScheduler sched;
    private final int actor;
    private final NvmeController ctrl;
    private final NvmeEmitter out;
    private final NvmeTiming tm;
    private final SplittableRandom rnd;
    private final NvmeFault fault;
    private final long faultAt;
    private final IntToLongFunction irqHandler;
    private final Timers[] timers;
    private boolean faultDone; // the completion faults (wrong phase, unknown cid) are planted once
    private boolean staleSqEventIdx;
    private long fetches;
    private long ioCompletionsPosted;

    /**
     * @param actor the scheduler's actor of the main loop
     * @param irqHandler the host's handler of CQ y's interrupt, run on vCPU y
     */
    ControllerLoop(NvmeScheduler sched, int actor, NvmeController ctrl, NvmeEmitter out, NvmeTiming tm,
            SplittableRandom rnd, NvmeFault fault, long faultAt, IntToLongFunction irqHandler) {
        this.sched = sched;
        this.actor = actor;
        this.ctrl = ctrl;
        this.out = out;
        this.tm = tm;
        this.rnd = rnd;
        this.fault = fault;
        this.faultAt = faultAt;
        this.irqHandler = irqHandler;
        this.timers = new Timers[actor];
        for (int y = 0; y < actor; y++) {
            timers[y] = new Timers();
        }
    }

    int actor() {
        return actor;
    }

    // ---- doorbells ---------------------------------------------------------------------------------

    /** An SQ tail doorbell register write, run by the vCPU thread under the big lock: takes the tail, arms the SQ timer. */
    void sqTailDoorbell(int y, int value) {
        if (ctrl.doorbell(DoorbellSide.SQ, y, value)) {
            long slack = tm.timerSlackNs() > 1 ? rnd.nextLong(tm.timerSlackNs()) : 0;
            sched.at(sched.now() + tm.mmioBqlNs() + tm.ctrlWakeMmioNs() + slack, actor, () -> kickSq(y));
        }
    }

    /** A CQ head doorbell register write: QEMU {@code nvme_process_db} arms the cq timer only if the CQ was full. */
    void cqHeadDoorbell(int y, int value) {
        boolean wasFull = ctrl.cqFull(y);
        if (ctrl.doorbell(DoorbellSide.CQ, y, value) && wasFull && ctrl.pending(y) > 0) {
            schedulePost(y, tm.mmioBqlNs());
        }
    }

    // ---- submission queues ------------------------------------------------------------------------

    /** SQ {@code y}'s doorbell reached the main loop: schedules its processing unless already scheduled. */
    long kickSq(int y) {
        Timers t = timers[y];
        if (ctrl.live(y) && !t.sq) {
            t.sq = true;
            sched.pushFront(actor, () -> processSq(y));
        }
        return 0;
    }

    /** One step of QEMU's {@code nvme_process_sq}: EventIdx, shadow tail, then fetch one entry. */
    private long processSq(int y) {
        long cost = 0;
        if (ctrl.usesShadow(y)) {
            ctrl.readShadow(DoorbellSide.SQ, y, !staleSqEventIdx);
            cost += 200;
        }
        long a = ctrl.fetch(y);
        if (a < 0) {
            timers[y].sq = false;
            return cost;
        }
        int opc = ctrl.opcode(a);
        int cid = ctrl.cid(a);
        fetches++;
        if (fault == NvmeFault.STALE_SQ_EVENTIDX && !staleSqEventIdx && y != 0 && fetches >= faultAt) {
            staleSqEventIdx = true;
            out.mark("fault nvme-stale-sq-eventidx: the controller stops updating SQ EventIdx before shadow reads");
        }
        if (y == 0) {
            int status = ctrl.admin(a);
            sched.at(sched.now() + 2_000, actor, () -> enqueueCompletion(0, cid, 0, status));
        } else {
            long kib = ctrl.blocks(a) / 2;
            long lat = tm.serviceNs() + Math.max(0, kib - 4) * tm.servicePerKiBNs()
                    + (tm.jitterNs() > 0 ? rnd.nextLong(tm.jitterNs()) : 0);
            if (opc == Nvme.IO_WRITE) {
                lat += lat / 4;
            }
            sched.at(sched.now() + cost + tm.fetchNs() + lat, actor, () -> enqueueCompletion(y, cid, y, 0));
        }
        sched.pushFront(actor, () -> processSq(y));
        return cost + tm.fetchNs();
    }

    // ---- completion queues ------------------------------------------------------------------------

    private long enqueueCompletion(int cq, int cid, int sqid, int status) {
        ctrl.enqueue(cq, cid, sqid, status);
        schedulePost(cq, tm.postDelayNs());
        return cq == 0 ? 100 : tm.completeNs();
    }

    private void schedulePost(int cq, long delay) {
        Timers t = timers[cq];
        if (t.post) {
            return;
        }
        t.post = true;
        sched.at(sched.now() + delay, actor, () -> postCqes(cq));
    }

    /** QEMU's {@code nvme_post_cqes}: EventIdx and shadow head before each entry, stop when full. */
    private long postCqes(int cq) {
        Timers t = timers[cq];
        t.post = false;
        long cost = 0;
        int posted = 0;
        while (ctrl.pending(cq) > 0) {
            if (ctrl.usesShadow(cq)) {
                ctrl.readShadow(DoorbellSide.CQ, cq, fault != NvmeFault.MISSING_CQ_EVENTIDX);
                cost += 200;
            }
            if (ctrl.cqFull(cq)) {
                break; // woken by a CQ head doorbell or the next completion
            }
            long[] c = ctrl.takePending(cq);
            int cid = (int) c[0];
            int phase = ctrl.cqPhase(cq);
            if (cq != 0) {
                ioCompletionsPosted++;
                if (!faultDone && ioCompletionsPosted >= faultAt) {
                    if (fault == NvmeFault.WRONG_PHASE) {
                        faultDone = true;
                        phase ^= 1;
                        out.mark("fault nvme-wrong-phase: CQE for cid " + cid + " written with phase " + phase);
                    } else if (fault == NvmeFault.UNKNOWN_CID) {
                        faultDone = true;
                        int bogus = (cid + 0x8000) & 0xffff;
                        out.mark("fault nvme-unknown-cid: completion for cid " + cid + " posted as cid " + bogus);
                        cid = bogus;
                    }
                }
            }
            ctrl.post(cq, cid, (int) c[1], (int) c[2], phase);
            posted++;
            cost += tm.postNs();
        }
        if (posted > 0) {
            if (ctrl.interruptDue(cq)) {
                raiseIrq(cq);
            } else if (!t.coalesce) {
                t.coalesce = true;
                sched.at(sched.now() + cost + tm.coalescingTimeNs(), actor, () -> {
                    t.coalesce = false;
                    if (ctrl.interruptPending(cq)) {
                        raiseIrq(cq);
                    }
                    return 0L;
                });
            }
        }
        return cost;
    }

    private void raiseIrq(int cq) {
        ctrl.interrupt(cq);
        sched.interruptAt(sched.now() + tm.irqLatencyNs(), cq, () -> irqHandler.applyAsLong(cq));
    }
}
