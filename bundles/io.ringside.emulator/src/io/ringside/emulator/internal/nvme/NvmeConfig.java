package io.ringside.emulator.internal.nvme;

import java.util.Arrays;

import io.ringside.core.engine.NeedEvent;
import io.ringside.emulator.nvme.NvmeFault;

/**
 * What the NVMe emulator runs: the queues, the host's behaviour (queue depth per I/O queue, batch of
 * commands per doorbell, read/write mix and sizes) and the controller's features (shadow doorbells,
 * ioeventfd, interrupt coalescing), the seed and at most one planted fault.
 *
 * @param ioQueues I/O queue pairs (SQ y on CQ y, y = 1..ioQueues), 1..64
 * @param queueSize entries per I/O SQ and CQ, 2..4096
 * @param queueDepth commands the host keeps in flight per I/O queue (Linux allows at most queueSize - 1)
 * @param batch commands written before each doorbell (blk-mq's {@code bd->last}), at least 1
 * @param interruptCoalescing CQEs per interrupt (aggregation threshold); 0 or 1 = an interrupt per posting
 * @param slowGuest a slow (TCG-like) guest: the interrupt handler walks the CQ one entry at a time and completes
 *        each request as it goes, while the application resubmits from a second vCPU sharing the queue; the
 *        CQ head is published when the handler returns (see {@link NvmeTiming#SLOW_GUEST})
 */
