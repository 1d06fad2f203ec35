package io.ringside.core.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first line of a trace. {@code meta} carries free-form text (workload name, seed, command line,
 * injected fault, source log for imports).
 */
public record TraceHeader(int major, int minor, String producer, TraceLevel level, List<DeviceInfo> devices,
        Map<String, String> meta) {

    /** The format name written in every header. */
    public static final String FORMAT = "ringside-trace";
    /** The format version this build writes and the highest major version it reads. */
    public static final int MAJOR = 1;
    public static final int MINOR = 0;

    public TraceHeader {
        devices = devices == null ? List.of() : List.copyOf(devices);
        meta = meta == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    }

    public TraceHeader(String producer, TraceLevel level, List<DeviceInfo> devices, Map<String, String> meta) {
        this(MAJOR, MINOR, producer, level, devices, meta);
    }

    public DeviceInfo device(int id) {
        for (DeviceInfo d : devices) {
            if (d.id() == id) {
                return d;
            }
        }
        return null;
    }
}
