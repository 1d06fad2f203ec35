package io.ringside.core.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a {@link TraceFormat} opens a file: {@code lenient} skips (and counts) input it cannot parse
 * instead of failing at it (a log line whose arguments do not parse); {@code settings} carries what a
 * format documents for itself (its name-spaced keys, each with the values in the order given, as the
 * QEMU log's {@code qemu.virtio-features}), so a new option of one format needs no change here.
 */
public record OpenOptions(boolean lenient, Map<String, List<String>> settings) {

    public static final OpenOptions DEFAULT = new OpenOptions(false, Map.of());

    public OpenOptions {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        settings.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        settings = java.util.Collections.unmodifiableMap(copy);
    }

    public OpenOptions withLenient(boolean value) {
        return new OpenOptions(value, settings);
    }

    /** These options and one more value of a setting (after the values it has). */
    public OpenOptions with(String key, String value) {
        Map<String, List<String>> m = new LinkedHashMap<>(settings);
        List<String> values = new ArrayList<>(m.getOrDefault(key, List.of()));
        values.add(value);
        m.put(key, values);
        return new OpenOptions(lenient, m);
    }

    /** The values of a setting a format documents, in the order given (empty when none). */
    public List<String> values(String key) {
        return settings.getOrDefault(key, List.of());
    }
}
