package io.ringside.core.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A device declared in a trace header: {@code type} selects the device model ({@code virtio-blk},
 * {@code virtio-net}, {@code virtio-scsi}, {@code nvme}, ...), {@code features} holds the negotiated
 * feature bits (virtio) and {@code props} documented numeric properties (NVMe: {@code dstrd},
 * {@code shadowDoorbell}, ...), {@code strings} documented text properties (for example the
 * {@code needEvent} formula or QEMU's device pointer).
 */
public record DeviceInfo(int id, String type, String name, long features, Map<String, Long> props,
        Map<String, String> strings, List<QueueInfo> queues) {

    public DeviceInfo {
        props = props == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(props));
        strings = strings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(strings));
        queues = queues == null ? List.of() : List.copyOf(queues);
    }

    public long prop(String key, long dflt) {
        Long v = props.get(key);
        return v == null ? dflt : v;
    }

    public String string(String key, String dflt) {
        String v = strings.get(key);
        return v == null ? dflt : v;
    }

    public boolean hasFeature(int bit) {
        return (features & (1L << bit)) != 0;
    }

    public QueueInfo queue(int index) {
        for (QueueInfo q : queues) {
            if (q.index() == index) {
                return q;
            }
        }
        return null;
    }
}
