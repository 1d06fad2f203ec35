package io.ringside.virtio.internal;

import java.util.List;

import io.ringside.core.check.Rule;
import io.ringside.core.check.Severity;

/**
 * The virtqueue rules the memory-level replay checks (ids as in SPEC-NOTES; sub-ids split a rule where
 * the messages differ). Sections cite VIRTIO 1.3 (1.1 to 1.4 agree on all of these).
 */
public final class VirtioRules {

    private VirtioRules() {
    }

    private static Rule r(String id, String section, Severity s, String title) {
        return new Rule(id, section, s, title);
    }

    public static final Rule T2 = r("T2", "docs/trace-format.md \"Virtio events\"", Severity.ERROR,
            "A virtio event names a declared queue, a position inside the ring and an event of the queue's layout");

    public static final Rule S1 = r("S1", "VIRTIO 1.3 §2.7", Severity.ERROR,
            "Split queue size is a power of 2 up to 32768; descriptor table 16-aligned, avail ring 2-aligned, used ring 4-aligned");
    public static final Rule S2A = r("S2a", "VIRTIO 1.3 §2.7.13.3", Severity.ERROR,
            "The driver moves avail.idx forward only, by at most the queue size, and does not rewrite published slots");
    public static final Rule S2D = r("S2d", "VIRTIO 1.3 §2.7.13.2, §2.7.13.3", Severity.ERROR,
            "The driver places a chain head in every available ring entry before avail.idx exposes it");
    public static final Rule S2B = r("S2b", "VIRTIO 1.3 §2.7.8", Severity.ERROR,
            "The device moves used.idx forward only and never past avail.idx");
    public static final Rule S2C = r("S2c", "VIRTIO 1.3 §2.7.6", Severity.ERROR,
            "The device reads the available ring in order and only up to avail.idx");
    public static final Rule S3A = r("S3a", "VIRTIO 1.3 §2.7.7.1, §2.7.10.2", Severity.ERROR,
            "avail.flags and used.flags are 0 or 1, and 0 when EVENT_IDX is negotiated");
    public static final Rule S3B = r("S3b", "VIRTIO 1.3 §2.7.10", Severity.ERROR,
            "The driver notifies the device when used.flags is 0, or when avail.idx crosses avail_event (EVENT_IDX)");
    public static final Rule S3C = r("S3c", "VIRTIO 1.3 §2.7.7", Severity.ERROR,
            "The device notifies the driver when avail.flags is 0, or when used.idx crosses used_event (EVENT_IDX)");
    public static final Rule S3D = r("S3d", "VIRTIO 1.3 §2.9", Severity.ERROR,
            "With NOTIFICATION_DATA the notification carries the queue index and the new avail.idx");
    public static final Rule S4A = r("S4a", "VIRTIO 1.3 §2.7.4, §2.7.13.1", Severity.ERROR,
            "In a chain all device-writable descriptors follow all device-readable ones");
    public static final Rule S4B = r("S4b", "VIRTIO 1.3 §2.7.5.2, §2.7.5.3.1", Severity.ERROR,
            "A chain has no loop, at most queue-size descriptors (an indirect table's entries included), next inside the table, at most 2^32 bytes in total");
    public static final Rule S5A = r("S5a", "VIRTIO 1.3 §2.7.5.1", Severity.ERROR,
            "The device writes only into device-writable buffers of chains it holds, never into descriptors or rings");
    public static final Rule S5B = r("S5b", "VIRTIO 1.3 §2.7.8.2", Severity.ERROR,
            "The device writes a used entry before publishing used.idx over it");
    public static final Rule S5C = r("S5c", "VIRTIO 1.3 §2.7.8.2", Severity.ERROR,
            "used.len is at most the total length of the chain's device-writable buffers");
    public static final Rule S6A = r("S6a", "VIRTIO 1.3 §2.7.8", Severity.ERROR,
            "A used id is the head of a chain that was made available and is not used yet (no double use, no invented ids)");
    public static final Rule S6B = r("S6b", "VIRTIO 1.3 §2.7.13.2", Severity.ERROR,
            "The driver makes available only heads of free descriptors, not chains the device still holds");
    public static final Rule S6C = r("S6c", "VIRTIO 1.3 §2.7.13.1", Severity.ERROR,
            "The driver does not rewrite a descriptor of a chain the device holds");
    public static final Rule S7 = r("S7", "VIRTIO 1.3 §2.7.5.3", Severity.ERROR,
            "Indirect: only when negotiated, not nested, not with NEXT, table length a multiple of 16");

