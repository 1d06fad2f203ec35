package io.ringside.qemu.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.ringside.core.trace.TraceFormatException;

/**
 * A QEMU log read in blocks of whole lines parsed on every core, for the importer's two passes:
 * <ol>
 * <li>{@link #scan}: every line is parsed and validated (workers, in parallel); the records of the events
 * the importer uses are handed to a sink in file order (discovery) and kept in memory, in compact
 * columns, up to a budget;</li>
 * <li>{@link #next}: the kept records again, then, if the budget ran out, the rest of the file read and
 * parsed again (in parallel) from the first block not kept.</li>
 * </ol>
 * Results equal the streaming {@link LogReader}'s (same {@link LineParser}); errors name the same file,
 * line and offset. Memory is bounded: a few blocks in flight plus the kept records (at most the budget).
 * <p>
 * This class keeps the passes, the kept records and the merged counts; the blocks come from a
 * {@link BlockSource} ({@link FileBlocks}, or {@link StreamBlocks} cut by a {@link LineSplitter}) through a
 * {@link ParsePipeline} of workers, each block parsed by {@link BlockParser}.
 */
public final class ParallelLog implements LogCounts {

    /** Bytes per block. */
    public static final int BLOCK = 4 << 20;
    /** Distinct unmodelled names a block remembers (merged into at most {@link LineParser#MAX_NAMES}). */
    static final int BLOCK_NAMES = 4096;

    /** Receives records in file order during the first pass. */
    public interface Sink {
        void accept(LogRecord r) throws Translator.LimitException;
    }

    private final Path file;
    private final String name;
    private final boolean lenient;
    private final int blockSize;
    private final long budget;
    private final int threads;
    private final EventTable table = EventTable.get();

    // ---- merged counts
    private long lines;
    private long events;
    private long prefixed;
    private long foreign;
    private long firstForeign;
    private long bad;
    private int kind = -1;
    private long lastTime = -1;
    private long backwards;
    private long firstBackwards;
    private final List<String> badExamples = new ArrayList<>();
    private final long[] counts;
    private final Map<String, Long> unmodelled = new LinkedHashMap<>();
    private long unmodelledTotal;

    // ---- kept blocks and where the second pass resumes reading
    private final List<BlockParser.Parsed> kept = new ArrayList<>();
    private final List<Long> keptBase = new ArrayList<>();
    private long keptBytes;
    private long resumeOffset = -1;
    private int resumeIndex;
    private long resumeLineBase;

    // ---- second pass
    private int keptNext;
    private long nextBase;
    private BlockParser.Parsed cur;
    private long curBase;
    private int curNext;
    private ParsePipeline rest;
    private long position;

    /**
     * @param blockSize bytes per block (lines longer than a block are handled, see {@link Splitter})
     * @param budget bytes of records kept from the first pass for the second
     * @param threads parser threads; 1 parses on the calling thread
     */
    public ParallelLog(Path file, String name, boolean lenient, int blockSize, long budget, int threads) {
        this.file = file;
        this.name = name;
        this.lenient = lenient;
        this.blockSize = Math.max(1024, Math.min(BlockParser.Parsed.MAX_BLOCK, blockSize));
        this.budget = budget;
        this.threads = Math.max(1, threads);
        this.counts = new long[table.size()];
    }

    /**
     * Default settings: {@link #BLOCK}, a budget of a quarter of the heap (at most 512 MiB), every core (at
     * most 4). System properties {@code ringside.qemu.threads} and {@code ringside.qemu.blockKiB} override
     * the thread count and block size (for measurements).
     */
    public static ParallelLog open(Path file, String name, boolean lenient) {
        long heap = Runtime.getRuntime().maxMemory();
        int cpus = Runtime.getRuntime().availableProcessors();
        int threads = Integer.getInteger("ringside.qemu.threads", Math.min(4, cpus));
        int block = Integer.getInteger("ringside.qemu.blockKiB", BLOCK >> 10) << 10;
        return new ParallelLog(file, name, lenient, block, Math.min(512L << 20, heap / 4), threads);
    }

    // ------------------------------------------------------------------ first pass

    /**
     * Reads the whole log, validating every line, and hands the records of the events marked in
     * {@code keep} to {@code sink} in file order, with the first record of any event marked in
     * {@code keepFirst} of each block (null: none).
     *
     * @throws TraceFormatException naming the first bad line of the file
     */
    public void scan(boolean[] keep, boolean[] keepFirst, Sink sink) throws IOException, Translator.LimitException {
        LogRecord r = new LogRecord();
        try (ParsePipeline p = new ParsePipeline(
                BlockSource.open(file, name, lenient, blockSize, 0, 0, null, keep, keepFirst), threads, name)) {
            BlockParser.Parsed b;
            while ((b = p.next()) != null) {
                long base = lines;
                merge(b, base);
                for (int pos = 0; pos < b.len;) {
                    pos = b.load(pos, r, table, base);
                    sink.accept(r);
                }
                if (resumeOffset < 0 && keptBytes + b.recordBytes() <= budget) {
                    kept.add(b);
                    keptBase.add(base);
                    keptBytes += b.recordBytes();
                } else {
                    if (resumeOffset < 0) {
                        resumeOffset = b.offset;
                        resumeIndex = b.index;
                        resumeLineBase = base;
                    }
                    b.dropRecords();
                }
                b.counts = null;
            }
        }
    }

