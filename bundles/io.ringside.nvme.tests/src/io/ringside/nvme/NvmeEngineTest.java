package io.ringside.nvme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.trace.TraceEvent;

class NvmeEngineTest {

    @Test
    void doorbellLayoutFollowsDstrd() {
        // NVMe Base 2.0 §3.1.3: SQy at 0x1000 + 2y*(4<<DSTRD), CQy at 0x1000 + (2y+1)*(4<<DSTRD)
        assertEquals(0x1000, Nvme.sqTailDoorbell(0, 0));
        assertEquals(0x1004, Nvme.cqHeadDoorbell(0, 0));
        assertEquals(0x1008, Nvme.sqTailDoorbell(1, 0)); // as in the QEMU 7.2 trace: addr 0x1008 = SQ 1
        assertEquals(0x100c, Nvme.cqHeadDoorbell(1, 0));
        assertEquals(0x1000 + 2 * 2 * 16, Nvme.sqTailDoorbell(2, 2));
        assertEquals(0x1000 + 5 * 16, Nvme.cqHeadDoorbell(2, 2));
        assertEquals(3, Nvme.doorbellIndex(0x100c, 0));
        assertEquals(-1, Nvme.doorbellIndex(0x1002, 0));
        assertEquals(0x5008, Nvme.sqSlot(0x5000, 1, 0));
    }

    @ParameterizedTest
    @ValueSource(booleans = { false, true })
    void cleanRunHasNoViolationsAndWrapsPhase(boolean shadow) {
        NvmeFixture f = new NvmeFixture(1, 4, shadow, 0);
        int cid = 0;
        // 10 rounds of 2 commands over a queue of 4 entries: SQ and CQ wrap several times, phase flips
        for (int round = 0; round < 10; round++) {
            int a = cid++, b = cid++;
            f.submit(1, a).submit(1, b).fetchAll(1, a, b).complete(1, a).complete(1, b).irq(1).reap(1, a, b);
        }
        f.finish();
        assertEquals(List.of(), f.ruleIds(), f.dump());
        CompletionQueue cq = f.engine.cq(1);
        assertEquals(20, cq.completions());
        assertEquals(20 % 4, cq.tail());
        assertEquals(20 / 4 % 2 == 0 ? 1 : 0, cq.phase());
        assertEquals(cq.tail(), cq.hostHead());
        SubmissionQueue sq = f.engine.sq(1);
        assertEquals(20, sq.commands());
        assertEquals(0, sq.outstandingCommands());
        if (!shadow) {
            assertEquals(20, sq.mmioDoorbells());
            assertEquals(10, cq.mmioDoorbells());
            assertEquals(0, sq.shadowUpdates());
        } else {
            // the second submit of each round finds EventIdx behind: shadow only
            assertEquals(20, sq.shadowUpdates());
            assertEquals(10, sq.skippedDoorbells());
            assertEquals(10, sq.mmioDoorbells());
            // QEMU >= 7.2 sets CQ EventIdx to the head it knows before posting: one CQ MMIO per batch
            assertEquals(10, cq.mmioDoorbells());
        }
    }

    /** Issue 23 item 14: the user's --need-event wins over the header's formula; without it the header's holds. */
    @Test
    void theOptionOverridesTheHeadersFormula() {
        io.ringside.core.trace.DeviceInfo d = new io.ringside.core.trace.DeviceInfo(0, Nvme.DEVICE_TYPE, "nvme0", 0, Map.of(),
                Map.of(Nvme.S_NEED_EVENT, "linux"), List.of());
        io.ringside.core.engine.CheckOptions dflt = io.ringside.core.engine.CheckOptions.DEFAULT;
        assertEquals(io.ringside.core.engine.NeedEvent.LINUX, new NvmeEngine(d, dflt).needEvent());
        assertEquals(io.ringside.core.engine.NeedEvent.SPDK,
                new NvmeEngine(d, dflt.withNeedEvent(io.ringside.core.engine.NeedEvent.SPDK)).needEvent());
        io.ringside.core.trace.DeviceInfo spdk = new io.ringside.core.trace.DeviceInfo(0, Nvme.DEVICE_TYPE, "nvme0", 0, Map.of(),
                Map.of(Nvme.S_NEED_EVENT, "spdk"), List.of());
        assertEquals(io.ringside.core.engine.NeedEvent.SPDK, new NvmeEngine(spdk, dflt).needEvent());
    }

