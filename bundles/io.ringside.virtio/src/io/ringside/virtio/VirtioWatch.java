package io.ringside.virtio;

import java.util.List;
import java.util.function.ToLongFunction;

import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.WatchField;

/**
 * The fields of a memory-level virtqueue a watchpoint can watch (split, and packed where the index is
 * defined with the wrap counter in bit 15), read from the {@link VirtioEngine}'s queue state.
 */
final class VirtioWatch {

    private static final WatchField.Reader INDEX = (en, q) -> 0x10000; // free-running 16-bit indices
    private static final WatchField.Reader PLAIN = (en, q) -> 0;

    static final List<WatchField> FIELDS = List.of(
            field("avail.idx", "driver's published available index (split avail.idx)", INDEX, QueueState::availIdx,
                    "avail_idx"),
            field("used.idx", "device's published used index (split used.idx)", INDEX, QueueState::usedIdx, "used_idx"),
            split("avail.flags", "avail.flags (1 = VIRTQ_AVAIL_F_NO_INTERRUPT)", PLAIN, SplitQueueState::availFlags,
                    "avail_flags"),
            split("used.flags", "used.flags (1 = VIRTQ_USED_F_NO_NOTIFY)", PLAIN, SplitQueueState::usedFlags,
                    "used_flags"),
            split("used_event", "used_event, written by the driver (EVENT_IDX)", INDEX,
                    s -> s.eventIdx() ? s.usedEvent() : WatchField.UNKNOWN, "used_event"),
            split("avail_event", "avail_event, written by the device (EVENT_IDX)", INDEX,
                    s -> s.eventIdx() ? s.availEvent() : WatchField.UNKNOWN, "avail_event"),
            field("last_avail_idx", "the device's next index to fetch (QEMU last_avail_idx)", INDEX,
                    QueueState::lastAvailIdx),
            field("outstanding", "buffers made available and not used yet", PLAIN, QueueState::outstanding),
            packed("driver.wrap", "the driver's ring wrap counter (packed)", PLAIN, p -> p.driverWrapCounter() ? 1 : 0),
            packed("device.wrap", "the device's used wrap counter (packed)", PLAIN,
                    p -> p.deviceUsedWrapCounter() ? 1 : 0),
            packed("driver_event", "driver event suppression off_wrap (packed)", INDEX,
                    PackedQueueState::driverEventOffWrap, "driver_event"),
            packed("device_event", "device event suppression off_wrap (packed)", INDEX,
                    PackedQueueState::deviceEventOffWrap, "device_event"));

    private VirtioWatch() {
    }

    private static QueueState queue(DeviceEngine en, int q) {
        return en instanceof VirtioEngine v ? v.queue(q) : null;
    }

    /** A field of either layout. */
    private static WatchField field(String id, String description, WatchField.Reader modulus,
            ToLongFunction<QueueState> get, String... writers) {
        return new WatchField(id, description, true, modulus, (en, q) -> {
            QueueState s = queue(en, q);
            return s == null ? WatchField.UNKNOWN : get.applyAsLong(s);
        }, writers);
    }

    /** A field of split queues only. */
    private static WatchField split(String id, String description, WatchField.Reader modulus,
            ToLongFunction<SplitQueueState> get, String... writers) {
        return new WatchField(id, description, true, modulus,
                (en, q) -> queue(en, q) instanceof SplitQueueState s ? get.applyAsLong(s) : WatchField.UNKNOWN, writers);
    }

    /** A field of packed queues only. */
    private static WatchField packed(String id, String description, WatchField.Reader modulus,
            ToLongFunction<PackedQueueState> get, String... writers) {
        return new WatchField(id, description, true, modulus,
                (en, q) -> queue(en, q) instanceof PackedQueueState p ? get.applyAsLong(p) : WatchField.UNKNOWN, writers);
    }
}
