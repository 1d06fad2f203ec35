package io.ringside.core.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ringside.core.internal.state.StateText;
import io.ringside.core.state.StateNode.Hint;
import io.ringside.core.state.StateNode.Kind;

/**
 * The state tree's reading side, as the consumers use it: JSON's plain form leaves details and ring
 * images out, counters are found and added up by their hints (details included), and a device without a
 * text of its own is shown as an indented outline.
 */
class StateNodeTest {

    /** A device of two queues; the second has counters only in details, like an NVMe CQ. */
    private static StateNode device() {
        StateNode d = StateNode.root();
        d.put("device", 3);
        d.put("type", "toy");
        d.put("base", 0x7f000).hint(Hint.HEX);
        d.put("ratio", 0.25);
        d.put("secret", 42).hint(Hint.DETAIL);
        StateNode qs = d.list("queues");
        StateNode q0 = qs.addGroup().hint(Hint.QUEUE);
        q0.put("queue", 0);
        q0.put("kicks", 5).hint(Hint.NOTIFICATIONS, Hint.EXITS);
        q0.unknown("ring", StateNode.UNKNOWN);
        StateNode q1 = qs.addGroup().hint(Hint.QUEUE);
        q1.put("queue", 1);
        q1.group("sq").put("doorbells", 7).hint(Hint.DETAIL, Hint.NOTIFICATIONS, Hint.EXITS);
        q1.group("cq").put("doorbells", 2).hint(Hint.DETAIL, Hint.EXITS);
        long[] col = q1.table("slots", 3, "cid").column("cid");
        col[2] = 9;
        return d;
    }

    @Test
    void plainFormIsWhatJsonPrints() {
        Map<String, Object> q0 = new LinkedHashMap<>();
        q0.put("queue", 0L);
        q0.put("kicks", 5L);
        q0.put("ring", "unknown");
        Map<String, Object> q1 = new LinkedHashMap<>();
        q1.put("queue", 1L);
        q1.put("sq", Map.of());
        q1.put("cq", Map.of());
        Map<String, Object> want = new LinkedHashMap<>();
        want.put("device", 3L);
        want.put("type", "toy");
        want.put("base", 0x7f000L);
        want.put("ratio", 0.25);
        want.put("queues", List.of(q0, q1));
        assertEquals(want, device().toPlain());
        assertEquals(List.copyOf(want.keySet()), List.copyOf(((Map<?, ?>) device().toPlain()).keySet()), "key order");
    }

    @Test
    void hintsFindQueuesAndAddUpTheirCounters() {
        StateNode d = device();
        List<StateNode> qs = d.find(Hint.QUEUE);
        assertEquals(2, qs.size());
        assertEquals(5, qs.get(0).total(Hint.EXITS));
        assertEquals(9, qs.get(1).total(Hint.EXITS), "SQ and CQ doorbells, both details");
        assertEquals(7, qs.get(1).total(Hint.NOTIFICATIONS));
        assertEquals(0, qs.get(1).total(Hint.INTERRUPTS));
        assertEquals(9, qs.get(1).get("slots").column("cid")[2]);
        assertEquals(Kind.TABLE, qs.get(1).get("slots").kind());
        assertEquals("0x7f000", d.get("base").valueText());
        assertEquals("unknown", qs.get(0).get("ring").valueText());
        assertEquals(-1, qs.get(0).number("ring", -1), "an unknown is no number");
        assertNull(d.without("queues").get("queues"));
        assertEquals(List.of("device", "type", "base", "ratio"),
                d.without("queues").shown().stream().map(StateNode::name).toList());
    }

    @Test
    void aDeviceWithoutItsOwnTextIsOutlined() {
        String want = String.join("\n",
                "device: 3",
                "type: toy",
                "base: 0x7f000",
                "ratio: 0.25",
                "queues:",
                "  [0]:",
                "    queue: 0",
                "    kicks: 5",
                "    ring: unknown",
                "  [1]:",
                "    queue: 1",
                "    sq:",
                "    cq:");
        assertEquals(want, StateText.outline(device()));
        assertTrue(!StateText.outline(device()).contains("secret"));
    }
}
