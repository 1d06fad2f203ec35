package io.ringside.core.internal.index;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.ringside.core.trace.EventType;
import io.ringside.core.trace.TraceEvent;

/**
 * The compact binary form of events in the event cache ({@code docs/index-format.md}). Each block of
 * events is encoded independently (deltas restart at 0), so any block decodes on its own. Per event:
 * <pre>
 *   varint  type index &lt;&lt; 3 | hasNote &lt;&lt; 2 | hasQueue &lt;&lt; 1 | hasDevice
 *   zigzag  time - previous time
 *   varint  device        (if hasDevice)
 *   varint  queue         (if hasQueue)
 *   varint  present mask, then one unsigned varint per present field slot
 *   zigzag  line - previous line - 1
 *   zigzag  offset - previous offset
 *   varint  note length, UTF-8 bytes (if hasNote)
 * </pre>
 * The type index refers to the type table kept in the index file (names, so the table survives a
 * build whose enums are ordered differently). Not thread-safe: one codec per reader or writer.
 */
public final class EventCodec {

    private final List<EventType> types;
    private final Map<EventType, Integer> indexOf = new HashMap<>();
    private EventType lastType;
    private int lastIndex;

    // delta state of the block being encoded or decoded
    private long prevTime;
    private long prevLine;
    private long prevOffset;

    /**
     * A codec that assigns type indices as types appear (index building). Its table is safe to read from
     * other threads: readers of a growing index decode with it.
     */
    EventCodec() {
        this.types = new CopyOnWriteArrayList<>();
    }

    /**
     * A codec that decodes with a type table: a table read from an index file, or the table of a codec
     * still building (shared, not copied: it grows before any block that uses a new type is published).
     */
    EventCodec(List<EventType> types) {
        this.types = types;
    }

    /** The type table: index to type. */
    List<EventType> types() {
        return types;
    }

    /** Starts a new block: deltas restart. */
    void startBlock() {
        prevTime = 0;
        prevLine = 0;
        prevOffset = 0;
    }

    private int typeIndex(EventType t) {
        if (t == lastType) {
            return lastIndex;
        }
        Integer i = indexOf.get(t);
        if (i == null) {
            i = types.size();
            types.add(t);
            indexOf.put(t, i);
        }
        lastType = t;
        lastIndex = i;
        return i;
    }

    /** Appends one event to {@code out}. */
    void encode(TraceEvent e, Bytes out) {
        int ti = typeIndex(e.type());
        int flags = (e.device() != TraceEvent.NONE ? 1 : 0) | (e.queue() != TraceEvent.NONE ? 2 : 0)
                | (e.note() != null ? 4 : 0);
        out.varint((long) ti << 3 | flags);
        out.varint(zig(e.time() - prevTime));
        prevTime = e.time();
        if ((flags & 1) != 0) {
            out.varint(e.device());
        }
        if ((flags & 2) != 0) {
            out.varint(e.queue());
        }
        int mask = e.presentMask();
        out.varint(mask);
        for (int m = mask; m != 0; m &= m - 1) {
            out.varint(e.get(Integer.numberOfTrailingZeros(m)));
        }
        out.varint(zig(e.line() - prevLine - 1));
        prevLine = e.line();
        out.varint(zig(e.offset() - prevOffset));
        prevOffset = e.offset();
        if ((flags & 4) != 0) {
            byte[] b = e.note().getBytes(StandardCharsets.UTF_8);
            out.varint(b.length);
            out.bytes(b, 0, b.length);
        }
    }

    /**
     * Decodes one event at {@code in}'s position into {@code e}.
     *
     * @throws IndexCorruptException on bytes that cannot be an event
     */
    void decode(Bytes in, long seq, TraceEvent e) throws IndexCorruptException {
        long head = in.readVarint();
        long ti = head >>> 3;
        if (ti >= types.size()) {
            throw new IndexCorruptException("event " + seq + ": type index " + ti + " out of range");
        }
        int flags = (int) head & 7;
        e.reset(types.get((int) ti));
        long time = prevTime + unzig(in.readVarint());
        prevTime = time;
        e.seq(seq).time(time);
        if ((flags & 1) != 0) {
            e.device((int) in.readVarint());
        }
        if ((flags & 2) != 0) {
            e.queue((int) in.readVarint());
        }
        long mask = in.readVarint();
        if (mask >>> TraceEvent.MAX_FIELDS != 0) {
            throw new IndexCorruptException("event " + seq + ": field mask 0x" + Long.toHexString(mask));
        }
        for (long m = mask; m != 0; m &= m - 1) {
            e.set(Long.numberOfTrailingZeros(m), in.readVarint());
        }
        long line = prevLine + 1 + unzig(in.readVarint());
        long offset = prevOffset + unzig(in.readVarint());
        prevLine = line;
        prevOffset = offset;
        e.position(line, offset);
        if ((flags & 4) != 0) {
            long len = in.readVarint();
            if (len < 0 || len > in.remaining()) {
                throw new IndexCorruptException("event " + seq + ": note length " + len);
            }
            e.note(in.readString((int) len));
        }
    }

    static long zig(long v) {
        return (v << 1) ^ (v >> 63);
    }

    static long unzig(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    /** A growable byte buffer with varint helpers; also a cursor for decoding. */
    static final class Bytes {
        byte[] buf;
        int pos;
        int limit;

        Bytes(int capacity) {
            buf = new byte[capacity];
        }

        void clear() {
            pos = 0;
            limit = 0;
        }

        int size() {
            return pos;
        }

        int remaining() {
            return limit - pos;
        }

        private void ensure(int n) {
            if (pos + n > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
            }
        }

        void varint(long v) {
            ensure(10);
            byte[] b = buf;
            int p = pos;
            while ((v & ~0x7FL) != 0) {
                b[p++] = (byte) (v | 0x80);
                v >>>= 7;
            }
            b[p++] = (byte) v;
            pos = p;
        }

        void bytes(byte[] src, int off, int len) {
            ensure(len);
            System.arraycopy(src, off, buf, pos, len);
            pos += len;
        }

        /** Prepares to read {@code len} bytes from the start. */
        void readFrom(int len) {
            pos = 0;
            limit = len;
        }

        long readVarint() throws IndexCorruptException {
            byte[] b = buf;
            int p = pos;
            long v = 0;
            for (int shift = 0; shift < 70; shift += 7) {
                if (p >= limit) {
                    throw new IndexCorruptException("truncated block");
                }
                byte x = b[p++];
                v |= (long) (x & 0x7f) << shift;
                if (x >= 0) {
                    pos = p;
                    return v;
                }
            }
            throw new IndexCorruptException("varint longer than 10 bytes");
        }

        String readString(int len) {
            String s = new String(buf, pos, len, StandardCharsets.UTF_8);
            pos += len;
            return s;
        }
    }
}
