package io.ringside.qemu.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import io.ringside.core.trace.TraceFormatException;
import io.ringside.core.trace.TraceInput;
import io.ringside.core.util.Rethrow;

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
    private Pipeline rest;
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
        try (Pipeline p = new Pipeline(blocks(0, 0, null, keep, keepFirst))) {
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
                rest = new Pipeline(blocks(resumeOffset, resumeIndex, emit, emit, null));
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

    private static void skipFully(InputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw new TraceFormatException(null, 0, n - left, "the file became shorter while it was read");
                }
                s = 1;
            }
            left -= s;
        }
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

    // ------------------------------------------------------------------ reading and parsing blocks

    /**
     * Cuts a stream into blocks of whole lines. A block is {@code blockSize} bytes read after the partial
     * line the previous block left, cut after its last newline; a block without a newline grows until it
     * holds one, or until it is longer than any accepted line (the parser then reports that line).
     */
    static final class Splitter {
        private final InputStream in;
        private final int size;
        private byte[] carry = new byte[0];
        private int carryLen;
        private long offset;
        private int index;
        private boolean eof;

        Splitter(InputStream in, int size, long offset, int index) {
            this.in = in;
            this.size = size;
            this.offset = offset;
            this.index = index;
        }

        /** The next block (in {@code reuse} when it is large enough), or null at the end. */
        BlockParser.Raw next(byte[] reuse) throws IOException {
            if (eof && carryLen == 0) {
                return null;
            }
            byte[] b = reuse != null && reuse.length >= Math.max(size, carryLen) ? reuse
                    : new byte[Math.max(size, carryLen)];
            System.arraycopy(carry, 0, b, 0, carryLen);
            int len = carryLen;
            int searched = carryLen; // the carry holds no newline
            while (true) {
                while (!eof && len < b.length) {
                    int n = in.read(b, len, b.length - len);
                    if (n < 0) {
                        eof = true;
                    } else {
                        len += n;
                    }
                }
                if (eof) {
                    carryLen = 0;
                    if (len == 0) {
                        return null;
                    }
                    return cut(b, len, true);
                }
                int nl = len - 1;
                while (nl >= searched && b[nl] != '\n') {
                    nl--;
                }
                if (nl >= searched) {
                    int tail = len - nl - 1;
                    if (carry.length < tail) {
                        carry = new byte[Math.max(tail, 1024)];
                    }
                    System.arraycopy(b, nl + 1, carry, 0, tail);
                    carryLen = tail;
                    return cut(b, nl + 1, false);
                }
                if (len > LineParser.MAX_LINE + 1) { // one line longer than any accepted: the parser reports it
                    carryLen = 0;
                    return cut(b, len, false);
                }
                searched = len;
                b = java.util.Arrays.copyOf(b, b.length * 2);
            }
        }

        private BlockParser.Raw cut(byte[] b, int len, boolean last) {
            BlockParser.Raw r = new BlockParser.Raw(b, len, offset, index++, last);
            offset += len;
            return r;
        }
    }

    /** Where a pipeline's blocks come from. */
    private interface Blocks extends AutoCloseable {
        /** The work for the next block (reading what the calling thread must read), or null at the end. */
        Callable<BlockParser.Parsed> next(ConcurrentLinkedQueue<byte[]> buffers) throws IOException;

        @Override
        void close() throws IOException;
    }

    /**
     * Blocks of a plain file, each read by the worker that parses it (positional reads, no thread reads
     * for another): block k owns the lines that start in {@code [k * size, (k + 1) * size)}; its worker
     * reads one byte before (to see whether a line starts at the boundary) and enough after to finish its
     * last line or find it too long.
     */
    private final class FileBlocks implements Blocks {
        private final FileChannel ch;
        private final long fileSize;
        private final boolean[] parseOnly;
        private final boolean[] keep;
        private final boolean[] keepFirst;
        private int index;

        FileBlocks(FileChannel ch, int firstIndex, boolean[] parseOnly, boolean[] keep, boolean[] keepFirst)
                throws IOException {
            this.ch = ch;
            this.fileSize = ch.size();
            this.index = firstIndex;
            this.parseOnly = parseOnly;
            this.keep = keep;
            this.keepFirst = keepFirst;
        }

        @Override
        public Callable<BlockParser.Parsed> next(ConcurrentLinkedQueue<byte[]> buffers) {
            long start = (long) index * blockSize;
            if (start >= fileSize) {
                return null;
            }
            int k = index++;
            return new Callable<BlockParser.Parsed>() {
                @Override
                public BlockParser.Parsed call() throws IOException {
                    return read(k, start, buffers);
                }
            };
        }

        private BlockParser.Parsed read(int k, long start, ConcurrentLinkedQueue<byte[]> buffers) throws IOException {
            long from = Math.max(0, start - 1);
            long to = Math.min(fileSize, start + blockSize + LineParser.MAX_LINE + 2);
            int len = (int) (to - from);
            byte[] buf = buffers.poll();
            if (buf == null || buf.length < len) {
                buf = new byte[blockSize + LineParser.MAX_LINE + 3];
            }
            ByteBuffer bb = ByteBuffer.wrap(buf, 0, len);
            long pos = from;
            while (bb.hasRemaining()) {
                int n = ch.read(bb, pos);
                if (n < 0) {
                    throw new TraceFormatException(name, 0, pos, "the file became shorter while it was read");
                }
                pos += n;
            }
            int first = 0; // the first line that starts in this block
            if (start > 0) {
                first = 1;
                if (buf[0] != '\n') {
                    while (first < len && buf[first - 1] != '\n') {
                        first++;
                    }
                }
            }
            int ownEnd = (int) Math.min(start + blockSize - from, len);
            BlockParser.Parsed p = BlockParser.parse(new BlockParser.Raw(buf, len, from, k, from + len == fileSize), Math.min(first, ownEnd),
                    ownEnd, name, lenient, parseOnly, keep, keepFirst);
            buffers.add(buf);
            return p;
        }

        @Override
        public void close() throws IOException {
            ch.close();
        }
    }

    /**
     * Blocks of a (decompressed) stream, cut by the {@link Splitter} on a reader thread of their own, so
     * decompression overlaps the parsers and the caller's discovery. At most {@link #QUEUED} blocks wait.
     */
    private final class StreamBlocks implements Blocks, Runnable {
        private static final int QUEUED = 2;
        private final Object end = new Object();
        private final InputStream in;
        private final Splitter splitter;
        private final boolean[] parseOnly;
        private final boolean[] keep;
        private final boolean[] keepFirst;
        private final ConcurrentLinkedQueue<byte[]> pool = new ConcurrentLinkedQueue<>();
        private final ArrayBlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
        private final Thread reader;
        private volatile boolean closed;
        private boolean ended;

        StreamBlocks(InputStream in, long offset, int index, boolean[] parseOnly, boolean[] keep, boolean[] keepFirst) {
            this.in = in;
            this.splitter = new Splitter(in, blockSize, offset, index);
            this.parseOnly = parseOnly;
            this.keep = keep;
            this.keepFirst = keepFirst;
            this.reader = new Thread(this, "ringside-qemu-read");
            reader.setDaemon(true);
            reader.start();
        }

        @Override
        public void run() {
            Object last;
            try {
                BlockParser.Raw raw;
                while (!closed && (raw = splitter.next(pool.poll())) != null) {
                    if (!put(raw)) {
                        return;
                    }
                }
                last = end;
            } catch (IOException | RuntimeException | Error e) {
                last = e;
            } catch (InterruptedException e) {
                return; // closed
            }
            try {
                put(last);
            } catch (InterruptedException e) {
                // closed
            }
        }

        private boolean put(Object o) throws InterruptedException {
            while (!closed) {
                if (queue.offer(o, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public Callable<BlockParser.Parsed> next(ConcurrentLinkedQueue<byte[]> buffers) throws IOException {
            if (ended) {
                return null;
            }
            Object o;
            try {
                o = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading " + name);
            }
            if (o == end) {
                ended = true;
                return null;
            }
            if (o instanceof Throwable t) { // the reader thread's failure
                ended = true;
                throw Rethrow.io(t);
            }
            BlockParser.Raw raw = (BlockParser.Raw) o;
            return new Callable<BlockParser.Parsed>() {
                @Override
                public BlockParser.Parsed call() {
                    BlockParser.Parsed p = BlockParser.parse(raw, name, lenient, parseOnly, keep, keepFirst);
                    if (raw.data.length == blockSize) {
                        pool.add(raw.data);
                    }
                    return p;
                }
            };
        }

        @Override
        public void close() throws IOException {
            closed = true;
            reader.interrupt();
            try {
                reader.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            in.close();
        }
    }

    /** Opens the blocks of the file from block {@code index} (at stream offset {@code offset}). */
    private Blocks blocks(long offset, int index, boolean[] parseOnly, boolean[] keep, boolean[] keepFirst)
            throws IOException {
        if (Files.isRegularFile(file)) {
            byte[] head = new byte[6];
            int n;
            try (InputStream h = Files.newInputStream(file)) {
                n = h.readNBytes(head, 0, head.length);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new TraceFormatException(file.toString(), 0, -1, "no such file");
            }
            if (TraceInput.detect(head, n) == TraceInput.Compression.NONE) {
                return new FileBlocks(FileChannel.open(file, StandardOpenOption.READ), index, parseOnly, keep, keepFirst);
            }
        }
        InputStream in = TraceInput.open(file);
        try {
            skipFully(in, offset);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new StreamBlocks(in, offset, index, parseOnly, keep, keepFirst);
    }

    /** Blocks parsed by the workers (or inline), returned in order. */
    private final class Pipeline implements AutoCloseable {
        private final Blocks blocks;
        private final ArrayDeque<Future<BlockParser.Parsed>> ahead = new ArrayDeque<>();
        private final ConcurrentLinkedQueue<byte[]> buffers = new ConcurrentLinkedQueue<>();
        private ExecutorService pool;
        private boolean started;
        private boolean done;

        Pipeline(Blocks blocks) {
            this.blocks = blocks;
        }

        BlockParser.Parsed next() throws IOException {
            if (!started) {
                started = true;
                Callable<BlockParser.Parsed> a = blocks.next(buffers);
                if (a == null) {
                    done = true;
                    return null;
                }
                Callable<BlockParser.Parsed> b = threads > 1 ? blocks.next(buffers) : null;
                if (b == null) { // one core, or the whole input in one block: no threads
                    done = threads > 1;
                    return call(a);
                }
                pool = Executors.newFixedThreadPool(threads, new ThreadFactory() {
                    @Override
                    public Thread newThread(Runnable r) {
                        Thread t = new Thread(r, "ringside-qemu-parse");
                        t.setDaemon(true);
                        return t;
                    }
                });
                ahead.add(pool.submit(a));
                ahead.add(pool.submit(b));
            }
            if (pool == null) {
                Callable<BlockParser.Parsed> a = done ? null : blocks.next(buffers);
                if (a == null) {
                    done = true;
                    return null;
                }
                return call(a);
            }
            while (!done && ahead.size() < threads * 2) {
                Callable<BlockParser.Parsed> c = blocks.next(buffers);
                if (c == null) {
                    done = true;
                } else {
                    ahead.add(pool.submit(c));
                }
            }
            Future<BlockParser.Parsed> f = ahead.poll();
            if (f == null) {
                return null;
            }
            try {
                return f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while parsing " + name);
            } catch (ExecutionException e) {
                throw Rethrow.io(e.getCause());
            }
        }

        private BlockParser.Parsed call(Callable<BlockParser.Parsed> c) throws IOException {
            try {
                return c.call();
            } catch (Exception e) {
                throw Rethrow.io(e);
            }
        }

        @Override
        public void close() throws IOException {
            if (pool != null) {
                for (Future<?> f : ahead) {
                    f.cancel(true);
                }
                pool.shutdownNow();
            }
            blocks.close();
        }
    }
}
