package io.ringside.nvme;

import io.ringside.core.state.StateNode;

/**
 * {@code show}'s text of a memory-level NVMe controller, read from its state tree
 * ({@link NvmeStateTree}): the controller line, then per queue pair its SQ (host tail, published tail,
 * doorbell, shadow, EventIdx, controller tail and head) and CQ (tail and phase, host head and phase,
 * doorbell, shadow, EventIdx, controller head). Doorbell-buffer values are shown as written, {@code -}
 * where never written.
 */
final class NvmeText {

    private NvmeText() {
    }

    static String describe(StateNode dev) {
        StringBuilder sb = new StringBuilder();
        int dstrd = (int) dev.number("dstrd", 0);
        sb.append("nvme device ").append(dev.number("device", -1)).append(": DSTRD=").append(dstrd).append(" (stride ")
                .append(Nvme.stride(dstrd)).append(" bytes), need_event ").append(dev.text("needEvent", ""))
                .append(", shadow doorbells ");
        if (dev.bool("shadowDoorbell", false)) {
            sb.append("on (shadow 0x").append(Long.toHexString(dev.number("shadowBuffer", 0))).append(", EventIdx 0x")
                    .append(Long.toHexString(dev.number("eventIdxBuffer", 0))).append(')');
        } else {
            sb.append("off");
        }
        for (StateNode q : dev.get("queues").children()) {
            long y = q.number("queue", -1);
            sb.append('\n').append("  queue ").append(y).append(y == 0 ? " (admin)" : "");
            StateNode sq = q.get("sq");
            if (sq != null) {
                sb.append("\n    SQ ").append(y).append(sq.bool("created", false) ? "" : " (not created)").append(": size ")
                        .append(sq.number("size", 0)).append(", host tail ").append(sq.number("hostTail", 0))
                        .append(", published ").append(sq.number("publishedTail", 0)).append(", doorbell ")
                        .append(written(sq.number("doorbell", -1))).append(", shadow ")
                        .append(written(sq.number("shadowValue", -1))).append(", EventIdx ")
                        .append(sq.number("eventIdxValue", 0)).append(", controller tail ")
                        .append(sq.number("controllerTail", 0)).append(", head ").append(sq.number("head", 0))
                        .append(", outstanding ").append(sq.number("outstanding", 0)).append(" -> CQ ")
                        .append(sq.number("cqid", 0));
            }
            StateNode cq = q.get("cq");
            if (cq != null) {
                sb.append("\n    CQ ").append(y).append(cq.bool("created", false) ? "" : " (not created)").append(": size ")
                        .append(cq.number("size", 0)).append(", tail ").append(cq.number("tail", 0)).append(" phase ")
                        .append(cq.number("phase", 0)).append(", host head ").append(cq.number("hostHead", 0))
                        .append(" phase ").append(cq.number("hostPhase", 0)).append(", published ")
                        .append(cq.number("publishedHead", 0)).append(", doorbell ")
                        .append(written(cq.number("doorbell", -1))).append(", shadow ")
                        .append(written(cq.number("shadowValue", -1))).append(", EventIdx ")
                        .append(cq.number("eventIdxValue", 0)).append(", controller head ")
                        .append(cq.number("controllerHead", 0)).append(", vector ").append(cq.number("vector", 0));
            }
        }
        return sb.toString();
    }

    private static String written(long v) {
        return v < 0 ? "-" : String.valueOf(v);
    }
}
