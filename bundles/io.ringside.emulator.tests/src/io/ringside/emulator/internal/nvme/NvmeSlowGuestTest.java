package io.ringside.emulator.internal.nvme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.CoreEvent;
import io.ringside.core.trace.TraceHeader;
import io.ringside.emulator.Workload;
import io.ringside.emulator.WorkloadReader;
import io.ringside.emulator.nvme.NvmeFault;
import io.ringside.nvme.NvmeEvent;
import io.ringside.nvme.NvmeModel;

/**
 * The QEMU 7.1/7.2 hang: a slow guest with a controller that never writes the CQ EventIdx ends in a stall the
 * emulator notices (a stall marker, no hang) and the checker reports as N7d; the correct controller under the
 * same guest runs clean.
 */
class NvmeSlowGuestTest {

    /** What a run produced: every violation (in order), the last event kinds and the result. */
    private record Run(NvmeEmulator.Result result, List<Violation> violations, List<String> lastEvents, long events) {
        TreeMap<String, Integer> counts() {
            TreeMap<String, Integer> m = new TreeMap<>();
            for (Violation v : violations) {
                m.merge(v.ruleId(), 1, Integer::sum);
            }
            return m;
        }
    }

    private static Run run(NvmeConfig c) {
        NvmeEmulator em = new NvmeEmulator(c, null);
        TraceHeader h = em.header(null);
        Replay r = Replay.of(h, List.of(NvmeModel.INSTANCE), CheckOptions.DEFAULT);
        List<Violation> all = new ArrayList<>();
        List<String> last = new ArrayList<>();
        long[] n = { 0 };
        NvmeEmulator.Result res = new NvmeEmulator(c, e -> {
            e.seq(n[0]++);
            last.add(e.type() == CoreEvent.MARK ? "mark " + e.note() : e.type().id());
            if (last.size() > 4) {
                last.remove(0);
            }
            r.apply(e, all::add);
        }).run();
        r.finish(Math.max(0, n[0] - 1), all::add);
        return new Run(res, all, last, n[0]);
    }

    private static Workload slowGuestWorkload() throws Exception {
        return WorkloadReader.read(repo().resolve("samples/workloads/nvme-riscv-slow-guest.json"));
    }

    @Test
    void sampleWorkloadIsASlowGuestThatCanFillTheCq() throws Exception {
        Workload w = slowGuestWorkload();
        assertTrue(w.nvme().slowGuest());
        assertTrue(w.nvme().shadowDoorbell());
        assertEquals(w.nvme().queueSize() - 1, w.queueDepth(), "QD Q-1 keeps the CQ full");
        NvmeConfig c = NvmeDeviceEmulator.config(w, null);
        assertTrue(c.slowGuest());
        assertEquals(NvmeTiming.SLOW_GUEST, c.timing());
        assertTrue(c.timing().irqLatencyNs() >= 50 * c.timing().serviceNs(),
                "interrupt handling must lag far behind the device");
    }

    @Test
    void missingCqEventIdxHangsTheSlowGuestAndTheCheckerReportsTheStall() throws Exception {
        Workload w = slowGuestWorkload();
        Run k = run(NvmeDeviceEmulator.config(w, NvmeFault.MISSING_CQ_EVENTIDX));
        assertTrue(k.result().stalled(), "the QEMU 7.1 controller must hang this guest");
        assertTrue(k.result().completed() < w.requests());
        assertTrue(k.result().stallReason().startsWith("stalled: "), k.result().stallReason());
        assertTrue(k.result().stallReason().contains("controller sees it full"), k.result().stallReason());
        assertTrue(k.result().stallReason().contains("only in the shadow doorbell"), k.result().stallReason());
        // the trace ends: shadow head written, EventIdx read (stale), no doorbell, then the stall marker
        List<String> tail = k.lastEvents();
        assertTrue(tail.get(3).startsWith("mark stall: no progress possible"), tail.toString());
        assertEquals(NvmeEvent.CQ_EI_READ.id(), tail.get(2), tail.toString());
        assertEquals(NvmeEvent.CQ_SHADOW.id(), tail.get(1), tail.toString());
        // N7c where the controller re-reads the shadow head without EventIdx; N7d at the end, for the stall
        TreeMap<String, Integer> ids = k.counts();
        assertEquals(Integer.valueOf(1), ids.get("N7d"), ids.toString());
        assertNotNull(ids.get("N7c"), ids.toString());
        assertEquals(java.util.Set.of("N7c", "N7d"), ids.keySet(), "only N7c and N7d: " + ids);
        Violation lastV = k.violations().get(k.violations().size() - 1);
        assertEquals("N7d", lastV.ruleId());
        assertEquals(k.events() - 1, lastV.event(), "N7d is reported at the end of the trace");
        assertEquals(1, lastV.queue());
        assertTrue(lastV.message().contains("full"), lastV.message());
    }

    @Test
    void correctControllerRunsTheSlowGuestClean() throws Exception {
        Workload w = slowGuestWorkload();
        for (long seed : new long[] { w.seed(), 1, 2, 3 }) {
            NvmeConfig c = NvmeDeviceEmulator.config(w.withSeed(seed), null);
            Run k = run(c);
            assertFalse(k.result().stalled(), "seed " + seed + ": " + k.result().stallReason());
            assertEquals(w.requests(), k.result().completed(), "seed " + seed);
            assertEquals(List.of(), k.violations(), "seed " + seed);
        }
    }

    /** The hang needs the slow guest: with the default (fast) guest the same fault is caught but does not hang. */
    @Test
    void fastGuestWithTheFaultDoesNotHang() throws Exception {
        Workload w = slowGuestWorkload();
        NvmeConfig c = NvmeDeviceEmulator.config(w, NvmeFault.MISSING_CQ_EVENTIDX).withSlowGuest(false);
        Run k = run(c);
        assertFalse(k.result().stalled(), k.result().stallReason());
        assertTrue(k.counts().containsKey("N7c"), k.counts().toString());
        assertFalse(k.counts().containsKey("N7d"), k.counts().toString());
    }

    /** Random slow-guest configurations with the correct controller: never a violation, never a stall. */
    @Test
    void randomSlowGuestConfigurationsRunClean() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(71);
        for (int i = 0; i < 40; i++) {
            int size = 2 + r.nextInt(r.nextBoolean() ? 10 : 64);
            NvmeConfig c = NvmeConfig.defaults().withSlowGuest(true).withQueues(1 + r.nextInt(3), size)
                    .withQueueDepth(1 + r.nextInt(size)).withBatch(1 + r.nextInt(3)).withShadowDoorbell(r.nextBoolean())
                    .withIoeventfd(r.nextBoolean()).withCoalescing(r.nextInt(3) == 0 ? 1 + r.nextInt(4) : 0)
                    .withRequests(50 + r.nextInt(200)).withSeed(r.nextLong());
            Run k = run(c);
            assertFalse(k.result().stalled(), c + ": " + k.result().stallReason());
            assertEquals(c.requests(), k.result().completed(), c.toString());
            assertEquals(List.of(), k.violations(), c.toString());
        }
    }

    static Path repo() {
        String p = System.getProperty("ringside.repo");
        if (p != null) {
            return Path.of(p);
        }
        Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (d != null) {
            if (Files.isDirectory(d.resolve("bundles")) && Files.exists(d.resolve(".gitignore"))) {
                return d;
            }
            d = d.getParent();
        }
        throw new IllegalStateException("repository root not found from " + System.getProperty("user.dir"));
    }
}
