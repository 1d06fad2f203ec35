package io.ringside.ui.internal.rings;

import static io.ringside.ui.internal.rings.RingGraphics.BAND;
import static io.ringside.ui.internal.rings.RingGraphics.LINE;
import static io.ringside.ui.internal.rings.RingGraphics.PAD;
import static io.ringside.ui.internal.rings.RingGraphics.slotTop;

import java.util.Map;

import io.ringside.model.trace.GenericDevice;
import io.ringside.model.trace.GenericQueue;
import io.ringside.model.trace.StateEntry;

/**
 * Draws a queue of an operation-level trace (a QEMU log), whose ring contents, descriptors and indices are
 * known only as far as the log shows them: what is not known is hatched.
 */
final class OpQueuePainter {

    private final RingGraphics draw;

    OpQueuePainter(RingGraphics draw) {
        this.draw = draw;
    }

    /**
     * A queue of an operation-level trace: its rings and what is in flight, then its entries; a queue
     * whose epoch a reset ended says only that.
     */
    int queue(GenericQueue g, int y) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (StateEntry e : g.getEntries()) {
            m.put(e.getKey(), e.getValue());
        }
        long epoch = OpQueueState.num(m.get("epoch"));
        long current = g.eContainer() instanceof GenericDevice d ? deviceEpoch(d) : epoch;
        if (current >= 0 && epoch != current) { // a reset ended its epoch: its label (counters) says enough
            y = draw.text("epoch " + epoch + ", ended by a reset", PAD + 24, y, true);
        } else {
            y = operation(OpQueueState.of(g.getIndex(), m), g, y);
            for (StateEntry e : g.getEntries()) {
                y = draw.text(e.getLabel(), PAD + 24, y, true);
            }
        }
        return y;
    }

    /** The epoch a generic device is in (its entry {@code epoch}), -1 when it does not say. */
    private static long deviceEpoch(GenericDevice d) {
        for (StateEntry e : d.getEntries()) {
            if ("epoch".equals(e.getKey())) {
                return OpQueueState.num(e.getValue());
            }
        }
        return -1;
    }

    /**
     * A queue of an operation-level trace drawn as rings from what the log knows: an NVMe SQ with the
     * slots submitted and not fetched between head and tail, its CQ (contents unknown: hatched) with the
     * head the host wrote, and the commands in flight by id; a virtqueue's ring (contents unknown) with
     * last_avail_idx and used.idx when the layout makes them known, and its elements in flight.
     */
    private int operation(OpQueueState q, GenericQueue g, int y) {
        int x0 = PAD + 24;
        if (q.size() > 0) {
            int n = q.size();
            int c = draw.cols(n);
            int cs = draw.cell(n);
            y = draw.text((q.nvme() ? "Submission queue SQ " + q.index() : "Ring of vq " + q.index()) + ": " + n + " slots"
                    + (q.nvme() ? "" : ", descriptors and ring entries not in the log"), PAD + 16, y, true);
            for (int s = 0; s < n; s++) {
                int bx = x0 + (s % c) * cs;
                int by = slotTop(y, s, c, cs + 2 * BAND);
                String tip = (q.nvme() ? "SQ " : "vq ") + q.index() + " slot " + s;
                // a slot the host has written again since its command was fetched shows the new entry, as
                // a memory-level SQ does; else the command fetched from it and not completed (FETCHED)
                String cid = q.nvme() && !q.submitted(s) ? q.cidAt(s) : null;
                if (cid != null) {
                    draw.box(bx, by, cs - 2, cs - 2, draw.cFlight, cid, g, tip + ": cid " + cid + " fetched, not completed");
                    draw.record(tip + " cid " + cid);
                } else if (q.nvme() && q.head() >= 0 && q.tail() >= 0) {
                    draw.box(bx, by, cs - 2, cs - 2, q.submitted(s) ? draw.cAvail : draw.cFree, "", g,
                            tip + (q.submitted(s) ? ": submitted, not fetched (command id not in the log until fetched)" : ": free"));
                } else {
                    draw.hatchedBox(bx, by, cs - 2, cs - 2, "", g, tip + ": unknown");
                }
            }
            if (q.nvme()) {
                if (q.tail() >= 0) {
                    draw.ringMarker(x0, y, c, cs, (int) Math.floorMod(q.tail(), n), "tail " + q.tail(), false);
                }
                if (q.head() >= 0) {
                    draw.ringMarker(x0, y, c, cs, (int) Math.floorMod(q.head(), n), "head " + q.head(), true);
                }
            } else {
                if (q.head() >= 0) {
                    draw.ringMarker(x0, y, c, cs, (int) Math.floorMod(q.head(), n), "last_avail " + q.head(), false);
                }
                if (q.tail() >= 0) {
                    draw.ringMarker(x0, y, c, cs, (int) Math.floorMod(q.tail(), n), "used.idx " + q.tail(), true);
                }
            }
            y += ((n + c - 1) / c) * (cs + 2 * BAND) + 6;
        } else {
            y = draw.text("Ring size not in the log (unknown)", PAD + 16, y, true);
        }
        if (q.nvme() && q.cqSize() > 0) {
            int n = q.cqSize();
            int c = draw.cols(n);
            int cs = draw.cell(n);
            y = draw.text("Completion queue of SQ " + q.index() + ": " + n + " slots (tail and phase not in the log)", PAD + 16, y, true);
            for (int s = 0; s < n; s++) {
                draw.hatchedBox(x0 + (s % c) * cs, slotTop(y, s, c, cs + 2 * BAND), cs - 2, cs - 2, "", g, "CQ slot " + s + ": unknown");
            }
            if (q.cqHead() >= 0) {
                draw.ringMarker(x0, y, c, cs, (int) Math.floorMod(q.cqHead(), n), "head " + q.cqHead(), true);
            }
            y += ((n + c - 1) / c) * (cs + 2 * BAND) + 6;
        }
        if (q.nvme()) {
            y = doorbells(q, g, x0, y);
        }
        String what = q.nvme() ? "Commands in flight (fetched, not completed), by command id: " : "Elements in flight (popped, not filled), by head: ";
        y = draw.text(what + q.inFlightCount(), PAD + 16, y, true);
        int x = x0;
        if (q.inFlight() == null) {
            if (q.inFlightCount() > 0) {
                draw.hatchedBox(x, y, 120, LINE + 2, "ids unknown", g, "in flight, ids not kept");
                y += LINE + 8;
            }
            return y;
        }
        for (String id : q.inFlight()) {
            String label = (q.nvme() ? "cid " : "") + id;
            int w = draw.gc.textExtent(label).x + 12;
            if (x + w > draw.width - PAD) {
                x = x0;
                y += LINE + 6;
            }
            draw.box(x, y, w, LINE + 2, draw.cFlight, label, g, label + " in flight");
            draw.record((q.nvme() ? "SQ " : "vq ") + q.index() + " in flight " + label);
            x += w + 6;
        }
        if (!q.inFlight().isEmpty()) {
            y += LINE + 8;
        }
        return y;
    }

    private static final Map<String, String> DOORBELL_LABELS = Map.of("sqMmioTail", "SQ tail doorbell", "sqShadowTail",
            "shadow SQ tail", "sqEventIdx", "EventIdx SQ", "cqMmioHead", "CQ head doorbell", "cqShadowHead", "shadow CQ head",
            "cqEventIdx", "EventIdx CQ");

    /**
     * An operation-level SQ's doorbells as a memory-level controller's are drawn: the MMIO doorbell values,
     * then the shadow doorbells and EventIdx beside them (hatched while the log has shown none).
     */
    private int doorbells(OpQueueState q, GenericQueue g, int x0, int y) {
        int x = x0;
        for (Map.Entry<String, String> d : q.doorbells().entrySet()) {
            String name = DOORBELL_LABELS.getOrDefault(d.getKey(), d.getKey());
            boolean known = OpQueueState.num(d.getValue()) >= 0;
            String s = name + " " + d.getValue();
            int w = draw.gc.textExtent(s).x + 12;
            if (x + w > draw.width - PAD) {
                x = x0;
                y += LINE + 6;
            }
            if (known) {
                draw.box(x, y, w, LINE + 2, draw.cFree, s, g, "SQ " + q.index() + " " + s);
            } else {
                draw.hatchedBox(x, y, w, LINE + 2, s, g, "SQ " + q.index() + " " + name + ": not in the log yet");
            }
            draw.record("SQ " + q.index() + " " + s);
            x += w + 8;
        }
        return q.doorbells().isEmpty() ? y : y + LINE + 8;
    }
}