    public static final Rule P1 = r("P1", "VIRTIO 1.3 §2.8", Severity.ERROR,
            "Packed queue size is 1..32768; descriptor ring 16-aligned, event suppression structures 4-aligned");
    public static final Rule P2 = r("P2", "VIRTIO 1.3 §2.8.1", Severity.ERROR,
            "Available: AVAIL = driver wrap counter, USED = its inverse; used: both = device wrap counter; the driver does not overwrite descriptors the device holds");
    public static final Rule P3A = r("P3a", "VIRTIO 1.3 §2.8.6", Severity.ERROR,
            "The head descriptor of a chain is made available after the rest of the chain");
    public static final Rule P3B = r("P3b", "VIRTIO 1.3 §2.8.6, §2.8.5", Severity.ERROR,
            "A chain has writable descriptors after readable ones, at most queue-size descriptors (an indirect table's entries included), a buffer id below the queue size not in use");
    public static final Rule P4 = r("P4", "VIRTIO 1.3 §2.8.6", Severity.ERROR,
            "One used descriptor per outstanding buffer id, written at the next used position (skipping the chain length), NEXT clear, len within the writable bytes");
    public static final Rule P5 = r("P5", "VIRTIO 1.3 §2.8.7", Severity.ERROR,
            "Indirect: only when negotiated, only WRITE in table entries, not combined with NEXT, table length a multiple of 16");
    public static final Rule P8 = r("P8", "VIRTIO 1.3 §2.9, §2.8.16", Severity.ERROR,
            "With NOTIFICATION_DATA the notification carries the queue index, the offset of the next descriptor not yet made available and the driver wrap counter");
    public static final Rule P6 = r("P6", "VIRTIO 1.3 §2.8.10, §2.8.14", Severity.ERROR,
            "Event suppression: flags 0-2 (DESC only with EVENT_IDX); notifications sent whenever the other side's structure asks for one");
    public static final Rule P7 = r("P7", "VIRTIO 1.3 §2.8.2", Severity.ERROR,
            "The device reads available descriptors in ring order, only ones the driver made available");

    public static final Rule I1 = r("I1", "VIRTIO 1.3 §2.7.9, §2.8.8", Severity.ERROR,
            "IN_ORDER: the device uses buffers in the order they were made available");
    public static final Rule I2 = r("I2", "VIRTIO 1.3 §2.7.9, §2.7.5.3.1", Severity.ERROR,
            "IN_ORDER split: the driver hands out descriptors in ring order, and chains indirect table entries sequentially (next = i + 1)");
    public static final Rule I3 = r("I3", "VIRTIO 1.3 §2.7.9", Severity.ERROR,
            "IN_ORDER split batch: one used entry with the last buffer's head, used.idx advanced by exactly the batch size");
    public static final Rule I4 = r("I4", "VIRTIO 1.3 §2.8.8", Severity.ERROR,
            "IN_ORDER packed batch: the used descriptor is written over the first descriptor of the batch");

    public static final List<Rule> ALL = List.of(T2, S1, S2A, S2B, S2C, S2D, S3A, S3B, S3C, S3D, S4A, S4B, S5A, S5B, S5C, S6A,
            S6B, S6C, S7, P1, P2, P3A, P3B, P4, P5, P6, P7, P8, I1, I2, I3, I4);
}
