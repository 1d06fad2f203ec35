package io.ringside.nvme.internal;

import java.util.List;

import io.ringside.core.check.Rule;
import io.ringside.core.check.Severity;

/**
 * The NVMe rules (N1-N8 of {@code SPEC-NOTES.md}) as far as a memory-level trace shows them. Sections
 * cite the NVM Express Base Specification 2.0 (queue model in §3.3.1, completion queue entry in §3.3.3.2,
 * doorbell properties in §3.1.3, Doorbell Buffer Config in §5.8); the shadow doorbell protocol itself is
 * described as an example in NVMe 1.3 §7.13 (an annex in later revisions). N8 is not a specification
 * rule: it is how KVM's ioeventfd works, and QEMU arms ioeventfd only with shadow doorbells.
 */
public final class NvmeRules {

    private NvmeRules() {
    }

    private static final String FULL = "NVMe Base 2.0 §3.3.1.5";
    private static final String EMPTY = "NVMe Base 2.0 §3.3.1.4";
    private static final String USAGE = "NVMe Base 2.0 §3.3.1.2";
    private static final String CQE = "NVMe Base 2.0 §3.3.3.2";
    private static final String DOORBELLS = "NVMe Base 2.0 §3.1.3";
    private static final String DBBUF = "NVMe Base 2.0 §5.8";
    private static final String SHADOW = "NVMe Base 1.3 §7.13";

    /** SQ full. */
    public static final Rule N1A = new Rule("N1a", FULL, Severity.ERROR,
            "The host places a command only in a free SQ slot: an SQ of size Q holds at most Q-1 unfetched entries");
    /** CQ full. */
    public static final Rule N1B = new Rule("N1b", FULL, Severity.ERROR,
            "The controller posts a completion only at its CQ tail and only when the CQ is not full");
    /** Fetch from an empty SQ. */
    public static final Rule N1C = new Rule("N1c", EMPTY, Severity.ERROR,
            "The controller fetches the SQ entry at its head, and only when head != tail (the SQ is not empty)");
    /** SQ tail doorbell range. */
    public static final Rule N2A = new Rule("N2a", USAGE, Severity.ERROR,
            "An SQ tail doorbell value is less than the queue size");
    /** SQ tail doorbell moves over unwritten entries. */
    public static final Rule N2B = new Rule("N2b", USAGE, Severity.ERROR,
            "An SQ tail doorbell moves the tail forward only over entries the host has written");
    /** CQ head doorbell range. */
    public static final Rule N2C = new Rule("N2c", USAGE, Severity.ERROR,
            "A CQ head doorbell value is less than the queue size");
    /** CQ head passes the tail. */
    public static final Rule N2D = new Rule("N2d", USAGE, Severity.ERROR,
            "A CQ head doorbell never passes a slot the controller has not posted (nor one the host has not consumed)");
    /** Doorbell for a queue that does not exist. */
    public static final Rule N2E = new Rule("N2e", USAGE, Severity.ERROR,
            "Doorbells, queue entries and shadow values name a queue that has been created");
    /** Phase tag of a posted CQE. */
    public static final Rule N3A = new Rule("N3a", CQE, Severity.ERROR,
            "The controller writes the phase tag of its current pass (1 on the first pass, inverted at every CQ wrap)");
    /** Host consumes by phase. */
    public static final Rule N3B = new Rule("N3b", CQE, Severity.ERROR,
            "The host consumes a CQE at its head only when its phase tag equals the expected phase");
    /** CQE names the right SQ. */
    public static final Rule N4A = new Rule("N4a", CQE, Severity.ERROR,
            "A CQE's SQ Identifier names an existing SQ that is mapped to this CQ");
    /** SQ head pointer in a CQE. */
    public static final Rule N4B = new Rule("N4b", CQE, Severity.ERROR,
            "A CQE's SQ Head Pointer is the controller's SQ head when the entry is posted");
    /** Completion for an unknown or completed command id. */
    public static final Rule N4C = new Rule("N4c", CQE, Severity.ERROR,
            "A CQE's command id matches an outstanding (fetched, not yet completed) command of that SQ, once");
    /** Host reuses an outstanding command id. */
    public static final Rule N4D = new Rule("N4d", CQE, Severity.ERROR,
            "The host does not submit a command id that is still outstanding on the same SQ");
    /** Commands never completed. */
    public static final Rule N4E = new Rule("N4e", CQE, Severity.WARNING,
            "Every submitted command is completed before the trace ends");
    /** Doorbell register offset. */
    public static final Rule N5A = new Rule("N5a", DOORBELLS, Severity.ERROR,
            "SQy tail doorbell at 0x1000 + (2y)*(4 << DSTRD), CQy head doorbell at 0x1000 + (2y+1)*(4 << DSTRD)");
    /** Shadow / EventIdx slot address. */
    public static final Rule N5B = new Rule("N5b", DBBUF, Severity.ERROR,
            "Shadow doorbell and EventIdx slots are laid out like the doorbell registers: buffer + (2y[+1])*(4 << DSTRD)");
    /** Doorbell Buffer Config alignment. */
    public static final Rule N6A = new Rule("N6a", DBBUF, Severity.ERROR,
            "Doorbell Buffer Config (opcode 0x7C) succeeds only with page-aligned shadow (PRP1) and EventIdx (PRP2) buffers");
    /** Shadow buffers used without a successful config. */
    public static final Rule N6B = new Rule("N6b", DBBUF, Severity.ERROR,
            "Shadow doorbell and EventIdx buffers are used only after a successful Doorbell Buffer Config");
    /** Missed doorbell. */
    public static final Rule N7A = new Rule("N7a", SHADOW, Severity.ERROR,
            "After a shadow write the host rings the MMIO doorbell when need_event(EventIdx, new, old) is true");
    /** Unneeded doorbell. */
    public static final Rule N7B = new Rule("N7b", SHADOW, Severity.INFO,
            "With shadow doorbells the host skips the MMIO doorbell when need_event(EventIdx, new, old) is false");
    /** EventIdx before re-reading the shadow value. */
    public static final Rule N7C = new Rule("N7c", SHADOW, Severity.ERROR,
            "The controller sets EventIdx to the value it last saw before it (re-)reads the shadow doorbell");
    /** Stall. */
    public static final Rule N7D = new Rule("N7d", SHADOW, Severity.ERROR,
            "No stall: the controller does not wait on a full CQ that the host has already drained");
    /** Shadow value read by the controller is what the host wrote. */
    public static final Rule N7E = new Rule("N7e", SHADOW, Severity.ERROR,
            "Shadow and EventIdx reads return the value last written to that slot");
    /** ioeventfd without shadow doorbells. */
    public static final Rule N8 = new Rule("N8", "KVM ioeventfd; QEMU hw/nvme (NVMe Base 2.0 §5.8)", Severity.ERROR,
            "An SQ tail doorbell is delivered by ioeventfd (which drops the value) only when the shadow buffer supplies it");

    public static final List<Rule> ALL = List.of(N1A, N1B, N1C, N2A, N2B, N2C, N2D, N2E, N3A, N3B, N4A, N4B, N4C, N4D,
            N4E, N5A, N5B, N6A, N6B, N7A, N7B, N7C, N7D, N7E, N8);
}
