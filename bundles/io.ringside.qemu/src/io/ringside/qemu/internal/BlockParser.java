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

        Raw(byte[] data, int length, long offset, int index) {
            this.data = data;
            this.length = length;
            this.offset = offset;
            this.index = index;
        }
    }

    /** A parsed block: its counts and the records of the kept events, in line order, column by column. */
    static final class Parsed {
        final int index;
        final long offset;
        final int length;
        LineParser counts;
        /** The first error of the block, with its block-relative line and offset, or null. */
        TraceFormatException error;
        int n;
        int[] ids;
        int[] lines; // block-relative, 1-based
        int[] offsets; // block-relative
        long[] times;
        long[] nums; // arguments of record i at numAt[i] .. numAt[i] + arity
        int[] numAt;
        int numLen;

        Parsed(int index, long offset, int length) {
            this.index = index;
            this.offset = offset;
            this.length = length;
        }

        /** Heap bytes the records hold (for the retention budget). */
        long recordBytes() {
            return 64L + (ids == null ? 0 : 20L * ids.length + 8L * nums.length);
        }

        /** Drops the records (keeps the counts). */
        void dropRecords() {
            ids = lines = offsets = numAt = null;
            times = nums = null;
        }

        boolean hasRecords() {
            return ids != null;
        }

        private void add(LogRecord r, int lineRel, int offRel) {
            if (n == ids.length) {
                int cap = n * 2;
                ids = Arrays.copyOf(ids, cap);
                lines = Arrays.copyOf(lines, cap);
                offsets = Arrays.copyOf(offsets, cap);
                times = Arrays.copyOf(times, cap);
                numAt = Arrays.copyOf(numAt, cap);
            }
            int ar = r.format.arity();
            if (numLen + ar > nums.length) {
                nums = Arrays.copyOf(nums, Math.max(nums.length * 2, numLen + ar));
            }
            ids[n] = r.format.id;
            lines[n] = lineRel;
            offsets[n] = offRel;
            times[n] = r.timeNs;
            numAt[n] = numLen;
            System.arraycopy(r.nums, 0, nums, numLen, ar);
            numLen += ar;
            n++;
        }

        /** Fills {@code r} with record {@code i}, with the block's absolute line base and offset. */
        void load(int i, LogRecord r, EventTable table, long lineBase) {
            EventFormat f = table.format(ids[i]);
            r.format = f;
            r.timeNs = times[i];
            r.tid = -1; // not kept: no consumer reads it
            r.line = lineBase + lines[i];
            r.offset = offset + offsets[i];
            r.numSrc = nums;
            r.numBase = numAt[i];
            r.buf = null;
        }
    }

    /** Parses all of a block's bytes, see {@link #parse(Raw, int, int, String, boolean, boolean[], boolean[])}. */
    static Parsed parse(Raw raw, String name, boolean lenient, boolean[] parseOnly, boolean[] keep) {
        return parse(raw, 0, raw.length, name, lenient, parseOnly, keep);
    }

    /**
     * Parses the lines of a block that start in {@code data[from, ownEnd)} (a line may run on to
     * {@code raw.length}). Errors (binary content, over-long lines, bad arguments when not lenient) end
     * the block and are kept in the result with block-relative positions, for the merge to report in order.
     *
     * @param from the start of a line
     * @param keep ids of the events whose records are kept; the others are only counted
     */
    static Parsed parse(Raw raw, int from, int ownEnd, String name, boolean lenient, boolean[] parseOnly,
            boolean[] keep) {
        Parsed out = new Parsed(raw.index, raw.offset, raw.length);
        LineParser lp = new LineParser(name, lenient, ParallelLog.BLOCK_NAMES);
        lp.parseOnly = parseOnly;
        out.counts = lp;
        int est = Math.max(16, (ownEnd - from) / 96);
        out.ids = new int[est];
        out.lines = new int[est];
        out.offsets = new int[est];
        out.times = new long[est];
        out.numAt = new int[est];
        out.nums = new long[est * 3];
        LogRecord r = new LogRecord();
        byte[] b = raw.data;
        int end = raw.length;
        int i = from;
        try {
            while (i < ownEnd) {
                int ls = i;
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
                i++; // past the newline (or the end)
                lp.lines++;
                if (le > ls && b[le - 1] == '\r') {
                    le--;
                }
                if (lp.parseLine(r, b, ls, le, ls) && keep[r.format.id]) {
                    out.add(r, (int) lp.lines, ls);
                }
            }
        } catch (TraceFormatException e) {
            out.error = e;
        }
        return out;
    }
}
