package io.ringside.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.Extensions;
import io.ringside.core.engine.Replay;
import io.ringside.core.index.IndexOptions;
import io.ringside.core.index.TraceCursor;
import io.ringside.core.index.TraceIndex;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.OpenOptions;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceFormat;

/**
 * Whole-trace measurements for docs/performance.md "## Scale" (run by tools/bench-scale): JSON
 * replay-and-check, index build, index load (replay-and-check from the binary event cache), seek and
 * step-back latencies, heap. One JVM, one phase after the other; heap figures are peaks of the old
 * generation and of the whole heap after a GC.
 *
 *   java -Xmx256m -cp ... io.ringside.bench.ScaleBench TRACE CACHE_DIR [seeks] [store]
 */
public final class ScaleBench {

    public static void main(String[] args) throws Exception {
        Path trace = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        int seeks = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        IndexOptions.Store store = args.length > 3 ? IndexOptions.Store.valueOf(args[3]) : IndexOptions.Store.BINARY;
        DeviceModels models = Extensions.models();
        List<TraceFormat> formats = Extensions.traceFormats();
        CheckOptions check = CheckOptions.DEFAULT;
        IndexOptions o = IndexOptions.defaults().withCacheDir(cache).withStore(store);
        TraceIndex.deleteCached(trace, o);
        System.out.printf("trace %s: %.1f MB, store %s, max heap %d MB, %d cpus%n", trace,
                Files.size(trace) / 1e6, store, Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());

        // 1. plain streaming replay-and-check from JSON (what check does today)
        long t0 = System.nanoTime();
        long n = 0;
        try (EventSource src = Extensions.open(trace, models, OpenOptions.DEFAULT)) {
            Replay r = models.replay(src.header(), check);
            Replay.Collector col = new Replay.Collector(100);
            TraceEvent e = new TraceEvent();
            while (src.next(e)) {
                r.apply(e, col);
                n++;
            }
            r.finish(n - 1, col);
        }
        double json = secs(t0);
        System.out.printf("json-replay-check: %d events in %.2f s = %.2f M events/s%n", n, json, n / json / 1e6);

        // 2. index build (parse + encode + replay-and-check + checkpoints), persisted
        t0 = System.nanoTime();
        TraceIndex ix = TraceIndex.open(trace, formats, models, check, o, null);
        double build = secs(t0);
        System.out.printf("index-build: %.2f s = %.2f M events/s; %s%n", build, ix.eventCount() / build / 1e6, ix);
        if (ix.eventFile() != null) {
            System.out.printf("event-cache: %.1f MB (%.1f bytes/event); index file %.1f KB%n",
                    Files.size(ix.eventFile()) / 1e6, (double) Files.size(ix.eventFile()) / ix.eventCount(),
                    Files.size(ix.indexFile()) / 1e3);
        }
        ix.close();

        // 3. open again: validated cache, replay-and-check from the binary event cache
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            t0 = System.nanoTime();
            if (ix != null) {
                ix.close();
            }
            ix = TraceIndex.open(trace, formats, models, check, o, null);
            best = Math.min(best, secs(t0));
        }
        System.out.printf("index-load (replay-and-check from cache, best of 3): %.2f s = %.2f M events/s; fromCache=%s%n",
                best, ix.eventCount() / best / 1e6, ix.fromCache());
        System.out.printf("index memory: %.1f MB (%d checkpoints x %d bytes, interval %d)%n", ix.memoryBytes() / 1e6,
                ix.checkpointCount(), ix.stateBytes(), ix.checkpointInterval());

        // 4. seeks to random events
        Random rnd = new Random(1);
        long count = ix.eventCount();
        try (TraceCursor c = ix.cursor()) {
            for (int i = 0; i < 200; i++) { // warm-up
                c.seek(rnd.nextLong(count));
            }
            long[] lat = new long[seeks];
            for (int i = 0; i < seeks; i++) {
                long target = rnd.nextLong(count);
                long s = System.nanoTime();
                c.seek(target);
                lat[i] = System.nanoTime() - s;
            }
            report("seek (random event)", lat);

            // 5. step back: the first step after a jump, then further steps
            long[] first = new long[seeks / 4];
            long[] more = new long[seeks];
            int m = 0;
            for (int i = 0; i < first.length; i++) {
                c.seek(1 + rnd.nextLong(count - 1));
                long s = System.nanoTime();
                c.previous();
                first[i] = System.nanoTime() - s;
                for (int k = 0; k < 4 && c.position() > 0; k++) {
                    s = System.nanoTime();
                    c.previous();
                    more[m++] = System.nanoTime() - s;
                }
            }
            report("step-back (first after a seek)", first);
            report("step-back (following)", Arrays.copyOf(more, m));
            long[] fwd = new long[seeks];
            c.seek(count / 2);
            for (int i = 0; i < seeks && !c.atEnd(); i++) {
                long s = System.nanoTime();
                c.next();
                fwd[i] = System.nanoTime() - s;
            }
            report("step-forward", fwd);
            long[] vq = new long[200];
            for (int i = 0; i < vq.length; i++) {
                c.seek(rnd.nextLong(count));
                long s = System.nanoTime();
                c.nextInQueue(0, 0);
                vq[i] = System.nanoTime() - s;
            }
            report("next-in-queue", vq);
        }
        System.gc();
        long heapAfterGc = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        long old = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getName().contains("Old") && p.getPeakUsage() != null) {
                old = Math.max(old, p.getPeakUsage().getUsed());
            }
        }
        System.out.printf("heap: %.1f MB live after GC with the index open; old generation peak %.1f MB"
                + " (all under -Xmx%d MB)%n", heapAfterGc / 1e6, old / 1e6, Runtime.getRuntime().maxMemory() >> 20);
        ix.close();
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void report(String what, long[] lat) {
        long[] s = lat.clone();
        Arrays.sort(s);
        System.out.printf("%s: n=%d p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", what, s.length, s[s.length / 2] / 1e6,
                s[(int) (s.length * 0.99)] / 1e6, s[s.length - 1] / 1e6);
    }
}
