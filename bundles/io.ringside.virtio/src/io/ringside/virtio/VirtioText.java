package io.ringside.virtio;

import java.util.ArrayList;
import java.util.List;

import io.ringside.core.state.StateNode;
import io.ringside.core.util.Text;

/**
 * {@code show}'s text of a memory-level virtio device, read from its full state tree
 * ({@link VirtioStateTree}): a device line, then per queue its layout, both sides' indices and
 * notification state, and the outstanding buffers (split: each chain from the available ring, at most
 * 32 with 8 descriptors each; packed: each buffer's positions).
 */
final class VirtioText {

    private VirtioText() {
    }

    static String describe(StateNode dev) {
        StringBuilder sb = new StringBuilder();
        sb.append("device ").append(dev.number("device", -1)).append(" (").append(Text.escape(dev.text("type", ""))).append(") features ")
                .append(texts(dev.get("featureNames")));
        for (StateNode q : dev.get("queues").children()) {
            sb.append('\n');
            if ("packed".equals(q.text("layout", ""))) {
                packed(sb, q);
            } else {
                split(sb, q);
            }
        }
        return sb.toString();
    }

    private static void header(StringBuilder sb, StateNode q) {
        StateNode ring = q.get("ring");
        boolean packed = "packed".equals(q.text("layout", ""));
        RingLayout l = new RingLayout(packed, (int) ring.number("size", 0), ring.number("descAddr", 0),
                ring.number(packed ? "driverEventAddr" : "availAddr", 0), ring.number(packed ? "deviceEventAddr" : "usedAddr", 0));
        sb.append("queue ").append(q.number("queue", -1)).append(packed ? ": packed, size " : ": split, size ")
                .append(q.number("size", 0)).append(' ').append(texts(q.get("features"))).append(", ").append(l.describe())
                .append('\n');
    }

    private static void split(StringBuilder sb, StateNode q) {
        header(sb, q);
        StateNode m = q.get("metrics");
        StateNode drv = q.get("driver");
        StateNode dev = q.get("device");
        boolean eventIdx = texts(q.get("features")).contains("EVENT_IDX");
        sb.append("  driver: avail.idx=").append(drv.number("availIdx", 0)).append(" avail.flags=")
                .append(drv.number("availFlags", 0));
        if (eventIdx) {
            sb.append(" used_event=").append(drv.number("usedEvent", 0));
        }
        sb.append("  kicks ").append(m.number("kicks", 0)).append(" (suppressed ").append(m.number("kicksSuppressed", 0))
                .append(")\n");
        sb.append("  device: used.idx=").append(dev.number("usedIdx", 0)).append(" used.flags=")
                .append(dev.number("usedFlags", 0));
        if (eventIdx) {
            sb.append(" avail_event=").append(dev.number("availEvent", 0));
        }
        sb.append(" next fetch=").append(dev.number("nextFetchIdx", 0)).append("  interrupts ")
                .append(m.number("interrupts", 0)).append(" (suppressed ").append(m.number("interruptsSuppressed", 0))
                .append(")\n");
        long out = outstanding(sb, m);
        // the chains of the outstanding buffers, in available-ring order from used.idx
        int size = (int) q.number("size", 1);
        int availIdx = (int) drv.number("availIdx", 0);
        int usedIdx = (int) dev.number("usedIdx", 0);
        StateNode desc = q.get("descriptorTable");
        long[] flags = desc.column("flags");
        long[] next = desc.column("next");
        long[] addr = desc.column("addr");
        long[] len = desc.column("len");
        long[] heads = q.get("availRingSlots").column("head");
        long[] state = q.get("bufferTable").column("state");
        int shown = 0;
        for (int k = 0; k < size && shown < 32; k++) {
            int idx = (usedIdx + k) & 0xffff;
            if (((availIdx - idx) & 0xffff) == 0 || ((availIdx - idx) & 0xffff) > size) {
                break;
            }
            int h = (int) heads[idx % size];
            if (h >= size || (state[h] != QueueState.AVAILABLE && state[h] != QueueState.IN_FLIGHT)) {
                continue;
            }
            shown++;
            sb.append("\n    avail idx ").append(idx).append(": head ").append(h).append(" ")
                    .append(QueueState.STATE_NAMES[(int) state[h]]).append(':');
            int i = h;
            for (int c = 0; c < size && c < 8; c++) {
                sb.append(" [").append(i).append(" 0x").append(Long.toHexString(addr[i])).append('+').append(len[i])
                        .append(' ').append(splitFlags((int) flags[i])).append(']');
                if ((flags[i] & SplitQueueState.F_NEXT) == 0 || next[i] >= size) {
                    break;
                }
                i = (int) next[i];
            }
        }
        more(sb, out, shown);
    }

