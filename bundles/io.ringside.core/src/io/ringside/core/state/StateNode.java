package io.ringside.core.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One typed tree of a device's state, which a {@link io.ringside.core.engine.DeviceEngine} builds
 * ({@code state(Detail)}) and every consumer reads: {@code show} and {@code show --json}, the debugger's
 * Variables, the editor's Statistics page, the EMF view model (and through it the Rings view). A node is
 * a value (number, decimal, text, boolean, or <em>unknown</em>: what the trace cannot show, with the word
 * to show for it), a group of named children in a fixed order, a list, or a table (columns of numbers, one
 * row per ring slot: the ring images, built only at {@link Detail#FULL}).
 * <p>
 * {@link Hint}s say what a consumer needs beyond the value: {@link Hint#DETAIL} nodes are left out of the
 * summary ({@code show}, JSON, Variables) but read by the views; {@link Hint#HEX} numbers are addresses;
 * {@link Hint#DEVICE} and {@link Hint#QUEUE} mark the device and its queues (a queue group holds its index
 * in a child {@code queue}); the counter hints mark, per queue, the numbers the plots and labels add up
 * (a node may carry several: a virtio kick is both a notification and an MMIO exit). So a new device kind
 * is shown, plotted and debugged by the generic consumers without their knowing it.
 * <p>
 * Built by one thread, then read-only: consumers may keep a tree and read it from any thread.
 */
public final class StateNode {

    /** What a node holds. */
    public enum Kind {
        GROUP, LIST, NUMBER, DECIMAL, TEXT, BOOLEAN, UNKNOWN, TABLE
    }

    /** How much a device builds: the summary, or also the per-slot ring images ({@link Kind#TABLE}s). */
    public enum Detail {
        SUMMARY, FULL
    }

    /** What consumers need to know about a node beyond its value. */
    public enum Hint {
        /** Not in the summary ({@code show}, JSON, Variables); for the views (EMF model, text forms). */
        DETAIL,
        /** A number best read in hex (an address). */
        HEX,
        /** The root of a device. */
        DEVICE,
        /** A queue (or an NVMe queue pair): a group with a NUMBER child {@code queue}, its index. */
        QUEUE,
        /** Requests made available and not completed yet. */
        OUTSTANDING,
        /** Notifications of the device by the driver (kicks, SQ doorbells). */
        NOTIFICATIONS,
        /** Interrupts of the driver by the device. */
        INTERRUPTS,
        /** MMIO writes that exit to the hypervisor (doorbells that were not suppressed). */
        EXITS,
        /** Requests completed (buffers used, commands completed). */
        COMPLETED
    }

    /** The word of an unknown value a trace cannot show. */
    public static final String UNKNOWN = "unknown";

    private final Kind kind;
    private final String name;
    private long number;
    private double decimal;
    private String text;
    private boolean bool;
    private List<StateNode> children;
    private String[] columns;
    private long[][] cells;
    private int hints;

    private StateNode(Kind kind, String name) {
        this.kind = kind;
        this.name = name;
        if (kind == Kind.GROUP || kind == Kind.LIST) {
            children = new ArrayList<>();
        }
    }

    /** A new root group (a device). */
    public static StateNode root() {
        return new StateNode(Kind.GROUP, null).hint(Hint.DEVICE);
    }

    /** A group not yet in a tree (to build a part apart, then {@link #add} it). */
    public static StateNode group() {
        return new StateNode(Kind.GROUP, null);
    }

    /** A text value on its own (a consumer's label, not part of a device's tree). */
    public static StateNode text(String value) {
        StateNode n = new StateNode(Kind.TEXT, null);
        n.text = value;
        return n;
    }

    // ---------------------------------------------------------------- building (groups and lists)

    private StateNode child(Kind k, String key) {
        if (children == null) {
            throw new IllegalStateException(kind + " " + name + " holds no children");
        }
        if (kind == Kind.GROUP && key == null || kind == Kind.LIST && key != null) {
            throw new IllegalStateException("a group's children have names, a list's items do not");
        }
        StateNode c = new StateNode(k, key);
        children.add(c);
        return c;
    }

    /** Adds a number; returns the new node (to {@link #hint} it). */
    public StateNode put(String key, long value) {
        StateNode c = child(Kind.NUMBER, key);
        c.number = value;
        return c;
    }

    public StateNode put(String key, double value) {
        StateNode c = child(Kind.DECIMAL, key);
        c.decimal = value;
        return c;
    }

    public StateNode put(String key, String value) {
        StateNode c = child(Kind.TEXT, key);
        c.text = value;
        return c;
    }

    public StateNode put(String key, boolean value) {
        StateNode c = child(Kind.BOOLEAN, key);
        c.bool = value;
        return c;
    }

    /** Adds a value the trace cannot show, shown as {@code word} ({@link #UNKNOWN}, {@code "unused"}). */
    public StateNode unknown(String key, String word) {
        StateNode c = child(Kind.UNKNOWN, key);
        c.text = word;
        return c;
    }

    /** Adds a number, or {@link #UNKNOWN} when {@code known} is false. */
    public StateNode putOrUnknown(String key, boolean known, long value) {
        return known ? put(key, value) : unknown(key, UNKNOWN);
    }

    public StateNode group(String key) {
        return child(Kind.GROUP, key);
    }

    public StateNode list(String key) {
        return child(Kind.LIST, key);
    }

    /**
     * Adds a table of {@code rows} rows: one {@code long[rows]} column per name, filled by the caller
     * ({@link #column}). Tables are ring images: build them at {@link Detail#FULL} only.
     */
    public StateNode table(String key, int rows, String... columnNames) {
        StateNode c = child(Kind.TABLE, key);
        c.columns = columnNames.clone();
        c.cells = new long[columnNames.length][rows];
        return c.hint(Hint.DETAIL);
    }

    /** Adds a plain value (a map, list, number, string or boolean, as {@link #toPlain} gives) as nodes. */
    public StateNode putPlain(String key, Object value) {
        StateNode c;
        if (value instanceof Map<?, ?> m) {
            c = child(Kind.GROUP, key);
            for (Map.Entry<?, ?> e : m.entrySet()) {
                c.putPlain(String.valueOf(e.getKey()), e.getValue());
            }
        } else if (value instanceof List<?> l) {
            c = child(Kind.LIST, key);
            for (Object o : l) {
                c.putPlain(null, o);
            }
        } else if (value instanceof Double || value instanceof Float) {
            c = put(key, ((Number) value).doubleValue());
        } else if (value instanceof Number n) {
            c = put(key, n.longValue());
        } else if (value instanceof Boolean b) {
            c = put(key, (boolean) b);
        } else if (UNKNOWN.equals(value)) {
            c = unknown(key, UNKNOWN);
        } else {
            c = put(key, String.valueOf(value));
        }
        return c;
    }

    // list items

    public StateNode addGroup() {
        return child(Kind.GROUP, null);
    }

    public StateNode add(long value) {
        return put(null, value);
    }

    public StateNode add(String value) {
        return put(null, value);
    }

    /** Adds a group built apart ({@link #group()}) under a name (null in a list). */
    public StateNode add(String key, StateNode built) {
        if (built.name != null || built.kind != Kind.GROUP) {
            throw new IllegalArgumentException("only a detached group can be added");
        }
        StateNode c = child(Kind.GROUP, key);
        c.children.addAll(built.children);
        c.hints = built.hints;
        return c;
    }

    /** Adds hints to this node; returns it. */
    public StateNode hint(Hint... hs) {
        for (Hint h : hs) {
            hints |= 1 << h.ordinal();
        }
        return this;
    }

    // ---------------------------------------------------------------- reading

    public Kind kind() {
        return kind;
    }

    /** The key in its group, or null (a list item, a root). */
    public String name() {
        return name;
    }

    public boolean has(Hint h) {
        return (hints & 1 << h.ordinal()) != 0;
    }

    public boolean isValue() {
        return children == null && kind != Kind.TABLE;
    }

    public long number() {
        return number;
    }

    public double decimal() {
        return decimal;
    }

    /** The text of a TEXT node, the word of an UNKNOWN one. */
    public String text() {
        return text;
    }

    public boolean bool() {
        return bool;
    }

    /** Children of a group or items of a list (read-only); empty for values and tables. */
    public List<StateNode> children() {
        return children == null ? List.of() : Collections.unmodifiableList(children);
    }

    /** A group's child by name, or null. */
    public StateNode get(String key) {
        if (children != null) {
            for (StateNode c : children) {
                if (key.equals(c.name)) {
                    return c;
                }
            }
        }
        return null;
    }


    /** A child's number, or {@code dflt} when it is missing or not a NUMBER. */
    public long number(String key, long dflt) {
        StateNode c = get(key);
        return c != null && c.kind == Kind.NUMBER ? c.number : dflt;
    }

    /** A child's text (TEXT or UNKNOWN), or {@code dflt}. */
    public String text(String key, String dflt) {
        StateNode c = get(key);
        return c != null && c.text != null ? c.text : dflt;
    }

    /** A child's boolean, or {@code dflt}. */
    public boolean bool(String key, boolean dflt) {
        StateNode c = get(key);
        return c != null && c.kind == Kind.BOOLEAN ? c.bool : dflt;
    }

    /** A group of this group's children but one (shared, not copied): the device without its queues. */
    public StateNode without(String key) {
        StateNode g = new StateNode(Kind.GROUP, name);
        for (StateNode c : children()) {
            if (!key.equals(c.name)) {
                g.children.add(c);
            }
        }
        g.hints = hints;
        return g;
    }

    /** Children that are not {@link Hint#DETAIL}s: what the summary shows. */
    public List<StateNode> shown() {
        List<StateNode> l = new ArrayList<>();
        for (StateNode c : children()) {
            if (!c.has(Hint.DETAIL)) {
                l.add(c);
            }
        }
        return l;
    }

    /**
     * The nodes below this one (details included) that carry a hint, depth first, without looking inside
     * a match: every {@link Hint#QUEUE} of a device.
     */
    public List<StateNode> find(Hint h) {
        List<StateNode> out = new ArrayList<>();
        for (StateNode c : children()) {
            if (c.has(h)) {
                out.add(c);
            } else {
                out.addAll(c.find(h));
            }
        }
        return out;
    }

    /** The sum of the numbers below this one (details included) that carry a hint: a queue's counter. */
    public long total(Hint h) {
        long t = 0;
        for (StateNode c : children()) {
            if (c.kind == Kind.NUMBER && c.has(h)) {
                t += c.number;
            }
            t += c.total(h);
        }
        return t;
    }

    /** Rows of a table. */
    public int rows() {
        return cells == null || cells.length == 0 ? 0 : cells[0].length;
    }


    /** A table's column by name (the array itself: fill it while building, never change it after). */
    public long[] column(String column) {
        for (int i = 0; columns != null && i < columns.length; i++) {
            if (columns[i].equals(column)) {
                return cells[i];
            }
        }
        throw new IllegalArgumentException("table " + name + " has no column " + column);
    }

    /** The value as text: a number (hex when {@link Hint#HEX} and above 0xffff), a text, an unknown's word. */
    public String valueText() {
        return switch (kind) {
        case NUMBER -> has(Hint.HEX) && number > 0xffff ? "0x" + Long.toHexString(number) : Long.toString(number);
        case DECIMAL -> Double.toString(decimal);
        case BOOLEAN -> Boolean.toString(bool);
        case TEXT, UNKNOWN -> text;
        case GROUP -> "{" + children.size() + "}";
        case LIST -> "[" + children.size() + "]";
        case TABLE -> rows() + " rows";
        };
    }

    /**
     * The tree as maps (in order), lists, Longs, Doubles, Strings and Booleans (an unknown is its word),
     * without {@link Hint#DETAIL} nodes: what {@code show --json} prints. A table becomes a list of row
     * maps when it is not a detail.
     */
    public Object toPlain() {
        switch (kind) {
        case GROUP: {
            Map<String, Object> m = new LinkedHashMap<>();
            for (StateNode c : children) {
                if (!c.has(Hint.DETAIL)) {
                    m.put(c.name, c.toPlain());
                }
            }
            return m;
        }
        case LIST: {
            List<Object> l = new ArrayList<>(children.size());
            for (StateNode c : children) {
                if (!c.has(Hint.DETAIL)) {
                    l.add(c.toPlain());
                }
            }
            return l;
        }
        case TABLE: {
            List<Object> l = new ArrayList<>(rows());
            for (int r = 0; r < rows(); r++) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int k = 0; k < columns.length; k++) {
                    m.put(columns[k], cells[k][r]);
                }
                l.add(m);
            }
            return l;
        }
        case NUMBER:
            return number;
        case DECIMAL:
            return decimal;
        case BOOLEAN:
            return bool;
        default:
            return text;
        }
    }

    @Override
    public String toString() {
        return (name == null ? "" : name + "=") + valueText();
    }
}
