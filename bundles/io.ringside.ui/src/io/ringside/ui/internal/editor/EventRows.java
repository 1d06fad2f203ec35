package io.ringside.ui.internal.editor;

import java.util.function.Supplier;

import io.ringside.core.trace.TraceEvent;
import io.ringside.ui.trace.TimeFormat;
import io.ringside.ui.trace.TraceSession;

/**
 * The text of the Events table's rows: an event's cells (number, time, device, queue, kind, fields and
 * whether it has a violation), formatted once and kept for the rows shown lately, so that a scroll by one
 * row formats one row, not a screenful.
 */
final class EventRows {

    private final TraceEditor editor;
    private final TraceEvent scratch = new TraceEvent();

    /**
     * Rows formatted lately, by event (a scroll by one row formats one row, not a screenful). Cleared
     * when the index arrives (violation tints become known).
     */
    private final java.util.Map<Long, String[]> rowCache = new java.util.LinkedHashMap<>(512, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<Long, String[]> eldest) {
            return size() > 400;
        }
    };

    private long lastTimeEvent = -1;
    private long lastTime;

    EventRows(TraceEditor editor) {
        this.editor = editor;
    }

    /** Forgets every row formatted (the index arrived, the time form changed). */
    void clear() {
        rowCache.clear();
    }

    /**
     * The cells of event {@code ev}: six texts, then "v" when the event has a violation, else null. Times are
     * written by the form {@code times} gives, asked only when the row is formatted.
     */
    String[] cells(long ev, Supplier<TimeFormat> times) {
        String[] cells = rowCache.get(ev);
        if (cells == null) {
            TraceSession session = editor.session();
            long previous = ev > 0 && times.get().mode() == TimeFormat.Mode.DELTA ? previousTime(ev) : 0;
            session.event(ev, scratch);
            cells = new String[] { Long.toString(ev), times.get().format(scratch.time(), previous),
                    scratch.device() < 0 ? "" : "d" + scratch.device(), scratch.queue() < 0 ? "" : "q" + scratch.queue(),
                    scratch.type().id(), fields(scratch), session.hasViolation(ev) ? "v" : null };
            rowCache.put(ev, cells);
            lastTimeEvent = ev;
            lastTime = scratch.time();
        }
        return cells;
    }

    /** The time of the event before {@code ev} (delta form), read so that the rows stay read in order. */
    private long previousTime(long ev) {
        if (ev - 1 == lastTimeEvent) {
            return lastTime;
        }
        return editor.session().event(ev - 1, scratch).time();
    }

    /** The kind of event {@code ev}. */
    String kind(long ev) {
        return editor.session().event(ev, scratch).type().id();
    }

    /** The text of a row as the table shows it (search, tests). */
    String rowText(long ev) {
        editor.session().event(ev, scratch);
        return ev + " " + scratch.time() + " d" + scratch.device() + " q" + scratch.queue() + " " + scratch.type().id()
                + " " + fields(scratch);
    }

    /** The fields of an event as {@code name=value} pairs (addresses in hex), then its note. */
    static String fields(TraceEvent e) {
        StringBuilder sb = new StringBuilder();
        String[] names = e.type().fields();
        for (int i = 0; i < names.length; i++) {
            if (e.has(i)) {
                if (!sb.isEmpty()) {
                    sb.append("  ");
                }
                sb.append(names[i]).append('=');
                long v = e.get(i);
                if (TraceEvent.isAddressField(names[i])) {
                    sb.append("0x").append(Long.toHexString(v));
                } else {
                    sb.append(v);
                }
            }
        }
        if (e.note() != null) {
            sb.append(sb.isEmpty() ? "" : "  ").append('"').append(e.note()).append('"');
        }
        return sb.toString();
    }
}
