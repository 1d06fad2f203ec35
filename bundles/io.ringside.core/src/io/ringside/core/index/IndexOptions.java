package io.ringside.core.index;

import java.nio.file.Path;

import io.ringside.core.check.ViolationSink;
import io.ringside.core.trace.OpenOptions;

/**
 * How {@link TraceIndex} builds and keeps an index. Immutable; the {@code with...} methods return
 * modified copies. {@link #defaults()} persists to {@link #defaultCacheDir()} with a checkpoint budget
 * of a quarter of the maximum heap (at most 128 MiB; 64 MiB under {@code -Xmx256m}).
 */
public final class IndexOptions {

    /** Where a cursor reads events from when it seeks. */
    public enum Store {
        /**
         * The binary event cache written while indexing (any source: .rstrace, .rstrace.gz, QEMU
         * logs). Fast to decode; costs disk (about a third of the JSON size).
         */
        BINARY,
        /**
         * The trace itself, reopened at a recorded byte offset: only for uncompressed .rstrace files.
         * No extra disk, but JSON parsing makes seeks several times slower.
         */
        SOURCE
    }

    /** Events per block: the unit of the block table, of random access and of checksums. */
    public static final int DEFAULT_BLOCK_EVENTS = 1024;

    private final Path cacheDir;
    private final boolean persist;
    private final long checkpointBudget;
    private final long cacheMaxBytes;
    private final Store store;
    private final ViolationSink onViolation;
    private final int blockEvents;
    private final int keptViolations;
    private final OpenOptions openOptions;

    private IndexOptions(Path cacheDir, boolean persist, long checkpointBudget, Store store, ViolationSink onViolation,
            int blockEvents, int keptViolations, long cacheMaxBytes, OpenOptions openOptions) {
        this.openOptions = openOptions;
        this.cacheMaxBytes = cacheMaxBytes;
        this.cacheDir = cacheDir;
        this.persist = persist;
        this.checkpointBudget = checkpointBudget;
        this.store = store;
        this.onViolation = onViolation;
        this.blockEvents = blockEvents;
        this.keptViolations = keptViolations;
    }

    public static IndexOptions defaults() {
        long budget = Math.min(128L << 20, Runtime.getRuntime().maxMemory() / 4);
        return new IndexOptions(null, true, Math.max(budget, 4L << 20), Store.BINARY, null, DEFAULT_BLOCK_EVENTS,
                10_000, defaultCacheMaxBytes(), OpenOptions.DEFAULT);
    }

    /**
     * {@code $RINGSIDE_CACHE} if set, else {@code $XDG_CACHE_HOME/ringside}, else
     * {@code ~/.cache/ringside}; indexes go in its {@code index/} folder.
     */
    public static Path defaultCacheDir() {
        String own = System.getenv("RINGSIDE_CACHE");
        if (own == null || own.isBlank()) {
            own = System.getProperty("ringside.cache");
        }
        Path base;
        if (own != null && !own.isBlank()) {
            base = Path.of(own);
        } else {
            String xdg = System.getenv("XDG_CACHE_HOME");
            base = xdg != null && !xdg.isBlank() ? Path.of(xdg, "ringside")
                    : Path.of(System.getProperty("user.home"), ".cache", "ringside");
        }
        return base.resolve("index");
    }

    /** The cache folder in use (never null). */
    public Path cacheDir() {
        return cacheDir != null ? cacheDir : defaultCacheDir();
    }

    /** Whether indexes are written to and read from {@link #cacheDir()}. */
    public boolean persist() {
        return persist;
    }

    /**
     * Most bytes the cache folder may hold: after writing an index, the least recently used indexes are
     * deleted until the folder fits. {@code $RINGSIDE_CACHE_MAX_MB} or {@code -Dringside.cacheMaxMiB},
     * default 2048 MiB.
     */
    public static long defaultCacheMaxBytes() {
        String v = System.getenv("RINGSIDE_CACHE_MAX_MB");
        if (v == null || v.isBlank()) {
            v = System.getProperty("ringside.cacheMaxMiB", "2048");
        }
        try {
            return Math.max(1, Long.parseLong(v.trim())) << 20;
        } catch (NumberFormatException e) {
            return 2048L << 20;
        }
    }

    public long cacheMaxBytes() {
        return cacheMaxBytes;
    }

    public IndexOptions withCacheMaxBytes(long bytes) {
        return new IndexOptions(cacheDir, persist, checkpointBudget, store, onViolation, blockEvents, keptViolations,
                Math.max(0, bytes), openOptions);
    }

    /** Bytes of engine state the checkpoints may take; the checkpoint interval grows to fit. */
    public long checkpointBudget() {
        return checkpointBudget;
    }

    public Store store() {
        return store;
    }

    /** Receives each violation as the build finds it (for example to fill a Problems view), or null. */
    public ViolationSink onViolation() {
        return onViolation;
    }

    public int blockEvents() {
        return blockEvents;
    }

    /** Violations kept with their messages; later ones are kept as event numbers only. */
    public int keptViolations() {
        return keptViolations;
    }

    public IndexOptions withCacheDir(Path dir) {
        return new IndexOptions(dir, true, checkpointBudget, store, onViolation, blockEvents, keptViolations, cacheMaxBytes, openOptions);
    }

    /** No cache files: the event cache goes to a temporary file deleted on close. */
    public IndexOptions withoutPersistence() {
        return new IndexOptions(cacheDir, false, checkpointBudget, store, onViolation, blockEvents, keptViolations, cacheMaxBytes, openOptions);
    }

    public IndexOptions withCheckpointBudget(long bytes) {
        return new IndexOptions(cacheDir, persist, Math.max(1, bytes), store, onViolation, blockEvents,
                keptViolations, cacheMaxBytes, openOptions);
    }

    public IndexOptions withStore(Store s) {
        return new IndexOptions(cacheDir, persist, checkpointBudget, s, onViolation, blockEvents, keptViolations, cacheMaxBytes, openOptions);
    }

    public IndexOptions withViolationListener(ViolationSink sink) {
        return new IndexOptions(cacheDir, persist, checkpointBudget, store, sink, blockEvents, keptViolations, cacheMaxBytes, openOptions);
    }

    /** Events per block (tests use small blocks); at least 16. */
    public IndexOptions withBlockEvents(int n) {
        return new IndexOptions(cacheDir, persist, checkpointBudget, store, onViolation, Math.max(16, n),
                keptViolations, cacheMaxBytes, openOptions);
    }

    /** How the trace's format opens it (lenient parsing, format settings). */
    public OpenOptions openOptions() {
        return openOptions;
    }

    public IndexOptions withOpenOptions(OpenOptions o) {
        return new IndexOptions(cacheDir, persist, checkpointBudget, store, onViolation, blockEvents, keptViolations,
                cacheMaxBytes, o);
    }

    public IndexOptions withKeptViolations(int n) {
        return new IndexOptions(cacheDir, persist, checkpointBudget, store, onViolation, blockEvents,
                Math.max(0, n), cacheMaxBytes, openOptions);
    }
}
