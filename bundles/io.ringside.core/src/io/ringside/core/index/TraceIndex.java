package io.ringside.core.index;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import java.util.zip.CRC32;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.EngineLimitException;
import io.ringside.core.engine.Extensions;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.EventSink;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceFormat;
import io.ringside.core.trace.TraceFormatException;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.util.AtomicFile;
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
 */
public final class TraceIndex implements Closeable, EventSink {

    /** Bytes hashed at the start and at the end of the trace to recognise it. */
    static final int HASHED = 64 * 1024;
    private static final int PROGRESS_EVERY = 1 << 14;
    /** Violations the table remembers by event number (ViolationTable.MAX_EVENTS); beyond, queries replay. */
    static final long REMEMBERED_VIOLATIONS = 1L << 21;

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
    private final long checkpointBudget;
    private final long maxCheckpoints;

    // ---- what grows (published by the volatile 'published'; the rest guarded by this)
    private final List<Replay> checkpoints = new ArrayList<>();
    private long interval;
    private final long estimatedBytes;
    private long observedBytes;
    private final ViolationTable violations;
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    /** Problems with the cache folder in this run (never saved with the index): {@link #cacheWarnings()}. */
    private final List<String> cacheWarnings = new CopyOnWriteArrayList<>();
    private volatile long published;
    private volatile boolean complete;
    private volatile String failure;
    private long demand;
    private boolean closed;
    private volatile Path indexFile;
    private volatile Path eventFile;

    // ---- the producer's (one thread)
    private final Replay head;
    private final Builder builder;
    private final IndexFile.Cached cached;
    /** How {@link #start} was called (to start again over a damaged cache), or null. */
    private Restart restart;
    private EventSource pending;
    private long appended;

    // ---- random reads (the debugger's), each part under its own lock
    private final Object eventLock = new Object();
    private final Object stateLock = new Object();
    private final Object violationLock = new Object();
    private TraceEvent[] cache; // a block of events, made at the first random read
    private long cacheStart = -1;
    private int cacheLen;
    private EventReader cacheReader;
    private TraceCursor stateCursor;
    private TraceCursor violationCursor;
    private long violationBlock = -1;
    private final Map<Long, List<Violation>> blockViolations = new HashMap<>();

    /** How {@link #start} was called, and the notes it made (kept when it starts again). */
    private record Restart(TraceFormat format, IndexOptions options, List<String> notes) {
    }

    /** Makes the event store over the index's published count. */
    @FunctionalInterface
    private interface StoreFactory {
        EventStore make(LongSupplier published) throws IOException;
    }

