package io.ringside.virtio;

import java.util.Set;

import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.WatchField;

/**
 * The fields of a memory-level virtqueue a watchpoint can watch (split, and packed where the index is
 * defined with the wrap counter in bit 15), read from the {@link VirtioEngine}'s queue state.
 */
enum VirtioWatch implements WatchField {
    AVAIL_IDX("avail.idx", "driver's published available index (split avail.idx)", true, "avail_idx"),
    USED_IDX("used.idx", "device's published used index (split used.idx)", true, "used_idx"),
    AVAIL_FLAGS("avail.flags", "avail.flags (1 = VIRTQ_AVAIL_F_NO_INTERRUPT)", false, "avail_flags"),
    USED_FLAGS("used.flags", "used.flags (1 = VIRTQ_USED_F_NO_NOTIFY)", false, "used_flags"),
    USED_EVENT("used_event", "used_event, written by the driver (EVENT_IDX)", true, "used_event"),
    AVAIL_EVENT("avail_event", "avail_event, written by the device (EVENT_IDX)", true, "avail_event"),
    LAST_AVAIL_IDX("last_avail_idx", "the device's next index to fetch (QEMU last_avail_idx)", true),
    OUTSTANDING("outstanding", "buffers made available and not used yet", false),
    DRIVER_WRAP("driver.wrap", "the driver's ring wrap counter (packed)", false),
    DEVICE_WRAP("device.wrap", "the device's used wrap counter (packed)", false),
    DRIVER_EVENT("driver_event", "driver event suppression off_wrap (packed)", true, "driver_event"),
    DEVICE_EVENT("device_event", "device event suppression off_wrap (packed)", true, "device_event");

    private final String id;
    private final String description;
    private final boolean index;
    private final Set<String> writers;

    /** @param index a free-running 16-bit index (counted modulo 2^16); other fields count plainly */
    VirtioWatch(String id, String description, boolean index, String... writers) {
        this.id = id;
        this.description = description;
        this.index = index;
        this.writers = Set.of(writers);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Set<String> writers() {
        return writers;
    }

    @Override
    public boolean sixteenBits() {
        return true;
    }

    @Override
    public long modulus(DeviceEngine engine, int queue) {
        return index ? 0x10000 : 0;
    }

    @Override
    public long read(DeviceEngine engine, int queue) {
        QueueState q = engine instanceof VirtioEngine v ? v.queue(queue) : null;
        if (q == null) {
            return UNKNOWN;
        }
        switch (this) {
        case AVAIL_IDX:
            return q.availIdx();
        case USED_IDX:
            return q.usedIdx();
        case LAST_AVAIL_IDX:
            return q.lastAvailIdx();
        case OUTSTANDING:
            return q.outstanding();
        default:
            break;
        }
        if (q instanceof SplitQueueState s) {
            return switch (this) {
            case AVAIL_FLAGS -> s.availFlags();
            case USED_FLAGS -> s.usedFlags();
            case USED_EVENT -> s.eventIdx() ? s.usedEvent() : UNKNOWN;
            case AVAIL_EVENT -> s.eventIdx() ? s.availEvent() : UNKNOWN;
            default -> UNKNOWN;
            };
        }
        PackedQueueState p = (PackedQueueState) q;
        return switch (this) {
        case DRIVER_WRAP -> p.driverWrapCounter() ? 1 : 0;
        case DEVICE_WRAP -> p.deviceUsedWrapCounter() ? 1 : 0;
        case DRIVER_EVENT -> p.driverEventOffWrap();
        case DEVICE_EVENT -> p.deviceEventOffWrap();
        default -> UNKNOWN;
        };
    }
}