public record NvmeConfig(int ioQueues, int queueSize, int queueDepth, int batch, boolean shadowDoorbell,
        boolean ioeventfd, NeedEvent needEvent, int interruptCoalescing, int dstrd, long requests, long seed,
        int readPercent, int[] sizes, NvmeFault fault, NvmeTiming timing, boolean slowGuest) {

    public static final int ADMIN_QUEUE_SIZE = 32;

    public NvmeConfig {
        if (ioQueues < 1 || ioQueues > 64) {
            throw new IllegalArgumentException("ioQueues must be 1..64, not " + ioQueues);
        }
        if (queueSize < 2 || queueSize > 4096) {
            throw new IllegalArgumentException("queueSize must be 2..4096, not " + queueSize);
        }
        if (queueDepth < 1 || queueDepth > 65535) {
            throw new IllegalArgumentException("queueDepth must be at least 1, not " + queueDepth);
        }
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1, not " + batch);
        }
        if (requests < 0) {
            throw new IllegalArgumentException("requests must not be negative");
        }
        if (readPercent < 0 || readPercent > 100) {
            throw new IllegalArgumentException("readPercent must be 0..100, not " + readPercent);
        }
        if (dstrd < 0 || dstrd > 4) {
            throw new IllegalArgumentException("dstrd must be 0..4, not " + dstrd);
        }
        sizes = sizes == null || sizes.length == 0 ? new int[] { 4096 } : sizes.clone();
        for (int s : sizes) {
            if (s <= 0 || s % 512 != 0 || s > 1 << 20) {
                throw new IllegalArgumentException("request sizes must be multiples of 512 up to 1 MiB, not " + s);
            }
        }
        needEvent = needEvent == null ? NeedEvent.LINUX : needEvent;
        timing = timing == null ? NvmeTiming.DEFAULT : timing;
    }

    /** Defaults: 1 I/O queue of 64 entries, QD 8, shadow doorbells on, no ioeventfd, Linux need_event. */
    public static NvmeConfig defaults() {
        return new NvmeConfig(1, 64, 8, 1, true, false, NeedEvent.LINUX, 0, 0, 10_000, 42, 70,
                new int[] { 4096, 65536 }, null, NvmeTiming.DEFAULT, false);
    }

    public NvmeConfig withQueueDepth(int qd) {
        return new NvmeConfig(ioQueues, queueSize, qd, batch, shadowDoorbell, ioeventfd, needEvent, interruptCoalescing,
                dstrd, requests, seed, readPercent, sizes, fault, timing, slowGuest);
    }

    public NvmeConfig withShadowDoorbell(boolean on) {
        return new NvmeConfig(ioQueues, queueSize, queueDepth, batch, on, ioeventfd, needEvent, interruptCoalescing,
                dstrd, requests, seed, readPercent, sizes, fault, timing, slowGuest);
    }

    public NvmeConfig withIoeventfd(boolean on) {
        return new NvmeConfig(ioQueues, queueSize, queueDepth, batch, shadowDoorbell, on, needEvent, interruptCoalescing,
                dstrd, requests, seed, readPercent, sizes, fault, timing, slowGuest);
    }

    public NvmeConfig withRequests(long n) {
        return new NvmeConfig(ioQueues, queueSize, queueDepth, batch, shadowDoorbell, ioeventfd, needEvent,
                interruptCoalescing, dstrd, n, seed, readPercent, sizes, fault, timing, slowGuest);
    }

    public NvmeConfig withSeed(long s) {
        return new NvmeConfig(ioQueues, queueSize, queueDepth, batch, shadowDoorbell, ioeventfd, needEvent,
                interruptCoalescing, dstrd, requests, s, readPercent, sizes, fault, timing, slowGuest);
    }

    public NvmeConfig withFault(NvmeFault f) {
        return new NvmeConfig(ioQueues, queueSize, queueDepth, batch, shadowDoorbell, ioeventfd, needEvent,
                interruptCoalescing, dstrd, requests, seed, readPercent, sizes, f, timing, slowGuest);
    }

    public NvmeConfig withQueues(int n, int size) {
        return new NvmeConfig(n, size, queueDepth, batch, shadowDoorbell, ioeventfd, needEvent, interruptCoalescing,
                dstrd, requests, seed, readPercent, sizes, fault, timing, slowGuest);
    }

    public NvmeConfig withNeedEvent(NeedEvent n) {
        return new NvmeConfig(ioQueues, queueSize, queueDepth, batch, shadowDoorbell, ioeventfd, n, interruptCoalescing,
                dstrd, requests, seed, readPercent, sizes, fault, timing, slowGuest);
    }

    public NvmeConfig withBatch(int b) {
        return new NvmeConfig(ioQueues, queueSize, queueDepth, b, shadowDoorbell, ioeventfd, needEvent,
                interruptCoalescing, dstrd, requests, seed, readPercent, sizes, fault, timing, slowGuest);
    }

    public NvmeConfig withCoalescing(int c) {
        return new NvmeConfig(ioQueues, queueSize, queueDepth, batch, shadowDoorbell, ioeventfd, needEvent, c, dstrd,
                requests, seed, readPercent, sizes, fault, timing, slowGuest);
    }

    public NvmeConfig withMix(int readPct, int[] sz) {
        return new NvmeConfig(ioQueues, queueSize, queueDepth, batch, shadowDoorbell, ioeventfd, needEvent,
                interruptCoalescing, dstrd, requests, seed, readPct, sz, fault, timing, slowGuest);
    }

    public NvmeConfig withDstrd(int d) {
        return new NvmeConfig(ioQueues, queueSize, queueDepth, batch, shadowDoorbell, ioeventfd, needEvent,
                interruptCoalescing, d, requests, seed, readPercent, sizes, fault, timing, slowGuest);
    }

    /** A slow guest with {@link NvmeTiming#SLOW_GUEST}, or the default guest with {@link NvmeTiming#DEFAULT}. */
    public NvmeConfig withSlowGuest(boolean slow) {
        return new NvmeConfig(ioQueues, queueSize, queueDepth, batch, shadowDoorbell, ioeventfd, needEvent,
                interruptCoalescing, dstrd, requests, seed, readPercent, sizes, fault,
                slow ? NvmeTiming.SLOW_GUEST : NvmeTiming.DEFAULT, slow);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NvmeConfig c && c.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return "NvmeConfig[ioQueues=" + ioQueues + ", queueSize=" + queueSize + ", queueDepth=" + queueDepth + ", batch="
                + batch + ", shadowDoorbell=" + shadowDoorbell + ", ioeventfd=" + ioeventfd + ", needEvent="
                + needEvent.id() + ", interruptCoalescing=" + interruptCoalescing + ", dstrd=" + dstrd + ", requests="
                + requests + ", seed=" + seed + ", readPercent=" + readPercent + ", sizes=" + Arrays.toString(sizes)
                + ", fault=" + (fault == null ? "none" : fault.id()) + ", timing=" + timing + (slowGuest ? ", slowGuest=true" : "") + "]";
    }
}
