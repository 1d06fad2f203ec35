package io.ringside.core.trace;

import java.util.Map;

/**
 * How a {@link TraceFormat} opens a file: {@code lenient} skips (and counts) input it cannot parse
 * instead of failing at it (a log line whose arguments do not parse); {@code settings} carries what a
 * format documents for itself (its name-spaced keys), so a new option of one format needs no change
 * here.
 */
public record OpenOptions(boolean lenient, Map<String, String> settings) {

    public static final OpenOptions DEFAULT = new OpenOptions(false, Map.of());

    public OpenOptions {
        settings = Map.copyOf(settings);
    }

    public OpenOptions withLenient(boolean value) {
        return new OpenOptions(value, settings);
    }

    /** A setting a format documents, or {@code dflt}. */
    public String setting(String key, String dflt) {
        return settings.getOrDefault(key, dflt);
    }
}