    @Test
    void statsFollowTheContract() {
        NvmeFixture f = new NvmeFixture(2, 8, true, 0);
        f.submit(1, 1).fetchAll(1, 1).complete(1, 1).irq(1).reap(1, 1);
        f.submit(2, 7).submit(2, 8).fetchAll(2, 7, 8).complete(2, 7).complete(2, 8).irq(2).reap(2, 7, 8);
        List<Map<String, Object>> qs = f.engine.queueStats();
        assertEquals(3, qs.size());
        Map<String, Object> q2 = qs.get(2);
        assertEquals(List.of("queue", "layout", "size", "admin", "commands", "completions", "mmioDoorbells",
                "mmioSqDoorbells", "mmioCqDoorbells", "shadowUpdates", "skippedDoorbells", "eventfdSignals", "interrupts",
                "mmioDoorbellsPerCommand", "interruptsPerCommand"), List.copyOf(q2.keySet()));
        assertEquals(2L, q2.get("commands"));
        assertEquals(2L, q2.get("completions"));
        assertEquals(1L, q2.get("interrupts"));
        Map<String, Long> totals = new HashMap<>();
        f.engine.addTotals(totals);
        assertEquals(3L, totals.get("ioCommands"));
        assertEquals(3L, totals.get("ioCompletions"));
        assertEquals(2L, totals.get("mmioSqDoorbells"));
        assertEquals(2L, totals.get("mmioCqDoorbells"));
        assertEquals(2L, totals.get("interrupts"));
    }

    @Test
    void copyIsIndependentAndStateEqualsDetectsDifference() {
        NvmeFixture f = new NvmeFixture(1, 8, true, 0);
        f.submit(1, 1).submit(1, 2).fetchAll(1, 1, 2);
        DeviceEngine snap = f.engine.copy();
        assertTrue(snap.stateEquals(f.engine));
        f.complete(1, 1);
        assertFalse(snap.stateEquals(f.engine));
        // replaying the same event on the copy brings it to the same state
        TraceEvent last = f.events.get(f.events.size() - 1);
        // complete() emits EventIdx, shadow read, then the CQE: replay those three
        for (TraceEvent e : f.events.subList(f.events.size() - 3, f.events.size())) {
            snap.apply(e, v -> {
            });
        }
        assertEquals(NvmeEvent.CQE, last.type());
        assertTrue(snap.stateEquals(f.engine));
        assertEquals(1, ((NvmeEngine) snap).sq(1).outstandingCommands());
    }

    @Test
    void adminCommandsCreateQueuesAndEnableShadowDoorbells() {
        NvmeFixture f = NvmeFixture.adminSetup(8);
        assertFalse(f.engine.sq(1).created());
        // Create I/O CQ 1 (size 8, vector 1), Create I/O SQ 1 on CQ 1, Doorbell Buffer Config
        f.adminSqe(0, 10, Nvme.ADMIN_CREATE_CQ, 0x40000, 0, 1 | (7 << 16), 1 | (1L << 16)).sqDb(0, 1);
        f.fetchEv(0, 0, 10).cqeEv(0, 0, 10, 0, 1, 1).consumeEv(0, 0, 10).cqDb(0, 1);
        f.adminSqe(1, 11, Nvme.ADMIN_CREATE_SQ, 0x50000, 0, 1 | (7 << 16), 1 | (1L << 16)).sqDb(0, 2);
        f.fetchEv(0, 1, 11).cqeEv(0, 1, 11, 0, 2, 1).consumeEv(0, 1, 11).cqDb(0, 2);
        f.adminSqe(2, 12, Nvme.ADMIN_DBBUF_CONFIG, 0x60000, 0x61000, 0, 0).sqDb(0, 3);
        f.fetchEv(0, 2, 12).cqeEv(0, 2, 12, 0, 3, 1).consumeEv(0, 2, 12).cqDb(0, 3);
        assertTrue(f.engine.sq(1).created());
        assertEquals(1, f.engine.cq(1).vector());
        assertTrue(f.engine.dbbufEnabled());
        assertEquals(0x60000, f.engine.shadowBuffer());
        // use queue 1 with the configured buffers
        f.sqe(1, 0, 5).ev(NvmeEvent.SQ_SHADOW, 1, 1, 0x60008).ev(NvmeEvent.SQ_EI_READ, 1, 0).sqDb(1, 1);
        f.finish();
        List<String> ids = f.ruleIds();
        assertEquals(List.of("N4e"), ids, f.dump()); // cid 5 is left outstanding on purpose
        Violation v = f.sink.violations().get(0);
        assertTrue(v.message().contains("never fetched"), v.message());
    }
}
