package io.ringside.emulator.virtio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.TraceHeader;
import io.ringside.emulator.DeviceEmulator;
import io.ringside.emulator.Workload;
import io.ringside.virtio.QueueState;
import io.ringside.virtio.VirtioEngine;
import io.ringside.virtio.VirtioModel;

/**
 * Property: the reference driver and device never break a rule, whatever the configuration. 240 seeded
 * random workloads over both layouts, with and without IN_ORDER, EVENT_IDX and indirect descriptors,
 * replayed through the checker as they are generated.
 */
class VirtioPropertyTest {

    static Stream<Workload> configs() {
        SplittableRandom r = new SplittableRandom(20250101);
        List<Workload> l = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            boolean packed = (i & 1) != 0;
            boolean inOrder = (i & 2) != 0;
            boolean eventIdx = (i & 4) != 0;
            boolean indirect = (i & 8) != 0;
            int qs = packed ? 3 + r.nextInt(300) : 1 << (2 + r.nextInt(8));
            if (!indirect && qs < 3) {
                qs = 4;
            }
            List<Long> sizes = new ArrayList<>();
            int ns = 1 + r.nextInt(3);
            for (int k = 0; k < ns; k++) {
                sizes.add(512L << r.nextInt(8));
            }
            Workload w = new Workload("prop-" + i, "", "virtio-blk", 100 + r.nextInt(900), r.nextLong(),
                    1 + r.nextInt(64), r.nextInt(101), sizes, r.nextBoolean() ? "random" : "in-order", 1 + r.nextInt(8),
                    new Workload.Virtio(packed ? "packed" : "split", qs, eventIdx, indirect, inOrder), Workload.Nvme.DEFAULT);
            l.add(w);
        }
        return l.stream();
    }

    /** Runs a workload through the checker; returns the replay. */
    static Replay check(Workload w, Replay.Collector col) throws IOException {
        DeviceEmulator em = new VirtioEmulator();
        TraceHeader h = em.header(w, null, null);
        Replay replay = Replay.of(h, List.of(new VirtioModel()), CheckOptions.DEFAULT);
        long[] seq = { 0 };
        DeviceEmulator.Result res = em.run(w, null, e -> {
            e.seq(seq[0]++);
            replay.apply(e, col);
        }, null);
        replay.finish(seq[0] - 1, col);
        assertTrue(!res.stopped(), () -> w + " stopped: " + res.stopReason());
        assertEquals(w.requests(), res.requests());
        return replay;
    }

    @ParameterizedTest
    @MethodSource("configs")
    void referenceEmulatorBreaksNoRule(Workload w) throws IOException {
        Replay.Collector col = new Replay.Collector(10);
        Replay replay = check(w, col);
        assertEquals(0, col.count(), () -> w.virtio() + " qd=" + w.queueDepth() + " batch=" + w.batch() + " "
                + w.completion() + ": " + col.violations());
        QueueState q = ((VirtioEngine) replay.engine(0)).queue(0);
        assertEquals(w.requests(), q.buffersUsed());
        assertEquals(w.requests(), q.buffersMadeAvailable());
        assertEquals(w.requests(), q.buffersFetched());
        assertEquals(0, q.outstanding());
        assertTrue(q.kicks() >= 1);
    }
}
