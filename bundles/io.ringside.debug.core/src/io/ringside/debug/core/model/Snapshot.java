package io.ringside.debug.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.TraceEvent;
import io.ringside.debug.Hit;
import io.ringside.debug.Session;

/**
 * What the debugger shows while suspended: the cursor, the event, its violations and every device's state
 * as a tree ({@link DeviceEngine#toTree()}), flattened to {@code path -> text} to highlight what changed
 * since the previous suspend. Immutable once built, so the views read it from any thread.
 */
public final class Snapshot {

    final long position;
    final TraceEvent event;
    final List<Violation> violations;
    final Map<Integer, Map<String, Object>> devices = new LinkedHashMap<>();
    final Map<String, String> flat = new LinkedHashMap<>();
    final Session.Stop stop;
    final List<Hit> hits;

    Snapshot(Session session, Session.Stop stop) {
        this.position = session.position();
        this.event = session.event();
        this.violations = session.violationsHere();
        this.stop = stop;
        this.hits = stop == null ? List.of() : stop.hits();
        Replay r = session.state();
        for (var d : r.header().devices()) {
            DeviceEngine en = r.engine(d.id());
            if (en != null) {
                Map<String, Object> tree = en.toTree();
                devices.put(d.id(), tree);
                flatten("d" + d.id(), tree, flat);
            }
        }
    }

    /** Device tree's queue entry for a queue index (virtio "queue" key; NVMe pair "queue" key), or null. */
    @SuppressWarnings("unchecked")
    Map<String, Object> queueTree(int device, int queue) {
        Map<String, Object> d = devices.get(device);
        if (d == null || !(d.get("queues") instanceof List<?> qs)) {
            return null;
        }
        for (Object o : qs) {
            if (o instanceof Map<?, ?> m && m.get("queue") instanceof Number n && n.intValue() == queue) {
                return (Map<String, Object>) m;
            }
        }
        return null;
    }

    /** Path of a queue's tree in {@link #flat}. */
    static String queuePath(int device, int queue) {
        return "d" + device + "/q" + queue;
    }

    private static void flatten(String path, Object o, Map<String, String> out) {
        if (o instanceof Map<?, ?> m) {
            if (m.get("queue") instanceof Number n && path.matches("d\\d+/queues/\\d+")) {
                path = path.substring(0, path.indexOf('/')) + "/q" + n.intValue();
            }
            for (var en : m.entrySet()) {
                flatten(path + "/" + en.getKey(), en.getValue(), out);
            }
        } else if (o instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                flatten(path + "/" + i, l.get(i), out);
            }
            out.put(path + "/#", String.valueOf(l.size()));
        } else {
            out.put(path, String.valueOf(o));
        }
    }

    static List<Object> list(Object o) {
        return o instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }
}
