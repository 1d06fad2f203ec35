package io.ringside.emulator.internal.nvme;

import java.util.function.IntUnaryOperator;

import io.ringside.emulator.nvme.NvmeFault;
import io.ringside.nvme.DoorbellSide;
import io.ringside.nvme.NvmeEmitter;
import io.ringside.nvme.NvmeHost;

/**
 * The host's doorbell writes in the NVMe emulator, and what they cost its vCPUs: Linux's SQ tail and CQ
 * head publication (shadow doorbell, then the register only when need_event says so), the trapped MMIO
 * exit under QEMU's big lock or the eventfd signal of an armed ioeventfd, a register written with the
 * wrong stride, and the host-side doorbell faults ({@link NvmeFault#SKIP_DOORBELL},
 * {@link NvmeFault#SQ_TAIL_OVERFLOW}, {@link NvmeFault#CQ_HEAD_PAST_TAIL}, each injected once).
 * {@link NvmeEmulator} decides when to ring; {@link ControllerLoop} is what the controller does on hearing it.
 */
final class HostDoorbells {

    private final NvmeHost host;
    private final NvmeScheduler sched;
    private final ControllerLoop loop;
    private final NvmeEmitter out;
    private final NvmeTiming tm;
    private final int batch;
    private final NvmeFault fault;
    private final long faultAt;
    private final boolean eventfdArmed;
    private final int hostDstrd;
    private final int ctrlDstrd;
    /** The vCPU that submits on queue y (see {@link NvmeEmulator}). */
    private final IntUnaryOperator submitter;
    private boolean faultDone;
    private long rings;

    HostDoorbells(NvmeHost host, NvmeScheduler sched, ControllerLoop loop, NvmeEmitter out, NvmeTiming tm, int batch,
            NvmeFault fault, long faultAt, boolean eventfdArmed, int hostDstrd, int ctrlDstrd, IntUnaryOperator submitter) {
        this.host = host;
        this.sched = sched;
        this.loop = loop;
        this.out = out;
        this.tm = tm;
        this.batch = batch;
        this.fault = fault;
        this.faultAt = faultAt;
        this.eventfdArmed = eventfdArmed;
        this.hostDstrd = hostDstrd;
        this.ctrlDstrd = ctrlDstrd;
        this.submitter = submitter;
    }

    /** Publishes the SQ tail: Linux {@code nvme_write_sq_db}, with the host-side faults. */
    long ringSq(int y) {
        if (!host.takeUnpublished(y)) {
            return 0;
        }
        int tail = host.sqTail(y);
        rings++;
        boolean faultDue = !faultDone && rings >= faultAt / batch;
        if (!host.usesShadow(y)) {
            int value = tail;
            if (fault == NvmeFault.SQ_TAIL_OVERFLOW && faultDue && y != 0) {
                faultDone = true;
                value = tail + host.size(y);
                out.mark("fault nvme-sq-tail-overflow: SQ " + y + " tail doorbell written as " + value);
            }
            return sqDoorbell(y, value, 0);
        }
        boolean need = host.publishShadow(DoorbellSide.SQ, y, tail);
        if (fault == NvmeFault.SKIP_DOORBELL && need && faultDue) {
            faultDone = true;
            out.mark("fault nvme-skip-doorbell: SQ " + y + " doorbell for tail " + tail + " skipped");
            need = false;
        }
        if (fault == NvmeFault.SQ_TAIL_OVERFLOW && faultDue) {
            faultDone = true;
            out.mark("fault nvme-sq-tail-overflow: SQ " + y + " tail doorbell written as " + (tail + host.size(y)));
            return tm.shadowNs() + sqDoorbell(y, tail + host.size(y), tm.shadowNs());
        }
        if (need) {
            return tm.shadowNs() + sqDoorbell(y, tail, tm.shadowNs());
        }
        return tm.shadowNs();
    }

    /** The doorbell register write: a trapped MMIO exit, or an eventfd signal when ioeventfd is armed. */
    private long sqDoorbell(int y, int value, long delay) {
        boolean viaEventfd = eventfdArmed && y != 0;
        Runnable write = () -> host.doorbell(DoorbellSide.SQ, y, value, viaEventfd);
        if (hostDstrd != ctrlDstrd && y != 0) {
            // the write lands on another register of the controller: this SQ never hears of it
            return mmioExit(submitter.applyAsInt(y), write, delay);
        }
        if (viaEventfd) {
            write.run();
            sched.at(sched.now() + tm.ctrlWakeEventfdNs(), loop.actor(), () -> loop.kickSq(y));
            return tm.eventfdNs();
        }
        // QEMU's vCPU thread runs the handler under the big lock: it sets the tail and arms the SQ timer
        return mmioExit(submitter.applyAsInt(y), () -> {
            write.run();
            loop.sqTailDoorbell(y, value);
        }, delay);
    }

    /**
     * A trapped MMIO write by a vCPU: the exit costs the vCPU {@code mmioExitNs}; then QEMU's vCPU thread
     * waits for the big lock behind the work the main loop has queued (FIFO on the controller actor),
     * runs the doorbell handler ({@code effect}) holding it for {@code mmioBqlNs}, and the vCPU resumes;
     * the main loop is left with {@code mmioLoopNs} of work the doorbell caused. The doorbell event is
     * traced when the handler runs: that is when the write reaches the controller (QEMU's
     * {@code pci_nvme_mmio_doorbell_*} trace points fire there too), and the vCPU is stalled until then.
     */
    private long mmioExit(int vcpu, Runnable effect, long delay) {
        sched.block(vcpu);
        sched.at(sched.now() + delay + tm.mmioExitNs(), loop.actor(), () -> {
            effect.run();
            sched.release(vcpu, sched.now() + tm.mmioBqlNs());
            return tm.mmioBqlNs() + tm.mmioLoopNs();
        });
        return tm.mmioExitNs();
    }

    /**
     * Publishes the CQ head after a batch of completions: Linux {@code nvme_ring_cq_doorbell}; {@code completed}
     * (the requests completed so far) tells when the CQ head fault is due.
     */
    long ringCq(int y, long delay, long completed) {
        int head = host.cqHead(y);
        if (fault == NvmeFault.CQ_HEAD_PAST_TAIL && !faultDone && y != 0 && completed >= faultAt) {
            faultDone = true;
            int bad = (head + 1) % host.size(y);
            out.mark("fault nvme-cq-head-past-tail: CQ " + y + " head doorbell written as " + bad + " (consumed up to "
                    + head + ")");
            return cqDoorbell(y, bad, delay);
        }
        if (!host.usesShadow(y)) {
            return cqDoorbell(y, head, delay);
        }
        if (host.publishShadow(DoorbellSide.CQ, y, head)) {
            return tm.shadowNs() + cqDoorbell(y, head, delay + tm.shadowNs());
        }
        return tm.shadowNs();
    }

    private long cqDoorbell(int y, int value, long delay) {
        if (hostDstrd != ctrlDstrd && y != 0) {
            return mmioExit(y, () -> host.doorbell(DoorbellSide.CQ, y, value, false), delay);
        }
        return mmioExit(y, () -> {
            host.doorbell(DoorbellSide.CQ, y, value, false);
            loop.cqHeadDoorbell(y, value);
        }, delay);
    }
}
