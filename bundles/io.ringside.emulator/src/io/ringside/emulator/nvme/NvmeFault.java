package io.ringside.emulator.nvme;

import java.util.Locale;

/**
 * Faults the NVMe emulator can plant, each breaking one rule the checker must catch. Names start with
 * {@code nvme-} (the {@code --inject} values of {@code ringside generate --device nvme}).
 */
public enum NvmeFault {
    /** The controller writes a CQE with the phase tag of the previous pass (N3a); the host never sees it. */
    WRONG_PHASE("nvme-wrong-phase", "N3a", "the controller posts one completion with an inverted phase tag"),
    /** The controller completes a command id that is not outstanding (N4c). */
    UNKNOWN_CID("nvme-unknown-cid", "N4c", "the controller posts one completion for a command id that is not outstanding"),
    /** The host writes an SQ tail doorbell value beyond the queue size (N2a). */
    SQ_TAIL_OVERFLOW("nvme-sq-tail-overflow", "N2a", "the host writes tail + queue size to an SQ tail doorbell once"),
    /** The host writes a CQ head doorbell past the controller's tail (N2d). */
    CQ_HEAD_PAST_TAIL("nvme-cq-head-past-tail", "N2d", "the host writes a CQ head one past the last posted entry once"),
    /** The controller re-reads the shadow SQ tail without updating the SQ EventIdx first (N7c). */
    STALE_SQ_EVENTIDX("nvme-stale-sq-eventidx", "N7c",
            "from the middle of the run the controller re-reads the shadow SQ tail without updating EventIdx"),
    /**
     * The controller never updates the CQ EventIdx, as QEMU 7.1 did: the host skips CQ head doorbells, and a
     * controller that finds its CQ full can wait forever (the hang fixed in December 2022). The checker
     * reports N7c at the controller's first shadow re-read, and N7d if the run stalls on a full CQ.
     */
    MISSING_CQ_EVENTIDX("nvme-missing-cq-eventidx", "N7c",
            "the controller never updates the CQ EventIdx (QEMU 7.1)"),
    /** The host skips an MMIO doorbell although need_event says it must ring (N7a). */
    SKIP_DOORBELL("nvme-skip-doorbell", "N7a", "the host skips one SQ doorbell that need_event requires"),
    /** The controller arms ioeventfd on SQ doorbells without shadow doorbells: the values are lost (N8). */
    EVENTFD_WITHOUT_SHADOW("nvme-eventfd-without-shadow", "N8",
            "ioeventfd carries SQ tail doorbells but no shadow doorbell buffer supplies the values"),
    /** The host rings SQ doorbells at the DSTRD=0 offsets of a controller with DSTRD=1 (N5a). */
    WRONG_STRIDE("nvme-wrong-stride", "N5a", "the host computes doorbell offsets with DSTRD 0 on a DSTRD 1 controller"),
    /** The controller accepts a Doorbell Buffer Config with a misaligned shadow buffer (N6a). */
    MISALIGNED_DBBUF("nvme-misaligned-dbbuf", "N6a",
            "the host passes a shadow buffer that is not page-aligned and the controller accepts it");

    private final String id;
    private final String rule;
    private final String description;

    NvmeFault(String id, String rule, String description) {
        this.id = id;
        this.rule = rule;
        this.description = description;
    }

    public String id() {
        return id;
    }

    /** The rule the checker reports first for this fault. */
    public String rule() {
        return rule;
    }

    public String description() {
        return description;
    }

    /** Whether the fault needs shadow doorbells to mean anything (the emulator turns them on). */
    public boolean needsShadow() {
        return this == STALE_SQ_EVENTIDX || this == MISSING_CQ_EVENTIDX || this == SKIP_DOORBELL
                || this == MISALIGNED_DBBUF;
    }

    public static NvmeFault fromId(String id) {
        String s = id.toLowerCase(Locale.ROOT);
        for (NvmeFault f : values()) {
            if (f.id.equals(s)) {
                return f;
            }
        }
        return null;
    }
}
