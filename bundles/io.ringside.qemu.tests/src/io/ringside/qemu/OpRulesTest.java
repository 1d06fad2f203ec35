package io.ringside.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ringside.core.check.Rule;
import io.ringside.core.check.Violation;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.state.StateNode;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceEvent;

/**
 * Each operation-level rule: a small event sequence that breaks exactly it, and the clean variant; and the
 * NVMe state the Rings view draws beyond the rules (slots of outstanding commands, doorbell values).
 */
class OpRulesTest {

    private final List<Violation> seen = new ArrayList<>();
    private long seq;

    private static DeviceInfo virtio(int size) {
        return new DeviceInfo(0, "virtio-blk", "t", 0, null, null, List.of(new QueueInfo(0, "split", size, null)));
    }

    private void ev(DeviceEngine en, OpEvent t, int q, long... f) {
        TraceEvent e = new TraceEvent().reset(t).device(0).queue(q);
        for (int i = 0; i < f.length; i++) {
            e.set(i, f[i]);
        }
        e.seq(seq++);
        en.apply(e, seen::add);
    }

    private void expectOnly(Rule r) {
        assertEquals(1, seen.size(), () -> "expected exactly one " + r.id() + ", got " + seen);
        assertEquals(r, seen.get(0).rule());
        assertTrue(seen.get(0).section().length() > 5);
    }

    private OpVirtioEngine split() {
        OpVirtioEngine en = new OpVirtioEngine(virtio(0));
        ev(en, OpEvent.STATUS, -1, 15);
        ev(en, OpEvent.QUEUE, 0, OpEvent.LAYOUT_SPLIT, 0x10, 1);
        return en;
    }

    @Test
    void cleanSplitSequence() {
        OpVirtioEngine en = split();
        ev(en, OpEvent.KICK, 0);
        ev(en, OpEvent.POP, 0, 0xa0, 2, 1);
        ev(en, OpEvent.POP, 0, 0xb0, 2, 1);
        ev(en, OpEvent.FILL, 0, 0xb0, 10, 0);
        ev(en, OpEvent.FILL, 0, 0xa0, 10, 1);
        ev(en, OpEvent.FLUSH, 0, 2);
        ev(en, OpEvent.INTERRUPT, 0, 1);
        assertEquals(List.of(), seen);
        Map<String, Object> s = en.queueStats().get(0);
        assertEquals(2L, s.get("lastAvailIdx"));
        assertEquals(2L, s.get("usedIdx"));
        assertEquals(0L, s.get("inFlight"));
    }

    @Test
    void q1aFillOfAnElementNotInFlight() {
        OpVirtioEngine en = split();
        ev(en, OpEvent.POP, 0, 0xa0, 1, 1);
        ev(en, OpEvent.FILL, 0, 0xa0, 1, 0);
        ev(en, OpEvent.FLUSH, 0, 1);
        ev(en, OpEvent.FILL, 0, 0xa0, 1, 0); // filled twice
        expectOnly(OpRules.Q1A);
    }

    @Test
    void q1bPopOfAnElementStillInFlight() {
        OpVirtioEngine en = split();
        ev(en, OpEvent.POP, 0, 0xa0, 1, 1);
        ev(en, OpEvent.POP, 0, 0xa0, 1, 1);
        expectOnly(OpRules.Q1B);
    }

    @Test
    void q2aFlushCountBeyondFills() {
        OpVirtioEngine en = split();
        ev(en, OpEvent.POP, 0, 0xa0, 1, 1);
        ev(en, OpEvent.FILL, 0, 0xa0, 1, 0);
        ev(en, OpEvent.FLUSH, 0, 2);
        expectOnly(OpRules.Q2A);
    }

    @Test
    void q2bFillIdxOverwritesAnUnpublishedSlot() {
        OpVirtioEngine en = split();
        ev(en, OpEvent.POP, 0, 0xa0, 1, 1);
        ev(en, OpEvent.POP, 0, 0xb0, 1, 1);
        ev(en, OpEvent.FILL, 0, 0xa0, 1, 0);
        ev(en, OpEvent.FILL, 0, 0xb0, 1, 0); // should be idx 1
        expectOnly(OpRules.Q2B);
    }

