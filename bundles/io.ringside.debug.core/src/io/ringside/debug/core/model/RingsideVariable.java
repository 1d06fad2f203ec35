package io.ringside.debug.core.model;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

import io.ringside.core.state.StateNode;

/**
 * A named part of the ring state or of an event. {@link #hasValueChanged()} compares with the state at the
 * previous suspend, so the Variables view highlights what the last step changed. Read-only: a trace is
 * history.
 */
public final class RingsideVariable extends RingsideDebugElement implements IVariable {

    private final String name;
    private final String path;
    private final RingsideValue value;

    RingsideVariable(RingsideDebugTarget target, String name, String path, StateNode value) {
        super(target);
        this.name = name;
        this.path = path;
        this.value = new RingsideValue(target, path, value);
    }

    @Override
    public IValue getValue() {
        return value;
    }

    @Override
    public String getName() {
        return name;
    }

    /** Where this variable is in the flattened state ({@code d0/q0/driver/availIdx}). */
    public String getPath() {
        return path;
    }

    @Override
    public String getReferenceTypeName() {
        return value.getReferenceTypeName();
    }

    @Override
    public boolean hasValueChanged() throws DebugException {
        return getRingsideTarget().changed(path);
    }

    @Override
    public void setValue(String expression) throws DebugException {
        throw error("a trace cannot be changed", null);
    }

    @Override
    public void setValue(IValue v) throws DebugException {
        throw error("a trace cannot be changed", null);
    }

    @Override
    public boolean supportsValueModification() {
        return false;
    }

    @Override
    public boolean verifyValue(String expression) {
        return false;
    }

    @Override
    public boolean verifyValue(IValue v) {
        return false;
    }

    @Override
    public String toString() {
        return name + " = " + value.getValueString();
    }
}