    private TraceIndex(String name, Path source, TraceHeader header, DeviceModels models, CheckOptions check,
            IndexOptions o, int blockEvents, Blocks blocks, StoreFactory store, Builder builder, IndexFile.Cached cached,
            long lookahead) throws IOException {
        this.name = name;
        this.source = source;
        this.header = header;
        this.models = models;
        this.checkOptions = check;
        this.blockEvents = blockEvents;
        this.blocks = blocks;
        this.store = store.make(() -> published);
        this.builder = builder;
        this.cached = cached;
        this.fromCache = cached != null;
        this.lookahead = lookahead;
        this.head = models.replay(header, check);
        this.estimatedBytes = estimateStateBytes(header);
        this.observedBytes = estimatedBytes;
        this.checkpointBudget = o.checkpointBudget();
        this.maxCheckpoints = Math.max(minCheckpoints(estimatedBytes), o.checkpointBudget() / estimatedBytes);
        this.interval = blockEvents;
        this.violations = new ViolationTable(o.keptViolations(), o.onViolation());
        this.checkpoints.add(head.copy()); // the state before the first event
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
        if (!Files.isRegularFile(file)) {
            throw new TraceFormatException(file.toString(), 0, -1, "no such file");
        }
        Identity id = Identity.of(file, format, options.openOptions());
        boolean binary = options.store() == IndexOptions.Store.BINARY;
        List<String> notes = new ArrayList<>();
        Path rsi = null;
        Path rsev = null;
        if (options.persist()) {
            String key = cacheKey(file);
            rsi = options.cacheDir().resolve(key + ".rsi");
            rsev = options.cacheDir().resolve(key + ".rsev");
            if (Files.exists(rsi)) {
                try {
                    IndexFile.Cached c = IndexFile.read(rsi, rsev, id, models.registry(), binary);
                    TraceIndex ix = restored(file, c, rsi, rsev, models, check, options);
                    ix.restart = new Restart(format, options, List.copyOf(notes));
                    try { // used now: the last to go when the cache folder is trimmed
                        Files.setLastModifiedTime(rsi, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
                    } catch (IOException ignored) {
                        // a read-only cache still works
                    }
                    return ix;
                } catch (IndexFile.StaleIndexException | IndexCorruptException e) {
                    notes.add("index of " + file.getFileName() + " rebuilt: " + e.getMessage());
                } catch (IOException | RuntimeException e) {
                    notes.add("index of " + file.getFileName() + " rebuilt: " + e);
                }
            }
        }
        if (!binary && !"rstrace".equals(format.name())) {
            throw new IllegalArgumentException("reading events from the source needs an .rstrace file, not "
                    + format.name());
        }
        if (!binary && isGzip(file)) {
            throw new IllegalArgumentException("reading events from the source needs an uncompressed .rstrace");
        }
        EventSource src = format.open(file, models, options.openOptions());
        try {
            TraceIndex ix = fresh(src.name(), file, src.header(), models, check, options, id, rsi, rsev, Long.MAX_VALUE);
            ix.warnings.addAll(notes);
            ix.restart = new Restart(format, options, List.copyOf(notes));
            ix.pending = src;
            return ix;
        } catch (IOException | RuntimeException e) {
            src.close();
            throw e;
        }
    }

    /**
     * Indexes an event source that is not (or not known to be) a file: the event cache goes to a
     * temporary file deleted on {@link #close()}. The caller closes {@code src}.
     */
    public static TraceIndex build(EventSource src, DeviceModels models, CheckOptions check, IndexOptions options,
            ProgressMonitor monitor) throws IOException {
        IndexOptions o = options.withoutPersistence().withStore(IndexOptions.Store.BINARY);
        TraceIndex ix = fresh(src.name(), null, src.header(), models, check, o, null, null, null, Long.MAX_VALUE);
        try {
            ix.read(src, monitor == null ? ProgressMonitor.NULL : monitor, -1);
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
        return fresh(name, null, header, models, check, o, null, null, null, lookahead);
    }

    private static TraceIndex fresh(String name, Path file, TraceHeader header, DeviceModels models, CheckOptions check,
            IndexOptions o, Identity id, Path rsi, Path rsev, long lookahead) throws IOException {
        Blocks bl = new Blocks();
        Builder b = new Builder(id, rsi, rsev, o);
        List<String> cacheNotes = new ArrayList<>();
        StoreFactory store;
        if (b.binary) {
            b.openCache(cacheNotes);
            store = published -> new BinaryStore(b.readable, bl, b.codec.types(), published, o.blockEvents(), !b.persist);
        } else {
            store = published -> new SourceStore(file, header, models.registry(), bl, published, o.blockEvents());
        }
        try {
            TraceIndex ix = new TraceIndex(name, file, header, models, check, o, o.blockEvents(), bl, store, b, null,
                    lookahead);
            ix.cacheWarnings.addAll(cacheNotes);
            return ix;
        } catch (IOException | RuntimeException e) {
            b.discard();
            b.deleteTemporary();
            throw e;
        }
    }

    private static TraceIndex restored(Path file, IndexFile.Cached c, Path rsi, Path rsev, DeviceModels models,
            CheckOptions check, IndexOptions o) throws IOException {
        IndexOptions ro = o.withBlockEvents(c.blockEvents());
        StoreFactory store = c.binary()
                ? published -> new BinaryStore(rsev, c.blocks(), c.types(), published, c.blockEvents(), false)
                : published -> new SourceStore(file, c.header(), models.registry(), c.blocks(), published, c.blockEvents());
        TraceIndex ix = new TraceIndex(file.toString(), file, c.header(), models, check, ro, c.blockEvents(), c.blocks(),
                store, null, c, Long.MAX_VALUE);
        ix.warnings.addAll(c.warnings());
        ix.indexFile = rsi;
        ix.eventFile = c.binary() ? rsev : null;
        return ix;
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
                replayCache(pm);
            } else {
                readSource(pm);
            }
            return this;
        } catch (CacheWriteException e) {
            failed(e);
            if (builder == null || !builder.persist) {
                throw e; // the temporary file failed too: the error names it
            }
            // a full disk (or any write error) under the cache: index again, into a temporary file
            TraceIndex again = start(source, restart.format(), models, checkOptions, restart.options().withoutPersistence());
            again.warnings.addAll(0, restart.notes());
            again.cacheWarnings.add("cannot write the index cache in " + builder.rsev.getParent() + " ("
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
            long total = source != null && !isGzip(source) ? Files.size(source) : -1;
            if (Runtime.getRuntime().availableProcessors() < 2) {
                read(src, pm, total);
            } else {
                // parse on a second core while this one encodes, replays and checks
                try (PrefetchSource pre = new PrefetchSource(src)) {
                    read(pre, pm, total);
                }
            }
        }
    }

    /** The fresh build's loop: every event of the source through {@link #append}, then the end. */
    private void read(EventSource src, ProgressMonitor pm, long total) throws IOException {
        pm.begin("Indexing " + (source != null ? source.getFileName() : src.name()), total);
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
            end();
        } finally {
            pm.done();
        }
    }

