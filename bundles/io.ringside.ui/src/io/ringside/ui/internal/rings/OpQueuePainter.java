package io.ringside.ui.internal.rings;

import static io.ringside.ui.internal.rings.RingGraphics.BAND;
import static io.ringside.ui.internal.rings.RingGraphics.LINE;
import static io.ringside.ui.internal.rings.RingGraphics.PAD;
import static io.ringside.ui.internal.rings.RingGraphics.slotTop;

import java.util.LinkedHashMap;
import java.util.Map;

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
        if (OpQueueState.endedEpoch(g)) { // its label (counters) says enough
            return draw.text("epoch " + OpQueueState.epoch(g) + ", ended by a reset", PAD + 24, y, true);
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (StateEntry e : g.getEntries()) {
            m.put(e.getKey(), e.getValue());
        }
        y = operation(OpQueueState.of(g.getIndex(), m), g, y);
        for (StateEntry e : g.getEntries()) {
            y = draw.text(e.getLabel(), PAD + 24, y, true);
        }
        return y;
    }

    /**
     * A queue of an operation-level trace drawn as rings from what the log knows: an NVMe SQ with the
     * slots submitted and not fetched between head and tail, its CQ (contents unknown: hatched) with the
     * head the host wrote, and the commands in flight by id; a virtqueue's ring (contents unknown; its
     * size too when the log does not give it) with last_avail_idx and used.idx when the layout makes them
     * known (else hatched), its popped and filled counters, and its elements in flight.
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
            y = unknownRing(q, g, x0, y);
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
        y = values(q, g, x0, y);
        String what = q.nvme() ? "Commands in flight (fetched, not completed), by command id: " : "Elements in flight (popped, not filled), by QEMU element address (descriptor heads not in the log): ";
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

    /** Cells of the hatched row that stands for a ring whose size the log does not give. */
    private static final int UNKNOWN_RING_CELLS = 32;

    /**
     * A ring whose size the log does not give: one row of hatched cells with a "?" at its end, each cell's
     * tooltip saying what is not known; its indices are drawn as values below it.
     */
    private int unknownRing(OpQueueState q, GenericQueue g, int x0, int y) {
        String name = (q.nvme() ? "SQ " : "vq ") + q.index();
        y = draw.text((q.nvme() ? "Submission queue SQ " : "Ring of vq ") + q.index()
                + ": size not in the log (unknown), descriptors and ring entries not in the log", PAD + 16, y, true);
        int c = draw.cols(UNKNOWN_RING_CELLS);
        int cs = draw.cell(UNKNOWN_RING_CELLS);
        for (int s = 0; s < c; s++) {
            draw.hatchedBox(x0 + s * cs, y + 2, cs - 2, cs - 2, s == c - 1 ? "?" : "", g,
                    name + " ring slot: unknown (the log gives neither the ring size nor its entries)");
        }
        draw.record(name + " ring of unknown size: " + c + " cells hatched");
        return y + cs + 8;
    }

    private static final Map<String, String> LABELS = Map.of("sqMmioTail", "SQ tail doorbell", "sqShadowTail",
            "shadow SQ tail", "sqEventIdx", "EventIdx SQ", "cqMmioHead", "CQ head doorbell", "cqShadowHead", "shadow CQ head",
            "cqEventIdx", "EventIdx CQ", "lastAvailIdx", "last_avail_idx", "usedIdx", "used.idx", "availIdx", "avail.idx");

    /**
     * An operation-level queue's values beside each other, as a memory-level queue's are drawn: an SQ's
     * MMIO doorbell values then its shadow doorbells and EventIdx, a virtqueue's indices then its counters;
     * each hatched while the log cannot tell it (its tooltip says why).
     */
    private int values(OpQueueState q, GenericQueue g, int x0, int y) {
        String name = (q.nvme() ? "SQ " : "vq ") + q.index();
        int x = x0;
        for (Map.Entry<String, String> d : q.values().entrySet()) {
            String label = LABELS.getOrDefault(d.getKey(), d.getKey());
            boolean known = OpQueueState.num(d.getValue()) >= 0;
            String s = label + " " + (known ? d.getValue() : "unknown");
            int w = draw.gc.textExtent(s).x + 12;
            if (x + w > draw.width - PAD) {
                x = x0;
                y += LINE + 6;
            }
            if (known) {
                draw.box(x, y, w, LINE + 2, draw.cFree, s, g, name + " " + s);
            } else {
                draw.hatchedBox(x, y, w, LINE + 2, s, g, name + " " + label + ": " + unknownWhy(q, d.getValue()));
            }
            draw.record(name + " " + s);
            x += w + 8;
        }
        return q.values().isEmpty() ? y : y + LINE + 8;
    }

    /** Why a value is drawn unknown. */
    private static String unknownWhy(OpQueueState q, String value) {
        if (q.nvme()) {
            return "not in the log yet";
        }
        if (value != null && value.contains("if split with IN_ORDER")) {
            return value + " (the log cannot tell split with IN_ORDER from packed: give the guest's features in"
                    + " Ringside > QEMU Device Settings...)";
        }
        return "not in the log";
    }
}
