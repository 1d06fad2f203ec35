package io.ringside.qemu;

import java.util.List;
import java.util.Map;

import io.ringside.core.state.StateNode;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.state.StateNode.Hint;

/**
 * The operation-level models' part of the state trees ({@link OpVirtioEngine#state},
 * {@link OpNvmeEngine#state}): a queue's counters with the hints the views add up, and {@code show}'s text
 * of each device, read from its tree, saying what the log cannot show.
 */
final class OpText {

    private OpText() {
    }

    /**
     * A queue's {@code stats --json} entry as a detached group, its counters hinted: {@code notifications}
     * (also an MMIO exit), {@code completed}, {@code outstanding}, and {@code interrupts}.
     */
    static StateNode counters(Map<String, Object> stats, String notifications, String completed, String outstanding) {
        StateNode g = StateNode.group();
        stats.forEach(g::putPlain);
        g.get(notifications).hint(Hint.NOTIFICATIONS, Hint.EXITS);
        g.get(completed).hint(Hint.COMPLETED);
        g.get(outstanding).hint(Hint.OUTSTANDING);
        g.get("interrupts").hint(Hint.INTERRUPTS);
        return g;
    }

    /**
     * A device's tree as both operation-level models start it: id, type, level, the fields given, then
     * (a detail for the views that plot history) what the queues counted in epochs closed by resets,
     * oldest first: the {@code queueStats} entries of earlier epochs.
     */
    static StateNode root(DeviceInfo device, int epoch, List<Map<String, Object>> queueStats, String notifications,
            String completed, String outstanding) {
        StateNode m = StateNode.root();
        m.put("device", device.id());
        m.put("type", device.type());
        m.put("level", "operation");
        StateNode closed = m.list("closedEpochs").hint(Hint.DETAIL);
        for (Map<String, Object> c : queueStats) {
            if (((Number) c.get("epoch")).intValue() != epoch) {
                closed.add(null, counters(c, notifications, completed, outstanding)).hint(Hint.QUEUE);
            }
        }
        return m;
    }

    static String virtio(StateNode dev) {
        StringBuilder sb = new StringBuilder();
        sb.append("device ").append(dev.number("device", -1)).append(' ').append(dev.text("type", ""))
                .append(" (operation level)").append(": status ").append(dev.number("status", 0)).append(", epoch ")
                .append(dev.number("epoch", 0)).append(" (").append(dev.number("closedEpochEntries", 0))
                .append(" queue epoch(s) closed by resets)");
        var live = dev.get("queues").children();
        if (live.isEmpty()) {
            sb.append("\n  no queue activity since the last reset");
        }
        String packed = OpEvent.layoutName(OpEvent.LAYOUT_PACKED);
        String split = OpEvent.layoutName(OpEvent.LAYOUT_SPLIT);
        String packedOrInOrder = OpEvent.layoutName(OpEvent.LAYOUT_PACKED_OR_IN_ORDER);
        for (StateNode q : live) {
            String layout = q.text("layout", "");
            String role = q.text("role", null);
            boolean splitInOrder = layout.equals(split) && q.bool("inOrder", false);
            sb.append("\n  q").append(q.number("queue", -1)).append(role == null ? "" : " (" + role + ")").append(' ')
                    .append(layout).append(": popped ").append(q.number("popped", 0)).append(", filled ")
                    .append(q.number("filled", 0));
            if (!layout.equals(packed) && !layout.equals(packedOrInOrder) && !splitInOrder) {
                sb.append(", flushed ").append(q.number("flushed", 0));
            }
            sb.append(", in flight ").append(q.get("inFlightElements").kind() == StateNode.Kind.UNKNOWN
                    ? "unknown (too many to track)" : String.valueOf(q.number("inFlight", 0)))
                    .append(", kicks ").append(q.number("kicks", 0)).append(", interrupts ")
                    .append(q.number("interrupts", 0));
            if (layout.equals(split)) {
                sb.append("\n     last_avail_idx ").append(q.number("lastAvailIdx", 0)).append(", used_idx ")
                        .append(q.number("usedIdx", 0));
                if (splitInOrder) {
                    sb.append(" (VIRTIO_F_IN_ORDER: used buffers published in pop order; ")
                            .append(q.number("overtakingFills", 0)).append(" fill(s) overtook an earlier pop and waited)");
                }
            } else if (layout.equals(packedOrInOrder)) {
                // the indices if split: the leading number of "N if split with IN_ORDER, unknown if packed"
                sb.append("\n     packed, or split with IN_ORDER (fills, no virtqueue_flush; --virtio-features tells): if split,"
                        + " last_avail_idx ").append(firstWord(q.text("lastAvailIdx", ""))).append(", used_idx ")
                        .append(firstWord(q.text("usedIdx", ""))).append("; if packed, unknown");
            } else if (layout.equals(packed)) {
                sb.append("\n     last_avail_idx, used_idx, wrap counters: unknown (packed offsets depend on chain"
                        + " lengths and indirect use, not in the log)");
            } else {
                sb.append("\n     layout unknown (no fill or flush seen): indices unknown");
            }
            if (role != null && role.startsWith("rx") && !role.contains(" or ")) {
                sb.append("\n     receive queue: the buffers the driver posted wait for packets (QEMU pops one per packet);"
                        + " an idle receive queue is not a stall");
            }
            long size = q.number("size", 0);
            sb.append("\n     queue size: ").append(size > 0 ? String.valueOf(size) : "not in the log")
                    .append("; ring contents, descriptors, indirect chains, avail.idx: not in the log");
        }
        return sb.toString();
    }

