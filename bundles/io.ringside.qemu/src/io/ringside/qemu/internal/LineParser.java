package io.ringside.qemu.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ringside.core.trace.TraceFormatException;

/**
 * Parses the lines of a QEMU log, one at a time, and keeps the counts: known events (by id), lines with
 * the {@code pid@sec.usec:} prefix, foreign lines, events of names not listed, and (lenient mode) known
 * events whose arguments did not parse. Shared by the streaming {@link LogReader} and the parallel
 * {@link BlockParser}, so both accept and reject exactly the same lines with the same messages.
 * <p>
 * Line numbers are counted from 0 by this parser ({@link #lines}); a block parser's are relative to its
 * block and made absolute when blocks are merged in order.
 */
final class LineParser {

    /** Longest line accepted. */
    static final int MAX_LINE = 64 * 1024;
    /** Distinct unmodelled event names remembered (the rest are counted together). */
    static final int MAX_NAMES = 512;
    static final int MAX_EXAMPLES = 5;

    private static final byte[][] GROUPS = {bytes("virtqueue_"), bytes("virtio_"), bytes("pci_nvme_")};
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** Bytes of event names: letters, digits, '_'. */
    private static final boolean[] NAME_CHAR = new boolean[256];

    static {
        for (int c = 0; c < 256; c++) {
            NAME_CHAR[c] = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c >= 'A' && c <= 'Z';
        }
    }

    final String name;
    final boolean lenient;
    private final EventTable table = EventTable.get();

    /** Lines consumed (the current line's number once {@link #parseLine} runs). */
    long lines;
    long events;
    long foreignLines;
    long firstForeignLine;
    long badLines;
    /** Line and detail of the first bad lines (lenient mode). */
    final List<Long> badLinesAt = new ArrayList<>();
    final List<String> badDetails = new ArrayList<>();
    final long[] counts;
    /** Unmodelled names in order of first appearance, at most {@link #namesCap}. */
    final Map<String, Long> unmodelled = new LinkedHashMap<>();
    private final int namesCap;
    long unmodelledTotal;
    long prefixedLines;
    /** null: parse every known event's arguments. */
    boolean[] parseOnly;

    LineParser(String name, boolean lenient, int namesCap) {
        this.name = name;
        this.lenient = lenient;
        this.namesCap = namesCap;
        this.counts = new long[table.size()];
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** The error for a control byte at {@code i} in the line starting at {@code ls} (line {@code lines + 1}). */
    TraceFormatException binary(byte c, int ls, int i, long offsetOfLs) {
        return new TraceFormatException(name, lines + 1, offsetOfLs, String.format(
                "binary (non-text) content: byte 0x%02x at column %d; not a QEMU trace log", c & 0xff, i - ls + 1));
    }

    TraceFormatException tooLong(long offsetOfLs) {
        return new TraceFormatException(name, lines + 1, offsetOfLs,
                "line longer than " + MAX_LINE + " bytes; not a QEMU trace log");
    }

    /** Whether a byte below 0x20 other than newline may appear in a text line (tab, CR, form feed, ESC). */
    static boolean textControl(byte c) {
        return c == '\t' || c == '\r' || c == 0x0c || c == 0x1b;
    }

    /**
     * The index of the first byte below 0x20 (newline, tab, other control bytes) in {@code b[i, end)}, or
     * {@code end}; eight bytes at a time. Bytes from 0x80 (UTF-8) are text.
     */
    static int findControl(byte[] b, int i, int end) {
        while (i + 8 <= end) {
            long x = (long) LONGS.get(b, i);
            // high bit of each byte below 0x20; bytes above the lowest such byte may be flagged falsely
            long m = (x - 0x2020202020202020L) & ~x & 0x8080808080808080L;
            if (m != 0) {
                return i + (Long.numberOfTrailingZeros(m) >>> 3);
            }
            i += 8;
        }
        while (i < end) {
            byte c = b[i];
            if (c >= 0 && c < 0x20) {
                return i;
            }
            i++;
        }
        return end;
    }

    /**
     * Parses line {@code b[ls, le)} (without its newline and CR) whose number is {@link #lines} and that
     * starts at stream offset {@code offset}.
     *
     * @return true when it is a known event (fills {@code r}), false for foreign lines, unmodelled events,
     *         (lenient) bad lines and known events excluded by {@link #parseOnly} (counted, not parsed)
     */
    boolean parseLine(LogRecord r, byte[] b, int ls, int le, long offset) throws TraceFormatException {
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
        // event name: up to a space or the end of the line
        int ns = p;
        while (p < le && NAME_CHAR[b[p] & 0xff]) {
            p++;
        }
        int ne = p;
        if (ne < le && b[ne] != ' ' || ne == ns) {
            foreign();
            return false;
        }
        EventFormat f = table.lookup(b, ns, ne, EventTable.hash(b, ns, ne));
        if (f == null) {
            if (tid >= 0 || inGroup(b, ns, ne)) {
                unmodelled(b, ns, ne);
            } else {
                foreign();
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
            return false; // validated by a first pass and not needed now
        }
        int bad = f.parse(b, from, le, r.nums, r.strStart, r.strEnd);
        if (bad >= 0) {
            String lineText = new String(b, ls, Math.min(le - ls, 200), StandardCharsets.UTF_8);
            String detail = "arguments of QEMU event " + f.name + " do not match its format \"" + f.format
                    + "\" at column " + (from - ls + bad + 1) + ": " + lineText;
            if (!lenient) {
                throw new TraceFormatException(name, lines, offset, detail + " (--lenient skips such lines)");
            }
            badLines++;
            if (badDetails.size() < MAX_EXAMPLES) {
                badLinesAt.add(lines);
                badDetails.add(detail);
            }
            return false;
        }
        events++;
        counts[f.id]++;
        r.format = f;
        r.numSrc = r.nums;
        r.numBase = 0;
        r.tid = tid;
        r.timeNs = time;
        r.line = lines;
        r.offset = offset;
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

    private void foreign() {
        foreignLines++;
        if (firstForeignLine == 0) {
            firstForeignLine = lines;
        }
    }

    private void unmodelled(byte[] b, int ns, int ne) {
        unmodelledTotal++;
        String n = new String(b, ns, ne - ns, StandardCharsets.US_ASCII);
        Long c = unmodelled.get(n);
        if (c != null || unmodelled.size() < namesCap) {
            unmodelled.put(n, c == null ? 1 : c + 1);
        }
    }
}
