package io.ringside.core.internal.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongSupplier;

import io.ringside.core.trace.EventRegistry;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceReader;

/**
 * Events read straight from an uncompressed {@code .rstrace}, reopened at the byte offset and line of
 * the block holding the wanted event ({@link TraceReader#openAt}).
 */
public final class SourceStore implements EventStore {

    private final Path file;
    private final TraceHeader header;
    private final EventRegistry registry;
    private final Blocks blocks;
    private final LongSupplier published;
    private final int blockEvents;

    /** @param published the events readable (the index's published count, which grows while it is built) */
    public SourceStore(Path file, TraceHeader header, EventRegistry registry, Blocks blocks, LongSupplier published,
            int blockEvents) {
        this.file = file;
        this.header = header;
        this.registry = registry;
        this.blocks = blocks;
        this.published = published;
        this.blockEvents = blockEvents;
    }

    @Override
    public Reader open(long seq) throws IOException {
        return open(seq, published);
    }

    @Override
    public Reader open(long seq, long limit) throws IOException {
        return open(seq, () -> limit);
    }

    private Reader open(long seq, LongSupplier limit) throws IOException {
        long count = limit.getAsLong();
        if (seq < 0 || seq > count) {
            throw new IllegalArgumentException("event " + seq + " outside 0.." + count);
        }
        int b = (int) Math.min(seq / blockEvents, (count + blockEvents - 1) / blockEvents - 1);
        if (b < 0) {
            return new Reader() {
                @Override
                public boolean next(TraceEvent e) {
                    return false;
                }

                @Override
                public long nextSeq() {
                    return 0;
                }

                @Override
                public void close() {
                }
            };
        }
        long first = (long) b * blockEvents;
        TraceReader r = TraceReader.openAt(file, header, registry, blocks.srcOff[b], first, blocks.srcLine[b]);
        SourceReader sr = new SourceReader(r, first, limit);
        TraceEvent scratch = new TraceEvent();
        while (sr.nextSeq() < seq && sr.next(scratch)) {
            // skip to the wanted event
        }
        return sr;
    }

    @Override
    public void close() {
    }

    private final class SourceReader implements Reader {
        private final TraceReader r;
        private final LongSupplier limit;
        private long next;

        SourceReader(TraceReader r, long first, LongSupplier limit) {
            this.r = r;
            this.next = first;
            this.limit = limit;
        }

        @Override
        public boolean next(TraceEvent e) throws IOException {
            if (next >= limit.getAsLong() || !r.next(e)) {
                return false;
            }
            if (e.seq() != next) {
                throw new IndexCorruptException(file + ": event " + e.seq() + " where the index expected " + next);
            }
            next++;
            return true;
        }

        @Override
        public long nextSeq() {
            return next;
        }

        @Override
        public void close() throws IOException {
            r.close();
        }
    }
}
