package io.ringside.core.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.Extensions;
import io.ringside.core.engine.Replay;
import io.ringside.core.internal.index.Blocks;
import io.ringside.core.internal.index.Checkpoints;
import io.ringside.core.internal.index.EventCacheWriter;
import io.ringside.core.internal.index.EventStore;
import io.ringside.core.internal.index.IndexCorruptException;
import io.ringside.core.internal.index.IndexFile;
import io.ringside.core.internal.index.RandomReads;
import io.ringside.core.internal.index.ViolationTable;
import io.ringside.core.trace.EventSink;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceFormat;
import io.ringside.core.trace.TraceFormatException;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.util.ProgressMonitor;

/**
 * The one timeline of a trace: its events, and the replay state after any of them, for the command line,
 * the editor and the debugger. The events stay in a file (the binary event cache, or the {@code .rstrace}
 * itself); the index holds a block table (where every block of events starts), replay checkpoints every
 * {@link #checkpointInterval()} events (in memory, within a byte budget: when they would outgrow it every
 * other one is dropped and the interval doubles) and the violations the replay found. {@link #cursor()}
 * gives the cursors that move through it; {@link #event}, {@link #stateAfter} and the violation queries
 * answer the debugger's random reads. See {@code docs/index-format.md}.
 * <p>
 * <b>Growing.</b> An index can be read while it is being built: events are published a block at a time
 * (a block is readable, replayed, checkpointed and its violations known), {@link #eventCount()} is what
 * is published so far and {@link #complete()} says when no more will come. {@link #await} waits for an
 * event. So the editor shows and steps through the first blocks while the rest is indexed, and the
 * debugger follows a live run: {@link #live} makes an index that a producer (the emulator) feeds with
 * {@link #accept}, throttled to stay at most {@code lookahead} events ahead of what readers asked for.
 * <p>
 * <b>Building.</b> {@link #open} reads any trace a {@link TraceFormat} opens (.rstrace, .rstrace.gz, a
 * QEMU log), replaying and checking it once, and persists the block table and the event cache in the
 * cache folder ({@link IndexOptions#defaultCacheDir()}). The next {@code open} validates the cached files
 * against the trace (size, modification time, SHA-256 of the first and last 64 KiB, tool version,
 * event-type layout, checksums) and rebuilds them when anything differs; otherwise it re-derives the
 * checkpoints and violations from the binary cache, which is several times faster than parsing.
 * Long-running: call it from a background thread with a {@link ProgressMonitor} (cancelling throws
 * {@link IndexCanceledException} and leaves no partial file); it can hand the index over before reading
 * the events, so that readers use it while it grows.
 * <p>
 * <b>Threads.</b> One thread builds (or feeds) an index; any thread may read it, create cursors and query
 * it meanwhile. Each {@link TraceCursor} is used by one thread at a time (its methods are synchronized so
 * a search in a background job and the UI may share one). {@link #close()} releases the event cache and
 * stops a producer; cursors must not be used after it.
 * <p>
 * <b>Parts.</b> This class is the façade its callers use, and holds what it alone owns: the published
 * count and the growing protocol ({@link #await}, {@link #accept}, {@link #fail}, {@link #close}, on one
 * monitor). The jobs behind it are classes of their own: {@link IndexOpener} (cache or source, the cache
 * folder's names), {@link ReplayScan} (the build's pass), {@link Checkpoints} (the budgeted checkpoints),
 * {@link EventCacheWriter} (the event cache and index file), {@link RandomReads} (the debugger's reads)
 * and {@link TraceCursor}. It stays over 500 lines because its public API is wide (about forty documented
 * methods, most of them one line).
 */
public final class TraceIndex implements Closeable, EventSink {

    // ---- what the index is of (fixed)
    private final String name;
    private final Path source;
    private final TraceHeader header;
    private final DeviceModels models;
    private final CheckOptions checkOptions;
    private final int blockEvents;
    private final Blocks blocks;
    private final EventStore store;
    private final boolean fromCache;
    private final long lookahead;

    // ---- what grows (published by the volatile 'published'; the rest guarded by this)
    private final Checkpoints checkpoints;
    private final ViolationTable violations;
    final List<String> warnings = new CopyOnWriteArrayList<>();
    /** Problems with the cache folder in this run (never saved with the index): {@link #cacheWarnings()}. */
    final List<String> cacheWarnings = new CopyOnWriteArrayList<>();
    private volatile long published;
    private volatile boolean complete;
    private volatile String failure;
    private long demand;
    private boolean closed;
    volatile Path indexFile;
    volatile Path eventFile;

