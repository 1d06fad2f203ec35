package io.ringside.core.engine;

import io.ringside.core.trace.DeviceInfo;

/**
 * Options of a replay and check. {@code needEvent} is the notification formula the checker expects the
 * driver and device to follow when the user chose one ({@code --need-event}); {@code null} means the one
 * each device's header names ({@code strings.needEvent}, what the producer used), else Linux's.
 */
public record CheckOptions(NeedEvent needEvent) {

    /** The header's formula, else Linux's. */
    public static final CheckOptions DEFAULT = new CheckOptions(null);

    /** The header key naming a device's formula ({@code linux} or {@code spdk}), virtio and NVMe alike. */
    public static final String NEED_EVENT_KEY = "needEvent";

    public CheckOptions withNeedEvent(NeedEvent n) {
        return new CheckOptions(n);
    }

    /**
     * The formula to check a device with: the one chosen here, else the one its header names, else Linux's
     * (a name the header gets wrong is ignored: it is the producer's note, not the user's choice).
     */
    public NeedEvent needEventFor(DeviceInfo device) {
        if (needEvent != null) {
            return needEvent;
        }
        String named = device.string(NEED_EVENT_KEY, null);
        if (named != null) {
            try {
                return NeedEvent.fromId(named);
            } catch (IllegalArgumentException ignored) {
                // fall through to the default
            }
        }
        return NeedEvent.LINUX;
    }
}