    @Test
    void q3MoreInFlightThanTheQueueSize() {
        OpVirtioEngine en = new OpVirtioEngine(virtio(2));
        ev(en, OpEvent.POP, 0, 0xa0, 1, 1);
        ev(en, OpEvent.POP, 0, 0xb0, 1, 1);
        assertEquals(List.of(), seen);
        ev(en, OpEvent.POP, 0, 0xc0, 1, 1);
        expectOnly(OpRules.Q3);
    }

    @Test
    void resetStartsANewEpochAndDropsInFlight() {
        OpVirtioEngine en = split();
        ev(en, OpEvent.POP, 0, 0xa0, 1, 1);
        ev(en, OpEvent.STATUS, -1, 0);
        ev(en, OpEvent.STATUS, -1, 0);
        ev(en, OpEvent.STATUS, -1, 15);
        ev(en, OpEvent.POP, 0, 0xa0, 1, 1); // same pointer, new epoch: fine
        assertEquals(List.of(), seen);
        assertEquals(2, en.queueStats().size());
        assertEquals(1, en.epoch());
        DeviceEngine c = en.copy();
        assertTrue(c.stateEquals(en));
        ev(en, OpEvent.FILL, 0, 0xa0, 1, 0);
        assertTrue(!c.stateEquals(en));
    }

    // ---- NVMe

    private OpNvmeEngine nvme() {
        return nvme(4);
    }

    /** An enabled controller with SQ 1 of 4 entries on CQ 1 of {@code cqSize}. */
    private OpNvmeEngine nvme(int cqSize) {
        OpNvmeEngine en = new OpNvmeEngine(new DeviceInfo(0, "nvme", "n", 0, null, null, null));
        ev(en, OpEvent.NVME_ENABLE, -1, 32, 32);
        ev(en, OpEvent.NVME_CREATE_CQ, 1, cqSize, 1, 1);
        ev(en, OpEvent.NVME_CREATE_SQ, 1, 4, 1);
        return en;
    }

    @Test
    void cleanNvmeSequence() {
        OpNvmeEngine en = nvme();
        ev(en, OpEvent.NVME_SQ_DOORBELL, 1, 2);
        ev(en, OpEvent.NVME_COMMAND, 1, 7, 2, 0, 1);
        ev(en, OpEvent.NVME_COMMAND, 1, 8, 2, 0, 1);
        ev(en, OpEvent.NVME_COMPLETION, 1, 8, 0);
        ev(en, OpEvent.NVME_COMPLETION, 1, 7, 0);
        ev(en, OpEvent.NVME_IRQ, -1, 1, 0);
        ev(en, OpEvent.NVME_CQ_DOORBELL, 1, 2);
        ev(en, OpEvent.NVME_DBBUF, -1, 0x1000, 0x2000);
        ev(en, OpEvent.NVME_SHADOW_SQ, 1, 3);
        ev(en, OpEvent.NVME_EVENTIDX_SQ, 1, 3);
        ev(en, OpEvent.NVME_COMMAND, 1, 9, 2, 0, 1);
        assertEquals(List.of(), seen);
        Map<String, Object> s = en.queueStats().get(1);
        assertEquals(1L, s.get("interrupts"));
        assertEquals(2L, s.get("commandsBeforeDbbuf"));
        assertEquals(2L, s.get("mmioDoorbellsBeforeDbbuf"));
        assertEquals(1L, s.get("commandsAfterDbbuf"));
        assertEquals(3L, s.get("sqHead"));
    }

    @Test
    void q4aCompletionWithoutOutstandingCommand() {
        OpNvmeEngine en = nvme();
        ev(en, OpEvent.NVME_SQ_DOORBELL, 1, 1);
        ev(en, OpEvent.NVME_COMMAND, 1, 7, 2, 0, 1);
        ev(en, OpEvent.NVME_COMPLETION, 1, 6, 0);
        expectOnly(OpRules.Q4A);
    }

