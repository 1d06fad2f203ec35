package io.ringside.qemu.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

import io.ringside.core.util.Rethrow;

/**
 * The blocks of a {@link BlockSource} parsed by {@code threads} workers (or inline on one core, or when the
 * input is one block), returned in order; at most two blocks per worker are ahead of the caller.
 */
final class ParsePipeline implements AutoCloseable {
    private final BlockSource blocks;
    private final int threads;
    private final String name;
    private final ArrayDeque<Future<BlockParser.Parsed>> ahead = new ArrayDeque<>();
    private final ConcurrentLinkedQueue<byte[]> buffers = new ConcurrentLinkedQueue<>();
    private ExecutorService pool;
    private boolean started;
    private boolean done;

    ParsePipeline(BlockSource blocks, int threads, String name) {
        this.blocks = blocks;
        this.threads = threads;
        this.name = name;
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
