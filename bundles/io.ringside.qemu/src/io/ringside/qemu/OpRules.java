package io.ringside.qemu;

import java.util.List;

import io.ringside.core.check.Rule;
import io.ringside.core.check.Severity;

/**
 * Rules checked on operation-level traces (imported QEMU logs). They only use what such a trace shows:
 * buffers popped, filled and flushed, doorbell values, commands and completions by command id.
 */
public final class OpRules {

    private OpRules() {
    }

    // ---- virtio (VIRTIO 1.3 §2.7 split, §2.8 packed)
    public static final Rule Q1A = new Rule("Q1a", "VIRTIO 1.3 §2.7.8, §2.8.7", Severity.ERROR,
            "The device fills (returns as used) only a buffer it popped and has not filled yet");
    public static final Rule Q1B = new Rule("Q1b", "VIRTIO 1.3 §2.7.8, §2.8.7", Severity.WARNING,
            "A buffer still in flight is not popped again (it was dropped without a used element; "
                    + "virtqueue_detach_element is not traced)");
    public static final Rule Q2A = new Rule("Q2a", "VIRTIO 1.3 §2.7.8", Severity.ERROR,
            "A flush publishes only used elements that were filled: count <= fills since the last flush");
    public static final Rule Q2B = new Rule("Q2b", "VIRTIO 1.3 §2.7.8", Severity.ERROR,
            "Each fill of a batch writes the next used slot: idx == fills since the last flush");
    public static final Rule Q3 = new Rule("Q3", "VIRTIO 1.3 §2.7.6, §2.8.1", Severity.ERROR,
            "Buffers in flight on a virtqueue never exceed the queue size");
    public static final Rule Q7 = new Rule("Q7", "VIRTIO 1.3 §2.7.9, §2.8.20-21 (IN_ORDER), §2.7.10 (EVENT_IDX)",
            Severity.ERROR, "With VIRTIO_F_IN_ORDER the device uses buffers in the order they were made available: a fill"
                    + " that overtakes an earlier buffer is not published before that one (split ring with EVENT_IDX:"
                    + " a used-buffer notification while it waits shows it was)");

    // ---- NVMe (NVMe Base 2.1 §3.3.1 queue model, §4.1/§4.2 command and completion entries)
    public static final Rule Q4A = new Rule("Q4a", "NVMe Base 2.1 §4.2 (CQE Command Identifier)", Severity.ERROR,
            "Every completion matches an outstanding command of an SQ that uses that CQ");
    public static final Rule Q4B = new Rule("Q4b", "NVMe Base 2.1 §4.1 (SQE Command Identifier)", Severity.ERROR,
            "A command identifier is unique among the outstanding commands of its SQ");
    public static final Rule Q5A = new Rule("Q5a", "NVMe Base 2.1 §3.1.3 (SQyTDBL, CQyHDBL)",
            Severity.ERROR, "Doorbell values (MMIO and shadow) are below the queue size");
    public static final Rule Q5B = new Rule("Q5b", "NVMe Base 2.1 §3.1.3 (doorbell properties)", Severity.ERROR,
            "Doorbells are written only for queues that exist");
    public static final Rule Q6A = new Rule("Q6a", "NVMe Base 2.1 §3.3.1.5 (Full Queue)", Severity.ERROR,
            "SQ entries submitted and not yet fetched never exceed size - 1 (the host does not overrun the SQ)");
    public static final Rule Q6B = new Rule("Q6b", "NVMe Base 2.1 §3.3.1.2 (Queue Usage)", Severity.ERROR,
            "The CQ head doorbell never passes completions the controller has queued");
    public static final Rule Q6C = new Rule("Q6c", "NVMe Base 2.1 §3.3.1.4 (Empty Queue)", Severity.ERROR,
            "The controller fetches a command only when the SQ is not empty (head != tail)");
    public static final Rule Q6D = new Rule("Q6d", "NVMe Base 2.1 §3.3.1.5 (Full Queue)", Severity.WARNING,
            "Commands outstanding on the SQs of a CQ never exceed the CQ size - 1 (else the CQ can fill up)");
    public static final Rule Q8 = new Rule("Q8", "NVMe Base 2.0 §5.8 (Doorbell Buffer Config), NVMe 1.3 §7.13",
            Severity.ERROR, "With shadow doorbells the controller writes a CQ's EventIdx before it reads a new CQ head"
                    + " from the shadow doorbell (else the host's need_event test can stop it ringing the CQ doorbell:"
                    + " the QEMU 7.1/7.2 hang, fixed in QEMU commit fa5db2aa16)");

    public static final List<Rule> VIRTIO = List.of(Q1A, Q1B, Q2A, Q2B, Q3, Q7);
    public static final List<Rule> NVME = List.of(Q4A, Q4B, Q5A, Q5B, Q6A, Q6B, Q6C, Q6D, Q8);
}
