package io.ringside.qemu.internal;

import java.nio.charset.StandardCharsets;

/**
 * One trace event line of a QEMU log, as {@link LogReader} found it (or as {@link ParallelLog} kept it). Reused from line to line: the
 * string arguments point into the reader's buffer and are valid until the next call.
 */
public final class LogRecord {

    /** The known event, or null for an event name this build does not list. */
    EventFormat format;
    /** Thread id from the {@code pid@sec.usec:} prefix, or -1 when the line has none. */
    long tid = -1;
    /** Time in nanoseconds from the prefix, or -1. */
    long timeNs = -1;
    long line;
    long offset;
    final long[] nums = new long[16];
    /** Where {@link #num} reads: {@link #nums} (parsed lines) or a block's kept records. */
    long[] numSrc = nums;
    int numBase;
    final int[] strStart = new int[16];
    final int[] strEnd = new int[16];
    byte[] buf;
    int nameStart;
    int nameEnd;

    public EventFormat format() {
        return format;
    }

    /** Id of the known event, or -1. */
    public int id() {
        return format == null ? -1 : format.id;
    }

    public long tid() {
        return tid;
    }

    public long timeNs() {
        return timeNs;
    }

    public long line() {
        return line;
    }

    public long offset() {
        return offset;
    }

    /** Numeric argument i (pointers, %u, %d, %x). */
    public long num(int i) {
        return numSrc[numBase + i];
    }

    /** String argument i (allocates); only for records straight from a reader, not from kept records. */
    public String str(int i) {
        return new String(buf, strStart[i], strEnd[i] - strStart[i], StandardCharsets.UTF_8);
    }

    /** The event name (allocates). */
    public String name() {
        return format != null ? format.name : new String(buf, nameStart, nameEnd - nameStart, StandardCharsets.US_ASCII);
    }
}
