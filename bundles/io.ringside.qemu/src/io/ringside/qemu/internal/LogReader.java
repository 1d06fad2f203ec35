package io.ringside.qemu.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Streams the trace event lines of a QEMU log ({@code -trace ... -D file}, log backend), with or without
 * the {@code pid@sec.usec:} prefix that {@code -msg timestamp=on} adds. Known events are matched
 * against their format strings ({@link EventTable}); lines of events this build does not list are
 * counted by name; other text lines (warnings, guest errors) are counted as foreign lines. Binary
 * content, over-long lines and known events whose arguments do not match are errors naming the line
 * (the latter skipped and counted in lenient mode). Lines are parsed by {@link LineParser}, as in the
 * parallel {@link BlockParser}.
 * <p>
 * Memory is bounded: one buffer of {@link #BUFFER} bytes plus at most {@link #MAX_LINE} per line.
 */
public final class LogReader implements Closeable, LogCounts {

    /** Longest line accepted. */
    public static final int MAX_LINE = LineParser.MAX_LINE;
    static final int BUFFER = 1 << 20;
    /** Distinct unmodelled event names remembered (the rest are counted together). */
    static final int MAX_NAMES = LineParser.MAX_NAMES;

    private final InputStream in;
    private final LineParser lp;

    private final byte[] buf = new byte[BUFFER + MAX_LINE];
    private int pos;
    private int limit;
    private boolean eof;
    private long base; // stream offset of buf[0]

    /**
     * Parses the arguments only of the events marked (by id); others are counted and returned without
     * arguments. For a second pass over input a first pass already validated.
     */
    public void parseOnly(boolean[] ids) {
        lp.parseOnly = ids;
    }

    public LogReader(InputStream in, String name, boolean lenient) {
        this.in = in;
        this.lp = new LineParser(name, lenient, MAX_NAMES);
    }

    public String name() {
        return lp.name;
    }

    /** Reads up to the next known trace event; false at the end of the input. */
    public boolean next(LogRecord r) throws IOException {
        while (true) {
            // ---- find the next line [ls, le)
            int ls = pos;
            int i = ls;
            int le;
            while (true) {
                byte[] b = buf;
                int lim = limit;
                while (i < lim) {
                    byte c = b[i];
                    if (c < 0x20 && c >= 0) {
                        if (c == '\n') {
                            break;
                        }
                        if (!LineParser.textControl(c)) {
                            throw lp.binary(c, ls, i, base + ls);
                        }
                    }
                    i++;
                }
                if (i < limit) {
                    le = i;
                    pos = i + 1;
                    break;
                }
                if (i - ls > MAX_LINE) {
                    throw lp.tooLong(base + ls);
                }
                if (eof) {
                    if (ls == limit) {
                        pos = limit;
                        return false;
                    }
                    le = limit;
                    pos = limit;
                    lp.unterminated = true; // the last line, and no newline ends it
                    break;
                }
                // compact and read more
                int keep = limit - ls;
                System.arraycopy(buf, ls, buf, 0, keep);
                base += ls;
                i -= ls;
                ls = 0;
                limit = keep;
                int n = in.read(buf, limit, BUFFER + MAX_LINE - limit);
                if (n < 0) {
                    eof = true;
                } else {
                    limit += n;
                }
            }
            if (le - ls > MAX_LINE) {
                throw lp.tooLong(base + ls);
            }
            lp.lines++;
            if (le > ls && buf[le - 1] == '\r') {
                le--;
            }
            if (lp.parseLine(r, buf, ls, le, base + ls)) {
                return true;
            }
        }
    }

    /** Lines read so far. */
    @Override
    public long lines() {
        return lp.lines;
    }

    /** Known trace events returned so far. */
    @Override
    public long events() {
        return lp.events;
    }

    /** Events with a time prefix. */
    @Override
    public long prefixedEvents() {
        return lp.prefixedLines;
    }

    @Override
    public long timeBackwards() {
        return lp.backwards;
    }

    @Override
    public long firstTimeBackwards() {
        return lp.firstBackwards;
    }

    @Override
    public long foreignLines() {
        return lp.foreignLines;
    }

    @Override
    public long firstForeignLine() {
        return lp.firstForeignLine;
    }

    /** Known events whose arguments did not parse (lenient mode). */
    @Override
    public long badLines() {
        return lp.badLines;
    }

    @Override
    public List<String> badExamples() {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < lp.badDetails.size(); i++) {
            l.add(lp.name + ":" + lp.badLinesAt.get(i) + ": " + lp.badDetails.get(i));
        }
        return Collections.unmodifiableList(l);
    }

    /** Events of names this build does not list (other trace groups, newer QEMUs). */
    @Override
    public long unmodelledEvents() {
        return lp.unmodelledTotal;
    }

    @Override
    public Map<String, Long> unmodelledByName() {
        return Collections.unmodifiableMap(new TreeMap<>(lp.unmodelled));
    }

    /** Count of one known event id. */
    public long count(int id) {
        return lp.counts[id];
    }

    @Override
    public long[] counts() {
        return lp.counts.clone();
    }

    /** Bytes of (decompressed) input consumed. */
    public long position() {
        return base + pos;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