    @Test
    void q4bCommandIdReusedWhileOutstanding() {
        OpNvmeEngine en = nvme();
        ev(en, OpEvent.NVME_SQ_DOORBELL, 1, 2);
        ev(en, OpEvent.NVME_COMMAND, 1, 7, 2, 0, 1);
        ev(en, OpEvent.NVME_COMMAND, 1, 7, 2, 0, 1);
        expectOnly(OpRules.Q4B);
    }

    @Test
    void q5aDoorbellValueNotBelowTheQueueSize() {
        OpNvmeEngine en = nvme();
        ev(en, OpEvent.NVME_SHADOW_SQ, 1, 4);
        expectOnly(OpRules.Q5A);
        seen.clear();
        ev(en, OpEvent.NVME_BAD_DOORBELL, 1, 9, 1);
        expectOnly(OpRules.Q5A);
    }

    @Test
    void q5bDoorbellOfAQueueThatDoesNotExist() {
        OpNvmeEngine en = nvme();
        ev(en, OpEvent.NVME_SQ_DOORBELL, 3, 1);
        expectOnly(OpRules.Q5B);
    }

    @Test
    void q6aTailOverrunsTheSq() {
        OpNvmeEngine en = nvme();
        ev(en, OpEvent.NVME_SQ_DOORBELL, 1, 3); // 3 pending = size - 1: full
        assertEquals(List.of(), seen);
        ev(en, OpEvent.NVME_SQ_DOORBELL, 1, 0); // a 4th entry: the tail reaches the head
        expectOnly(OpRules.Q6A);
    }

    @Test
    void q6bHeadPassesQueuedCompletions() {
        OpNvmeEngine en = nvme();
        ev(en, OpEvent.NVME_SQ_DOORBELL, 1, 1);
        ev(en, OpEvent.NVME_COMMAND, 1, 7, 2, 0, 1);
        ev(en, OpEvent.NVME_COMPLETION, 1, 7, 0);
        ev(en, OpEvent.NVME_CQ_DOORBELL, 1, 2);
        expectOnly(OpRules.Q6B);
    }

    @Test
    void q6cFetchFromAnEmptySq() {
        OpNvmeEngine en = nvme();
        ev(en, OpEvent.NVME_COMMAND, 1, 7, 2, 0, 1);
        expectOnly(OpRules.Q6C);
    }

    @Test
    void q6dMoreOutstandingThanTheCqHolds() {
        OpNvmeEngine en = nvme();
        for (int i = 0; i < 3; i++) { // 3 commands outstanding: CQ size 4 holds 3
            ev(en, OpEvent.NVME_SQ_DOORBELL, 1, i + 1);
            ev(en, OpEvent.NVME_COMMAND, 1, i, 2, 0, 1);
        }
        assertEquals(List.of(), seen);
        ev(en, OpEvent.NVME_SQ_DOORBELL, 1, 0);
        ev(en, OpEvent.NVME_COMMAND, 1, 3, 2, 0, 1);
        expectOnly(OpRules.Q6D);
    }

    @Test
    void controllerResetEndsTheEpoch() {
        OpNvmeEngine en = nvme();
        ev(en, OpEvent.NVME_SQ_DOORBELL, 1, 1);
        ev(en, OpEvent.NVME_COMMAND, 1, 7, 2, 0, 1);
        ev(en, OpEvent.NVME_DISABLE, -1, 1);
        ev(en, OpEvent.NVME_ENABLE, -1, 32, 32);
        ev(en, OpEvent.NVME_COMPLETION, 1, 7, 0); // CQ1 is gone: no outstanding command matches
        expectOnly(OpRules.Q4A);
        assertEquals(1, en.epoch());
    }

    // ---- NVMe state the Rings view draws: outstanding commands at their SQ slots (the SQ head at their
    // fetch), and the MMIO, shadow doorbell and EventIdx values apart

