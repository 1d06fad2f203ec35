package io.ringside.ui.internal.rings;

import static io.ringside.ui.internal.rings.RingGraphics.BAND;
import static io.ringside.ui.internal.rings.RingGraphics.LINE;
import static io.ringside.ui.internal.rings.RingGraphics.PAD;
import static io.ringside.ui.internal.rings.RingGraphics.slotTop;

import org.eclipse.swt.graphics.Rectangle;

import io.ringside.model.virtio.BufferState;
import io.ringside.model.virtio.Descriptor;
import io.ringside.model.virtio.DescriptorChain;
import io.ringside.model.virtio.EventSuppression;
import io.ringside.model.virtio.PackedVirtqueue;
import io.ringside.model.virtio.SplitVirtqueue;
import io.ringside.model.virtio.UsedElement;
import io.ringside.model.virtio.Virtqueue;

/**
 * Draws a virtqueue of a memory-level trace: a split ring (descriptor table, available and used ring with
 * indices and free-running counters, chains linked) or a packed ring (AVAIL/USED bits, wrap counters,
 * event suppression).
 */
final class VirtqueuePainter {

    private final RingGraphics draw;

    VirtqueuePainter(RingGraphics draw) {
        this.draw = draw;
    }

    private static String feats(Virtqueue v) {
        return (v.isEventIdx() ? " EVENT_IDX" : "") + (v.isInOrder() ? " IN_ORDER" : "") + (v.isIndirect() ? " INDIRECT" : "");
    }

    /** A split ring: its descriptor table with the chains linked, its available ring and its used ring. */
    int split(SplitVirtqueue q, int y) {
        int n = q.getSize();
        int c = draw.cols(n);
        int cs = draw.cell(n);
        int x0 = PAD + 24;
        y = draw.text("split ring, size " + n + feats(q) + ";  avail.idx " + q.getAvailIdx() + " · device next fetch "
                + q.getLastAvailIdx() + " · used.idx " + q.getUsedIdx() + " · outstanding " + q.getOutstanding()
                + (q.isInOrder() && q.getBatches() != null && !q.getBatches().isEmpty() ? " · IN_ORDER batches "
                        + q.getBatches() : ""), PAD + 16, y, true);
        // descriptor table
        y = draw.text("Descriptor table", PAD + 16, y + 2, false);
        Rectangle[] cells = new Rectangle[n];
        for (int i = 0; i < n && i < q.getDescriptors().size(); i++) {
            Descriptor d = q.getDescriptors().get(i);
            int cx = x0 + (i % c) * cs;
            int cy = y + (i / c) * cs;
            String lbl = Integer.toString(i) + (d.isWrite() && d.getState() != BufferState.FREE ? "w" : "");
            cells[i] = draw.box(cx, cy, cs - 2, cs - 2, draw.stateColor(d.getState()), lbl, d, d.getLabel());
        }
        // chains: link consecutive descriptors
        draw.gc.setForeground(draw.cLink);
        draw.gc.setLineWidth(2);
        for (DescriptorChain ch : q.getChains()) {
            Rectangle prev = null;
            for (Descriptor d : ch.getDescriptors()) {
                Rectangle r = d.getIndex() < cells.length ? cells[d.getIndex()] : null;
                if (r != null && prev != null) {
                    draw.gc.drawLine(prev.x + prev.width / 2, prev.y + prev.height - 3, r.x + r.width / 2, r.y + r.height - 3);
                }
                if (r != null && prev == null) {
                    draw.gc.drawOval(r.x + 2, r.y + 2, 5, 5); // head
                }
                prev = r;
            }
        }
        draw.gc.setLineWidth(1);
        y += ((n + c - 1) / c) * cs + 8;
        // available ring
        var avail = q.getAvailRing();
        if (avail != null) {
            y = draw.text("Available ring: " + avail.getLabel(), PAD + 16, y, true);
            int idx = avail.getIdx();
            int last = q.getLastAvailIdx();
            int waiting = (idx - last) & 0xffff;
            for (int s = 0; s < n && s < avail.getRing().size(); s++) {
                int cx = x0 + (s % c) * cs;
                int cy = slotTop(y, s, c, cs + 2 * BAND);
                int age = (s - last) & (n - 1);
                boolean pending = n > 0 && Integer.bitCount(n) == 1 ? age < waiting : false;
                draw.box(cx, cy, cs - 2, cs - 2, pending ? draw.cAvail : draw.cFree, Integer.toString(avail.getRing().get(s)), avail,
                        "avail.ring[" + s + "] = " + avail.getRing().get(s));
            }
            draw.ringMarker(x0, y, c, cs, idx % Math.max(1, n), "idx " + idx, false);
            draw.ringMarker(x0, y, c, cs, last % Math.max(1, n), "device " + last, true);
            y += ((n + c - 1) / c) * (cs + 2 * BAND) + 6;
        }
        // used ring
        var used = q.getUsedRing();
        if (used != null) {
            y = draw.text("Used ring: " + used.getLabel(), PAD + 16, y, true);
            int uidx = used.getIdx();
            long done = q.getBuffersUsed();
            for (int s = 0; s < n && s < used.getElements().size(); s++) {
                UsedElement u = used.getElements().get(s);
                int cx = x0 + (s % c) * cs;
                int cy = slotTop(y, s, c, cs + 2 * BAND);
                int age = (uidx - 1 - s) & (n - 1);
                boolean written = Integer.bitCount(n) == 1 && age < Math.min(n, q.getRequests() + 0L) && done > 0;
                Rectangle r = draw.box(cx, cy, cs - 2, cs - 2, written ? draw.cUsed : draw.cFree, written ? Integer.toString(u.getId()) : "",
                        u, u.getLabel());
                if (written && q.isInOrder() && u.getBatch() > 1) {
                    draw.gc.setForeground(draw.cMarker);
                    draw.gc.drawRectangle(r.x - 1, r.y - 1, r.width + 2, r.height + 2);
                    draw.gc.setFont(draw.small);
                    draw.gc.drawText("×" + u.getBatch(), r.x + 1, r.y + r.height - 10, true);
                    draw.gc.setFont(null);
                }
            }
            draw.ringMarker(x0, y, c, cs, uidx % Math.max(1, n), "idx " + uidx, false);
            y += ((n + c - 1) / c) * (cs + 2 * BAND);
        }
        return y;
    }

