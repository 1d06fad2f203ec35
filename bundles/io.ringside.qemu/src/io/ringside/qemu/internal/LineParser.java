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
 * block and made absolute when blocks are merged in order. The line's time prefix is {@link TimePrefix}'s,
 * its arguments {@link EventFormat}'s.
 */
final class LineParser {

    /** Longest line accepted. */
    static final int MAX_LINE = 64 * 1024;
    /** Distinct unmodelled event names remembered (the rest are counted together). */
    static final int MAX_NAMES = 512;
    static final int MAX_EXAMPLES = 5;

    private static final byte[][] GROUPS = {bytes("virtqueue_"), bytes("virtio_"), bytes("pci_nvme_")};
    /** Eight bytes of a byte array as a little-endian long (the parsers' and the name table's word reads). */
    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
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
    /** The time prefix of the line being parsed. */
    private final TimePrefix prefix = new TimePrefix();

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
        return firstBelow(b, i, end, 0x20);
    }

    /**
     * The index of the first byte in {@code b[i, end)} whose unsigned value is below {@code limit} (at most
     * 0x80), or {@code end}; eight bytes at a time.
     */
    private static int firstBelow(byte[] b, int i, int end, int limit) {
        long below = limit * 0x0101010101010101L;
        while (i + 8 <= end) {
            long x = (long) LONGS.get(b, i);
            // high bit of each byte below the limit; bytes above the lowest such byte may be flagged falsely
            long m = (x - below) & ~x & 0x8080808080808080L;
            if (m != 0) {
                return i + firstByte(m);
            }
            i += 8;
        }
        while (i < end && (b[i] & 0xff) >= limit) {
            i++;
        }
        return i;
    }

    /**
     * Parses line {@code b[ls, le)} (without its newline and CR) whose number is {@link #lines} and that
     * starts at stream offset {@code offset}.
     *
     * @return true when it is a known event (fills {@code r}), false for foreign lines, unmodelled events,
     *         (lenient) bad lines and known events excluded by {@link #parseOnly} (counted, not parsed)
     */
    boolean parseLine(LogRecord r, byte[] b, int ls, int le, long offset) throws TraceFormatException {
        int p = prefix.parse(b, ls, le);
        if (p < 0) {
            bad(b, ls, le, offset, "malformed time prefix at column " + (prefix.malformedAt - ls + 1) + ": expected "
                    + "'tid@sec.usec:' (QEMU 6.0 to 10.0) or an ISO 8601 UTC time such as '2026-12-05T23:55:41.169785Z' "
                    + "and a space (QEMU 10.1+)");
            return false;
        }
        long tid = prefix.tid;
        long time = prefix.time;
        // event name: up to a space or the end of the line
        int ns = p;
        while (p < le && NAME_CHAR[b[p] & 0xff]) {
            p++;
        }
        int ne = p;
        if (ne < le && b[ne] != ' ' || ne == ns) {
            if (unterminated && prefix.kind != TimePrefix.NO_PREFIX) {
                truncated(b, ls, le, offset);
            } else {
                foreign();
            }
            return false;
        }
        EventFormat f = table.lookup(b, ns, ne, EventTable.hash(b, ns, ne));
        if (f == null) {
            if (unterminated && (prefix.kind != TimePrefix.NO_PREFIX || inGroup(b, ns, ne) || groupStart(b, ns, ne))) {
                truncated(b, ls, le, offset);
            } else if (prefix.kind != TimePrefix.NO_PREFIX || inGroup(b, ns, ne)) {
                unmodelled(b, ns, ne);
            } else {
                foreign();
            }
            return false;
        }
        if (prefix.kind != TimePrefix.NO_PREFIX) {
            prefixedLines++;
        }
        int from = ne < le ? ne + 1 : le;
        if (parseOnly != null && !parseOnly[f.id]) {
            events++;
            counts[f.id]++;
            return false; // validated by a first pass and not needed now
        }
        int bad = f.parse(b, from, le, r.nums, r.strStart, r.strEnd);
        if (bad >= 0 && unterminated) {
            truncated(b, ls, le, offset);
            return false;
        }
        if (bad >= 0) {
            String range = f.rangeProblem(b, from, le);
            bad(b, ls, le, offset, range != null ? "QEMU event " + f.name + ": " + range
                    : "arguments of QEMU event " + f.name + " do not match its format \"" + f.format + "\" at column "
                            + (from - ls + bad + 1));
            return false;
        }
        if (!sameKind()) {
            throw mixed(offset);
        }
        accept(r, f, tid, time, offset, b, ns, ne);
        return true;
    }

    /**
     * Set by the reader for the last line of the input when no newline ends it: a line that starts like a
     * trace event but is not one is then an event cut short (the log was copied while QEMU wrote it, or
     * truncated), reported as such rather than counted as an unknown event or foreign text.
     */
    boolean unterminated;

    private void truncated(byte[] b, int ls, int le, long offset) throws TraceFormatException {
        bad(b, ls, le, offset, "the log ends inside this line (no newline after it): a trace event cut short");
    }

    /** Whether a name is the start of a traced group's prefix ({@code virt}, {@code pci_nv}): a name cut short. */
    private static boolean groupStart(byte[] b, int ns, int ne) {
        outer:
        for (byte[] g : GROUPS) {
            if (ne - ns > g.length) {
                continue;
            }
            for (int j = 0; j < ne - ns; j++) {
                if (b[ns + j] != g[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** A line that cannot be read: an error, or (lenient) skipped and counted with the first few details. */
    private void bad(byte[] b, int ls, int le, long offset, String what) throws TraceFormatException {
        String detail = what + ": " + new String(b, ls, Math.min(le - ls, 200), StandardCharsets.UTF_8);
        if (!lenient) {
            throw new TraceFormatException(name, lines, offset, detail + " (--lenient skips such lines)");
        }
        badLines++;
        if (badDetails.size() < MAX_EXAMPLES) {
            badLinesAt.add(lines);
            badDetails.add(detail);
        }
    }

    /** Whether this event line's prefix kind is the log's (the first event line's, or none yet). */
    private boolean sameKind() {
        return kind < 0 || kind == prefix.kind;
    }

    /** The error for an event line whose prefix kind is not the first event line's ({@code kind}). */
    TraceFormatException mixed(long offset) {
        return mixed(name, lines, offset, prefix.kind, kind);
    }

    static TraceFormatException mixed(String name, long line, long offset, int lineKind, int logKind) {
        return new TraceFormatException(name, line, offset, "this event line has " + TimePrefix.KIND_NAMES[lineKind]
                + " but the log's first event line has " + TimePrefix.KIND_NAMES[logKind] + ": a log that mixes prefixes (of two "
                + "QEMU versions, or with -msg timestamp on and off) is not read");
    }

    /**
     * The fast path for the common line, a known event whose arguments match its format: parses the line
     * that starts at {@code ls} in one scan, finding its end on the way, and counts it as
     * {@link #parseLine} would ({@link #lines} must already be its number).
     *
     * @param end the end of the buffer's data (the line ends at the first newline, or here)
     * @return the index of the line's newline (or {@code end}) when the line is a known event that parsed;
     *         -1 for any other line (foreign, unmodelled, arguments that do not match, control bytes,
     *         {@link #parseOnly} set), with nothing changed: the caller then finds the line's
     *         end and calls {@link #parseLine}, which decides and reports exactly as before
     */
    int fastLine(LogRecord r, byte[] b, int ls, int end, long offset) {
        if (parseOnly != null) {
            return -1;
        }
        int p = prefix.fast(b, ls, end); // (a line starting with digits but no prefix: no listed name follows)
        if (p < 0 || !sameKind()) {
            return -1;
        }
        long tid = prefix.tid;
        long time = prefix.time;
        int ns = p;
        int ne = nameEnd(b, p, end);
        if (ne == ns) {
            return -1;
        }
        int from = ne;
        if (ne < end) {
            byte c = b[ne];
            if (c == ' ') {
                from = ne + 1;
            } else if (c != '\n' && c != '\r') {
                return -1;
            }
        }
        EventFormat f = table.lookup(b, ns, ne);
        if (f == null) {
            return -1;
        }
        int q = f.parseFast(b, from, end, r.nums, r.strStart, r.strEnd);
        if (q < 0) {
            return -1;
        }
        int nl = q;
        if (q < end && b[q] != '\n') {
            if (b[q] != '\r' || q + 1 < end && b[q + 1] != '\n') {
                return -1;
            }
            nl = q + 1;
        }
        if (prefix.kind != TimePrefix.NO_PREFIX) {
            prefixedLines++;
        }
        accept(r, f, tid, time, offset, b, ns, ne);
        return nl;
    }

    /**
     * The index of the lowest byte whose high bit is set in {@code m} (bits only at 0x80 of each byte, not
     * 0): a multiplication instead of {@link Long#numberOfTrailingZeros}, which C1 calls rather than inlines.
     */
    static int firstByte(long m) {
        return (int) (((m & -m) >>> 7) * 0x0001020304050607L >>> 56);
    }

    /**
     * The end of an event name that starts at {@code i}: the first byte up to 0x20 (space, newline, other
     * control bytes) or {@code end}, eight bytes at a time. Bytes that are not name characters are left
     * to the name lookup, which only matches listed names.
     */
    static int nameEnd(byte[] b, int i, int end) {
        return firstBelow(b, i, end, 0x21);
    }

    /** Prefix kind of the first event line ({@link TimePrefix#NO_PREFIX}...), -1 before it; the line and time of that event. */
    int kind = -1;
    long firstEventLine;
    long firstEventOffset;
    long firstTime = -1;
    /** The last event's time (-1: none), events whose time is earlier than the one before, and the first of them. */
    long lastTime = -1;
    long backwards;
    long firstBackwards;

    /** Counts a known event whose arguments parsed and fills {@code r} (both paths). */
    private void accept(LogRecord r, EventFormat f, long tid, long time, long offset, byte[] b, int ns, int ne) {
        if (kind < 0) {
            kind = prefix.kind;
            firstEventLine = lines;
            firstEventOffset = offset;
            firstTime = time;
        }
        if (time >= 0) {
            if (time < lastTime) {
                backwards++;
                if (firstBackwards == 0) {
                    firstBackwards = lines;
                }
            }
            lastTime = time;
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
