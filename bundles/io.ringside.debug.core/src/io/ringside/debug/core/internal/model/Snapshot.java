package io.ringside.debug.core.internal.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.Replay;
import io.ringside.core.state.StateNode;
import io.ringside.core.state.StateNode.Detail;
import io.ringside.core.state.StateNode.Hint;
import io.ringside.core.trace.TraceEvent;
import io.ringside.debug.Hit;
import io.ringside.debug.Session;

/**
 * What the debugger shows while suspended: the cursor, the event, its violations and every device's state
 * tree ({@link DeviceEngine#state}, its summary), flattened to {@code path -> text} to highlight what
 * changed since the previous suspend. Immutable once built, so the views read it from any thread.
 */
public final class Snapshot {

    public final long position;
    public final TraceEvent event;
    public final List<Violation> violations;
    public final Map<Integer, StateNode> devices = new LinkedHashMap<>();
    final Map<String, String> flat = new LinkedHashMap<>();
    final Session.Stop stop;
    public final List<Hit> hits;

    public Snapshot(Session session, Session.Stop stop) {
        this.position = session.position();
        this.event = session.event();
        this.violations = session.violationsHere();
        this.stop = stop;
        this.hits = stop == null ? List.of() : stop.hits();
        Replay r = session.state();
        for (var d : r.header().devices()) {
            DeviceEngine en = r.engine(d.id());
            if (en != null) {
                StateNode tree = en.state(Detail.SUMMARY);
                devices.put(d.id(), tree);
                flatten("d" + d.id(), tree, flat);
            }
        }
    }

    /** A device's queue (the node hinted {@link Hint#QUEUE} with that index), or null. */
    public StateNode queueTree(int device, int queue) {
        StateNode d = devices.get(device);
        if (d != null) {
            for (StateNode q : d.find(Hint.QUEUE)) {
                if (!q.has(Hint.DETAIL) && q.number("queue", -1) == queue) {
                    return q;
                }
            }
        }
        return null;
    }

    /** Path of a queue's tree in {@link #flat}. */
    public static String queuePath(int device, int queue) {
        return "d" + device + "/q" + queue;
    }

    private static void flatten(String path, StateNode n, Map<String, String> out) {
        if (n.has(Hint.DETAIL)) {
            return;
        }
        if (n.has(Hint.QUEUE)) {
            path = path.substring(0, path.indexOf('/')) + "/q" + n.number("queue", -1);
        }
        if (n.isValue()) {
            out.put(path, n.valueText());
            return;
        }
        List<StateNode> shown = n.shown();
        for (int i = 0; i < shown.size(); i++) {
            StateNode c = shown.get(i);
            flatten(path + "/" + (c.name() != null ? c.name() : String.valueOf(i)), c, out);
        }
        if (n.kind() == StateNode.Kind.LIST) {
            out.put(path + "/#", String.valueOf(shown.size()));
        }
    }

    /** Whether the text at a path (or, for a list that grew or shrank, its size) differs from {@code p}'s. */
    public boolean changedSince(Snapshot p, String path) {
        String before = p.flat.get(path);
        String now = flat.get(path);
        if (before == null || now == null) {
            // a list that grew or shrank: compare its size
            String b = p.flat.get(path + "/#");
            String n = flat.get(path + "/#");
            return b != null && n != null && !b.equals(n);
        }
        return !before.equals(now);
    }
}
