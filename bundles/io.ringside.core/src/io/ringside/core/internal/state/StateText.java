package io.ringside.core.internal.state;

import io.ringside.core.state.StateNode;
import io.ringside.core.state.StateNode.Hint;
import io.ringside.core.state.StateNode.Kind;

/**
 * A state tree's summary as indented text: what {@code show} prints for a device whose model writes no
 * text of its own ({@link io.ringside.core.engine.DeviceModel#describe}). One {@code key: value} line per
 * value, a {@code key:} line above the parts of a group or list (list items numbered {@code [i]}), a list
 * of plain values on one line; {@link Hint#DETAIL} nodes and tables are left out, as in JSON.
 */
public final class StateText {

    private StateText() {
    }

    public static String outline(StateNode root) {
        StringBuilder sb = new StringBuilder();
        for (StateNode c : root.children()) {
            node(sb, "", c.name(), c);
        }
        return sb.toString();
    }

    private static void node(StringBuilder sb, String indent, String label, StateNode n) {
        if (n.has(Hint.DETAIL) || n.kind() == Kind.TABLE) {
            return;
        }
        if (sb.length() > 0) {
            sb.append('\n');
        }
        sb.append(indent).append(label).append(':');
        if (n.isValue()) {
            sb.append(' ').append(n.valueText());
            return;
        }
        if (n.kind() == Kind.LIST && n.children().stream().allMatch(StateNode::isValue)) {
            sb.append(" [");
            for (int i = 0; i < n.children().size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(n.children().get(i).valueText());
            }
            sb.append(']');
            return;
        }
        int i = 0;
        for (StateNode c : n.children()) {
            node(sb, indent + "  ", c.name() != null ? c.name() : "[" + i + "]", c);
            i++;
        }
    }
}