    private static String firstWord(String s) {
        int sp = s.indexOf(' ');
        return sp < 0 ? s : s.substring(0, sp);
    }

    static String nvme(StateNode dev) {
        StringBuilder sb = new StringBuilder();
        sb.append("device ").append(dev.number("device", -1)).append(" nvme (operation level): ")
                .append(dev.bool("enabled", false) ? "enabled" : "disabled").append(", epoch ")
                .append(dev.number("epoch", 0)).append(", shadow doorbells ")
                .append(dev.bool("shadowDoorbells", false) ? "on (Doorbell Buffer Config took effect)" : "off");
        if (dev.bool("fatal", false)) {
            sb.append(", CSTS.CFS set");
        }
        if (dev.bool("shutdown", false)) {
            sb.append(", shutdown notified");
        }
        for (StateNode s : dev.get("queues").children()) {
            sb.append("\n  SQ").append(s.number("queue", -1)).append(" size ").append(sizeOf(s.number("size", 0)))
                    .append(" -> CQ").append(s.number("cq", 0)).append(": tail ").append(s.number("sqTail", 0))
                    .append(", head ").append(s.number("sqHead", 0)).append(", commands ").append(s.number("popped", 0))
                    .append(", outstanding ").append(s.number("outstanding", 0)).append(", MMIO doorbells ")
                    .append(s.number("mmioSqDoorbells", 0)).append(", shadow reads ").append(s.number("shadowSqReads", 0));
            StateNode db = s.get("doorbells");
            eventIdx(sb, db.number("sqEventIdx", -1));
            StateNode c = s.get("completionQueue");
            if (c != null) {
                sb.append("\n  CQ").append(c.number("id", 0)).append(" size ").append(sizeOf(c.number("size", 0)))
                        .append(" vector ").append(c.number("vector", 0)).append(": head ").append(c.number("head", 0))
                        .append(", completions ").append(c.number("completions", 0)).append(", MMIO doorbells ")
                        .append(c.number("mmioDoorbells", 0)).append(", interrupts ").append(c.number("interrupts", 0));
                eventIdx(sb, db.number("cqEventIdx", -1));
            }
        }
        sb.append("\n  SQ/CQ entries, phase tags, CQ tail as posted, PRPs: not in the log");
        return sb.toString();
    }

    private static String sizeOf(long size) {
        return size > 0 ? String.valueOf(size) : "unknown";
    }

    private static void eventIdx(StringBuilder sb, long v) {
        if (v >= 0) {
            sb.append(", EventIdx ").append(v);
        }
    }
}
