package io.ringside.virtio;

import io.ringside.core.trace.EventType;
import io.ringside.core.trace.TraceLevel;

/**
 * Memory-level virtio events: every write the driver or the device makes to a virtqueue, the device's
 * reads of the available ring (so the replay knows what it took), writes into buffers, and
 * notifications in both directions with the decisions not to send one. See docs/trace-format.md,
 * "Virtio events". Slot constants name each field's slot.
 */
public enum VirtioEvent implements EventType {
    /** Driver writes a descriptor: split {@code next}, packed {@code id}; {@code table} = indirect table address. */
    DESC("desc", new String[] { "index", "addr", "len", "flags", "next", "id", "table" }, new int[] { 32, 64, 32, 16, 16, 16, 64 }, 0b1111,
            "Driver writes descriptor 'index' of the descriptor table (split) or ring (packed), or of the indirect table at 'table'."),
    AVAIL_RING("avail_ring", new String[] { "slot", "id" }, new int[] { 16, 16 }, 0b11, "Driver writes avail.ring[slot] = id (split)."),
    AVAIL_IDX("avail_idx", new String[] { "value" }, new int[] { 16 }, 1, "Driver publishes avail.idx (split)."),
    AVAIL_FLAGS("avail_flags", new String[] { "value" }, new int[] { 16 }, 1, "Driver writes avail.flags (split; 1 = NO_INTERRUPT)."),
    USED_EVENT("used_event", new String[] { "value" }, new int[] { 16 }, 1, "Driver writes used_event (avail.ring[N], split, EVENT_IDX)."),
    USED_RING("used_ring", new String[] { "slot", "id", "len" }, new int[] { 16, 32, 32 }, 0b111, "Device writes used.ring[slot] = {id, len} (split)."),
    USED_IDX("used_idx", new String[] { "value" }, new int[] { 16 }, 1, "Device publishes used.idx (split)."),
    USED_FLAGS("used_flags", new String[] { "value" }, new int[] { 16 }, 1, "Device writes used.flags (split; 1 = NO_NOTIFY)."),
    AVAIL_EVENT("avail_event", new String[] { "value" }, new int[] { 16 }, 1, "Device writes avail_event (used.ring[N], split, EVENT_IDX)."),
    USED_DESC("used_desc", new String[] { "index", "id", "len", "flags" }, new int[] { 16, 16, 32, 16 }, 0b1111,
            "Device writes a used descriptor at ring position 'index' (packed)."),
    DRIVER_EVENT("driver_event", new String[] { "offWrap", "flags" }, new int[] { 16, 16 }, 0b11,
            "Driver writes the driver event suppression structure (packed; controls used buffer notifications)."),
    DEVICE_EVENT("device_event", new String[] { "offWrap", "flags" }, new int[] { 16, 16 }, 0b11,
            "Device writes the device event suppression structure (packed; controls available buffer notifications)."),
    FETCH("fetch", new String[] { "idx", "head" }, new int[] { 16, 16 }, 0b11,
            "Device takes the next available buffer: split idx = avail index read, head = avail.ring[idx mod N]; packed idx = ring position, head = buffer id."),
    BUF_WRITE("buf_write", new String[] { "id", "addr", "len" }, new int[] { 16, 64, 64 }, 0b111,
            "Device writes 'len' bytes at 'addr' into a buffer of the chain 'id' (split head, packed buffer id)."),
    KICK("kick", new String[] { "data" }, new int[] { 32 }, 0, "Driver sends an available buffer notification ('data' with NOTIFICATION_DATA)."),
    KICK_SKIP("kick_skip", new String[0], new int[0], 0, "Driver decided not to notify the device after publishing."),
    IRQ("irq", new String[] { "vector" }, new int[] { 16 }, 0, "Device sends a used buffer notification (interrupt)."),
    IRQ_SKIP("irq_skip", new String[0], new int[0], 0, "Device decided not to interrupt the driver after publishing.");

    // slots, by event
    public static final int DESC_INDEX = 0, DESC_ADDR = 1, DESC_LEN = 2, DESC_FLAGS = 3, DESC_NEXT = 4, DESC_ID = 5,
            DESC_TABLE = 6;
    public static final int SLOT = 0, RING_ID = 1, RING_LEN = 2;
    public static final int VALUE = 0;
    public static final int UD_INDEX = 0, UD_ID = 1, UD_LEN = 2, UD_FLAGS = 3;
    public static final int OFF_WRAP = 0, EV_FLAGS = 1;
    public static final int FETCH_IDX = 0, FETCH_HEAD = 1;
    public static final int BW_ID = 0, BW_ADDR = 1, BW_LEN = 2;
    public static final int KICK_DATA = 0;

    private static final VirtioEvent[] VALUES = values();

    private final String id;
    private final String[] fields;
    private final int required;
    private final String description;
    private final int[] bits;

    VirtioEvent(String id, String[] fields, int[] bits, int required, String description) {
        this.id = id;
        this.fields = fields;
        this.bits = bits;
        this.required = required;
        this.description = description;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String[] fields() {
        return fields; // shared: callers must not modify (the writer reads it per event)
    }

    /** The width of the ring field or register each event field stands for (docs/trace-format.md). */
    @Override
    public int fieldBits(int slot) {
        return bits[slot];
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

    @Override
    public int slot(String fieldName) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].equals(fieldName)) {
                return i;
            }
        }
        return -1;
    }

    public static VirtioEvent byOrdinal(int o) {
        return VALUES[o];
    }
}