    private void merge(BlockParser.Parsed b, long base) throws IOException {
        LineParser c = b.counts;
        boolean mixed = c.kind >= 0 && kind >= 0 && c.kind != kind; // at the block's first event
        if (b.error != null && (!mixed || b.error.line() < c.firstEventLine)) {
            TraceFormatException e = b.error;
            throw new TraceFormatException(name, base + e.line(), b.offset + e.offset(), e.detail());
        }
        if (mixed) {
            throw LineParser.mixed(name, base + c.firstEventLine, b.offset + c.firstEventOffset, c.kind, kind);
        }
        if (c.kind >= 0) {
            if (kind < 0) {
                kind = c.kind;
            }
            if (c.firstTime >= 0 && c.firstTime < lastTime) { // the block's first event against the last one before it
                backwards++;
                if (firstBackwards == 0) {
                    firstBackwards = base + c.firstEventLine;
                }
            }
            backwards += c.backwards;
            if (firstBackwards == 0 && c.firstBackwards > 0) {
                firstBackwards = base + c.firstBackwards;
            }
            if (c.lastTime >= 0) {
                lastTime = c.lastTime;
            }
        }
        lines += c.lines;
        events += c.events;
        prefixed += c.prefixedLines;
        foreign += c.foreignLines;
        if (firstForeign == 0 && c.firstForeignLine > 0) {
            firstForeign = base + c.firstForeignLine;
        }
        bad += c.badLines;
        for (int i = 0; i < c.badDetails.size() && badExamples.size() < LineParser.MAX_EXAMPLES; i++) {
            badExamples.add(name + ":" + (base + c.badLinesAt.get(i)) + ": " + c.badDetails.get(i));
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] += c.counts[i];
        }
        unmodelledTotal += c.unmodelledTotal;
        for (Map.Entry<String, Long> e : c.unmodelled.entrySet()) {
            Long have = unmodelled.get(e.getKey());
            if (have != null) {
                unmodelled.put(e.getKey(), have + e.getValue());
            } else if (unmodelled.size() < LineParser.MAX_NAMES) {
                unmodelled.put(e.getKey(), e.getValue());
            }
        }
    }

    /** Whether the second pass will read the file again (the first pass's records exceeded the budget). */
    public boolean rereads() {
        return resumeOffset >= 0;
    }

    // ------------------------------------------------------------------ second pass

    /**
     * The next record of the second pass (only events marked in {@code emit}, which must be among the
     * first pass's {@code keep}); false at the end.
     */
    public boolean next(LogRecord r, boolean[] emit) throws IOException {
        while (true) {
            if (cur != null) {
                while (curNext < cur.len) {
                    int pos = curNext;
                    if (emit[cur.id(pos)]) {
                        curNext = cur.load(pos, r, table, curBase);
                        position = r.offset;
                        return true;
                    }
                    curNext = cur.skip(pos, table);
                }
                cur.dropRecords();
                cur = null;
            }
            if (keptNext < kept.size()) {
                cur = kept.get(keptNext);
                curBase = keptBase.get(keptNext);
                kept.set(keptNext, null); // consumed: its memory can go
                keptNext++;
                curNext = 0;
                continue;
            }
            if (resumeOffset < 0) {
                return false;
            }
            if (rest == null) {
                rest = new ParsePipeline(BlockSource.open(file, name, lenient, blockSize, resumeOffset, resumeIndex, emit,
                        emit, null), threads, name);
                nextBase = resumeLineBase;
            }
            BlockParser.Parsed b = rest.next();
            if (b == null) {
                rest.close();
                rest = null;
                resumeOffset = -1;
                return false;
            }
            if (b.error != null) { // the first pass validated every line: the file changed since
                TraceFormatException e = b.error;
                throw new TraceFormatException(name, nextBase + e.line(), b.offset + e.offset(),
                        e.detail() + " (the file changed while it was read)");
            }
            cur = b;
            curBase = nextBase;
            curNext = 0;
            nextBase += b.counts.lines;
            b.counts = null;
        }
    }

    /** Offset of the last record returned by {@link #next}. */
    public long position() {
        return position;
    }

    public void close() throws IOException {
        if (rest != null) {
            rest.close();
            rest = null;
        }
        kept.clear();
        cur = null;
    }

    // ------------------------------------------------------------------ counts

    @Override
    public long lines() {
        return lines;
    }

    @Override
    public long events() {
        return events;
    }

    @Override
    public long prefixedEvents() {
        return prefixed;
    }

    @Override
    public long timeBackwards() {
        return backwards;
    }

    @Override
    public long firstTimeBackwards() {
        return firstBackwards;
    }

    @Override
    public long foreignLines() {
        return foreign;
    }

    @Override
    public long firstForeignLine() {
        return firstForeign;
    }

    @Override
    public long badLines() {
        return bad;
    }

    @Override
    public List<String> badExamples() {
        return Collections.unmodifiableList(badExamples);
    }

    @Override
    public long unmodelledEvents() {
        return unmodelledTotal;
    }

    @Override
    public Map<String, Long> unmodelledByName() {
        return Collections.unmodifiableMap(new TreeMap<>(unmodelled));
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }
}