    /** The restored index's loop: the cached events replayed for checkpoints and violations. */
    private void replayCache(ProgressMonitor pm) throws IOException {
        long count = cached.count();
        pm.begin("Loading index of " + (source != null ? source.getFileName() : name), count);
        TraceEvent e = new TraceEvent();
        try (EventStore.Reader r = store.open(0, count)) {
            while (appended < count) {
                if (appended % blockEvents == 0) {
                    publishBlockStart(appended);
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
            end();
        } finally {
            pm.done();
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
                while (!closed && appended > demand + lookahead) {
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
        e.seq(appended);
        append(e);
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
        if (builder != null) {
            builder.discard();
        }
        synchronized (this) {
            if (!complete) {
                failure = reason;
                complete = true;
                notifyAll();
            }
        }
    }

    private void append(TraceEvent e) throws IOException {
        long n = appended;
        if (n % blockEvents == 0) {
            int b = blocks.add();
            blocks.srcOff[b] = e.offset();
            blocks.srcLine[b] = e.line();
            blocks.firstTime[b] = e.time();
            builder.startBlock();
            publishBlockStart(n);
        }
        builder.add(e);
        violations.at(n);
        head.apply(e, violations);
        appended = n + 1;
        if (appended % blockEvents == 0) {
            builder.closeBlock(blocks, blocks.count - 1);
            publish(appended);
        }
    }

    /** At the first event of a block: a checkpoint when due, and the events before it published. */
    private void publishBlockStart(long n) {
        // a state can outgrow the header's estimate (NVMe queues created by commands, indirect tables): the
        // budget counts the largest state seen
        long bytes = head.stateBytes();
        synchronized (this) {
            observedBytes = Math.max(observedBytes, bytes);
        }
        if (n > 0 && n % interval == 0) {
            Replay c = head.copy();
            synchronized (this) {
                checkpoints.add(c);
                if (checkpoints.size() > maxCheckpoints || checkpoints.size() > minCheckpoints(observedBytes)
                        && checkpoints.size() * observedBytes > checkpointBudget) {
                    // keep every other checkpoint: the interval doubles, memory stays within budget
                    int k = 0;
                    for (int i = 0; i < checkpoints.size(); i += 2) {
                        checkpoints.set(k++, checkpoints.get(i));
                    }
                    checkpoints.subList(k, checkpoints.size()).clear();
                    interval *= 2;
                }
            }
        }
        if (cached != null && n > 0) {
            publish(n); // restored: the block before is replayed now
        }
    }

    private synchronized void publish(long n) {
        published = n;
        notifyAll();
    }

    private void end() throws IOException {
        if (complete) {
            return;
        }
        long count = appended;
        if (builder != null && count % blockEvents != 0) {
            builder.closeBlock(blocks, blocks.count - 1);
        }
        if (count > 0) {
            Replay last = head.copy();
            violations.at(count - 1);
            last.finish(count - 1, violations);
        }
        violations.seal(count);
        if (builder != null) {
            builder.commit(this, count);
        }
        synchronized (this) {
            published = count;
            complete = true;
            notifyAll();
        }
    }

    /** Bytes that four checkpoints may take whatever the budget (small states keep seeks short). */
    static final long SMALL_CHECKPOINTS = 16L << 20;

    /**
     * Checkpoints kept whatever the budget: 4 small ones (seeks stay short), but a single one when four
     * would take more than {@link #SMALL_CHECKPOINTS} (a header asking for tens of MiB of state: seeks
     * then replay from the start, and memory stays bounded).
     */
    static int minCheckpoints(long stateBytes) {
        return 4 * stateBytes <= SMALL_CHECKPOINTS ? 4 : 1;
    }

    /**
     * Writing the event cache failed (a full disk, an I/O error): the message names the file. Thrown by
     * the cache's stream only, so a reader's error is never taken for one.
     */
    static final class CacheWriteException extends IOException {
        private static final long serialVersionUID = 1L;

        CacheWriteException(Path file, IOException cause) {
            super(file + ": " + cause.getMessage() + " (writing the index's event cache)", cause);
        }
    }

    /** The event cache's stream: its write errors become {@link CacheWriteException}s naming the file. */
    private static final class CacheStream extends java.io.FilterOutputStream {
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

    /** Tests: wraps the event cache's stream (to make it fail as a full disk would). */
    static java.util.function.UnaryOperator<OutputStream> cacheStreamHook = o -> o;

    /** The binary event cache being written, and the index file written after it. */
    private static final class Builder {
        final Identity id;
        final Path rsi;
        final Path rsev;
        final IndexOptions options;
        final boolean binary;
        boolean persist;
        final EventCodec codec = new EventCodec();
        final EventCodec.Bytes buf = new EventCodec.Bytes(64 * 1024);
        final CRC32 crc = new CRC32();
        final long buildId = new SecureRandom().nextLong();
        AtomicFile cache;
        OutputStream out;
        Path readable;
        long outPos = BinaryStore.HEADER;
        long maxTime;
        long queueMask;

        Builder(Identity id, Path rsi, Path rsev, IndexOptions options) {
            this.id = id;
            this.rsi = rsi;
            this.rsev = rsev;
            this.options = options;
            this.binary = options.store() == IndexOptions.Store.BINARY;
            this.persist = rsev != null;
        }

        /**
         * Starts the event cache: the cache folder's file, written under a temporary name until committed,
         * or a temporary file the store deletes on close. Either is readable while it is written.
         */
        void openCache(List<String> cacheNotes) throws IOException {
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

        void startBlock() {
            codec.startBlock();
            buf.clear();
            maxTime = Long.MIN_VALUE;
            queueMask = 0;
        }

        void add(TraceEvent e) {
            if (binary) {
                codec.encode(e, buf);
            }
            maxTime = Math.max(maxTime, e.time());
            queueMask |= Blocks.queueBit(e.device(), e.queue());
        }

        /** Writes block {@code b} out (readable by the store once flushed) and closes it in the table. */
        void closeBlock(Blocks bl, int b) throws IOException {
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

        /** Commits the event cache and writes the index file (when persisting). */
        void commit(TraceIndex ix, long count) throws IOException {
            if (!binary) {
                writeIndex(ix, count);
                return;
            }
            if (persist) {
                out.flush();
                try {
                    cache.commit();
                } catch (IOException x) {
                    throw new CacheWriteException(rsev, x);
                }
                ix.eventFile = rsev;
                writeIndex(ix, count);
            } else {
                out.close();
                ix.eventFile = readable;
            }
        }

        private void writeIndex(TraceIndex ix, long count) {
            if (rsi == null || !options.persist()) {
                return;
            }
            try {
                IndexFile.write(rsi, id, ix.header, codec.types(), count, ix.blockEvents, ix.blocks, ix.warnings, binary,
                        buildId, outPos);
                String key = rsi.getFileName().toString();
                CacheTrim.trim(rsi.getParent(), options.cacheMaxBytes(), key.substring(0, key.length() - 4));
                ix.indexFile = rsi;
            } catch (IOException ex) {
                ix.cacheWarnings.add("could not save the index to " + rsi + ": " + ex.getMessage());
            }
        }

        /** Drops an unfinished event cache (a temporary one is deleted by the store on close). */
        void discard() {
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
        void deleteTemporary() {
            if (cache == null && readable != null) {
                try {
                    Files.deleteIfExists(readable);
                } catch (IOException ignored) {
                    // deleted at exit
                }
                AtomicFile.forget(readable);
            }
        }
    }

    private static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    /**
     * Bytes of one checkpoint (engine state), estimated from the header: the engines keep per-queue
     * arrays of about two hundred bytes per ring slot (descriptor table image, buffer states, writable
     * ranges), plus fixed parts.
     */
    static long estimateStateBytes(TraceHeader h) {
        long b = 1024;
        for (var d : h.devices()) {
            b += 2048;
            for (QueueInfo q : d.queues()) {
                b += 512 + 224L * Math.max(1, q.size());
            }
        }
        return b;
    }

    /** Deletes the cached index of a trace, if any; returns whether something was deleted. */
    public static boolean deleteCached(Path file, IndexOptions options) throws IOException {
        String key = cacheKey(file);
        boolean a = Files.deleteIfExists(options.cacheDir().resolve(key + ".rsi"));
        boolean b = Files.deleteIfExists(options.cacheDir().resolve(key + ".rsev"));
        return a | b;
    }

    /** The index file a trace's index is cached in (whether or not it exists yet). */
    public static Path cachedIndexFile(Path file, IndexOptions options) {
        return options.cacheDir().resolve(cacheKey(file) + ".rsi");
    }

    /** Cache file stem: the file name (sanitised) and 16 hex digits of the SHA-256 of its absolute path. */
    static String cacheKey(Path file) {
        String abs = file.toAbsolutePath().normalize().toString();
        String fn = file.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        if (fn.length() > 60) {
            fn = fn.substring(0, 60);
        }
        byte[] h = Identity.sha256(abs.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder(fn).append('-');
        for (int i = 0; i < 8; i++) {
            sb.append(String.format("%02x", h[i] & 0xff));
        }
        return sb.toString();
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
    public synchronized long checkpointInterval() {
        return interval;
    }

    public synchronized int checkpointCount() {
        return checkpoints.size();
    }

    /** Estimated bytes of one engine state (what a checkpoint costs). */
    public synchronized long stateBytes() {
        return Math.max(estimatedBytes, observedBytes);
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
    public synchronized long memoryBytes() {
        return checkpoints.size() * Math.max(estimatedBytes, observedBytes) + blocks.bytes() + violations.bytes()
                + (long) blockEvents * 160;
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
        if (seq < 0 || seq >= published) {
            throw new IndexOutOfBoundsException("event " + seq + " of " + published);
        }
        synchronized (eventLock) {
            if (seq < cacheStart || seq >= cacheStart + cacheLen) {
                loadCache(seq / blockEvents * blockEvents);
            }
            into.copyFrom(cache[(int) (seq - cacheStart)]);
            return into;
        }
    }

    private void loadCache(long start) {
        if (cache == null) {
            cache = new TraceEvent[blockEvents];
            for (int i = 0; i < blockEvents; i++) {
                cache[i] = new TraceEvent();
            }
        }
        try {
            if (cacheReader == null || cacheReader.nextSeq() != start) {
                closeCacheReader();
                cacheReader = events(start);
            }
            int n = 0;
            cacheStart = start;
            cacheLen = 0;
            while (n < blockEvents && cacheReader.next(cache[n])) {
                n++;
            }
            cacheLen = n;
        } catch (IOException e) {
            closeCacheReader();
            cacheStart = -1;
            cacheLen = 0;
            throw new UncheckedIOException(e);
        }
    }

    private void closeCacheReader() {
        if (cacheReader != null) {
            try {
                cacheReader.close();
            } catch (IOException ignored) {
                // a reader holds nothing worth reporting
            }
            cacheReader = null;
        }
    }

    /** A new, independent replay state after event {@code seq} ({@code -1}: before the first event). */
    public Replay stateAfter(long seq) {
        if (seq >= published) {
            throw new IndexOutOfBoundsException("event " + seq + " of " + published);
        }
        synchronized (stateLock) {
            if (stateCursor == null) {
                stateCursor = cursor();
            }
            stateCursor.seek(Math.max(TraceCursor.START, seq));
            return stateCursor.snapshot();
        }
    }

    /** The violations applying event {@code seq} reported (at the last event also the end-of-trace checks). */
    public List<Violation> violations(long seq) {
        long count = published;
        if (seq < 0 || seq >= count) {
            return List.of();
        }
        synchronized (violationLock) {
            TraceCursor c = violationCursor();
            if (exactTable()) {
                if (c.violationCount(seq, seq) == 0) {
                    return List.of();
                }
                return c.violations(seq, seq, Integer.MAX_VALUE);
            }
            long b = seq / blockEvents;
            if (b != violationBlock) { // one replay per block rather than per event
                blockViolations.clear();
                long from = b * blockEvents;
                for (Violation v : c.violations(from, Math.min(count - 1, from + blockEvents - 1), Integer.MAX_VALUE)) {
                    long at = Math.max(from, Math.min(count - 1, v.event()));
                    blockViolations.computeIfAbsent(at, k -> new ArrayList<>(2)).add(v);
                }
                violationBlock = b;
            }
            List<Violation> l = blockViolations.get(seq);
            return l == null ? List.of() : List.copyOf(l);
        }
    }

    /** The first event after {@code seq} with a violation, or -1. */
    public long nextViolation(long seq) {
        long lo = Math.max(0, seq + 1);
        long hi = published - 1;
        if (lo > hi) {
            return -1;
        }
        synchronized (violationLock) {
            TraceCursor c = violationCursor();
            if (!exactTable()) {
                c.seek(lo - 1);
                return c.nextViolation() ? c.position() : -1;
            }
            if (c.violationCount(lo, hi) == 0) {
                return -1;
            }
            while (lo < hi) { // a violation lies in [lo, hi]
                long mid = (lo + hi) >>> 1;
                if (c.violationCount(lo, mid) > 0) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }
    }

    /** The last event before {@code seq} with a violation, or -1. */
    public long previousViolation(long seq) {
        long count = published;
        long lo = 0;
        long hi = Math.min(count - 1, seq - 1);
        if (hi < 0) {
            return -1;
        }
        synchronized (violationLock) {
            TraceCursor c = violationCursor();
            if (!exactTable()) {
                c.seek(hi + 1 < count ? hi + 1 : hi);
                if (hi + 1 >= count && !c.violations(hi, hi, 1).isEmpty()) {
                    return hi; // previousViolation() looks strictly before the cursor
                }
                return c.previousViolation() ? c.position() : -1;
            }
            if (c.violationCount(lo, hi) == 0) {
                return -1;
            }
            while (lo < hi) { // a violation lies in [lo, hi]; find the last
                long mid = (lo + hi + 1) >>> 1;
                if (c.violationCount(mid, hi) > 0) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo;
        }
    }

    /** Whether the table remembers every violation's event (else the queries replay). */
    private boolean exactTable() {
        return violations.total() < REMEMBERED_VIOLATIONS;
    }

    private TraceCursor violationCursor() {
        if (violationCursor == null) {
            violationCursor = cursor();
        }
        return violationCursor;
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

    /** The checkpoint with the most events applied that is at most {@code applied}, and where it is. */
    synchronized Replay checkpointAtOrBefore(long applied) {
        int i = (int) Math.min(checkpoints.size() - 1L, applied / interval);
        return checkpoints.get(Math.max(0, i));
    }

    synchronized long checkpointApplied(long applied) {
        int i = (int) Math.min(checkpoints.size() - 1L, applied / interval);
        return Math.max(0, i) * interval;
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
        synchronized (eventLock) {
            closeCacheReader();
        }
        synchronized (stateLock) {
            if (stateCursor != null) {
                stateCursor.close();
            }
        }
        synchronized (violationLock) {
            if (violationCursor != null) {
                violationCursor.close();
            }
        }
        if (!complete && builder != null) {
            builder.discard();
        }
        store.close();
    }

    @Override
    public String toString() {
        return "TraceIndex[" + name + ", " + published + " events" + (complete ? "" : "+") + ", " + checkpointCount()
                + " checkpoints every " + checkpointInterval() + ", " + violations.total() + " violations]";
    }
}
