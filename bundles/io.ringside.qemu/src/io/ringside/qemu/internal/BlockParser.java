package io.ringside.qemu.internal;

import java.util.Arrays;

import io.ringside.core.trace.TraceFormatException;

/**
 * Parses one block of whole lines of a QEMU log (a worker's share of the file) into compact event
 * records and the block's counts. Blocks are independent: line numbers and offsets are relative to the
 * block and made absolute when the blocks are merged in file order ({@link ParallelLog}). Lines are
 * parsed by the same {@link LineParser} as the streaming {@link LogReader}.
 */
final class BlockParser {

    private BlockParser() {
    }

    /** Raw bytes of a block: whole lines (the last one may lack its newline at the end of the input). */
    static final class Raw {
        final byte[] data;
        final int length;
        /** Stream offset of data[0]. */
        final long offset;
        /** Index in the file's sequence of blocks. */
        final int index;
        /** Whether the input ends with this block's data (its last line may then lack its newline). */
        final boolean last;

        Raw(byte[] data, int length, long offset, int index, boolean last) {
            this.data = data;
            this.length = length;
            this.offset = offset;
            this.index = index;
            this.last = last;
        }
    }

    /**
     * A parsed block: its counts and the records of the kept events, in line order, packed in one
     * {@code long[]} (one large array: allocated outside the young generation, never copied by the
     * collector). A record is {@code [id | line << 10 | offset << 37, time, arguments...]} with the line
     * (1-based) and offset relative to the block, and as many arguments as its event's format has.
     */
    static final class Parsed {
        /** Largest block: line and offset within a block take 27 bits each. */
        static final int MAX_BLOCK = 64 << 20;

        final int index;
        final long offset;
        final int length;
        LineParser counts;
        /** The first error of the block, with its block-relative line and offset, or null. */
        TraceFormatException error;
        /** Records. */
        int n;
        long[] data;
        /** Longs used in {@link #data}. */
        int len;

        Parsed(int index, long offset, int length) {
            this.index = index;
            this.offset = offset;
            this.length = length;
        }

        /** Heap bytes the records hold (for the retention budget). */
        long recordBytes() {
            return 64L + (data == null ? 0 : 8L * data.length);
        }

        /** Drops the records (keeps the counts). */
        void dropRecords() {
            data = null;
            n = 0;
            len = 0;
        }

        private void add(LogRecord r, int lineRel, int offRel) {
            int ar = r.format.arity();
            if (len + 2 + ar > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, len + 2 + ar));
            }
            long[] d = data;
            int p = len;
            d[p] = r.format.id | (long) lineRel << 10 | (long) offRel << 37;
            d[p + 1] = r.timeNs;
            System.arraycopy(r.nums, 0, d, p + 2, ar);
            len = p + 2 + ar;
            n++;
        }

        /** The event id of the record at {@code pos}. */
        int id(int pos) {
            return (int) (data[pos] & 0x3ff);
        }

        /** The position of the record after the one at {@code pos}. */
        int skip(int pos, EventTable table) {
            return pos + 2 + table.format((int) (data[pos] & 0x3ff)).arity();
        }

        /**
         * Fills {@code r} with the record at {@code pos}, with the block's absolute line base and offset;
         * returns the position of the next record.
         */
        int load(int pos, LogRecord r, EventTable table, long lineBase) {
            long h = data[pos];
            EventFormat f = table.format((int) (h & 0x3ff));
            // reference fields only when they change: each store is a garbage collector barrier
            if (r.format != f) {
                r.format = f;
            }
            r.timeNs = data[pos + 1];
            r.tid = -1; // not kept: no consumer reads it
            r.line = lineBase + ((h >>> 10) & 0x7ffffff);
            r.offset = offset + (h >>> 37);
            if (r.numSrc != data) {
                r.numSrc = data;
            }
            r.numBase = pos + 2;
            if (r.buf != null) {
                r.buf = null;
            }
            return pos + 2 + f.arity();
        }
    }

    /** Parses all of a block's bytes, see {@link #parse(Raw, int, int, String, boolean, boolean[], boolean[])}. */
    static Parsed parse(Raw raw, String name, boolean lenient, boolean[] parseOnly, boolean[] keep,
            boolean[] keepFirst) {
        return parse(raw, 0, raw.length, name, lenient, parseOnly, keep, keepFirst);
    }

    /**
     * Parses the lines of a block that start in {@code data[from, ownEnd)} (a line may run on to
     * {@code raw.length}). Errors (binary content, over-long lines, bad arguments when not lenient) end
     * the block and are kept in the result with block-relative positions, for the merge to report in order.
     *
     * @param from the start of a line
     * @param keep ids of the events whose records are kept; the others are only counted
     * @param keepFirst ids of events of which the block keeps the first record (the first of any of them),
     *        or null
     */
    static Parsed parse(Raw raw, int from, int ownEnd, String name, boolean lenient, boolean[] parseOnly,
            boolean[] keep, boolean[] keepFirst) {
        boolean[] first = keepFirst; // null once the first of them is kept
        Parsed out = new Parsed(raw.index, raw.offset, raw.length);
        LineParser lp = new LineParser(name, lenient, ParallelLog.BLOCK_NAMES);
        lp.parseOnly = parseOnly;
        out.counts = lp;
        // about 6 longs per 90-byte line: one allocation for most blocks
        out.data = new long[Math.max(64, (ownEnd - from) / 14)];
        LogRecord r = new LogRecord();
        byte[] b = raw.data;
        int end = raw.length;
        int i = from;
        try {
            while (i < ownEnd) {
                int ls = i;
                lp.lines++;
                int nl = lp.fastLine(r, b, ls, end, ls);
                boolean event;
                if (nl >= 0) {
                    i = nl + 1;
                    event = true;
                } else {
                    lp.lines--; // the slow path counts the line itself
                    i = LineParser.findControl(b, i, end);
                    while (i < end && b[i] != '\n') {
                        byte c = b[i];
                        if (!LineParser.textControl(c)) {
                            throw lp.binary(c, ls, i, ls);
                        }
                        i = LineParser.findControl(b, i + 1, end);
                    }
                    int le = i;
                    if (le - ls > LineParser.MAX_LINE) {
                        throw lp.tooLong(ls);
                    }
                    lp.unterminated = i >= end && raw.last; // the input's last line, without a newline
                    i++; // past the newline (or the end)
                    lp.lines++;
                    if (le > ls && b[le - 1] == '\r') {
                        le--;
                    }
                    event = lp.parseLine(r, b, ls, le, ls);
                }
                if (event) {
                    int id = r.format.id;
                    if (keep[id] || first != null && first[id]) {
                        out.add(r, (int) lp.lines, ls);
                        if (!keep[id]) {
                            first = null;
                        }
                    }
                }
            }
        } catch (TraceFormatException e) {
            out.error = e;
        }
        return out;
    }
}
