import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.EventSink;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceReader;
import io.ringside.core.trace.TraceWriter;
import io.ringside.emulator.Workload;
import io.ringside.emulator.virtio.VirtioEmulator;
import io.ringside.virtio.VirtioModel;

/**
 * Virtio engine benchmark (tools/bench-virtio): generation requests/s (no output, and writing a
 * .rstrace), replay-and-check events/s (engine alone on events held in memory, and from the file as
 * `ringside check` does it). Best of several timed runs after warm-up.
 */
public final class VirtioBench {

    static Workload workload(String layout, boolean inOrder, long requests) {
        return Workload.defaults("virtio-blk").withRequests(requests).withQueueDepth(16).withBatch(4)
                .withCompletion(inOrder ? "in-order" : "random")
                .withVirtio(Workload.Virtio.DEFAULT.withLayout(layout).withInOrder(inOrder).withQueueSize(256));
    }

    static double best(int runs, Task t) throws Exception {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            t.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }

    interface Task {
        void run() throws Exception;
    }

    public static void main(String[] a) throws Exception {
        long requests = a.length > 0 ? Long.parseLong(a[0]) : 1_000_000;
        Path dir = Path.of(a.length > 1 ? a[1] : "/tmp/ringside-bench-virtio");
        Files.createDirectories(dir);
        VirtioEmulator em = new VirtioEmulator();
        List<String> rows = new ArrayList<>();
        for (String cfg : new String[] { "split", "split+in-order", "packed", "packed+in-order" }) {
            boolean inOrder = cfg.endsWith("in-order");
            Workload w = workload(cfg.startsWith("split") ? "split" : "packed", inOrder, requests);
            TraceHeader h = em.header(w, null, null);
            long[] events = { 0 };
            EventSink count = e -> events[0]++;
            em.run(workload(w.virtio().layout(), inOrder, Math.min(requests, 200_000)), null, EventSink.NULL, null); // warm-up
            double gen = best(3, () -> {
                events[0] = 0;
                em.run(w, null, count, null);
            });
            Path f = dir.resolve(cfg.replace('+', '-') + ".rstrace");
            double write = best(1, () -> {
                try (TraceWriter tw = new TraceWriter(f, h)) {
                    em.run(w, null, tw::write, null);
                }
            });
            // engine alone: events copied into memory (up to 4 M), replayed through a fresh checker
            int keep = (int) Math.min(events[0], 4_000_000);
            TraceEvent[] held = new TraceEvent[keep];
            int[] n = { 0 };
            long[] seq = { 0 };
            em.run(w, null, e -> {
                if (n[0] < keep) {
                    held[n[0]++] = e.copy().seq(seq[0]++);
                }
            }, null);
            DeviceModels models = new DeviceModels(List.of(new VirtioModel()));
            long[] viol = { 0 };
            double engine = best(5, () -> {
                Replay r = models.replay(h, CheckOptions.DEFAULT);
                Replay.Collector c = new Replay.Collector(10);
                for (int i = 0; i < keep; i++) {
                    r.apply(held[i], c);
                }
                viol[0] = c.count();
            });
            if (viol[0] != 0) {
                throw new IllegalStateException(cfg + ": the reference trace has violations");
            }
            double file = best(3, () -> {
                try (TraceReader rd = TraceReader.open(f, models.registry())) {
                    Replay r = models.replay(rd.header(), CheckOptions.DEFAULT);
                    Replay.Collector c = new Replay.Collector(10);
                    TraceEvent e = new TraceEvent();
                    while (rd.next(e)) {
                        r.apply(e, c);
                    }
                    r.finish(0, c);
                }
            });
            double parse = best(3, () -> {
                try (TraceReader rd = TraceReader.open(f, models.registry())) {
                    TraceEvent e = new TraceEvent();
                    while (rd.next(e)) {
                        // parse only
                    }
                }
            });
            long bytes = Files.size(f);
            rows.add(String.format("| %s | %d | %.1f | %.2f M | %.2f M (%.0f MB/s) | %.1f M | %.2f M | %.2f M |", cfg, events[0],
                    (double) events[0] / requests, requests / gen / 1e6, requests / write / 1e6, bytes / write / 1e6,
                    keep / engine / 1e6, events[0] / parse / 1e6, events[0] / file / 1e6));
            Files.delete(f);
        }
        System.out.println("| configuration | events | events/request | generate, no output (req/s) | generate + write .rstrace (req/s) | check, engine only (events/s) | parse .rstrace only (events/s) | check from .rstrace (events/s) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }
}
