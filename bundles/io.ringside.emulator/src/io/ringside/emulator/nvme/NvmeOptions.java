package io.ringside.emulator.nvme;

import io.ringside.emulator.Workload;

/**
 * Command-line and {@code compare --vary} settings of an NVMe workload, validated with one-line
 * messages ({@link IllegalArgumentException}).
 */
public final class NvmeOptions {

    private NvmeOptions() {
    }

    /** Applies the {@code generate} options that are set (null = keep the workload's value). */
    public static Workload apply(Workload w, Integer ioQueues, Integer queueSize, String shadow, String ioeventfd,
            String needEvent) {
        Workload.Nvme n = w.nvme();
        int q = n.ioQueues();
        int size = n.queueSize();
        boolean sh = n.shadowDoorbell();
        boolean efd = n.ioeventfd();
        String ne = n.needEvent();
        if (ioQueues != null) {
            if (ioQueues < 1 || ioQueues > 64) {
                throw new IllegalArgumentException("--io-queues must be in 1..64, not " + ioQueues);
            }
            q = ioQueues;
        }
        if (queueSize != null) {
            if (queueSize < 2 || queueSize > 4096) {
                throw new IllegalArgumentException("--queue-size for nvme must be in 2..4096, not " + queueSize);
            }
            size = queueSize;
        }
        if (shadow != null) {
            sh = Workload.onOff("--shadow-doorbell", shadow);
        }
        if (ioeventfd != null) {
            efd = Workload.onOff("--ioeventfd", ioeventfd);
        }
        if (needEvent != null) {
            if (!needEvent.equals("linux") && !needEvent.equals("spdk")) {
                throw new IllegalArgumentException("--need-event must be linux or spdk, not '" + needEvent + "'");
            }
            ne = needEvent;
        }
        return w.withNvme(new Workload.Nvme(q, size, sh, efd, ne, n.interruptCoalescing(), n.slowGuest()));
    }

    /** The keys {@link #vary} accepts for NVMe workloads. */
    public static final String KEYS = "shadow-doorbell, ioeventfd, queue-depth, io-queues, queue-size, need-event, batch, "
            + "interrupt-coalescing, requests, seed";

    /** One {@code --vary KEY=VALUE} setting. */
    public static Workload vary(Workload w, String key, String value) {
        Workload.Nvme n = w.nvme();
        return switch (key) {
            case "shadow-doorbell" -> apply(w, null, null, value, null, null);
            case "ioeventfd" -> apply(w, null, null, null, value, null);
            case "io-queues" -> apply(w, integer(key, value, 1, 64), null, null, null, null);
            case "queue-size" -> apply(w, null, integer(key, value, 2, 4096), null, null, null);
            case "need-event" -> apply(w, null, null, null, null, value);
            case "queue-depth" -> w.withQueueDepth(integer(key, value, 1, 65535));
            case "batch" -> w.withBatch(integer(key, value, 1, 4096));
            case "interrupt-coalescing" -> w.withNvme(new Workload.Nvme(n.ioQueues(), n.queueSize(), n.shadowDoorbell(),
                    n.ioeventfd(), n.needEvent(), integer(key, value, 0, 255), n.slowGuest()));
            case "requests" -> w.withRequests(integer(key, value, 1, Integer.MAX_VALUE));
            case "seed" -> w.withSeed(integer(key, value, 0, Integer.MAX_VALUE));
            default -> throw new IllegalArgumentException("cannot vary '" + key + "' for nvme (keys: " + KEYS + ")");
        };
    }

    static int integer(String key, String v, int min, int max) {
        try {
            long x = Long.parseLong(v.trim());
            if (x < min || x > max) {
                throw new IllegalArgumentException(key + " must be in " + min + ".." + max + ", not " + v);
            }
            return (int) x;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, not '" + v + "'");
        }
    }
}
