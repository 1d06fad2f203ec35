package io.ringside.qemu.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.ringside.core.trace.TraceFormatException;

/**
 * Streams the trace event lines of a QEMU log ({@code -trace ... -D file}, log backend), with or without
 * the {@code pid@sec.usec:} prefix that {@code -msg timestamp=on} adds. Known events are matched
 * against their format strings ({@link EventTable}); lines of events this build does not list are
 * counted by name; other text lines (warnings, guest errors) are counted as foreign lines. Binary
 * content, over-long lines and known events whose arguments do not match are errors naming the line
 * (the latter skipped and counted in lenient mode).
 * <p>
 * Memory is bounded: one buffer of {@link #BUFFER} bytes plus at most {@link #MAX_LINE} per line.
 */
public final class LogReader implements Closeable {

    /** Longest line accepted. */
    public static final int MAX_LINE = 64 * 1024;
    static final int BUFFER = 1 << 20;
    /** Distinct unmodelled event names remembered (the rest are counted together). */
    static final int MAX_NAMES = 512;
    private static final int MAX_EXAMPLES = 5;

    private static final byte[][] GROUPS = {bytes("virtqueue_"), bytes("virtio_"), bytes("pci_nvme_")};

    private final InputStream in;
    private final String name;
    private final boolean lenient;
    private final EventTable table = EventTable.get();

    private final byte[] buf = new byte[BUFFER + MAX_LINE];
    private int pos;
    private int limit;
    private boolean eof;
    private long base; // stream offset of buf[0]

    private long lines;
    private long events;
    private long foreignLines;
    private long firstForeignLine;
    private long badLines;
    private final List<String> badExamples = new ArrayList<>();
    private final long[] counts;
    private final Map<String, Long> unmodelled = new TreeMap<>();
    private long unmodelledTotal;
    private long prefixedLines;
    private boolean[] parseOnly; // null: parse every known event's arguments

    /**
     * Parses the arguments only of the events marked (by id); others are counted and returned without
     * arguments. For a second pass over input a first pass already validated.
     */
    public void parseOnly(boolean[] ids) {
        this.parseOnly = ids;
    }

    public LogReader(InputStream in, String name, boolean lenient) {
        this.in = in;
        this.name = name;
        this.lenient = lenient;
        this.counts = new long[table.size()];
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    public String name() {
        return name;
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
                        if (c != '\t' && c != '\r' && c != 0x0c && c != 0x1b) {
                            throw new TraceFormatException(name, lines + 1, base + ls, String.format(
                                    "binary (non-text) content: byte 0x%02x at column %d; not a QEMU trace log", c & 0xff,
                                    i - ls + 1));
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
                    throw new TraceFormatException(name, lines + 1, base + ls,
                            "line longer than " + MAX_LINE + " bytes; not a QEMU trace log");
                }
                if (eof) {
                    if (ls == limit) {
                        pos = limit;
                        return false;
                    }
                    le = limit;
                    pos = limit;
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
                throw new TraceFormatException(name, lines + 1, base + ls,
                        "line longer than " + MAX_LINE + " bytes; not a QEMU trace log");
            }
            lines++;
            if (le > ls && buf[le - 1] == '\r') {
                le--;
            }
            if (parseLine(r, ls, le)) {
                return true;
            }
        }
    }