    private static void packed(StringBuilder sb, StateNode q) {
        header(sb, q);
        StateNode m = q.get("metrics");
        StateNode drv = q.get("driver");
        StateNode dev = q.get("device");
        String needEvent = q.text("needEvent", "");
        sb.append("  driver: next position ").append(drv.number("nextPosition", 0)).append(" wrap ")
                .append(drv.number("wrapCounter", 0)).append("  driver event: ")
                .append(PackedQueueState.evName((int) drv.number("eventFlags", 0), (int) drv.number("eventOffWrap", 0),
                        needEvent))
                .append("  kicks ").append(m.number("kicks", 0)).append(" (suppressed ")
                .append(m.number("kicksSuppressed", 0)).append(")\n");
        sb.append("  device: next read ").append(dev.number("nextReadPosition", 0)).append(" wrap ")
                .append(dev.number("readWrapCounter", 0)).append(", next used ").append(dev.number("nextUsedPosition", 0))
                .append(" wrap ").append(dev.number("usedWrapCounter", 0)).append("  device event: ")
                .append(PackedQueueState.evName((int) dev.number("eventFlags", 0), (int) dev.number("eventOffWrap", 0),
                        needEvent))
                .append("  interrupts ").append(m.number("interrupts", 0)).append(" (suppressed ")
                .append(m.number("interruptsSuppressed", 0)).append(")\n");
        long out = outstanding(sb, m);
        long size = q.number("size", 1);
        int shown = 0;
        for (StateNode b : q.get("buffers").children()) {
            if (shown >= 32) {
                break;
            }
            shown++;
            long head = b.number("headPosition", 0);
            sb.append("\n    buffer id ").append(b.number("id", 0)).append(' ').append(b.text("state", ""))
                    .append(": positions ").append(head).append("..").append((head + b.number("descriptors", 0) - 1) % size)
                    .append(", ").append(b.number("writableBytes", 0)).append(" writable bytes");
        }
        more(sb, out, shown);
    }

    private static long outstanding(StringBuilder sb, StateNode m) {
        long out = m.number("outstanding", 0);
        sb.append("  outstanding: ").append(out).append(" buffer(s); made available ").append(m.number("buffers", 0))
                .append(", fetched ").append(m.number("popped", 0)).append(", used ").append(m.number("filled", 0));
        return out;
    }

    private static void more(StringBuilder sb, long out, int shown) {
        if (out > shown) {
            sb.append("\n    ... ").append(out - shown).append(" more");
        }
    }

    /** A split descriptor's flags as letters: N(ext), W(rite), I(ndirect); R (read-only) when none. */
    static String splitFlags(int f) {
        StringBuilder sb = new StringBuilder();
        if ((f & SplitQueueState.F_NEXT) != 0) {
            sb.append("N");
        }
        if ((f & SplitQueueState.F_WRITE) != 0) {
            sb.append("W");
        }
        if ((f & SplitQueueState.F_INDIRECT) != 0) {
            sb.append("I");
        }
        return sb.length() == 0 ? "R" : sb.toString();
    }

    /** The texts of a list node, as a List (prints as {@code [A, B]}). */
    private static List<String> texts(StateNode list) {
        List<String> l = new ArrayList<>();
        for (StateNode n : list.children()) {
            l.add(n.text());
        }
        return l;
    }
}
