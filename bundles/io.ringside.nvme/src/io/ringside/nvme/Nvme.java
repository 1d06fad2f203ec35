package io.ringside.nvme;

/**
 * NVMe constants shared by the engine, the emulator and the importer: opcodes, the doorbell register
 * layout (N5) and the names of the trace header properties of an {@code nvme} device.
 */
public final class Nvme {

    private Nvme() {
    }

    /** Device type in trace headers. */
    public static final String DEVICE_TYPE = "nvme";
    /** Queue layout in trace headers (one entry per queue pair y = SQ y + CQ y). */
    public static final String LAYOUT = "nvme";

    // admin opcodes
    public static final int ADMIN_DELETE_SQ = 0x00;
    public static final int ADMIN_CREATE_SQ = 0x01;
    public static final int ADMIN_DELETE_CQ = 0x04;
    public static final int ADMIN_CREATE_CQ = 0x05;
    public static final int ADMIN_IDENTIFY = 0x06;
    public static final int ADMIN_SET_FEATURES = 0x09;
    public static final int ADMIN_DBBUF_CONFIG = 0x7C;
    // NVM command set opcodes
    public static final int IO_FLUSH = 0x00;
    public static final int IO_WRITE = 0x01;
    public static final int IO_READ = 0x02;

    /** Status code "Invalid Field in Command" (generic command status), as written in the status field (sc << 1). */
    public static final int SC_INVALID_FIELD = 0x02;
    /** OACS bit of Doorbell Buffer Config support. */
    public static final int OACS_DBBUF = 1 << 8;

    /** Offset of the first doorbell register in BAR0. */
    public static final long DOORBELL_BASE = 0x1000;

    // device props
    /** CAP.DSTRD: doorbell stride is 4 << dstrd bytes. */
    public static final String P_DSTRD = "dstrd";
    /** 1 when the host intends to use the shadow doorbell buffer. */
    public static final String P_SHADOW = "shadowDoorbell";
    /** 1 when the controller arms KVM ioeventfd on SQ tail doorbells. */
    public static final String P_IOEVENTFD = "ioeventfd";
    /** 1 when I/O queues and the doorbell buffer are set up by admin commands in the trace. */
    public static final String P_ADMIN_SETUP = "adminSetup";
    /** Shadow doorbell / EventIdx buffer addresses, when already configured at the start of the trace. */
    public static final String P_DBS = "dbsAddr";
    public static final String P_EIS = "eisAddr";
    /** Memory page size exponent: pages are 4096 << mps bytes (CC.MPS). */
    public static final String P_MPS = "mps";
    /** Interrupt coalescing threshold (0 = off). */
    public static final String P_COALESCING = "interruptCoalescing";
    // device strings
    public static final String S_NEED_EVENT = "needEvent";
    // queue props
    public static final String Q_SQ_ADDR = "sqAddr";
    public static final String Q_CQ_ADDR = "cqAddr";
    public static final String Q_CQID = "cqid";
    public static final String Q_VECTOR = "vector";
    public static final String Q_CQ_SIZE = "cqSize";

    /** Doorbell stride in bytes for a CAP.DSTRD value. */
    public static long stride(int dstrd) {
        return 4L << dstrd;
    }

    /** Offset of the SQ y tail doorbell: 0x1000 + (2y) * (4 << DSTRD). */
    public static long sqTailDoorbell(int qid, int dstrd) {
        return DOORBELL_BASE + (2L * qid) * stride(dstrd);
    }

    /** Offset of the CQ y head doorbell: 0x1000 + (2y + 1) * (4 << DSTRD). */
    public static long cqHeadDoorbell(int qid, int dstrd) {
        return DOORBELL_BASE + (2L * qid + 1) * stride(dstrd);
    }

    /** Address of the SQ y slot in a shadow doorbell or EventIdx buffer (same layout as the registers). */
    public static long sqSlot(long buffer, int qid, int dstrd) {
        return buffer + (2L * qid) * stride(dstrd);
    }

    /** Address of the CQ y slot in a shadow doorbell or EventIdx buffer. */
    public static long cqSlot(long buffer, int qid, int dstrd) {
        return buffer + (2L * qid + 1) * stride(dstrd);
    }

    /** Decodes a doorbell register offset: queue id times 2 plus 1 for a CQ head doorbell, or -1 if misaligned. */
    public static int doorbellIndex(long offset, int dstrd) {
        long rel = offset - DOORBELL_BASE;
        long s = stride(dstrd);
        if (rel < 0 || rel % s != 0) {
            return -1;
        }
        long idx = rel / s;
        return idx > 0x1ffff ? -1 : (int) idx;
    }

    public static String opcodeName(int opc, boolean admin) {
        if (admin) {
            return switch (opc) {
                case ADMIN_DELETE_SQ -> "Delete I/O SQ";
                case ADMIN_CREATE_SQ -> "Create I/O SQ";
                case ADMIN_DELETE_CQ -> "Delete I/O CQ";
                case ADMIN_CREATE_CQ -> "Create I/O CQ";
                case ADMIN_IDENTIFY -> "Identify";
                case ADMIN_SET_FEATURES -> "Set Features";
                case ADMIN_DBBUF_CONFIG -> "Doorbell Buffer Config";
                default -> "admin 0x" + Integer.toHexString(opc);
            };
        }
        return switch (opc) {
            case IO_FLUSH -> "Flush";
            case IO_WRITE -> "Write";
            case IO_READ -> "Read";
            default -> "I/O 0x" + Integer.toHexString(opc);
        };
    }

    /**
     * A short name of an opcode for keys ({@code stats --json}'s {@code ops}): {@code read}, {@code write},
     * {@code identify}, {@code createSq}..., or {@code io0x..}/{@code admin0x..} for others.
     */
    public static String opcodeKey(int opc, boolean admin) {
        if (admin) {
            return switch (opc) {
                case ADMIN_DELETE_SQ -> "deleteSq";
                case ADMIN_CREATE_SQ -> "createSq";
                case 0x02 -> "getLogPage";
                case ADMIN_DELETE_CQ -> "deleteCq";
                case ADMIN_CREATE_CQ -> "createCq";
                case ADMIN_IDENTIFY -> "identify";
                case 0x08 -> "abort";
                case ADMIN_SET_FEATURES -> "setFeatures";
                case 0x0A -> "getFeatures";
                case 0x0C -> "asyncEventRequest";
                case ADMIN_DBBUF_CONFIG -> "doorbellBufferConfig";
                default -> "admin0x" + Integer.toHexString(opc);
            };
        }
        return switch (opc) {
            case IO_FLUSH -> "flush";
            case IO_WRITE -> "write";
            case IO_READ -> "read";
            case 0x04 -> "writeUncorrectable";
            case 0x05 -> "compare";
            case 0x08 -> "writeZeroes";
            case 0x09 -> "datasetManagement";
            default -> "io0x" + Integer.toHexString(opc);
        };
    }
}