    private boolean parseLine(LogRecord r, int ls, int le) throws IOException {
        byte[] b = buf;
        int p = ls;
        long tid = -1;
        long time = -1;
        // optional "tid@sec.usec:" prefix
        if (p < le && b[p] >= '0' && b[p] <= '9') {
            long v = 0;
            int q = p;
            while (q < le && b[q] >= '0' && b[q] <= '9' && q - p < 19) {
                v = v * 10 + (b[q] - '0');
                q++;
            }
            if (q < le && b[q] == '@') {
                long t = v;
                q++;
                int s0 = q;
                long sec = 0;
                while (q < le && b[q] >= '0' && b[q] <= '9' && q - s0 < 12) {
                    sec = sec * 10 + (b[q] - '0');
                    q++;
                }
                if (q > s0 && q < le && b[q] == '.') {
                    q++;
                    int f0 = q;
                    long frac = 0;
                    while (q < le && b[q] >= '0' && b[q] <= '9' && q - f0 < 9) {
                        frac = frac * 10 + (b[q] - '0');
                        q++;
                    }
                    if (q > f0 && q < le && b[q] == ':') {
                        for (int k = q - f0; k < 9; k++) {
                            frac *= 10;
                        }
                        tid = t;
                        time = sec * 1_000_000_000L + frac;
                        p = q + 1;
                    }
                }
            }
        }
        // event name
        int ns = p;
        int h = 0;
        while (p < le) {
            byte c = b[p];
            if (c == ' ') {
                break;
            }
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c >= 'A' && c <= 'Z')) {
                foreign(ls);
                return false;
            }
            h = 31 * h + c;
            p++;
        }
        int ne = p;
        if (ne == ns) {
            foreign(ls);
            return false;
        }
        h ^= h >>> 16;
        EventFormat f = table.lookup(b, ns, ne, h);
        if (f == null) {
            if (tid >= 0 || inGroup(b, ns, ne)) {
                unmodelled(b, ns, ne);
            } else {
                foreign(ls);
            }
            return false;
        }
        if (tid >= 0) {
            prefixedLines++;
        }
        int from = ne < le ? ne + 1 : le;
        if (parseOnly != null && !parseOnly[f.id]) {
            events++;
            counts[f.id]++;
            return false; // validated by the first pass and not needed now
        }
        int bad = f.parse(b, from, le, r.nums, r.strStart, r.strEnd);
        if (bad >= 0) {
            String lineText = new String(b, ls, Math.min(le - ls, 200), StandardCharsets.UTF_8);
            String detail = "arguments of QEMU event " + f.name + " do not match its format \"" + f.format
                    + "\" at column " + (from - ls + bad + 1) + ": " + lineText;
            if (!lenient) {
                throw new TraceFormatException(name, lines, base + ls, detail + " (--lenient skips such lines)");
            }
            badLines++;
            if (badExamples.size() < MAX_EXAMPLES) {
                badExamples.add(name + ":" + lines + ": " + detail);
            }
            return false;
        }
        events++;
        counts[f.id]++;
        r.format = f;
        r.tid = tid;
        r.timeNs = time;
        r.line = lines;
        r.offset = base + ls;
        r.buf = b;
        r.nameStart = ns;
        r.nameEnd = ne;
        return true;
    }

    private static boolean inGroup(byte[] b, int ns, int ne) {
        outer:
        for (byte[] g : GROUPS) {
            if (ne - ns <= g.length) {
                continue;
            }
            for (int j = 0; j < g.length; j++) {
                if (b[ns + j] != g[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private void foreign(int ls) {
        foreignLines++;
        if (firstForeignLine == 0) {
            firstForeignLine = lines;
        }
    }

    private void unmodelled(byte[] b, int ns, int ne) {
        unmodelledTotal++;
        String n = new String(b, ns, ne - ns, StandardCharsets.US_ASCII);
        Long c = unmodelled.get(n);
        if (c != null || unmodelled.size() < MAX_NAMES) {
            unmodelled.put(n, c == null ? 1 : c + 1);
        }
    }

    /** Lines read so far. */
    public long lines() {
        return lines;
    }

    /** Known trace events returned so far. */
    public long events() {
        return events;
    }

    /** Lines with the {@code pid@sec.usec:} prefix among the events. */
    public long prefixedEvents() {
        return prefixedLines;
    }

    public long foreignLines() {
        return foreignLines;
    }

    public long firstForeignLine() {
        return firstForeignLine;
    }

    /** Known events whose arguments did not parse (lenient mode). */
    public long badLines() {
        return badLines;
    }

    public List<String> badExamples() {
        return Collections.unmodifiableList(badExamples);
    }

    /** Events of names this build does not list (other trace groups, newer QEMUs). */
    public long unmodelledEvents() {
        return unmodelledTotal;
    }

    public Map<String, Long> unmodelledByName() {
        return Collections.unmodifiableMap(unmodelled);
    }

    /** Count of one known event id. */
    public long count(int id) {
        return counts[id];
    }

    /** Counts of known events seen, by name, in table order. */
    public Map<String, Long> countsByName() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (EventFormat f : table.formats()) {
            if (counts[f.id] > 0) {
                m.put(f.name, counts[f.id]);
            }
        }
        return m;
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
