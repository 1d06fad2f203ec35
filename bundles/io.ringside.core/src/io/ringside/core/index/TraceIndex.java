package io.ringside.core.index;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.EngineLimitException;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.EventType;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceFormat;
import io.ringside.core.trace.TraceFormatException;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceReader;
import io.ringside.core.util.AtomicFile;
import io.ringside.core.util.ProgressMonitor;

/**
 * A checkpoint index over a trace: the events stay in a file (the binary event cache, or the
 * {@code .rstrace} itself), and the index holds a block table (where every block of events starts),
 * replay checkpoints every {@link #checkpointInterval()} events (in memory, within a byte budget) and the
 * violations the replay found. {@link #cursor()} gives the cursors the command line, the IDE and the
 * debugger move through the trace. See {@code docs/index-format.md}.
 * <p>
 * <b>Building.</b> {@link #open} reads any trace a {@link TraceFormat} opens (.rstrace, .rstrace.gz, a
 * QEMU log), replaying and checking it once, and persists the block table and the event cache in the
 * cache folder ({@link IndexOptions#defaultCacheDir()}). The next {@code open} validates the cached files
 * against the trace (size, modification time, SHA-256 of the first and last 64 KiB, tool version,
 * event-type layout, checksums) and rebuilds them when anything differs; otherwise it re-derives the
 * checkpoints and violations from the binary cache, which is several times faster than parsing.
 * Long-running: call it from a background thread (an Eclipse Job) with a {@link ProgressMonitor};
 * cancelling throws {@link IndexCanceledException} and leaves no partial file.
 * <p>
 * <b>Threads.</b> A TraceIndex is immutable once returned and safe to share: any thread may create
 * cursors and query it. Each {@link TraceCursor} is used by one thread at a time (its methods are
 * synchronized so a search in a background job and the UI may share one). {@link #close()} releases
 * the event cache; cursors must not be used after it.
 */
public final class TraceIndex implements Closeable {

    static final int MAGIC = 0x52534958; // "RSIX"
    static final int VERSION = 1;
    /** Bytes hashed at the start and at the end of the trace to recognise it. */
    static final int HASHED = 64 * 1024;
    private static final int PROGRESS_EVERY = 1 << 14;

    private final String name;
    private final Path source;
    private final TraceHeader header;
    private final DeviceModels models;
    private final CheckOptions checkOptions;
    private final long eventCount;
    private final int blockEvents;
    private final Blocks blocks;
    private final EventStore store;
    private final Replay[] checkpoints;
    private final long interval;
    private final long stateBytes;
    private final ViolationTable violations;
    private final List<String> warnings;
    private final List<String> cacheWarnings;
    private final boolean fromCache;
    private final Path indexFile;
    private final Path eventFile;

    private TraceIndex(Scan s, EventStore store, boolean fromCache, Path indexFile, Path eventFile) {
        this.name = s.name;
        this.source = s.source;
        this.header = s.header;
        this.models = s.models;
        this.checkOptions = s.check;
        this.eventCount = s.count;
        this.blockEvents = s.blockEvents;
        this.blocks = s.blocks;
        this.store = store;
        this.checkpoints = s.checkpoints.toArray(new Replay[0]);
        this.interval = s.interval;
        this.stateBytes = Math.max(s.stateBytes, s.observedBytes);
        this.violations = s.violations;
        List<String> all = new ArrayList<>(s.warnings);
        all.addAll(s.cacheWarnings);
        this.warnings = List.copyOf(all);
        this.cacheWarnings = List.copyOf(s.cacheWarnings);
        this.fromCache = fromCache;
        this.indexFile = indexFile;
        this.eventFile = eventFile;
    }

    // ---- opening ------------------------------------------------------------------------------

    /**
     * Opens a trace file through the first format that recognises it (GZIP is looked through; when no
     * format's probe accepts the start, each is tried in turn), using the cached index when valid.
     */
    public static TraceIndex open(Path file, List<? extends TraceFormat> formats, DeviceModels models,
            CheckOptions check, IndexOptions options, ProgressMonitor monitor) throws IOException {
        return open(file, pickFormat(file, formats), models, check, options, monitor);
    }