    private static StateNode sq1(OpNvmeEngine en) {
        return en.state(StateNode.Detail.FULL).get("queues").children().get(1);
    }

    private static List<Object> plain(StateNode list) {
        return list.children().stream().map(StateNode::toPlain).toList();
    }

    @Test
    void outstandingCommandsAtTheirSlotsUntilTheRingTurns() {
        OpNvmeEngine en = nvme(8);
        ev(en, OpEvent.NVME_SQ_DOORBELL, 1, 3);
        ev(en, OpEvent.NVME_COMMAND, 1, 7, 2, 0, 1); // slot 0
        ev(en, OpEvent.NVME_COMMAND, 1, 8, 2, 0, 1); // slot 1
        ev(en, OpEvent.NVME_COMMAND, 1, 9, 2, 0, 1); // slot 2
        ev(en, OpEvent.NVME_COMPLETION, 1, 8, 0);
        assertEquals(List.of(7L, 9L), plain(sq1(en).get("outstandingCids")));
        assertEquals(List.of(0L, 2L), plain(sq1(en).get("outstandingSlots")));

        OpNvmeEngine before = (OpNvmeEngine) en.copy();
        ev(en, OpEvent.NVME_COMPLETION, 1, 9, 0);
        ev(en, OpEvent.NVME_SQ_DOORBELL, 1, 2); // 3 more: slots 3, 0, 1
        ev(en, OpEvent.NVME_COMMAND, 1, 10, 2, 0, 1);
        ev(en, OpEvent.NVME_COMMAND, 1, 11, 2, 0, 1); // over cid 7's slot 0: 7 is still outstanding
        ev(en, OpEvent.NVME_COMMAND, 1, 12, 2, 0, 1);
        assertEquals(List.of(), seen);
        assertEquals(List.of(7L, 10L, 11L, 12L), plain(sq1(en).get("outstandingCids")));
        assertEquals(List.of(StateNode.UNKNOWN, 3L, 0L, 1L), plain(sq1(en).get("outstandingSlots")));
        assertFalse(en.stateEquals(before));
        assertEquals(List.of(0L, 2L), plain(sq1(before).get("outstandingSlots")), "a copy keeps its own slots");
    }

    @Test
    void mmioShadowAndEventIdxValuesApart() {
        OpNvmeEngine en = nvme(8);
        StateNode db = sq1(en).get("doorbells");
        for (String k : new String[] {"sqMmioTail", "sqShadowTail", "sqEventIdx", "cqMmioHead", "cqShadowHead", "cqEventIdx"}) {
            assertEquals(StateNode.UNKNOWN, db.text(k, null), k + " before any doorbell");
        }
        ev(en, OpEvent.NVME_SQ_DOORBELL, 1, 1);
        ev(en, OpEvent.NVME_COMMAND, 1, 7, 2, 0, 1);
        ev(en, OpEvent.NVME_COMPLETION, 1, 7, 0);
        ev(en, OpEvent.NVME_CQ_DOORBELL, 1, 1);
        ev(en, OpEvent.NVME_DBBUF, -1, 0x1000, 0x2000);
        ev(en, OpEvent.NVME_SHADOW_SQ, 1, 3);
        ev(en, OpEvent.NVME_EVENTIDX_SQ, 1, 3);
        ev(en, OpEvent.NVME_EVENTIDX_CQ, 1, 1);
        assertEquals(List.of(), seen);
        db = sq1(en).get("doorbells");
        assertEquals(1, db.number("sqMmioTail", -1));
        assertEquals(3, db.number("sqShadowTail", -1));
        assertEquals(3, db.number("sqEventIdx", -1));
        assertEquals(1, db.number("cqMmioHead", -1));
        assertEquals(StateNode.UNKNOWN, db.text("cqShadowHead", null));
        assertEquals(1, db.number("cqEventIdx", -1));
        assertTrue(sq1(en).has(StateNode.Hint.QUEUE));
    }
}
