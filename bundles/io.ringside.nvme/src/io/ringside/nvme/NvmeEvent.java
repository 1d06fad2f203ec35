package io.ringside.nvme;

import io.ringside.core.trace.EventType;
import io.ringside.core.trace.TraceLevel;

/**
 * The memory-level NVMe events: every queue entry write, doorbell register write, shadow doorbell and
 * EventIdx access and interrupt of an NVMe controller over the PCIe (memory-based) transport. The
 * queue ({@code q}) of an event is the queue id y: SQ y for SQ events, CQ y for CQ events. See
 * {@code docs/trace-format.md}, "NVMe events", and {@code docs/nvme.md}.
 */
public enum NvmeEvent implements EventType {
    /** Host writes a 64-byte submission queue entry into SQ slot {@code slot}. */
    SQE("nvme_sqe", "Host writes a submission queue entry (command) into an SQ slot.", 3,
            "slot", "cid", "opc", "nsid", "prp1", "prp2", "cdw10", "cdw11", "cdw12"),
    /** Host writes the SQ y tail doorbell register (MMIO); {@code eventfd=1} when KVM's ioeventfd absorbed it. */
    SQ_DB("nvme_sq_db", "Host writes the SQ tail doorbell register (an MMIO exit, or an eventfd signal when eventfd=1).", 1,
            "value", "regAddr", "eventfd"),
    /** Host writes the CQ y head doorbell register (MMIO). */
    CQ_DB("nvme_cq_db", "Host writes the CQ head doorbell register (an MMIO exit).", 1, "value", "regAddr"),
    /** Host writes the new SQ tail into the shadow doorbell buffer. */
    SQ_SHADOW("nvme_sq_shadow", "Host writes the new SQ tail into its shadow doorbell slot.", 1, "value", "addr"),
    /** Host writes the new CQ head into the shadow doorbell buffer. */
    CQ_SHADOW("nvme_cq_shadow", "Host writes the new CQ head into its shadow doorbell slot.", 1, "value", "addr"),
    /** Host reads the SQ EventIdx (after the barrier that follows its shadow write) to decide on the MMIO. */
    SQ_EI_READ("nvme_sq_ei_read", "Host reads the SQ EventIdx after its shadow write, to decide whether to ring the doorbell.",
            1, "value"),
    /** Host reads the CQ EventIdx after its shadow write. */
    CQ_EI_READ("nvme_cq_ei_read", "Host reads the CQ EventIdx after its shadow write, to decide whether to ring the doorbell.",
            1, "value"),
    /** Controller reads the SQ entry at its SQ head and advances the head. */
    SQ_FETCH("nvme_sq_fetch", "Controller fetches the submission queue entry at its SQ head.", 2, "slot", "cid", "opc"),
    /** Controller writes a 16-byte completion queue entry; bit 0 of {@code status} is the phase tag. */
    CQE("nvme_cqe", "Controller posts a completion queue entry (status bit 0 is the phase tag).", 5,
            "slot", "cid", "sqid", "sqhd", "status", "dw0"),
    /** Host consumes the CQE at its CQ head (its phase tag matched the expected phase). */
    CQ_CONSUME("nvme_cq_consume", "Host consumes the completion queue entry at its CQ head (phase tag matched).", 2,
            "slot", "cid", "phase"),
    /** Controller reads the shadow SQ tail. */
    SQ_SHADOW_READ("nvme_sq_shadow_read", "Controller reads the SQ tail from the shadow doorbell buffer.", 1, "value"),
    /** Controller reads the shadow CQ head. */
    CQ_SHADOW_READ("nvme_cq_shadow_read", "Controller reads the CQ head from the shadow doorbell buffer.", 1, "value"),
    /** Controller writes the SQ EventIdx. */
    SQ_EVENTIDX("nvme_sq_eventidx", "Controller writes the SQ EventIdx (the tail value after which it wants a doorbell).", 1,
            "value", "addr"),
    /** Controller writes the CQ EventIdx. */
    CQ_EVENTIDX("nvme_cq_eventidx", "Controller writes the CQ EventIdx (the head value after which it wants a doorbell).", 1,
            "value", "addr"),
    /** Controller raises the MSI-X vector of CQ y; {@code count} is the number of CQEs it covers. */
    IRQ("nvme_irq", "Controller raises the MSI-X interrupt vector of a completion queue.", 1, "vector", "count");

    private final String id;
    private final String description;
    private final String[] fields;
    private final int required;
    private final int[] bits;

    NvmeEvent(String id, String description, int requiredCount, String... fields) {
        this.id = id;
        this.description = description;
        this.fields = fields;
        this.required = (1 << requiredCount) - 1; // the leading fields are required, the rest optional
        this.bits = new int[fields.length];
        for (int i = 0; i < fields.length; i++) {
            bits[i] = bitsOf(fields[i]);
        }
    }

    /**
     * The width of the entry field or register a field stands for (NVMe Base 2.0 §3.3.3, §4.2, §4.6): queue
     * slots, command ids, SQ ids and heads, status and MSI-X vectors are 16 bits, an opcode 8, doorbell,
     * shadow and EventIdx values and command dwords 32, the phase tag and the eventfd flag 1, addresses 64.
     */
    private static int bitsOf(String field) {
        return switch (field) {
            case "slot", "cid", "sqid", "sqhd", "status", "vector" -> 16;
            case "opc" -> 8;
            case "nsid", "cdw10", "cdw11", "cdw12", "value", "dw0", "count" -> 32;
            case "phase", "eventfd" -> 1;
            default -> 64; // prp1, prp2, regAddr, addr
        };
    }

    @Override
    public int fieldBits(int slot) {
        return bits[slot];
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String[] fields() {
        return fields;
    }

    @Override
    public int requiredMask() {
        return required;
    }

    @Override
    public TraceLevel level() {
        return TraceLevel.MEMORY;
    }

    @Override
    public String description() {
        return description;
    }

    // slots shared by several events, resolved once
    public static final int SQE_SLOT = 0, SQE_CID = 1, SQE_OPC = 2, SQE_NSID = 3, SQE_PRP1 = 4, SQE_PRP2 = 5,
            SQE_CDW10 = 6, SQE_CDW11 = 7, SQE_CDW12 = 8;
    public static final int DB_VALUE = 0, DB_REG = 1, DB_EVENTFD = 2;
    public static final int SHADOW_VALUE = 0, SHADOW_ADDR = 1;
    public static final int FETCH_SLOT = 0, FETCH_CID = 1, FETCH_OPC = 2;
    public static final int CQE_SLOT = 0, CQE_CID = 1, CQE_SQID = 2, CQE_SQHD = 3, CQE_STATUS = 4, CQE_DW0 = 5;
    public static final int CONSUME_SLOT = 0, CONSUME_CID = 1, CONSUME_PHASE = 2;
    public static final int IRQ_VECTOR = 0, IRQ_COUNT = 1;
}