    // ---- the producer's (one thread)
    private final ReplayScan scan;
    /** The event cache and index file being written (null when restored from the cache). */
    private final EventCacheWriter writer;
    private final IndexFile.Cached cached;
    /** How {@link #start} was called (to start again over a damaged cache), or null. */
    IndexOpener.Restart restart;
    EventSource pending;

    private final RandomReads reads;

    TraceIndex(String name, Path source, TraceHeader header, DeviceModels models, CheckOptions check,
            IndexOptions o, int blockEvents, Blocks blocks, IndexOpener.StoreFactory store, EventCacheWriter writer,
            IndexFile.Cached cached, long lookahead) throws IOException {
        this.name = name;
        this.source = source;
        this.header = header;
        this.models = models;
        this.checkOptions = check;
        this.blockEvents = blockEvents;
        this.blocks = blocks;
        this.store = store.make(() -> published);
        this.writer = writer;
        this.cached = cached;
        this.fromCache = cached != null;
        this.lookahead = lookahead;
        Replay head = models.replay(header, check);
        this.checkpoints = new Checkpoints(head, header, o.checkpointBudget(), blockEvents);
        this.violations = new ViolationTable(o.keptViolations(), o.onViolation());
        this.scan = new ReplayScan(this, head, blocks, blockEvents, violations, checkpoints, writer);
        this.reads = new RandomReads(this, blockEvents);
    }

    // ---- opening ------------------------------------------------------------------------------

    /**
     * Opens a trace file through the installed format that reads it ({@link Extensions#probe(Path)}), using
     * the cached index when valid.
     */
    public static TraceIndex open(Path file, DeviceModels models, CheckOptions check, IndexOptions options,
            ProgressMonitor monitor) throws IOException {
        return open(file, Extensions.probe(file), models, check, options, monitor);
    }

    /** As {@link #open(Path, DeviceModels, CheckOptions, IndexOptions, ProgressMonitor)}, among some formats only. */
    public static TraceIndex open(Path file, List<? extends TraceFormat> formats, DeviceModels models,
            CheckOptions check, IndexOptions options, ProgressMonitor monitor) throws IOException {
        return open(file, Extensions.probe(file, formats), models, check, options, monitor);
    }

    /** Opens a trace file with a known format, using the cached index when valid, else building it. */
    public static TraceIndex open(Path file, TraceFormat format, DeviceModels models, CheckOptions check,
            IndexOptions options, ProgressMonitor monitor) throws IOException {
        return start(file, format, models, check, options).build(monitor);
    }

    /**
     * Starts an index of a trace file without reading its events: the header comes from the cached index
     * when it is valid, else from the trace (opened once, for the build to read on). {@link #build} then
     * reads (or re-derives) the events; readers use the index meanwhile (the editor shows the first blocks
     * at once). Close it when it is not built.
     */
    public static TraceIndex start(Path file, TraceFormat format, DeviceModels models, CheckOptions check,
            IndexOptions options) throws IOException {
        return IndexOpener.start(file, format, models, check, options);
    }

    /**
     * Indexes an event source that is not (or not known to be) a file: the event cache goes to a
     * temporary file deleted on {@link #close()}. The caller closes {@code src}.
     */
    public static TraceIndex build(EventSource src, DeviceModels models, CheckOptions check, IndexOptions options,
            ProgressMonitor monitor) throws IOException {
        IndexOptions o = options.withoutPersistence().withStore(IndexOptions.Store.BINARY);
        TraceIndex ix = IndexOpener.fresh(src.name(), null, src.header(), models, check, o, null, null, null, Long.MAX_VALUE);
        try {
            ix.scan.read(src, monitor == null ? ProgressMonitor.NULL : monitor, -1, src.name(), ix.warnings);
            return ix;
        } catch (IOException | RuntimeException e) {
            ix.failed(e);
            throw e;
        }
    }

