package io.ringside.qemu.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import io.ringside.core.util.Rethrow;

/**
 * Blocks of a (decompressed) stream, cut by the {@link LineSplitter} on a reader thread of their own, so
 * decompression overlaps the parsers and the caller's discovery. At most {@link #QUEUED} blocks wait.
 */
final class StreamBlocks implements BlockSource, Runnable {
    private static final int QUEUED = 2;
    private final Object end = new Object();
    private final InputStream in;
    private final String name;
    private final boolean lenient;
    private final int blockSize;
    private final LineSplitter splitter;
    private final boolean[] parseOnly;
    private final boolean[] keep;
    private final boolean[] keepFirst;
    private final ConcurrentLinkedQueue<byte[]> pool = new ConcurrentLinkedQueue<>();
    private final ArrayBlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread reader;
    private volatile boolean closed;
    private boolean ended;

    StreamBlocks(InputStream in, String name, boolean lenient, int blockSize, long offset, int index,
            boolean[] parseOnly, boolean[] keep, boolean[] keepFirst) {
        this.in = in;
        this.name = name;
        this.lenient = lenient;
        this.blockSize = blockSize;
        this.splitter = new LineSplitter(in, blockSize, offset, index);
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
