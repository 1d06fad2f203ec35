package io.ringside.core.internal.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.zip.CRC32;

import io.ringside.core.trace.EventType;
import io.ringside.core.trace.TraceEvent;

/**
 * Events from the binary event cache ({@code .rsev}): positional reads of one block at a time (the file
 * channel is shared, positional reads are thread-safe), each block's CRC-32 checked before decoding.
 */
public final class BinaryStore implements EventStore {

    /** File magic and version of the event cache. */
    static final int MAGIC = 0x52534556; // "RSEV"
    static final int VERSION = 1;
    /** Bytes before the first block: magic, version, build id. */
    static final int HEADER = 16;

    private final Path file;
    private final FileChannel ch;
    private final Blocks blocks;
    private final List<EventType> types;
    private final LongSupplier published;
    private final int blockEvents;
    private final boolean deleteOnClose;

    /**
     * @param types the type table (a building codec's, shared: it grows before the blocks that use it)
     * @param published the events readable (the index's published count, which grows while it is built;
     *            their blocks are written and flushed)
     */
    public BinaryStore(Path file, Blocks blocks, List<EventType> types, LongSupplier published, int blockEvents,
            boolean deleteOnClose) throws IOException {
        this.file = file;
        this.ch = FileChannel.open(file, StandardOpenOption.READ);
        this.blocks = blocks;
        this.types = types;
        this.published = published;
        this.blockEvents = blockEvents;
        this.deleteOnClose = deleteOnClose;
    }

    Path file() {
        return file;
    }

    /** Reads the build id from the file header, checking magic and version. */
    static long readBuildId(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(HEADER);
        while (b.hasRemaining() && ch.read(b, b.position()) > 0) {
            // positional reads until full
        }
        if (b.hasRemaining()) {
            throw new IndexCorruptException("event cache shorter than its header");
        }
        b.flip();
        if (b.getInt() != MAGIC || b.getInt() != VERSION) {
            throw new IndexCorruptException("not a Ringside event cache (magic/version)");
        }
        return b.getLong();
    }

    @Override
    public Reader open(long seq) throws IOException {
        BlockReader r = new BlockReader(published);
        r.seek(seq);
        return r;
    }

    @Override
    public Reader open(long seq, long limit) throws IOException {
        BlockReader r = new BlockReader(() -> limit);
        r.seek(seq);
        return r;
    }

    @Override
    public void close() throws IOException {
        ch.close();
        if (deleteOnClose) {
            java.nio.file.Files.deleteIfExists(file);
            io.ringside.core.util.AtomicFile.forget(file);
        }
    }

    private final class BlockReader implements Reader {
        private final LongSupplier limit;
        private final EventCodec codec = new EventCodec(types);
        private final EventCodec.Bytes buf = new EventCodec.Bytes(64 * 1024);
        private final CRC32 crc = new CRC32();
        private final TraceEvent scratch = new TraceEvent();
        private int block = -1;
        private long next;
        private long blockEnd;

        BlockReader(LongSupplier limit) {
            this.limit = limit;
        }

        void seek(long seq) throws IOException {
            long count = limit.getAsLong();
            if (seq < 0 || seq > count) {
                throw new IllegalArgumentException("event " + seq + " outside 0.." + count);
            }
            int b = (int) (seq / blockEvents);
            if (seq == count) {
                next = count; // at the end (of what is published)
                blockEnd = count;
                return;
            }
            load(b);
            while (next < seq) {
                codec.decode(buf, next++, scratch);
            }
        }

        private void load(int b) throws IOException {
            int len = blocks.binLen[b];
            if (buf.buf.length < len) {
                buf.buf = new byte[Math.max(len, buf.buf.length * 2)];
            }
            ByteBuffer bb = ByteBuffer.wrap(buf.buf, 0, len);
            long off = blocks.binOff[b];
            while (bb.hasRemaining()) {
                int n = ch.read(bb, off + bb.position());
                if (n < 0) {
                    throw new IndexCorruptException("event cache " + file + " truncated in block " + b);
                }
            }
            crc.reset();
            crc.update(buf.buf, 0, len);
            if ((int) crc.getValue() != blocks.crc[b]) {
                throw new IndexCorruptException("event cache " + file + ": checksum mismatch in block " + b);
            }
            buf.readFrom(len);
            codec.startBlock();
            block = b;
            next = (long) b * blockEvents;
            blockEnd = Math.min(limit.getAsLong(), next + blockEvents);
        }

        @Override
        public boolean next(TraceEvent e) throws IOException {
            if (next >= blockEnd) {
                if (next >= limit.getAsLong()) {
                    return false;
                }
                load(block + 1); // blocks are published whole: the one read is complete
            }
            codec.decode(buf, next++, e);
            return true;
        }

        @Override
        public long nextSeq() {
            return next;
        }

        @Override
        public void close() {
            // nothing held but buffers
        }
    }
}