    /**
     * An index fed event by event by a producer on its own thread ({@link #accept}, then {@link #finish}
     * or {@link #fail}): the debugger over a live emulator run. The producer blocks in {@link #accept}
     * while it is more than {@code lookahead} events ahead of the furthest event a reader asked for
     * ({@link #await}), so a suspended debugger suspends the emulator too ({@link Long#MAX_VALUE}: never).
     */
    public static TraceIndex live(String name, TraceHeader header, DeviceModels models, CheckOptions check,
            IndexOptions options, long lookahead) throws IOException {
        IndexOptions o = options.withoutPersistence().withStore(IndexOptions.Store.BINARY);
        return IndexOpener.fresh(name, null, header, models, check, o, null, null, null, lookahead);
    }

    /**
     * Reads the events of an index made by {@link #start}: re-derives checkpoints and violations from the
     * cached events, or reads, encodes and replays the trace, publishing block by block. Call once, on the
     * thread that builds. Errors end the index ({@link #failure()}), close it and are thrown.
     *
     * @return this index, or, when its cached event cache turned out damaged, a new index of the trace
     *         built afresh (this one is then closed: callers follow the one returned)
     */
    public TraceIndex build(ProgressMonitor monitor) throws IOException {
        ProgressMonitor pm = monitor == null ? ProgressMonitor.NULL : monitor;
        try {
            if (cached != null) {
                scan.replayCache(store, cached.count(), pm, source != null ? source.getFileName().toString() : name, name);
            } else {
                readSource(pm);
            }
            return this;
        } catch (EventCacheWriter.CacheWriteException e) {
            failed(e);
            if (writer == null || !writer.persist()) {
                throw e; // the temporary file failed too: the error names it
            }
            // a full disk (or any write error) under the cache: index again, into a temporary file
            TraceIndex again = start(source, restart.format(), models, checkOptions, restart.options().withoutPersistence());
            again.warnings.addAll(0, restart.notes());
            again.cacheWarnings.add("cannot write the index cache in " + writer.cacheFile().getParent() + " ("
                    + e.getCause().getMessage() + "): using a temporary index");
            return again.build(monitor);
        } catch (IndexCorruptException e) {
            failed(e);
            if (cached == null) {
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            failed(e);
            throw e;
        }
        deleteCached(source, restart.options());
        TraceIndex again = start(source, restart.format(), models, checkOptions, restart.options());
        again.warnings.add("index of " + source.getFileName() + " rebuilt: " + failure);
        return again.build(monitor);
    }

    private void readSource(ProgressMonitor pm) throws IOException {
        EventSource src = pending;
        pending = null;
        if (src == null) {
            throw new IllegalStateException("this index is not waiting to be built");
        }
        try (src) {
            long total = source != null && !IndexOpener.isGzip(source) ? Files.size(source) : -1;
            String label = source != null ? source.getFileName().toString() : src.name();
            if (Runtime.getRuntime().availableProcessors() < 2) {
                scan.read(src, pm, total, label, warnings);
            } else {
                // parse on a second core while this one encodes, replays and checks
                try (PrefetchSource pre = new PrefetchSource(src)) {
                    scan.read(pre, pm, total, label, warnings);
                }
            }
        }
    }

    // ---- feeding (fresh builds and live producers) --------------------------------------------

    /**
     * Appends one event (live: its seq is set to the next number). Blocks a live producer that is too far
     * ahead of the readers; throws {@link IOException} when the index was closed meanwhile (the debug
     * session ended), which stops the producer.
     */
    @Override
    public void accept(TraceEvent e) throws IOException {
        if (lookahead != Long.MAX_VALUE) {
            synchronized (this) {
                while (!closed && scan.appended() > demand + lookahead) {
                    try {
                        wait(200);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted");
                    }
                }
            }
        }
        if (closed) {
            throw new IOException("the session of " + name + " ended");
        }
        if (complete) {
            throw new IllegalStateException("index already complete");
        }
        e.seq(scan.appended());
        scan.append(e);
    }

    /** No more events: the end-of-trace checks run, the last block is published, readers wake. */
    public void finish() throws IOException {
        try {
            end();
        } catch (IOException | RuntimeException ex) {
            fail(reason(ex));
            throw ex;
        }
    }

    /** A build failed: the index ends with the reason and is closed. */
    private void failed(Exception ex) throws IOException {
        fail(reason(ex));
        close();
    }

    private static String reason(Exception ex) {
        return ex.getMessage() == null ? ex.toString() : ex.getMessage();
    }

    /** Ends the index early with a reason (read error, producer failure, cancel); what was published stays. */
    public void fail(String reason) {
        if (writer != null) {
            writer.discard();
        }
        synchronized (this) {
            if (!complete) {
                failure = reason;
                complete = true;
                notifyAll();
            }
        }
    }

    /** Events up to {@code n} are readable, replayed and checked: readers waiting for them wake. */
    synchronized void publish(long n) {
        published = n;
        notifyAll();
    }

    /** The end (of a build, or of a live feed): the scan's end, the files committed, the index complete. */
    void end() throws IOException {
        if (complete) {
            return;
        }
        long count = scan.finish();
        if (writer != null) {
            EventCacheWriter.Written w = writer.commit(header, count, blockEvents, blocks, warnings, cacheWarnings);
            if (w.eventFile() != null) {
                eventFile = w.eventFile();
            }
            if (w.indexFile() != null) {
                indexFile = w.indexFile();
            }
        }
        synchronized (this) {
            published = count;
            complete = true;
            notifyAll();
        }
    }

    /** Estimated bytes of one checkpoint (engine state) of a trace with this header. */
    static long estimateStateBytes(TraceHeader h) {
        return Checkpoints.estimateStateBytes(h);
    }

    /** Deletes the cached index of a trace, if any; returns whether something was deleted. */
    public static boolean deleteCached(Path file, IndexOptions options) throws IOException {
        String key = IndexOpener.cacheKey(file);
        boolean a = Files.deleteIfExists(options.cacheDir().resolve(key + ".rsi"));
        boolean b = Files.deleteIfExists(options.cacheDir().resolve(key + ".rsev"));
        return a | b;
    }

    /** The index file a trace's index is cached in (whether or not it exists yet). */
    public static Path cachedIndexFile(Path file, IndexOptions options) {
        return options.cacheDir().resolve(IndexOpener.cacheKey(file) + ".rsi");
    }

    // ---- what the index is ---------------------------------------------------------------------

    /** The trace's name for messages (usually its path). */
    public String name() {
        return name;
    }

    /** The trace file, or null when built from a stream or fed live. */
    public Path source() {
        return source;
    }

    public TraceHeader header() {
        return header;
    }

    public DeviceModels models() {
        return models;
    }

    public CheckOptions checkOptions() {
        return checkOptions;
    }

    /** Events published: readable, replayed and checked (all of them once {@link #complete()}). */
    public long eventCount() {
        return published;
    }

    /** Whether no event will be added any more (built, fed to the end, failed or closed). */
    public boolean complete() {
        return complete;
    }

    /** Why the index ended early (a read error, a producer's failure, a cancel), or null. */
    public String failure() {
        return failure;
    }

    /**
     * Waits until event {@code seq} is published or the index is complete, at most {@code timeoutMillis}
     * (0: do not wait). A live producer is allowed to run up to that event. Returns whether it exists.
     */
    public boolean await(long seq, long timeoutMillis) throws InterruptedException {
        long end = System.nanoTime() + timeoutMillis * 1_000_000L;
        synchronized (this) {
            if (seq > demand) {
                demand = seq;
                notifyAll();
            }
            while (seq >= published && !complete && !closed) {
                long left = (end - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return false;
                }
                wait(Math.min(left, 200));
            }
            return seq < published;
        }
    }

    /** Events between two checkpoints (a seek replays fewer than this many events, plus a block's skip). */
    public long checkpointInterval() {
        return checkpoints.interval();
    }

    public int checkpointCount() {
        return checkpoints.count();
    }

    /** Estimated bytes of one engine state (what a checkpoint costs). */
    public long stateBytes() {
        return checkpoints.stateBytes();
    }

    /** Events per block of the block table. */
    public int blockEvents() {
        return blockEvents;
    }

    /** Whether this index was loaded from the cache rather than built from the trace. */
    public boolean fromCache() {
        return fromCache;
    }

    /** The cached index file, or null when not persisted (or not yet written). */
    public Path indexFile() {
        return indexFile;
    }

    /** The binary event cache, or null when events are read from the source (or while building). */
    public Path eventFile() {
        return eventFile;
    }

    /** Warnings of the reader (unknown events, foreign lines) and of indexing (cache rebuilt, not saved). */
    public List<String> warnings() {
        List<String> all = new ArrayList<>(warnings);
        all.addAll(cacheWarnings);
        return List.copyOf(all);
    }

    /**
     * The warnings about the cache folder in this run: it could not be written (read-only, full) and a
     * temporary index serves instead, or the index could not be saved. Part of {@link #warnings()}; the
     * command line prints these.
     */
    public List<String> cacheWarnings() {
        return List.copyOf(cacheWarnings);
    }

    /** Violations found so far (in the whole trace once complete, end-of-trace checks included). */
    public long violationCount() {
        return violations.total();
    }

    public long errorCount() {
        return violations.errors();
    }

    /**
     * The first violations with their messages, in event order (at most
     * {@link IndexOptions#keptViolations()}; see {@link TraceCursor#violations(long, long, int)} for any range).
     */
    public List<Violation> firstViolations() {
        return violations.kept();
    }

    /** Approximate heap held by this index: checkpoints, block table, violations. */
    public long memoryBytes() {
        return checkpoints.bytes() + blocks.bytes() + violations.bytes() + (long) blockEvents * 160;
    }

    /** A new cursor before the first event. */
    public TraceCursor cursor() {
        return new TraceCursor(this);
    }

    // ---- the timeline's random reads (the debugger) -------------------------------------------

    /**
     * Reads the events from {@code seq} on as they are stored, without replaying them (no state): for
     * tables of events and scans that look at events only (the debugger's event breakpoints, reading
     * backwards block by block). The reader is not thread-safe; close it.
     *
     * @throws IllegalArgumentException when {@code seq} is outside {@code 0 .. eventCount()}
     */
    public EventReader events(long seq) throws IOException {
        long count = published;
        if (seq < 0 || seq > count) {
            throw new IllegalArgumentException("event " + seq + " is outside the trace (events 0.." + (count - 1) + ")");
        }
        return new EventReader(store.open(seq));
    }

    /**
     * Fills {@code into} with event {@code seq} (0 &lt;= seq &lt; {@link #eventCount()}) and returns it.
     * Events are read a block at a time into a small cache, so scans in either direction decode each
     * block once. Thread-safe.
     */
    public TraceEvent event(long seq, TraceEvent into) {
        return reads.event(seq, into);
    }

    /** A new, independent replay state after event {@code seq} ({@code -1}: before the first event). */
    public Replay stateAfter(long seq) {
        return reads.stateAfter(seq);
    }

    /** The violations applying event {@code seq} reported (at the last event also the end-of-trace checks). */
    public List<Violation> violations(long seq) {
        return reads.violations(seq);
    }

    /** The first event after {@code seq} with a violation, or -1. */
    public long nextViolation(long seq) {
        return reads.nextViolation(seq);
    }

    /** The last event before {@code seq} with a violation, or -1. */
    public long previousViolation(long seq) {
        return reads.previousViolation(seq);
    }

    /** A sequential reader of an index's events (see {@link TraceIndex#events(long)}). */
    public static final class EventReader implements Closeable {
        private final EventStore.Reader reader;

        EventReader(EventStore.Reader reader) {
            this.reader = reader;
        }

        /** Fills {@code e} with the next event (its seq set); false after the last one published. */
        public boolean next(TraceEvent e) throws IOException {
            return reader.next(e);
        }

        /** Number of the event the next call of {@link #next} reads. */
        public long nextSeq() {
            return reader.nextSeq();
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    // ---- for the cursor ------------------------------------------------------------------------

    EventStore store() {
        return store;
    }

    Blocks blocks() {
        return blocks;
    }

    ViolationTable violationTable() {
        return violations;
    }

    Checkpoints checkpoints() {
        return checkpoints;
    }

    /** A reader whose next event is {@code seq}; IO failures become unchecked (cursor API). */
    EventStore.Reader reader(long seq) {
        try {
            return store.open(seq);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Releases the event cache, stops a producer (its next {@link #accept} fails) and wakes waiting readers. */
    @Override
    public void close() throws IOException {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        if (pending != null) {
            pending.close();
            pending = null;
        }
        reads.close();
        if (!complete && writer != null) {
            writer.discard();
        }
        store.close();
    }

    @Override
    public String toString() {
        return "TraceIndex[" + name + ", " + published + " events" + (complete ? "" : "+") + ", " + checkpointCount()
                + " checkpoints every " + checkpointInterval() + ", " + violations.total() + " violations]";
    }
}