    /** A packed ring: the event suppression areas, the descriptor ring with AVAIL/USED bits and the positions. */
    int packed(PackedVirtqueue q, int y) {
        int n = q.getSize();
        int c = draw.cols(n);
        int cs = Math.max(draw.cell(n), 26);
        c = Math.max(1, Math.min(c, (draw.width - 2 * PAD - 30) / cs));
        int x0 = PAD + 24;
        y = draw.text("packed ring, size " + n + feats(q) + ";  driver next " + q.getDriverPosition() + " wrap "
                + (q.isDriverWrapCounter() ? 1 : 0) + " · device next read " + q.getDeviceReadPosition() + " wrap "
                + (q.isDeviceReadWrapCounter() ? 1 : 0) + " · device next used " + q.getDeviceUsedPosition() + " wrap "
                + (q.isDeviceUsedWrapCounter() ? 1 : 0) + " · outstanding " + q.getOutstanding(), PAD + 16, y, true);
        EventSuppression de = q.getDriverEvent();
        EventSuppression ve = q.getDeviceEvent();
        if (de != null && ve != null) {
            int x = PAD + 24;
            Rectangle r1 = draw.box(x, y + 2, 300, LINE, draw.cFree, "driver event suppression: " + de.getMode()
                    + (de.getFlags() == 2 ? " off " + de.getOffset() + " wrap " + (de.isWrap() ? 1 : 0) : ""), de, de.getLabel());
            draw.box(r1.x + r1.width + 10, y + 2, 300, LINE, draw.cFree, "device event suppression: " + ve.getMode()
                    + (ve.getFlags() == 2 ? " off " + ve.getOffset() + " wrap " + (ve.isWrap() ? 1 : 0) : ""), ve, ve.getLabel());
            draw.record(de.getLabel());
            draw.record(ve.getLabel());
            y += LINE + 12;
        }
        y = draw.text("Descriptor ring (A/U = AVAIL/USED bits)", PAD + 16, y, false) + 4;
        // a row: a band for the driver's marker, the slots, their AVAIL/USED bits, a band for the device's two
        // markers; no marker reaches into a neighbouring row
        int rowH = BAND + cs + 12 + BAND;
        for (int i = 0; i < n && i < q.getDescriptors().size(); i++) {
            Descriptor d = q.getDescriptors().get(i);
            int cx = x0 + (i % c) * cs;
            int cy = slotTop(y, i, c, rowH);
            draw.box(cx, cy, cs - 2, cs - 2, draw.stateColor(d.getState()), Integer.toString(i), d, d.getLabel());
            if (d.getFlags() != 0) {
                draw.gc.setFont(draw.small);
                draw.gc.setForeground(draw.cText);
                draw.gc.drawText((d.isAvail() ? "A" : "a") + (d.isUsed() ? "U" : "u") + (d.getId() >= 0 ? d.getId() : ""), cx,
                        cy + cs - 2, true);
                draw.gc.setFont(null);
            }
        }
        // the driver's next position above its slot; the device's next read and next used position below the
        // bits (one marker when they share a slot)
        drawPackedMarker(x0, y, c, cs, rowH, q.getDriverPosition(), "D" + (q.isDriverWrapCounter() ? 1 : 0), false);
        String read = "R" + (q.isDeviceReadWrapCounter() ? 1 : 0);
        String used = "U" + (q.isDeviceUsedWrapCounter() ? 1 : 0);
        if (q.getDeviceReadPosition() == q.getDeviceUsedPosition()) {
            drawPackedMarker(x0, y, c, cs, rowH, q.getDeviceReadPosition(), read + " " + used, true);
        } else {
            drawPackedMarker(x0, y, c, cs, rowH, q.getDeviceReadPosition(), read, true);
            drawPackedMarker(x0, y, c, cs, rowH, q.getDeviceUsedPosition(), used, true);
        }
        y += ((n + c - 1) / c) * rowH + 10;
        return y;
    }

    /** A marker at slot {@code pos} of the packed ring: below means under the slot's AVAIL/USED bits. */
    private void drawPackedMarker(int x0, int y, int c, int cs, int rowH, int pos, String label, boolean below) {
        int top = slotTop(y, pos, c, rowH);
        draw.marker(x0 + (pos % c) * cs + cs / 2, top, top + cs + 10, label, below);
    }
}
