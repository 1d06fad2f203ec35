package io.ringside.debug.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/**
 * A value in the Variables view: a number or text, or a structure (a map or list of the state tree, an
 * event's fields) whose parts are variables.
 */
public final class RingsideValue extends RingsideDebugElement implements IValue {

    private final String type;
    private final String text;
    private final Object structure;
    private final String path;
    private IVariable[] children;

    RingsideValue(RingsideDebugTarget target, String path, Object o) {
        super(target);
        this.path = path;
        if (o instanceof Map<?, ?> m) {
            structure = m;
            type = "struct";
            text = m.containsKey("queue") ? "queue " + m.get("queue") : "{" + m.size() + "}";
        } else if (o instanceof List<?> l) {
            structure = l;
            type = "list";
            text = "[" + l.size() + "]";
        } else {
            structure = null;
            type = o instanceof Number ? "u64" : o instanceof Boolean ? "bool" : "text";
            text = render(path, o);
        }
    }

    static String render(String path, Object o) {
        if (o instanceof Number n && n.longValue() > 0xffff) {
            String key = path.substring(path.lastIndexOf('/') + 1).toLowerCase();
            if (key.contains("addr") || key.equals("table") || key.endsWith("buffer") || key.startsWith("prp")) {
                return "0x" + Long.toHexString(n.longValue());
            }
        }
        return String.valueOf(o);
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
            if (structure instanceof Map<?, ?> m) {
                for (var e : m.entrySet()) {
                    String name = String.valueOf(e.getKey());
                    l.add(new RingsideVariable(getRingsideTarget(), name, path + "/" + name, e.getValue()));
                }
            } else if (structure instanceof List<?> list) {
                for (int i = 0; i < list.size() && i < 4096; i++) {
                    l.add(new RingsideVariable(getRingsideTarget(), "[" + i + "]", path + "/" + i, list.get(i)));
                }
            }
            children = l.toArray(new IVariable[0]);
        }
        return children;
    }

    @Override
    public boolean hasVariables() throws DebugException {
        return structure instanceof Map<?, ?> m ? !m.isEmpty() : structure instanceof List<?> l && !l.isEmpty();
    }
}
