package io.ringside.debug.core.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

import io.ringside.core.state.StateNode;

/**
 * A value in the Variables view: a node of a state tree (or of an event's fields): a number (in hex when
 * it is an address above 0xffff), a text, or a group or list whose shown parts are variables.
 */
public final class RingsideValue extends RingsideDebugElement implements IValue {

    private final String type;
    private final String text;
    private final StateNode node;
    private final String path;
    private IVariable[] children;

    RingsideValue(RingsideDebugTarget target, String path, StateNode node) {
        super(target);
        this.path = path;
        this.node = node;
        this.type = switch (node.kind()) {
        case GROUP -> "struct";
        case LIST -> "list";
        case NUMBER, DECIMAL -> "u64";
        case BOOLEAN -> "bool";
        default -> "text";
        };
        StateNode queue = node.get("queue");
        this.text = switch (node.kind()) {
        case GROUP -> queue != null ? "queue " + queue.valueText() : "{" + node.shown().size() + "}";
        case LIST -> "[" + node.shown().size() + "]";
        default -> node.valueText();
        };
    }

    @Override
    public String getReferenceTypeName() {
        return type;
    }

    @Override
    public String getValueString() {
        return text;
    }

    @Override
    public boolean isAllocated() {
        return true;
    }

    @Override
    public synchronized IVariable[] getVariables() throws DebugException {
        if (children == null) {
            List<IVariable> l = new ArrayList<>();
            List<StateNode> shown = node.shown();
            for (int i = 0; i < shown.size() && i < 4096; i++) {
                StateNode c = shown.get(i);
                String name = c.name() != null ? c.name() : "[" + i + "]";
                l.add(new RingsideVariable(getRingsideTarget(), name, path + "/" + (c.name() != null ? c.name() : i), c));
            }
            children = l.toArray(new IVariable[0]);
        }
        return children;
    }

    @Override
    public boolean hasVariables() throws DebugException {
        return !node.isValue() && !node.shown().isEmpty();
    }
}
