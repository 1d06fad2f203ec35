package io.ringside.core.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A queue declared in a trace header. {@code layout} is {@code split} or {@code packed} for virtio,
 * {@code nvme} for an NVMe queue pair, or {@code unknown} when an imported log cannot tell.
 * {@code props} holds numeric properties: ring addresses ({@code descAddr}, {@code availAddr},
 * {@code usedAddr}; packed: {@code descAddr}, {@code driverEventAddr}, {@code deviceEventAddr}) and
 * anything else a device model documents.
 */
public record QueueInfo(int index, String layout, int size, Map<String, Long> props) {

    public QueueInfo {
        props = props == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(props));
    }

    public long prop(String name, long dflt) {
        Long v = props.get(name);
        return v == null ? dflt : v;
    }
}
