package io.ringside.qemu.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The statistics entries of closed epochs (and deleted queues) of an operation-level engine: an immutable
 * list, newest first, shared between copies of the engine (a checkpoint copies only the reference).
 */
public record ClosedEntries(Map<String, Object> entry, ClosedEntries prev, int count) {

    public static final ClosedEntries NONE = new ClosedEntries(null, null, 0);

    /** This list with {@code e} added last. */
    public ClosedEntries with(Map<String, Object> e) {
        return new ClosedEntries(e, this, count + 1);
    }

    /** The entries, oldest first, in a new list the caller may add to. */
    public List<Map<String, Object>> list() {
        List<Map<String, Object>> out = new ArrayList<>(count);
        for (ClosedEntries c = this; c.count > 0; c = c.prev) {
            out.add(c.entry);
        }
        java.util.Collections.reverse(out);
        return out;
    }
}
