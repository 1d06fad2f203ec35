package io.ringside.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.state.StateNode;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.TraceEvent;

/**
 * The operation-level NVMe state names the SQ slot each outstanding command was fetched from (the SQ
 * head at its fetch) and keeps the MMIO, shadow doorbell and EventIdx values apart, as the Rings view
 * draws them.
 */
class OpNvmeSlotsTest {

    private final List<Violation> seen = new ArrayList<>();
    private long seq;

    private void ev(DeviceEngine en, OpEvent t, int q, long... f) {
        TraceEvent e = new TraceEvent().reset(t).device(0).queue(q);
        for (int i = 0; i < f.length; i++) {
            e.set(i, f[i]);
        }
        e.seq(seq++);
        en.apply(e, seen::add);
    }

    private static StateNode sq1(OpNvmeEngine en) {
        return en.state(StateNode.Detail.FULL).get("queues").children().get(1);
    }

    private static List<Object> plain(StateNode list) {
        return list.children().stream().map(StateNode::toPlain).toList();
    }

    private OpNvmeEngine engine() {
        OpNvmeEngine en = new OpNvmeEngine(new DeviceInfo(0, "nvme", "n", 0, null, null, null));
        ev(en, OpEvent.NVME_ENABLE, -1, 32, 32);
        ev(en, OpEvent.NVME_CREATE_CQ, 1, 8, 1, 1);
        ev(en, OpEvent.NVME_CREATE_SQ, 1, 4, 1);
        return en;
    }

    @Test
    void outstandingCommandsAtTheirSlotsUntilTheRingTurns() {
        OpNvmeEngine en = engine();
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
        OpNvmeEngine en = engine();
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