    /** Opens a trace file with a known format, using the cached index when valid, else building it. */
    public static TraceIndex open(Path file, TraceFormat format, DeviceModels models, CheckOptions check,
            IndexOptions options, ProgressMonitor monitor) throws IOException {
        ProgressMonitor pm = monitor == null ? ProgressMonitor.NULL : monitor;
        if (!Files.isRegularFile(file)) {
            throw new TraceFormatException(file.toString(), 0, -1, "no such file");
        }
        Identity id = Identity.of(file, format);
        Path rsi = null;
        Path rsev = null;
        List<String> notes = new ArrayList<>();
        if (options.persist()) {
            Path dir = options.cacheDir();
            String key = cacheKey(file);
            rsi = dir.resolve(key + ".rsi");
            rsev = dir.resolve(key + ".rsev");
            if (Files.exists(rsi)) {
                try {
                    TraceIndex restored = restore(file, id, rsi, rsev, models, check, options, pm);
                    try { // used now: the last to go when the cache folder is trimmed
                        Files.setLastModifiedTime(rsi, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
                    } catch (IOException ignored) {
                        // a read-only cache still works
                    }
                    return restored;
                } catch (IndexCanceledException e) {
                    throw e;
                } catch (StaleIndexException | IndexCorruptException e) {
                    notes.add("index of " + file.getFileName() + " rebuilt: " + e.getMessage());
                } catch (IOException | RuntimeException e) {
                    notes.add("index of " + file.getFileName() + " rebuilt: " + e);
                }
            }
        }
        if (options.store() == IndexOptions.Store.SOURCE && !"rstrace".equals(format.name())) {
            throw new IllegalArgumentException("reading events from the source needs an .rstrace file, not "
                    + format.name());
        }
        List<String> cacheNotes = new ArrayList<>();
        try {
            return buildFile(file, format, id, rsi, rsev, models, check, options, pm, notes, cacheNotes);
        } catch (CacheWriteException e) {
            if (rsev == null) {
                throw e; // the temporary file failed too: the error names it
            }
            // a full disk (or any write error) under the cache: index again, into a temporary file
            cacheNotes.add("cannot write the index cache in " + rsev.getParent() + " (" + e.getCause().getMessage()
                    + "): using a temporary index");
            return buildFile(file, format, id, null, null, models, check, options, pm, notes, cacheNotes);
        }
    }

    private static TraceIndex buildFile(Path file, TraceFormat format, Identity id, Path rsi, Path rsev,
            DeviceModels models, CheckOptions check, IndexOptions options, ProgressMonitor pm, List<String> notes,
            List<String> cacheNotes) throws IOException {
        EventSource src = format.open(file, models);
        try {
            if (options.store() == IndexOptions.Store.SOURCE && isGzip(file)) {
                throw new IllegalArgumentException("reading events from the source needs an uncompressed .rstrace");
            }
            if (Runtime.getRuntime().availableProcessors() < 2) {
                return build(src, file, id, rsi, rsev, models, check, options, pm, notes, cacheNotes);
            }
            // parse on a second core while this one encodes, replays and checks
            try (PrefetchSource pre = new PrefetchSource(src)) {
                return build(pre, file, id, rsi, rsev, models, check, options, pm, notes, cacheNotes);
            }
        } finally {
            src.close();
        }
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

    /**
     * Indexes an event source that is not (or not known to be) a file: the event cache goes to a
     * temporary file deleted on {@link #close()}. The caller closes {@code src}.
     */
    public static TraceIndex build(EventSource src, DeviceModels models, CheckOptions check, IndexOptions options,
            ProgressMonitor monitor) throws IOException {
        IndexOptions o = options.withoutPersistence().withStore(IndexOptions.Store.BINARY);
        return build(src, null, null, null, null, models, check, o, monitor == null ? ProgressMonitor.NULL : monitor,
                new ArrayList<>(), new ArrayList<>());
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

    static TraceFormat pickFormat(Path file, List<? extends TraceFormat> formats) throws IOException {
        byte[] head;
        try (InputStream in = TraceReader.decompress(Files.newInputStream(file))) {
            head = in.readNBytes(64 * 1024);
        } catch (NoSuchFileException e) {
            throw new TraceFormatException(file.toString(), 0, -1, "no such file");
        }
        for (TraceFormat f : formats) {
            if (f.probe(file, head)) {
                return f;
            }
        }
        // compressed in a way core does not read (xz): let each format try
        DeviceModels none = new DeviceModels(List.of());
        for (TraceFormat f : formats) {
            try (EventSource s = f.open(file, none)) {
                return f;
            } catch (IOException | RuntimeException e) {
                // not this one
            }
        }
        throw new TraceFormatException(file.toString(), 1, 0, "not a trace this Ringside reads (tried "
                + String.join(", ", formats.stream().map(TraceFormat::name).toList()) + ")");
    }

    private static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
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

    // ---- the replay pass -----------------------------------------------------------------------

    /** Bytes that four checkpoints may take whatever the budget (small states keep seeks short). */
    static final long SMALL_CHECKPOINTS = 16L << 20;

    /** State of one pass over the events: replay, checkpoints, violations, block table. */
    private static final class Scan {
        final String name;
        final Path source;
        final TraceHeader header;
        final DeviceModels models;
        final CheckOptions check;
        final int blockEvents;
        final Blocks blocks;
        final long stateBytes;
        final long maxCheckpoints;
        final long checkpointBudget;
        long observedBytes;
        final List<Replay> checkpoints = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        /** Problems with the cache folder in this run (not saved with the index): {@link #cacheWarnings()}. */
        final List<String> cacheWarnings = new ArrayList<>();
        final ViolationTable violations;
        final Replay replay;
        long interval;
        long count;

        Scan(String name, Path source, TraceHeader header, DeviceModels models, CheckOptions check, IndexOptions o,
                Blocks blocks) {
            this.name = name;
            this.source = source;
            this.header = header;
            this.models = models;
            this.check = check;
            this.blockEvents = o.blockEvents();
            this.blocks = blocks;
            this.replay = models.replay(header, check);
            this.stateBytes = estimateStateBytes(header);
            this.maxCheckpoints = Math.max(minCheckpoints(stateBytes), o.checkpointBudget() / stateBytes);
            this.checkpointBudget = o.checkpointBudget();
            this.observedBytes = stateBytes;
            this.interval = blockEvents;
            this.violations = new ViolationTable(o.keptViolations(), o.onViolation());
        }

        /**
         * Checkpoints kept whatever the budget: 4 small ones (seeks stay short), but a single one when four
         * would take more than {@link #SMALL_CHECKPOINTS} (a header asking for tens of MiB of state: seeks
         * then replay from the start, and memory stays bounded).
         */
        static int minCheckpoints(long stateBytes) {
            return 4 * stateBytes <= SMALL_CHECKPOINTS ? 4 : 1;
        }

        /** Called at the start of each block, before its first event is applied. */
        void blockStart(long n) {
            // a state can outgrow the header's estimate (NVMe queues created by commands, indirect tables):
            // the budget counts the largest state seen
            observedBytes = Math.max(observedBytes, replay.stateBytes());
            if (n % interval == 0) {
                checkpoints.add(replay.copy());
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

        void finish() {
            if (checkpoints.isEmpty()) {
                checkpoints.add(replay.copy()); // empty trace: the initial state
            }
            if (count > 0) {
                replay.finish(count - 1, violations);
            }
            violations.seal(count);
            blocks.seal();
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

    private static TraceIndex build(EventSource src, Path file, Identity id, Path rsi, Path rsev, DeviceModels models,
            CheckOptions check, IndexOptions o, ProgressMonitor pm, List<String> notes, List<String> cacheNotes)
            throws IOException {
        boolean binary = o.store() == IndexOptions.Store.BINARY;
        Scan s = new Scan(src.name(), file, src.header(), models, check, o, new Blocks());
        s.warnings.addAll(notes);
        s.cacheWarnings.addAll(cacheNotes);
        long total = file != null && !isGzip(file) ? Files.size(file) : -1;
        pm.begin("Indexing " + (file != null ? file.getFileName() : src.name()), total);
        boolean persist = rsev != null;
        AtomicFile cache = null;
        Path eventPath = null;
        if (binary) {
            if (persist) {
                try {
                    cache = AtomicFile.create(rsev);
                    eventPath = rsev;
                } catch (IOException e) {
                    s.cacheWarnings.add("cannot write the index cache in " + rsev.getParent() + " (" + e.getMessage()
                            + "): using a temporary index");
                    persist = false;
                }
            }
            if (cache == null) {
                eventPath = AtomicFile.createTemp(Path.of(System.getProperty("java.io.tmpdir")), "ringside", ".rsev");
                try {
                    cache = AtomicFile.create(eventPath);
                } catch (IOException e) {
                    Files.deleteIfExists(eventPath);
                    AtomicFile.forget(eventPath);
                    throw new CacheWriteException(eventPath, e);
                }
            }
        }
        long buildId = new SecureRandom().nextLong();
        EventCodec codec = new EventCodec();
        boolean ok = false;
        try {
            OutputStream out = binary
                    ? new BufferedOutputStream(new CacheStream(cacheStreamHook.apply(cache.stream()), eventPath), 1 << 16)
                    : null;
            if (binary) {
                DataOutputStream h = new DataOutputStream(out);
                h.writeInt(BinaryStore.MAGIC);
                h.writeInt(BinaryStore.VERSION);
                h.writeLong(buildId);
            }
            EventCodec.Bytes buf = new EventCodec.Bytes(64 * 1024);
            CRC32 crc = new CRC32();
            long outPos = BinaryStore.HEADER;
            Blocks bl = s.blocks;
            TraceEvent e = new TraceEvent();
            Replay replay = s.replay;
            ViolationTable vt = s.violations;
            int bsize = s.blockEvents;
            int inBlock = bsize;
            int b = -1;
            long n = 0;
            long maxTime = Long.MIN_VALUE;
            long qmask = 0;
            while (src.next(e)) {
                if (e.seq() != n) {
                    throw new TraceFormatException(src.name(), e.line(), e.offset(),
                            "event numbered " + e.seq() + " where " + n + " was expected");
                }
                if (inBlock == bsize) {
                    if (b >= 0) {
                        bl.maxTime[b] = maxTime;
                        bl.queueMask[b] = qmask;
                        if (binary) {
                            outPos = flush(out, buf, crc, bl, b, outPos);
                        }
                    }
                    b = bl.add();
                    bl.srcOff[b] = e.offset();
                    bl.srcLine[b] = e.line();
                    bl.firstTime[b] = e.time();
                    maxTime = Long.MIN_VALUE;
                    qmask = 0;
                    inBlock = 0;
                    codec.startBlock();
                    buf.clear();
                    s.count = n;
                    s.blockStart(n);
                }
                if (binary) {
                    codec.encode(e, buf);
                }
                long t = e.time();
                if (t > maxTime) {
                    maxTime = t;
                }
                qmask |= Blocks.queueBit(e.device(), e.queue());
                try {
                    replay.apply(e, vt);
                } catch (EngineLimitException x) {
                    throw x.at(src.name(), e);
                }
                n++;
                inBlock++;
                if ((n & (PROGRESS_EVERY - 1)) == 0) {
                    pm.worked(total > 0 ? src.position() : n);
                    if (pm.isCanceled()) {
                        throw new IndexCanceledException("indexing " + src.name() + " canceled at event " + n);
                    }
                }
            }
            if (b >= 0) {
                bl.maxTime[b] = maxTime;
                bl.queueMask[b] = qmask;
                if (binary) {
                    outPos = flush(out, buf, crc, bl, b, outPos);
                }
            }
            s.count = n;
            s.interval = Math.max(s.interval, bsize);
            s.finish();
            s.warnings.addAll(src.warnings());
            if (binary) {
                out.flush();
                try {
                    cache.commit();
                } catch (IOException x) {
                    throw new CacheWriteException(eventPath, x);
                }
            }
            EventStore store;
            if (binary) {
                store = new BinaryStore(eventPath, bl, codec.types(), n, bsize, !persist);
            } else {
                store = new SourceStore(file, s.header, models.registry(), bl, n, bsize);
            }
            if (persist && rsi != null) {
                try {
                    writeIndex(rsi, id, s, codec.types(), binary, buildId, outPos);
                    String key = rsi.getFileName().toString();
                    CacheTrim.trim(rsi.getParent(), o.cacheMaxBytes(), key.substring(0, key.length() - 4));
                } catch (IOException ex) {
                    s.cacheWarnings.add("could not save the index to " + rsi + ": " + ex.getMessage());
                }
            }
            ok = true;
            return new TraceIndex(s, store, false, persist ? rsi : null, eventPath);
        } finally {
            if (!ok && cache != null) {
                cache.discard();
                if (!persist && eventPath != null) {
                    Files.deleteIfExists(eventPath);
                    AtomicFile.forget(eventPath);
                }
            }
            pm.done();
        }
    }

    private static long flush(OutputStream out, EventCodec.Bytes buf, CRC32 crc, Blocks bl, int b, long outPos)
            throws IOException {
        crc.reset();
        crc.update(buf.buf, 0, buf.size());
        bl.binOff[b] = outPos;
        bl.binLen[b] = buf.size();
        bl.crc[b] = (int) crc.getValue();
        out.write(buf.buf, 0, buf.size());
        return outPos + buf.size();
    }

    // ---- the index file ------------------------------------------------------------------------

    private static void writeIndex(Path rsi, Identity id, Scan s, List<EventType> types, boolean binary, long buildId,
            long eventBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024 + s.blocks.count * 64);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        id.write(out);
        out.writeBoolean(binary);
        out.writeLong(buildId);
        out.writeLong(binary ? eventBytes : 0);
        HeaderCodec.write(out, s.header);
        out.writeInt(types.size());
        for (EventType t : types) {
            HeaderCodec.writeString(out, t.id());
            HeaderCodec.writeString(out, String.join(",", t.fields()));
        }
        out.writeLong(s.count);
        out.writeInt(s.blockEvents);
        Blocks b = s.blocks;
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
        List<String> w = s.warnings.stream().filter(x -> !x.startsWith("index of ")).toList();
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

    /** The cached index is for another trace, another tool version or other event types. */
    static final class StaleIndexException extends IOException {
        private static final long serialVersionUID = 1L;

        StaleIndexException(String message) {
            super(message);
        }
    }

    private static TraceIndex restore(Path file, Identity id, Path rsi, Path rsev, DeviceModels models,
            CheckOptions check, IndexOptions o, ProgressMonitor pm) throws IOException {
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
        if (binary != (o.store() == IndexOptions.Store.BINARY)) {
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
            EventType t = models.registry().lookup(tid);
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
        }
        int nw = in.readInt();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < nw && i < 1000; i++) {
            warnings.add(HeaderCodec.readString(in));
        }
        EventStore store;
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
            store = new BinaryStore(rsev, bl, types, count, blockEvents, false);
        } else {
            store = new SourceStore(file, header, models.registry(), bl, count, blockEvents);
        }
        boolean ok = false;
        try {
            IndexOptions ro = o.withBlockEvents(blockEvents);
            Scan s = new Scan(file.toString(), file, header, models, check, ro, bl);
            s.warnings.addAll(warnings);
            pm.begin("Loading index of " + file.getFileName(), count);
            TraceEvent e = new TraceEvent();
            Replay replay = s.replay;
            ViolationTable vt = s.violations;
            long n = 0;
            try (EventStore.Reader r = store.open(0)) {
                while (n < count) {
                    if (n % blockEvents == 0) {
                        s.count = n;
                        s.blockStart(n);
                    }
                    if (!r.next(e)) {
                        throw new IndexCorruptException("event cache ends at event " + n + " of " + count);
                    }
                    replay.apply(e, vt);
                    n++;
                    if ((n & (PROGRESS_EVERY - 1)) == 0) {
                        pm.worked(n);
                        if (pm.isCanceled()) {
                            throw new IndexCanceledException("loading the index of " + file + " canceled at event " + n);
                        }
                    }
                }
            }
            s.count = n;
            s.finish();
            pm.done();
            ok = true;
            return new TraceIndex(s, store, true, rsi, binary ? rsev : null);
        } finally {
            if (!ok) {
                store.close();
            }
        }
    }

    // ---- queries ------------------------------------------------------------------------------

    /** The trace's name for messages (usually its path). */
    public String name() {
        return name;
    }

    /** The trace file, or null when built from a stream. */
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

    /** Events in the trace. */
    public long eventCount() {
        return eventCount;
    }

    /** Events between two checkpoints (a seek replays fewer than this many events, plus a block's skip). */
    public long checkpointInterval() {
        return interval;
    }

    public int checkpointCount() {
        return checkpoints.length;
    }

    /** Estimated bytes of one engine state (what a checkpoint costs). */
    public long stateBytes() {
        return stateBytes;
    }

    /** Events per block of the block table. */
    public int blockEvents() {
        return blockEvents;
    }

    /** Whether this index was loaded from the cache rather than built from the trace. */
    public boolean fromCache() {
        return fromCache;
    }

    /** The cached index file, or null when not persisted. */
    public Path indexFile() {
        return indexFile;
    }

    /** The binary event cache, or null when events are read from the source. */
    public Path eventFile() {
        return eventFile;
    }

    /** Warnings of the reader (unknown events, foreign lines) and of indexing (cache rebuilt, not saved). */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * The warnings about the cache folder in this run: it could not be written (read-only, full) and a
     * temporary index serves instead, or the index could not be saved. Part of {@link #warnings()}; the
     * command line prints these.
     */
    public List<String> cacheWarnings() {
        return cacheWarnings;
    }

    /** Violations found in the whole trace, end-of-trace checks included. */
    public long violationCount() {
        return violations.total();
    }

    public long errorCount() {
        return violations.errors();
    }

    /**
     * The first violations with their messages, in event order (at most
     * {@link IndexOptions#keptViolations()}; see {@link TraceCursor#violations(long, long)} for any range).
     */
    public List<Violation> firstViolations() {
        return violations.kept();
    }

    /** Approximate heap held by this index: checkpoints, block table, violations. */
    public long memoryBytes() {
        return checkpoints.length * stateBytes + blocks.bytes() + violations.bytes();
    }

    /** A new cursor before the first event. */
    public TraceCursor cursor() {
        return new TraceCursor(this);
    }

    /**
     * Reads the events from {@code seq} on as they are stored, without replaying them (no state): for
     * tables of events and scans that look at events only (the debugger's event breakpoints, reading
     * backwards block by block). The reader is not thread-safe; close it.
     *
     * @throws IllegalArgumentException when {@code seq} is outside {@code 0 .. eventCount()}
     */
    public EventReader events(long seq) throws IOException {
        if (seq < 0 || seq > eventCount) {
            throw new IllegalArgumentException("event " + seq + " is outside the trace (events 0.." + (eventCount - 1) + ")");
        }
        return new EventReader(store.open(seq));
    }

    /** A sequential reader of an index's events (see {@link TraceIndex#events(long)}). */
    public static final class EventReader implements Closeable {
        private final EventStore.Reader reader;

        EventReader(EventStore.Reader reader) {
            this.reader = reader;
        }

        /** Fills {@code e} with the next event (its seq set); false after the last one. */
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

    /** The checkpoint with the most events applied that is at most {@code applied}. */
    Replay checkpointAtOrBefore(long applied) {
        int i = (int) Math.min(checkpoints.length - 1L, applied / interval);
        return checkpoints[Math.max(0, i)];
    }

    long checkpointApplied(long applied) {
        int i = (int) Math.min(checkpoints.length - 1L, applied / interval);
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

    @Override
    public void close() throws IOException {
        store.close();
    }

    @Override
    public String toString() {
        return "TraceIndex[" + name + ", " + eventCount + " events, " + checkpoints.length + " checkpoints every "
                + interval + ", " + violations.total() + " violations]";
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02x", x & 0xff));
        }
        return sb.toString();
    }

    static boolean same(byte[] a, byte[] b) {
        return Arrays.equals(a, b);
    }
}
