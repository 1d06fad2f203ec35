package io.ringside.core.internal.index;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;

import io.ringside.core.index.IndexOptions;
import io.ringside.core.trace.EventType;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.util.AtomicFile;

/**
 * Writes what a fresh build persists: the binary event cache ({@code .rsev}, block by block, each block
 * readable by the {@link BinaryStore} once flushed) and, at the end, the index file ({@code .rsi}, through
 * {@link IndexFile}). The cache goes to the cache folder under a temporary name until committed, or to a
 * temporary file when the folder cannot be written (or the index is not persisted). With the source
 * store ({@link IndexOptions.Store#SOURCE}) only the block table's times and queues are kept and the
 * index file written.
 */
public final class EventCacheWriter {

    /** Tests: wraps the event cache's stream (to make it fail as a full disk would). */
    public static UnaryOperator<OutputStream> cacheStreamHook = o -> o;

    /** Where {@link #commit} left the files: the event cache and the index file, each null when none. */
    public record Written(Path eventFile, Path indexFile) {
    }

    /**
     * Writing the event cache failed (a full disk, an I/O error): the message names the file. Thrown by
     * the cache's stream only, so a reader's error is never taken for one.
     */
    public static final class CacheWriteException extends IOException {
        private static final long serialVersionUID = 1L;

        CacheWriteException(Path file, IOException cause) {
            super(file + ": " + cause.getMessage() + " (writing the index's event cache)", cause);
        }
    }

    private final Identity id;
    private final Path rsi;
    private final Path rsev;
    private final IndexOptions options;
    private final boolean binary;
    private boolean persist;
    private final EventCodec codec = new EventCodec();
    private final EventCodec.Bytes buf = new EventCodec.Bytes(64 * 1024);
    private final CRC32 crc = new CRC32();
    private final long buildId = new SecureRandom().nextLong();
    private AtomicFile cache;
    private OutputStream out;
    private Path readable;
    private long outPos = BinaryStore.HEADER;
    private long maxTime;
    private long queueMask;

    /** {@code rsi}, {@code rsev}: the cache folder's files, or null when not persisting. */
    public EventCacheWriter(Identity id, Path rsi, Path rsev, IndexOptions options) {
        this.id = id;
        this.rsi = rsi;
        this.rsev = rsev;
        this.options = options;
        this.binary = options.store() == IndexOptions.Store.BINARY;
        this.persist = rsev != null;
    }

    /** Whether events are encoded into a binary cache (else the store reads the source). */
    public boolean binary() {
        return binary;
    }

    /** Whether the event cache goes to the cache folder (else to a temporary file). */
    public boolean persist() {
        return persist;
    }

    /** The cache folder's event cache (whether or not it could be written), or null. */
    public Path cacheFile() {
        return rsev;
    }

    /** The file the event cache is written to and read from while building. */
    public Path readable() {
        return readable;
    }

    /** The codec's event-type table (what the store decodes with). */
    public List<EventType> types() {
        return codec.types();
    }

    /**
     * Starts the event cache: the cache folder's file, written under a temporary name until committed,
     * or a temporary file the store deletes on close. Either is readable while it is written.
     */
    public void open(List<String> cacheNotes) throws IOException {
        if (persist) {
            try {
                cache = AtomicFile.create(rsev);
            } catch (IOException e) {
                cacheNotes.add("cannot write the index cache in " + rsev.getParent() + " (" + e.getMessage()
                        + "): using a temporary index");
                persist = false;
            }
        }
        OutputStream raw;
        if (cache != null) {
            readable = cache.temp();
            raw = cache.stream();
        } else {
            readable = AtomicFile.createTemp(Path.of(System.getProperty("java.io.tmpdir")), "ringside", ".rsev");
            try {
                raw = Files.newOutputStream(readable);
            } catch (IOException e) {
                deleteTemporary();
                throw new CacheWriteException(readable, e);
            }
        }
        out = new BufferedOutputStream(new CacheStream(cacheStreamHook.apply(raw), readable), 1 << 16);
        DataOutputStream h = new DataOutputStream(out);
        h.writeInt(BinaryStore.MAGIC);
        h.writeInt(BinaryStore.VERSION);
        h.writeLong(buildId);
    }

    public void startBlock() {
        codec.startBlock();
        buf.clear();
        maxTime = Long.MIN_VALUE;
        queueMask = 0;
    }

    /** One event of the block (per event: no allocation). */
    public void add(TraceEvent e) {
        if (binary) {
            codec.encode(e, buf);
        }
        maxTime = Math.max(maxTime, e.time());
        queueMask |= Blocks.queueBit(e.device(), e.queue());
    }

    /** Writes block {@code b} out (readable by the store once flushed) and closes it in the table. */
    public void closeBlock(Blocks bl, int b) throws IOException {
        bl.maxTime[b] = maxTime;
        bl.queueMask[b] = queueMask;
        if (binary) {
            crc.reset();
            crc.update(buf.buf, 0, buf.size());
            bl.binOff[b] = outPos;
            bl.binLen[b] = buf.size();
            bl.crc[b] = (int) crc.getValue();
            out.write(buf.buf, 0, buf.size());
            out.flush();
            outPos += buf.size();
        }
        bl.closed(b);
    }

    /**
     * Commits the event cache and writes the index file (when persisting). An index file that cannot be
     * saved adds a line to {@code cacheWarnings} (the index works without it).
     */
    public Written commit(TraceHeader header, long count, int blockEvents, Blocks blocks, List<String> warnings,
            List<String> cacheWarnings) throws IOException {
        if (!binary) {
            return new Written(null, writeIndex(header, count, blockEvents, blocks, warnings, cacheWarnings));
        }
        if (!persist) {
            out.close();
            return new Written(readable, null);
        }
        out.flush();
        try {
            cache.commit();
        } catch (IOException x) {
            throw new CacheWriteException(rsev, x);
        }
        return new Written(rsev, writeIndex(header, count, blockEvents, blocks, warnings, cacheWarnings));
    }

    private Path writeIndex(TraceHeader header, long count, int blockEvents, Blocks blocks, List<String> warnings,
            List<String> cacheWarnings) {
        if (rsi == null || !options.persist()) {
            return null;
        }
        try {
            IndexFile.write(rsi, id, header, codec.types(), count, blockEvents, blocks, warnings, binary, buildId, outPos);
            String key = rsi.getFileName().toString();
            CacheTrim.trim(rsi.getParent(), options.cacheMaxBytes(), key.substring(0, key.length() - 4));
            return rsi;
        } catch (IOException ex) {
            cacheWarnings.add("could not save the index to " + rsi + ": " + ex.getMessage());
            return null;
        }
    }

    /** Drops an unfinished event cache (a temporary one is deleted by the store on close). */
    public void discard() {
        if (cache != null) {
            cache.discard(); // readers keep reading what was published: the open file outlives its name
        } else if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // the file goes anyway
            }
        }
    }

    /** Deletes the temporary event cache when no store took it over (the store deletes it on close). */
    public void deleteTemporary() {
        if (cache == null && readable != null) {
            try {
                Files.deleteIfExists(readable);
            } catch (IOException ignored) {
                // deleted at exit
            }
            AtomicFile.forget(readable);
        }
    }

    /** The event cache's stream: its write errors become {@link CacheWriteException}s naming the file. */
    private static final class CacheStream extends FilterOutputStream {
        private final Path file;

        CacheStream(OutputStream out, Path file) {
            super(out);
            this.file = file;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw new CacheWriteException(file, e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw new CacheWriteException(file, e);
            }
        }
    }
}
