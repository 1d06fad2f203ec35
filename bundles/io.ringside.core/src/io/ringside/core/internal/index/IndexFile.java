package io.ringside.core.internal.index;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

import io.ringside.core.trace.EventRegistry;
import io.ringside.core.trace.EventType;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.util.AtomicFile;

/**
 * The cached index file ({@code .rsi}, see {@code docs/index-format.md}): the trace's identity, the
 * header, the event-type table, the block table and the reader's warnings, with a CRC-32 over all. What
 * {@link io.ringside.core.index.TraceIndex} writes after a build and reads back, checked, before trusting a cache.
 */
public final class IndexFile {

    static final int MAGIC = 0x52534958; // "RSIX"
    static final int VERSION = 1;

    /** What a valid cached index holds. */
    public record Cached(TraceHeader header, List<EventType> types, long count, int blockEvents, Blocks blocks,
            List<String> warnings, boolean binary, long buildId, long eventBytes) {
    }

    /** The cached index is for another trace, another tool version or other event types. */
    public static final class StaleIndexException extends IOException {
        private static final long serialVersionUID = 1L;

        StaleIndexException(String message) {
            super(message);
        }
    }

    private IndexFile() {
    }

    static void write(Path rsi, Identity id, TraceHeader header, List<EventType> types, long count, int blockEvents,
            Blocks b, List<String> warnings, boolean binary, long buildId, long eventBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024 + b.count * 64);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        id.write(out);
        out.writeBoolean(binary);
        out.writeLong(buildId);
        out.writeLong(binary ? eventBytes : 0);
        HeaderCodec.write(out, header);
        out.writeInt(types.size());
        for (EventType t : types) {
            HeaderCodec.writeString(out, t.id());
            HeaderCodec.writeString(out, String.join(",", t.fields()));
        }
        out.writeLong(count);
        out.writeInt(blockEvents);
        out.writeInt(b.count);
        for (int i = 0; i < b.count; i++) {
            out.writeLong(b.binOff[i]);
            out.writeInt(b.binLen[i]);
            out.writeInt(b.crc[i]);
            out.writeLong(b.srcOff[i]);
            out.writeLong(b.srcLine[i]);
            out.writeLong(b.firstTime[i]);
            out.writeLong(b.maxTime[i]);
            out.writeLong(b.queueMask[i]);
        }
        List<String> w = warnings.stream().filter(x -> !x.startsWith("index of ")).toList();
        out.writeInt(w.size());
        for (String x : w) {
            HeaderCodec.writeString(out, x);
        }
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeInt((int) crc.getValue());
        AtomicFile.write(rsi, bytes.toByteArray());
    }

    /**
     * Reads a cached index and checks it against the trace ({@code id}), the event registry, the event
     * cache ({@code rsev}: size and build id) and the store wanted.
     *
     * @throws StaleIndexException when it is for something else (rebuild), {@link IndexCorruptException}
     *             when it is damaged (rebuild)
     */
    public static Cached read(Path rsi, Path rsev, Identity id, EventRegistry registry, boolean wantBinary)
            throws IOException {
        byte[] all = Files.readAllBytes(rsi);
        if (all.length < 12) {
            throw new IndexCorruptException("index file too short");
        }
        CRC32 crc = new CRC32();
        crc.update(all, 0, all.length - 4);
        if ((int) crc.getValue() != ByteBuffer.wrap(all, all.length - 4, 4).getInt()) {
            throw new IndexCorruptException("index file checksum mismatch");
        }
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(all, 0, all.length - 4));
        if (in.readInt() != MAGIC) {
            throw new IndexCorruptException("not a Ringside index file");
        }
        if (in.readInt() != VERSION) {
            throw new StaleIndexException("index format version changed");
        }
        Identity cached = Identity.read(in);
        String why = cached.differs(id);
        if (why != null) {
            throw new StaleIndexException(why);
        }
        boolean binary = in.readBoolean();
        long buildId = in.readLong();
        long eventBytes = in.readLong();
        if (binary != wantBinary) {
            throw new StaleIndexException("cached for another event store");
        }
        TraceHeader header = HeaderCodec.read(in);
        int nt = in.readInt();
        if (nt < 0 || nt > 1 << 16) {
            throw new IndexCorruptException("bad type table");
        }
        List<EventType> types = new ArrayList<>(nt);
        for (int i = 0; i < nt; i++) {
            String tid = HeaderCodec.readString(in);
            String fields = HeaderCodec.readString(in);
            EventType t = registry.lookup(tid);
            if (t == null || !String.join(",", t.fields()).equals(fields)) {
                throw new StaleIndexException("event type " + tid + " changed or unknown");
            }
            types.add(t);
        }
        long count = in.readLong();
        int blockEvents = in.readInt();
        int nb = in.readInt();
        if (count < 0 || blockEvents < 1 || nb < 0 || nb != (count + blockEvents - 1) / blockEvents) {
            throw new IndexCorruptException("bad block table size");
        }
        Blocks bl = new Blocks();
        for (int i = 0; i < nb; i++) {
            int b = bl.add();
            bl.binOff[b] = in.readLong();
            bl.binLen[b] = in.readInt();
            bl.crc[b] = in.readInt();
            bl.srcOff[b] = in.readLong();
            bl.srcLine[b] = in.readLong();
            bl.firstTime[b] = in.readLong();
            bl.maxTime[b] = in.readLong();
            bl.queueMask[b] = in.readLong();
            if (binary && (bl.binLen[b] < 0 || bl.binOff[b] < BinaryStore.HEADER
                    || bl.binOff[b] + bl.binLen[b] > eventBytes)) {
                throw new IndexCorruptException("block " + b + " outside the event cache");
            }
            bl.closed(b);
        }
        int nw = in.readInt();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < nw && i < 1000; i++) {
            warnings.add(HeaderCodec.readString(in));
        }
        if (binary) {
            try (FileChannel ch = FileChannel.open(rsev)) {
                if (ch.size() != eventBytes) {
                    throw new IndexCorruptException("event cache has " + ch.size() + " bytes, expected " + eventBytes);
                }
                if (BinaryStore.readBuildId(ch) != buildId) {
                    throw new StaleIndexException("event cache belongs to another build of the index");
                }
            } catch (NoSuchFileException e) {
                throw new StaleIndexException("event cache missing");
            }
        }
        return new Cached(header, types, count, blockEvents, bl, warnings, binary, buildId, eventBytes);
    }
}
