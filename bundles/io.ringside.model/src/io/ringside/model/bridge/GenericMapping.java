package io.ringside.model.bridge;

import static io.ringside.model.bridge.Fields.set;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;

import io.ringside.core.state.StateNode;
import io.ringside.core.state.StateNode.Hint;
import io.ringside.core.state.StateNode.Kind;
import io.ringside.model.trace.GenericDevice;
import io.ringside.model.trace.GenericQueue;
import io.ringside.model.trace.Queue;
import io.ringside.model.trace.StateEntry;
import io.ringside.model.trace.TraceFactory;
import io.ringside.model.trace.TracePackage;

/**
 * The EMF view of any other device (the operation-level models, a device kind added later), from the
 * summary of its state tree alone: the device's values as key/value entries, and one queue per node hinted
 * {@link Hint#QUEUE} (outside details) with its values as entries and its counters from the hints. So a
 * new device kind is listed, labelled and drawn without a line here.
 */
final class GenericMapping {

    private GenericMapping() {
    }

    static void update(GenericDevice d, StateNode tree) {
        List<StateNode> queues = new ArrayList<>();
        for (StateNode q : tree.find(Hint.QUEUE)) {
            if (!q.has(Hint.DETAIL)) {
                queues.add(q);
            }
        }
        List<String[]> top = new ArrayList<>();
        for (StateNode c : tree.shown()) {
            if (c.kind() != Kind.LIST || !c.children().stream().allMatch(x -> x.has(Hint.QUEUE))) { // not the queues
                flatten("", c, top);
            }
        }
        setEntries(d.getEntries(), top);
        EList<Queue> qs = d.getQueues();
        Fields.resize(qs, queues.size(), k -> TraceFactory.eINSTANCE.createGenericQueue());
        for (int k = 0; k < queues.size(); k++) {
            StateNode q = queues.get(k);
            GenericQueue gq = (GenericQueue) qs.get(k);
            List<String[]> entries = new ArrayList<>();
            for (StateNode c : q.shown()) {
                flatten("", c, entries);
            }
            setEntries(gq.getEntries(), entries);
            int index = (int) q.number("queue", q.number("id", k));
            long notifications = q.total(Hint.NOTIFICATIONS);
            long irqs = q.total(Hint.INTERRUPTS);
            long done = q.total(Hint.COMPLETED);
            int out = (int) q.total(Hint.OUTSTANDING);
            set(gq, TracePackage.Literals.QUEUE__INDEX, index);
            set(gq, TracePackage.Literals.QUEUE__SIZE, (int) q.number("size", 0));
            set(gq, TracePackage.Literals.QUEUE__LAYOUT, q.text("layout", StateNode.UNKNOWN));
            set(gq, TracePackage.Literals.QUEUE__NOTIFICATIONS, notifications);
            set(gq, TracePackage.Literals.QUEUE__INTERRUPTS, irqs);
            set(gq, TracePackage.Literals.QUEUE__REQUESTS, done);
            set(gq, TracePackage.Literals.QUEUE__OUTSTANDING, out);
            set(gq, TracePackage.Literals.QUEUE__LABEL, "q" + index + " " + gq.getLayout() + ": " + out + " in flight, "
                    + done + " done, " + notifications + " notifications, " + irqs + " interrupts (operation level)");
        }
    }

    /** A value as an entry {@code key = value}, a group's values as {@code key.part}, a list in brackets. */
    private static void flatten(String prefix, StateNode n, List<String[]> out) {
        String k = prefix.isEmpty() ? n.name() : prefix + "." + n.name();
        if (n.kind() == Kind.GROUP) {
            for (StateNode c : n.shown()) {
                flatten(k, c, out);
            }
        } else if (n.kind() == Kind.LIST) {
            StringBuilder sb = new StringBuilder();
            for (StateNode c : n.shown()) {
                if (sb.length() > 200) {
                    sb.append(" ...");
                    break;
                }
                sb.append(sb.isEmpty() ? "" : ", ").append(c.toPlain());
            }
            out.add(new String[] { k, "[" + sb + "]" });
        } else if (n.kind() != Kind.TABLE) {
            out.add(new String[] { k, String.valueOf(n.toPlain()) });
        }
    }

    private static void setEntries(EList<StateEntry> list, List<String[]> entries) {
        Fields.resize(list, entries.size(), k -> TraceFactory.eINSTANCE.createStateEntry());
        for (int k = 0; k < entries.size(); k++) {
            StateEntry s = list.get(k);
            set(s, TracePackage.Literals.STATE_ENTRY__KEY, entries.get(k)[0]);
            set(s, TracePackage.Literals.STATE_ENTRY__VALUE, entries.get(k)[1]);
            set(s, TracePackage.Literals.STATE_ENTRY__LABEL, entries.get(k)[0] + " = " + entries.get(k)[1]);
        }
    }
}
