package io.ringside.core.index;

import java.io.IOException;
import java.util.List;

import io.ringside.core.engine.EngineLimitException;
import io.ringside.core.engine.Replay;
import io.ringside.core.internal.index.Blocks;
import io.ringside.core.internal.index.Checkpoints;
import io.ringside.core.internal.index.EventCacheWriter;
import io.ringside.core.internal.index.EventStore;
import io.ringside.core.internal.index.IndexCorruptException;
import io.ringside.core.internal.index.ViolationTable;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceFormatException;
import io.ringside.core.util.ProgressMonitor;

/**
 * The build's one pass over the events (the producer's side of a {@link TraceIndex}, one thread): each
 * event is replayed and checked on the head state, handed to the {@link EventCacheWriter} and counted in
 * the block table; at each block start a checkpoint is offered and, block by block, the index publishes
 * what is ready. A fresh build reads a source ({@link #read}); an index restored from the cache replays
 * its cached events ({@link #replayCache}) for the checkpoints and violations, which are never saved.
 * Per event it allocates nothing and calls final classes only.
 */
final class ReplayScan {

    private static final int PROGRESS_EVERY = 1 << 14;

    private final TraceIndex index;
    private final Replay head;
    private final Blocks blocks;
    private final int blockEvents;
    private final ViolationTable violations;
    private final Checkpoints checkpoints;
    /** Null when restored from the cache (nothing to write). */
    private final EventCacheWriter writer;
    private long appended;

    ReplayScan(TraceIndex index, Replay head, Blocks blocks, int blockEvents, ViolationTable violations,
            Checkpoints checkpoints, EventCacheWriter writer) {
        this.index = index;
        this.head = head;
        this.blocks = blocks;
        this.blockEvents = blockEvents;
        this.violations = violations;
        this.checkpoints = checkpoints;
        this.writer = writer;
    }

    /** Events appended so far (published or not). */
    long appended() {
        return appended;
    }

    /** The fresh build's loop: every event of the source through {@link #append}, then the index's end. */
    void read(EventSource src, ProgressMonitor pm, long total, String label, List<String> warnings) throws IOException {
        pm.begin("Indexing " + label, total);
        TraceEvent e = new TraceEvent();
        try {
            while (src.next(e)) {
                if (e.seq() != appended) {
                    throw new TraceFormatException(src.name(), e.line(), e.offset(),
                            "event numbered " + e.seq() + " where " + appended + " was expected");
                }
                try {
                    append(e);
                } catch (EngineLimitException x) {
                    throw x.at(src.name(), e);
                }
                if ((appended & (PROGRESS_EVERY - 1)) == 0) {
                    pm.worked(total > 0 ? src.position() : appended);
                    if (pm.isCanceled()) {
                        throw new IndexCanceledException("indexing " + src.name() + " canceled at event " + appended);
                    }
                }
            }
            warnings.addAll(src.warnings());
            index.end();
        } finally {
            pm.done();
        }
    }

    /** The restored index's loop: the {@code count} cached events replayed, then the index's end. */
    void replayCache(EventStore store, long count, ProgressMonitor pm, String label, String name) throws IOException {
        pm.begin("Loading index of " + label, count);
        TraceEvent e = new TraceEvent();
        try (EventStore.Reader r = store.open(0, count)) {
            while (appended < count) {
                if (appended % blockEvents == 0) {
                    blockStart(appended);
                }
                if (!r.next(e)) {
                    throw new IndexCorruptException("event cache ends at event " + appended + " of " + count);
                }
                violations.at(appended);
                head.apply(e, violations);
                appended++;
                if ((appended & (PROGRESS_EVERY - 1)) == 0) {
                    pm.worked(appended);
                    if (pm.isCanceled()) {
                        throw new IndexCanceledException("loading the index of " + name + " canceled at event " + appended);
                    }
                }
            }
            index.end();
        } finally {
            pm.done();
        }
    }

    /** Appends one event of a fresh build (its seq already checked or set). */
    void append(TraceEvent e) throws IOException {
        long n = appended;
        if (n % blockEvents == 0) {
            int b = blocks.add();
            blocks.srcOff[b] = e.offset();
            blocks.srcLine[b] = e.line();
            blocks.firstTime[b] = e.time();
            writer.startBlock();
            blockStart(n);
        }
        writer.add(e);
        violations.at(n);
        head.apply(e, violations);
        appended = n + 1;
        if (appended % blockEvents == 0) {
            writer.closeBlock(blocks, blocks.count - 1);
            index.publish(appended);
        }
    }

    /** At the first event of a block: a checkpoint when due, and (restored) the block before published. */
    private void blockStart(long n) {
        checkpoints.offer(n, head);
        if (writer == null && n > 0) {
            index.publish(n); // restored: the block before is replayed now
        }
    }

    /**
     * The scan's part of the end: the last block closed, the end-of-trace checks run (on a copy: the head
     * stays the state after the last event), the violation table sealed. Returns the number of events.
     */
    long finish() throws IOException {
        long count = appended;
        if (writer != null && count % blockEvents != 0) {
            writer.closeBlock(blocks, blocks.count - 1);
        }
        if (count > 0) {
            Replay last = head.copy();
            violations.at(count - 1);
            last.finish(count - 1, violations);
        }
        violations.seal(count);
        return count;
    }
}
