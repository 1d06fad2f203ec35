package io.ringside.model.bridge;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.ringside.core.state.StateNode;

/**
 * Sets EMF features only when the value changes, so that a step of the cursor notifies exactly the
 * features that changed (views redraw what moved, and nothing else).
 */
final class Fields {

    private Fields() {
    }

    static void set(EObject o, EStructuralFeature f, Object value) {
        if (!Objects.equals(o.eGet(f), value)) {
            o.eSet(f, value);
        }
    }

    /** Makes an int list equal to {@code values[0..n)}, touching only slots that differ. */
    static void setInts(EList<Integer> list, int[] values, int n) {
        while (list.size() > n) {
            list.remove(list.size() - 1);
        }
        for (int i = 0; i < n; i++) {
            Integer v = values[i];
            if (i < list.size()) {
                if (!list.get(i).equals(v)) {
                    list.set(i, v);
                }
            } else {
                list.add(v);
            }
        }
    }

    /** Grows or shrinks a containment list of {@code n} objects made by {@code make}. */
    static <T extends EObject> void resize(EList<T> list, int n, java.util.function.IntFunction<T> make) {
        while (list.size() > n) {
            list.remove(list.size() - 1);
        }
        while (list.size() < n) {
            list.add(make.apply(list.size()));
        }
    }

    /**
     * Sets every attribute of {@code o} that the state tree group {@code values} holds under the same
     * name: numbers as the attribute's int or long, booleans, texts; an unknown number as -1 (never written,
     * not known). Attributes the group does not name are left alone.
     */
    static void copyValues(EObject o, StateNode values) {
        for (EAttribute a : o.eClass().getEAllAttributes()) {
            StateNode v = values.get(a.getName());
            if (v == null) {
                continue;
            }
            Class<?> type = a.getEAttributeType().getInstanceClass();
            Object value = switch (v.kind()) {
            case NUMBER -> type == int.class ? (Object) (int) v.number() : (Object) v.number();
            case UNKNOWN -> type == int.class ? (Object) (-1) : type == long.class ? (Object) (-1L) : v.text();
            case BOOLEAN -> v.bool();
            case TEXT -> v.text();
            default -> null;
            };
            if (value != null) {
                set(o, a, value);
            }
        }
    }

    static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    static String join(List<String> parts) {
        return String.join(" ", parts);
    }
}
