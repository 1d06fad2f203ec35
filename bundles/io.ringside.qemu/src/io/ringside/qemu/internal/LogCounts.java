package io.ringside.qemu.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a pass over a whole QEMU log counted: lines, known events by id, foreign lines, unmodelled and bad lines. */
public interface LogCounts {

    long lines();

    /** Known trace events. */
    long events();

    /** Known events with a time prefix ({@code tid@sec.usec:} or ISO 8601). */
    long prefixedEvents();

    /** Known events whose time is earlier than the time of the event before them (kept in file order). */
    long timeBackwards();

    /** Line of the first of {@link #timeBackwards()}, 0 when none. */
    long firstTimeBackwards();

    long foreignLines();

    /** Line of the first foreign line, 0 when none. */
    long firstForeignLine();

    /** Known events whose arguments did not parse (lenient mode). */
    long badLines();

    /** The first few bad lines, {@code file:line: detail}. */
    List<String> badExamples();

    /** Events of names this build does not list. */
    long unmodelledEvents();

    /** Unmodelled events by name (sorted; at most {@link LogReader#MAX_NAMES} names). */
    Map<String, Long> unmodelledByName();

    /** Known events by id (a copy). */
    long[] counts();

    /** Counts of known events seen, by name, in table order. */
    default Map<String, Long> countsByName() {
        long[] c = counts();
        Map<String, Long> m = new LinkedHashMap<>();
        for (EventFormat f : EventTable.get().formats()) {
            if (c[f.id] > 0) {
                m.put(f.name, c[f.id]);
            }
        }
        return m;
    }
}
