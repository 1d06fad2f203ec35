package io.ringside.core.analysis;

/**
 * The steps of one request's life, as far as a trace shows them. Each device model's {@link Lifecycle}
 * says which of them its traces show ({@link Lifecycle#steps()}); the others stay unknown.
 * <p>
 * virtio: the driver makes buffers available ({@link #SUBMIT}: avail.idx), notifies ({@link #NOTIFY}:
 * kick), the device takes one ({@link #FETCH}: pop / fetch), writes its used element ({@link #COMPLETE}:
 * fill / used_ring), publishes it ({@link #PUBLISH}: flush / used.idx) and interrupts
 * ({@link #INTERRUPT}). NVMe: the host writes the SQ tail ({@link #SUBMIT}: MMIO or shadow doorbell,
 * {@link #NOTIFY} for the MMIO write), the controller fetches the command ({@link #FETCH}), posts its
 * completion ({@link #COMPLETE}), interrupts, and the host moves the CQ head past it ({@link #CONSUME}).
 */
public enum Step {
    SUBMIT, NOTIFY, FETCH, COMPLETE, PUBLISH, INTERRUPT, CONSUME;

    /** This step's bit in a {@link Lifecycle#steps()} mask. */
    public int bit() {
        return 1 << ordinal();
    }

    /** A mask of several steps. */
    public static int mask(Step... steps) {
        int m = 0;
        for (Step s : steps) {
            m |= s.bit();
        }
        return m;
    }
}
