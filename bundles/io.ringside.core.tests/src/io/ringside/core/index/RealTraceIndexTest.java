package io.ringside.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.ringside.core.RepoFiles;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.Extensions;
import io.ringside.core.engine.Replay;
import io.ringside.core.internal.trace.RingsideFormat;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceReader;

/**
 * Seek equals replay on the real engines' sample traces (samples/traces, virtio and NVMe, clean and
 * with planted faults). The engines live in bundles that depend on core, so they come from the registry
 * ({@link Extensions}); the fragment requires both bundles (in OSGi) and {@code tools/devtest
 * io.ringside.core io.ringside.virtio io.ringside.nvme} compiles them in, so a missing engine fails the
 * test instead of skipping it.
 */
class RealTraceIndexTest {

    static DeviceModels models() {
        return Extensions.models();
    }

    static Stream<Path> samples() throws IOException {
        Path dir = RepoFiles.repo() == null ? null : RepoFiles.repo().resolve("samples/traces");
        if (dir == null || !Files.isDirectory(dir)) {
            return Stream.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(f -> f.toString().endsWith(".rstrace")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void seekAndStepBackEqualReplayFromTheStart(Path trace) throws IOException {
        DeviceModels models = models();
        List<String> names = models.models().stream().map(m -> m.name()).toList();
        Assertions.assertTrue(names.containsAll(List.of("virtio", "nvme")), "virtio and NVMe models are installed: " + names);
        // reference: replay from the start, keeping the states at sampled events
        Random r = new Random(trace.getFileName().toString().hashCode());
        long n;
        try (TraceReader rd = TraceReader.open(trace, models.registry())) {
            n = 0;
            TraceEvent e = new TraceEvent();
            while (rd.next(e)) {
                n++;
            }
        }
        TreeSet<Long> want = new TreeSet<>();
        for (int i = 0; i < 40; i++) {
            long k = r.nextLong(n);
            for (long j = Math.max(0, k - 3); j <= k; j++) {
                want.add(j);
            }
        }
        want.add(n - 1);
        Map<Long, Replay> ref = new HashMap<>();
        Map<Long, TraceEvent> refEv = new HashMap<>();
        long violations;
        try (TraceReader rd = TraceReader.open(trace, models.registry())) {
            Replay rp = models.replay(rd.header(), CheckOptions.DEFAULT);
            Replay.Collector col = new Replay.Collector(0);
            TraceEvent e = new TraceEvent();
            while (rd.next(e)) {
                rp.apply(e, col);
                if (want.contains(e.seq())) {
                    ref.put(e.seq(), rp.copy());
                    refEv.put(e.seq(), e.copy());
                }
            }
            rp.finish(n - 1, col);
            violations = col.count();
        }
        IndexOptions o = IndexOptions.defaults().withoutPersistence().withBlockEvents(64)
                .withCheckpointBudget(6 * TraceIndex.estimateStateBytes(new RingsideFormat().open(trace, models).header()));
        try (TraceIndex ix = TraceIndex.open(trace, new RingsideFormat(), models, CheckOptions.DEFAULT, o, null);
                TraceCursor c = ix.cursor()) {
            assertEquals(n, ix.eventCount());
            assertEquals(violations, ix.violationCount(), "violations found while indexing = check");
            List<Long> order = new ArrayList<>(want);
            java.util.Collections.shuffle(order, r);
            for (long k : order) {
                c.seek(k);
                assertTrue(ref.get(k).stateEquals(c.state()), trace.getFileName() + ": state at " + k);
                assertEquals(refEv.get(k), c.event());
                if (k > 0 && ref.containsKey(k - 1)) {
                    assertTrue(c.previous());
                    assertTrue(ref.get(k - 1).stateEquals(c.state()), trace.getFileName() + ": back to " + (k - 1));
                    assertTrue(c.next());
                    assertTrue(ref.get(k).stateEquals(c.state()), trace.getFileName() + ": forward to " + k);
                }
            }
            // a violation list that matches check's count, visited one by one
            long visited = 0;
            c.seek(TraceCursor.START);
            while (c.nextViolation()) {
                visited += c.violationsHere().size();
            }
            assertEquals(violations, visited);
            assertFalse(c.nextViolation());
        }
    }
}
