package io.ringside.emulator;

import java.util.List;

/**
 * A workload for the reference emulators, as read from a JSON file of {@code samples/workloads/} (see
 * docs/virtio.md, "Workloads"). Shared by the virtio and NVMe emulators; every field but {@code device}
 * has a default. Deterministic: the same workload and seed give the same trace.
 *
 * @param sizes request sizes in bytes, one picked uniformly per request
 * @param completion {@code in-order} or {@code random}: the order the device completes requests in
 * @param batch requests the driver adds before it publishes and decides whether to notify
 */
public record Workload(String name, String description, String device, long requests, long seed, int queueDepth,
        int readPercent, List<Long> sizes, String completion, int batch, Virtio virtio, Nvme nvme) {

    public static final long DEFAULT_REQUESTS = 10000;
    public static final long DEFAULT_SEED = 42;

    public Workload {
        sizes = List.copyOf(sizes);
    }

    /** The virtio part: ring layout and negotiated ring features. */
    public record Virtio(String layout, int queueSize, boolean eventIdx, boolean indirect, boolean inOrder) {

        public static final Virtio DEFAULT = new Virtio("split", 256, true, false, false);

        public boolean packed() {
            return "packed".equals(layout);
        }

        public Virtio withLayout(String l) {
            return new Virtio(l, queueSize, eventIdx, indirect, inOrder);
        }

        public Virtio withQueueSize(int n) {
            return new Virtio(layout, n, eventIdx, indirect, inOrder);
        }

        public Virtio withEventIdx(boolean b) {
            return new Virtio(layout, queueSize, b, indirect, inOrder);
        }

        public Virtio withIndirect(boolean b) {
            return new Virtio(layout, queueSize, eventIdx, b, inOrder);
        }

        public Virtio withInOrder(boolean b) {
            return new Virtio(layout, queueSize, eventIdx, indirect, b);
        }
    }

    /**
     * The NVMe part (read and validated here, used by the NVMe emulator).
     *
     * @param needEvent {@code linux} or {@code spdk}: the shadow doorbell formula the host uses
     * @param slowGuest a slow (TCG-like) guest next to a fast device (the NVMe emulator's slow-guest timing)
     */
    public record Nvme(int ioQueues, int queueSize, boolean shadowDoorbell, boolean ioeventfd, String needEvent,
            int interruptCoalescing, boolean slowGuest) {

        public static final Nvme DEFAULT = new Nvme(1, 64, true, true, "linux", 0, false);

        /** Without {@code slowGuest} (off). */
        public Nvme(int ioQueues, int queueSize, boolean shadowDoorbell, boolean ioeventfd, String needEvent,
                int interruptCoalescing) {
            this(ioQueues, queueSize, shadowDoorbell, ioeventfd, needEvent, interruptCoalescing, false);
        }
    }

    /**
     * A setting's on/off value as options and {@code --vary} take it ({@code on}, {@code true}, {@code yes},
     * {@code 1} or their opposites).
     *
     * @throws IllegalArgumentException naming {@code what} when it is neither
     */
    public static boolean onOff(String what, String v) {
        return switch (v) {
            case "on", "true", "yes", "1" -> true;
            case "off", "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(what + " must be on or off, not '" + v + "'");
        };
    }

    /** A workload with every default, for a device. */
    public static Workload defaults(String device) {
        return new Workload(device, "", device, DEFAULT_REQUESTS, DEFAULT_SEED, 8, 70, List.of(4096L), "in-order", 1,
                Virtio.DEFAULT, Nvme.DEFAULT);
    }

    public boolean randomCompletion() {
        return "random".equals(completion);
    }

    public Workload withRequests(long n) {
        return new Workload(name, description, device, n, seed, queueDepth, readPercent, sizes, completion, batch, virtio,
                nvme);
    }

    public Workload withSeed(long s) {
        return new Workload(name, description, device, requests, s, queueDepth, readPercent, sizes, completion, batch,
                virtio, nvme);
    }

    public Workload withDevice(String d) {
        return new Workload(name, description, d, requests, seed, queueDepth, readPercent, sizes, completion, batch, virtio,
                nvme);
    }

    public Workload withQueueDepth(int q) {
        return new Workload(name, description, device, requests, seed, q, readPercent, sizes, completion, batch, virtio,
                nvme);
    }

    public Workload withCompletion(String c) {
        return new Workload(name, description, device, requests, seed, queueDepth, readPercent, sizes, c, batch, virtio,
                nvme);
    }

    public Workload withBatch(int b) {
        return new Workload(name, description, device, requests, seed, queueDepth, readPercent, sizes, completion, b, virtio,
                nvme);
    }

    public Workload withVirtio(Virtio v) {
        return new Workload(name, description, device, requests, seed, queueDepth, readPercent, sizes, completion, batch, v,
                nvme);
    }

    public Workload withNvme(Nvme n) {
        return new Workload(name, description, device, requests, seed, queueDepth, readPercent, sizes, completion, batch,
                virtio, n);
    }

    public long maxSize() {
        long m = 1;
        for (long s : sizes) {
            m = Math.max(m, s);
        }
        return m;
    }
}
