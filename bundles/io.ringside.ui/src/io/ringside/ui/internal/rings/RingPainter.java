package io.ringside.ui.internal.rings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

import io.ringside.model.nvme.BufferValue;
import io.ringside.model.nvme.CompletionEntry;
import io.ringside.model.nvme.CompletionQueue;
import io.ringside.model.nvme.Controller;
import io.ringside.model.nvme.DoorbellRegister;
import io.ringside.model.nvme.QueuePair;
import io.ringside.model.nvme.SubmissionEntry;
import io.ringside.model.nvme.SubmissionQueue;
import io.ringside.model.trace.Device;
import io.ringside.model.trace.GenericDevice;
import io.ringside.model.trace.GenericQueue;
import io.ringside.model.trace.Queue;
import io.ringside.model.trace.StateEntry;
import io.ringside.model.trace.Trace;
import io.ringside.model.virtio.BufferState;
import io.ringside.model.virtio.Descriptor;
import io.ringside.model.virtio.DescriptorChain;
import io.ringside.model.virtio.EventSuppression;
import io.ringside.model.virtio.PackedVirtqueue;
import io.ringside.model.virtio.SplitVirtqueue;
import io.ringside.model.virtio.UsedElement;
import io.ringside.model.virtio.VirtioDevice;
import io.ringside.model.virtio.Virtqueue;

/**
 * Draws the rings of a trace model for people: split rings (descriptor table, available and used ring
 * with indices and free-running counters, chains linked), packed rings (AVAIL/USED bits, wrap counters,
 * event suppression), NVMe queue pairs (SQ/CQ slots, head/tail, phase, doorbells, shadow and EventIdx
 * values). It reads the EMF model only, and records what it drew (hit areas and text lines) so the view
 * can select the object under the mouse and tests can read what is shown.
 */
public final class RingPainter {

    /** Something drawn: its area, the model object and the text shown in or beside it. */
    public record Hit(Rectangle area, EObject object, String text) {
    }

    private static final int PAD = 10;
    private static final int LINE = 17;

    private final Display display;
    private final List<Hit> hits = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private GC gc;
    private int width;
    private Font small;
    private Color cFree, cAvail, cFlight, cSkipped, cUsed, cWritten, cText, cGrey, cLink, cMarker, cPhase1;

    public RingPainter(Display display) {
        this.display = display;
    }

    public List<Hit> hits() {
        return hits;
    }

    /** The text lines drawn in the last paint, top to bottom. */
    public List<String> lines() {
        return lines;
    }

    /** Paints the model; returns the height used. */
    public int paint(GC g, Trace trace, int w) {
        this.gc = g;
        this.width = Math.max(300, w);
        hits.clear();
        lines.clear();
        Font base = g.getFont();
        var fd = base.getFontData()[0];
        small = new Font(display, fd.getName(), Math.max(6, fd.getHeight() - 2), SWT.NORMAL);
        cFree = new Color(232, 232, 232);
        cAvail = new Color(110, 160, 225);
        cFlight = new Color(245, 165, 70);
        cSkipped = new Color(185, 145, 215);
        cUsed = new Color(125, 195, 125);
        cWritten = new Color(240, 220, 110);
        cText = display.getSystemColor(SWT.COLOR_BLACK);
        cGrey = new Color(120, 120, 120);
        cLink = new Color(60, 60, 60);
        cMarker = new Color(200, 30, 30);
        cPhase1 = new Color(90, 140, 200);
        try {
            g.setAntialias(SWT.ON);
            g.setTextAntialias(SWT.ON);
            int y = PAD;
            if (trace.getCursor() != null) {
                y = text("Cursor: " + trace.getCursor().getText(), PAD, y, true);
            }
            y = legend(y + 2);
            for (Device d : trace.getDevices()) {
                y = device(d, y + 6);
            }
            return y + PAD;
        } finally {
            for (Color c : new Color[] { cFree, cAvail, cFlight, cSkipped, cUsed, cWritten, cGrey, cLink, cMarker, cPhase1 }) {
                c.dispose();
            }
            small.dispose();
            g.setFont(base);
        }
    }

    private int legend(int y) {
        int x = PAD;
        Object[][] items = { { cFree, "free" }, { cAvail, "available" }, { cFlight, "in flight" },
                { cSkipped, "used by a batch" }, { cUsed, "used" }, { cWritten, "written, not published" },
                { null, "unknown (not in the log)" } };
        for (Object[] it : items) {
            if (it[0] == null) {
                hatch(x, y + 3, 12, 12);
            } else {
                gc.setBackground((Color) it[0]);
                gc.fillRectangle(x, y + 3, 12, 12);
            }
            gc.setForeground(cGrey);
            gc.drawRectangle(x, y + 3, 12, 12);
            gc.setForeground(cText);
            gc.drawText((String) it[1], x + 16, y, true);
            x += gc.textExtent((String) it[1]).x + 30;
        }
        return y + LINE + 4;
    }

    private int text(String s, int x, int y, boolean record) {
        gc.setForeground(cText);
        gc.drawText(s, x, y, true);
        if (record) {
            lines.add(s);
        }
        return y + LINE;
    }

    private int device(Device d, int y) {
        gc.setForeground(cText);
        Font f = gc.getFont();
        y = text(d.getLabel() == null ? "device " + d.getId() : d.getLabel(), PAD, y, true);
        hits.add(new Hit(new Rectangle(PAD, y - LINE, width - 2 * PAD, LINE), d, d.getLabel()));
        gc.setFont(f);
        if (d instanceof VirtioDevice vd && vd.getFeatureSet() != null) {
            y = text("features " + vd.getFeatureSet().getLabel(), PAD + 8, y, true);
        }
        if (d instanceof Controller c) {
            y = controller(c, y);
        }
        if (d instanceof GenericDevice g) {
            y = text("Operation-level trace (QEMU log): ring contents, descriptors and indices the log does not show"
                    + " are 'unknown'.", PAD + 8, y, true);
            for (StateEntry e : g.getEntries()) {
                y = text(e.getLabel(), PAD + 16, y, true);
            }
        }
        for (Queue q : d.getQueues()) {
            y = queue(q, y + 4);
        }
        return y;
    }

    private int queue(Queue q, int y) {
        int top = y;
        y = text(q.getLabel() == null ? "queue " + q.getIndex() : q.getLabel(), PAD + 8, y, true);
        hits.add(new Hit(new Rectangle(PAD + 8, top, width - 2 * PAD, LINE), q, q.getLabel()));
        if (q instanceof SplitVirtqueue s) {
            y = split(s, y);
        } else if (q instanceof PackedVirtqueue p) {
            y = packed(p, y);
        } else if (q instanceof QueuePair p) {
            y = nvme(p, y);
        } else if (q instanceof GenericQueue g) {
            java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
            for (StateEntry e : g.getEntries()) {
                m.put(e.getKey(), e.getValue());
            }
            long epoch = OpQueueState.num(m.get("epoch"));
            long current = g.eContainer() instanceof GenericDevice d ? deviceEpoch(d) : epoch;
            if (current >= 0 && epoch != current) { // a reset ended its epoch: its label (counters) says enough
                y = text("epoch " + epoch + ", ended by a reset", PAD + 24, y, true);
            } else {
                y = operation(OpQueueState.of(g.getIndex(), m), g, y);
                for (StateEntry e : g.getEntries()) {
                    y = text(e.getLabel(), PAD + 24, y, true);
                }
            }
        }
        gc.setForeground(cGrey);
        gc.drawLine(PAD, y + 3, width - PAD, y + 3);
        return y + 8;
    }

    private String feats(Virtqueue v) {
        return (v.isEventIdx() ? " EVENT_IDX" : "") + (v.isInOrder() ? " IN_ORDER" : "") + (v.isIndirect() ? " INDIRECT" : "");
    }

    private int cols(int size) {
        int c = Math.min(size, 32);
        while (c > 8 && (width - 2 * PAD - 30) / c < 20) {
            c /= 2;
        }
        return Math.max(1, c);
    }

    private int cell(int size) {
        return Math.max(14, Math.min(40, (width - 2 * PAD - 30) / cols(size)));
    }

    private Color stateColor(BufferState s) {
        return switch (s) {
            case AVAILABLE -> cAvail;
            case IN_FLIGHT -> cFlight;
            case SKIPPED -> cSkipped;
            case USED -> cUsed;
            default -> cFree;
        };
    }

    /** Draws one cell; returns its area. */
    /** A box filled with {@code fill} (null: what is drawn there stays, as a hatching). */
    private Rectangle box(int x, int y, int w, int h, Color fill, String label, EObject o, String hitText) {
        if (fill != null) {
            gc.setBackground(fill);
            gc.fillRectangle(x, y, w, h);
        }
        gc.setForeground(cGrey);
        gc.drawRectangle(x, y, w, h);
        if (label != null && !label.isEmpty()) {
            gc.setFont(small);
            Point e = gc.textExtent(label);
            if (e.x <= w + 2) {
                gc.setForeground(cText);
                gc.drawText(label, x + (w - e.x) / 2, y + (h - e.y) / 2, true);
            }
            gc.setFont(null);
        }
        Rectangle r = new Rectangle(x, y, w, h);
        if (o != null) {
            hits.add(new Hit(r, o, hitText));
        }
        return r;
    }

    /** Height of the band above and below a row of ring slots that holds the markers pointing at them. */
    private static final int BAND = 16;

    /**
     * A marker pointing at a slot from the band above ({@code below} false: at {@code top}, the slot's top
     * edge) or below ({@code bottom}: the lowest edge of what is drawn under the slot); its label right of
     * the triangle, inside the band, so it never covers a slot or a neighbouring row.
     */
    private void marker(int cx, int top, int bottom, String label, boolean below) {
        gc.setBackground(cMarker);
        gc.setForeground(cMarker);
        gc.setFont(small);
        if (below) {
            gc.fillPolygon(new int[] { cx - 4, bottom + 7, cx + 4, bottom + 7, cx, bottom + 1 });
            gc.drawText(label, cx + 5, bottom + 1, true);
        } else {
            gc.fillPolygon(new int[] { cx - 4, top - 7, cx + 4, top - 7, cx, top - 1 });
            gc.drawText(label, cx + 5, top - BAND + 1, true);
        }
        gc.setFont(null);
    }

    /** Top of slot {@code s}'s cell in a ring drawn from {@code y} with rows of {@code rowH} (each after its band). */
    private static int slotTop(int y, int s, int c, int rowH) {
        return y + (s / c) * rowH + BAND;
    }

    /** A marker at slot {@code s} of a ring of plain rows (band, cells of {@code cs}, band). */
    private void ringMarker(int x0, int y, int c, int cs, int slot, String label, boolean below) {
        int top = slotTop(y, slot, c, cs + 2 * BAND);
        marker(x0 + (slot % c) * cs + cs / 2, top, top + cs - 2, label, below);
    }

    // ---------------------------------------------------------------- split

    private int split(SplitVirtqueue q, int y) {
        int n = q.getSize();
        int c = cols(n);
        int cs = cell(n);
        int x0 = PAD + 24;
        y = text("split ring, size " + n + feats(q) + ";  avail.idx " + q.getAvailIdx() + " · device next fetch "
                + q.getLastAvailIdx() + " · used.idx " + q.getUsedIdx() + " · outstanding " + q.getOutstanding()
                + (q.isInOrder() && q.getBatches() != null && !q.getBatches().isEmpty() ? " · IN_ORDER batches "
                        + q.getBatches() : ""), PAD + 16, y, true);
        // descriptor table
        y = text("Descriptor table", PAD + 16, y + 2, false);
        Rectangle[] cells = new Rectangle[n];
        for (int i = 0; i < n && i < q.getDescriptors().size(); i++) {
            Descriptor d = q.getDescriptors().get(i);
            int cx = x0 + (i % c) * cs;
            int cy = y + (i / c) * cs;
            String lbl = Integer.toString(i) + (d.isWrite() && d.getState() != BufferState.FREE ? "w" : "");
            cells[i] = box(cx, cy, cs - 2, cs - 2, stateColor(d.getState()), lbl, d, d.getLabel());
        }
        // chains: link consecutive descriptors
        gc.setForeground(cLink);
        gc.setLineWidth(2);
        for (DescriptorChain ch : q.getChains()) {
            Rectangle prev = null;
            for (Descriptor d : ch.getDescriptors()) {
                Rectangle r = d.getIndex() < cells.length ? cells[d.getIndex()] : null;
                if (r != null && prev != null) {
                    gc.drawLine(prev.x + prev.width / 2, prev.y + prev.height - 3, r.x + r.width / 2, r.y + r.height - 3);
                }
                if (r != null && prev == null) {
                    gc.drawOval(r.x + 2, r.y + 2, 5, 5); // head
                }
                prev = r;
            }
        }
        gc.setLineWidth(1);
        y += ((n + c - 1) / c) * cs + 8;
        // available ring
        var avail = q.getAvailRing();
        if (avail != null) {
            y = text("Available ring: " + avail.getLabel(), PAD + 16, y, true);
            int idx = avail.getIdx();
            int last = q.getLastAvailIdx();
            int waiting = (idx - last) & 0xffff;
            for (int s = 0; s < n && s < avail.getRing().size(); s++) {
                int cx = x0 + (s % c) * cs;
                int cy = slotTop(y, s, c, cs + 2 * BAND);
                int age = (s - last) & (n - 1);
                boolean pending = n > 0 && Integer.bitCount(n) == 1 ? age < waiting : false;
                box(cx, cy, cs - 2, cs - 2, pending ? cAvail : cFree, Integer.toString(avail.getRing().get(s)), avail,
                        "avail.ring[" + s + "] = " + avail.getRing().get(s));
            }
            ringMarker(x0, y, c, cs, idx % Math.max(1, n), "idx " + idx, false);
            ringMarker(x0, y, c, cs, last % Math.max(1, n), "device " + last, true);
            y += ((n + c - 1) / c) * (cs + 2 * BAND) + 6;
        }
        // used ring
        var used = q.getUsedRing();
        if (used != null) {
            y = text("Used ring: " + used.getLabel(), PAD + 16, y, true);
            int uidx = used.getIdx();
            long done = q.getBuffersUsed();
            for (int s = 0; s < n && s < used.getElements().size(); s++) {
                UsedElement u = used.getElements().get(s);
                int cx = x0 + (s % c) * cs;
                int cy = slotTop(y, s, c, cs + 2 * BAND);
                int age = (uidx - 1 - s) & (n - 1);
                boolean written = Integer.bitCount(n) == 1 && age < Math.min(n, q.getRequests() + 0L) && done > 0;
                Rectangle r = box(cx, cy, cs - 2, cs - 2, written ? cUsed : cFree, written ? Integer.toString(u.getId()) : "",
                        u, u.getLabel());
                if (written && q.isInOrder() && u.getBatch() > 1) {
                    gc.setForeground(cMarker);
                    gc.drawRectangle(r.x - 1, r.y - 1, r.width + 2, r.height + 2);
                    gc.setFont(small);
                    gc.drawText("×" + u.getBatch(), r.x + 1, r.y + r.height - 10, true);
                    gc.setFont(null);
                }
            }
            ringMarker(x0, y, c, cs, uidx % Math.max(1, n), "idx " + uidx, false);
            y += ((n + c - 1) / c) * (cs + 2 * BAND);
        }
        return y;
    }

    // ---------------------------------------------------------------- packed

    private int packed(PackedVirtqueue q, int y) {
        int n = q.getSize();
        int c = cols(n);
        int cs = Math.max(cell(n), 26);
        c = Math.max(1, Math.min(c, (width - 2 * PAD - 30) / cs));
        int x0 = PAD + 24;
        y = text("packed ring, size " + n + feats(q) + ";  driver next " + q.getDriverPosition() + " wrap "
                + (q.isDriverWrapCounter() ? 1 : 0) + " · device next read " + q.getDeviceReadPosition() + " wrap "
                + (q.isDeviceReadWrapCounter() ? 1 : 0) + " · device next used " + q.getDeviceUsedPosition() + " wrap "
                + (q.isDeviceUsedWrapCounter() ? 1 : 0) + " · outstanding " + q.getOutstanding(), PAD + 16, y, true);
        EventSuppression de = q.getDriverEvent();
        EventSuppression ve = q.getDeviceEvent();
        if (de != null && ve != null) {
            int x = PAD + 24;
            Rectangle r1 = box(x, y + 2, 300, LINE, cFree, "driver event suppression: " + de.getMode()
                    + (de.getFlags() == 2 ? " off " + de.getOffset() + " wrap " + (de.isWrap() ? 1 : 0) : ""), de, de.getLabel());
            box(r1.x + r1.width + 10, y + 2, 300, LINE, cFree, "device event suppression: " + ve.getMode()
                    + (ve.getFlags() == 2 ? " off " + ve.getOffset() + " wrap " + (ve.isWrap() ? 1 : 0) : ""), ve, ve.getLabel());
            lines.add(de.getLabel());
            lines.add(ve.getLabel());
            y += LINE + 12;
        }
        y = text("Descriptor ring (A/U = AVAIL/USED bits)", PAD + 16, y, false) + 4;
        // a row: a band for the driver's marker, the slots, their AVAIL/USED bits, a band for the device's two
        // markers; no marker reaches into a neighbouring row
        int rowH = BAND + cs + 12 + BAND;
        for (int i = 0; i < n && i < q.getDescriptors().size(); i++) {
            Descriptor d = q.getDescriptors().get(i);
            int cx = x0 + (i % c) * cs;
            int cy = slotTop(y, i, c, rowH);
            box(cx, cy, cs - 2, cs - 2, stateColor(d.getState()), Integer.toString(i), d, d.getLabel());
            if (d.getFlags() != 0) {
                gc.setFont(small);
                gc.setForeground(cText);
                gc.drawText((d.isAvail() ? "A" : "a") + (d.isUsed() ? "U" : "u") + (d.getId() >= 0 ? d.getId() : ""), cx,
                        cy + cs - 2, true);
                gc.setFont(null);
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
        marker(x0 + (pos % c) * cs + cs / 2, top, top + cs + 10, label, below);
    }

    // ---------------------------------------------------------------- NVMe

    private int controller(Controller c, int y) {
        var sb = c.getShadowBuffer();
        var eb = c.getEventIdxBuffer();
        y = text("DSTRD " + c.getDstrd() + " (doorbell stride " + (4 << c.getDstrd()) + " bytes) · "
                + (sb == null ? "" : sb.getLabel()) + " · " + (eb == null ? "" : eb.getLabel()), PAD + 8, y, true);
        return y;
    }

    private int nvme(QueuePair p, int y) {
        SubmissionQueue sq = p.getSq();
        CompletionQueue cq = p.getCq();
        Controller ctrl = p.eContainer() instanceof Controller c ? c : null;
        int x0 = PAD + 24;
        if (sq != null && sq.getSize() > 0) {
            int n = sq.getSize();
            int c = cols(n);
            int cs = cell(n);
            y = text("Submission queue: " + sq.getLabel(), PAD + 16, y, true);
            for (int s = 0; s < n && s < sq.getEntries().size(); s++) {
                SubmissionEntry e = sq.getEntries().get(s);
                Color col = switch (e.getState()) {
                    case WRITTEN -> cWritten;
                    case PUBLISHED -> cAvail;
                    case FETCHED -> cFlight;
                    default -> cFree;
                };
                box(x0 + (s % c) * cs, slotTop(y, s, c, cs + 2 * BAND), cs - 2, cs - 2, col,
                        e.getCid() >= 0 && e.getState() != io.ringside.model.nvme.SlotState.FREE ? Integer.toString(e.getCid()) : "",
                        e, e.getLabel());
            }
            ringMarker(x0, y, c, cs, Math.floorMod(sq.getHostTail(), n), "tail " + sq.getHostTail(), false);
            ringMarker(x0, y, c, cs, Math.floorMod(sq.getHead(), n), "head " + sq.getHead(), true);
            y += ((n + c - 1) / c) * (cs + 2 * BAND) + 6;
        }
        if (cq != null && cq.getSize() > 0) {
            int n = cq.getSize();
            int c = cols(n);
            int cs = cell(n);
            y = text("Completion queue: " + cq.getLabel(), PAD + 16, y, true);
            for (int s = 0; s < n && s < cq.getEntries().size(); s++) {
                CompletionEntry e = cq.getEntries().get(s);
                Color col = e.getCid() < 0 ? cFree : !e.isConsumed() ? cUsed : e.getPhase() == 1 ? cPhase1 : cFree;
                box(x0 + (s % c) * cs, slotTop(y, s, c, cs + 2 * BAND), cs - 2, cs - 2, col, e.getCid() < 0 ? "" : "P" + e.getPhase(), e,
                        e.getLabel());
            }
            ringMarker(x0, y, c, cs, Math.floorMod(cq.getTail(), n), "tail " + cq.getTail() + " P" + cq.getPhase(), false);
            ringMarker(x0, y, c, cs, Math.floorMod(cq.getHostHead(), n), "head " + cq.getHostHead(), true);
            y += ((n + c - 1) / c) * (cs + 2 * BAND) + 6;
        }
        if (ctrl != null) {
            int x = x0;
            for (DoorbellRegister r : ctrl.getDoorbells()) {
                if (r.getQid() != p.getIndex()) {
                    continue;
                }
                String s = r.getLabel();
                int w = gc.textExtent(s).x + 12;
                if (x + w > width - PAD) {
                    x = x0;
                    y += LINE + 6;
                }
                box(x, y, w, LINE + 2, r.getSkipped() > 0 ? cWritten : cFree, s, r, s);
                lines.add(s);
                x += w + 8;
            }
            y += LINE + 8;
            x = x0;
            for (var list : List.of(ctrl.getShadowBuffer() == null ? List.<BufferValue>of() : ctrl.getShadowBuffer().getValues(),
                    ctrl.getEventIdxBuffer() == null ? List.<BufferValue>of() : ctrl.getEventIdxBuffer().getValues())) {
                boolean shadow = ctrl.getShadowBuffer() != null && list == ctrl.getShadowBuffer().getValues();
                if (!ctrl.isShadowDoorbells()) {
                    continue;
                }
                for (BufferValue b : list) {
                    if (b.getQid() != p.getIndex()) {
                        continue;
                    }
                    String s = (shadow ? "shadow " : "EventIdx ") + b.getLabel();
                    int w = gc.textExtent(s).x + 12;
                    box(x, y, w, LINE + 2, cFree, s, b, s);
                    lines.add(s);
                    x += w + 8;
                }
            }
            if (ctrl.isShadowDoorbells()) {
                y += LINE + 8;
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

    /** A slot whose content the log cannot tell: grey diagonal hatching on white. */
    private void hatch(int x, int y, int w, int h) {
        gc.setBackground(cFree);
        gc.fillRectangle(x, y, w, h);
        gc.setForeground(cGrey);
        Rectangle clip = gc.getClipping();
        gc.setClipping(clip.intersection(new Rectangle(x, y, w, h)));
        for (int d = -h; d < w; d += 5) {
            gc.drawLine(x + d, y + h, x + d + h, y);
        }
        gc.setClipping(clip);
        gc.drawRectangle(x, y, w, h);
    }

    private void hatchedBox(int x, int y, int w, int h, String label, EObject o, String hitText) {
        hatch(x, y, w, h);
        box(x, y, w, h, null, label, o, hitText);
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
            int c = cols(n);
            int cs = cell(n);
            y = text((q.nvme() ? "Submission queue SQ " + q.index() : "Ring of vq " + q.index()) + ": " + n + " slots"
                    + (q.nvme() ? "" : ", descriptors and ring entries not in the log"), PAD + 16, y, true);
            for (int s = 0; s < n; s++) {
                int bx = x0 + (s % c) * cs;
                int by = slotTop(y, s, c, cs + 2 * BAND);
                String tip = (q.nvme() ? "SQ " : "vq ") + q.index() + " slot " + s;
                // a slot the host has written again since its command was fetched shows the new entry, as
                // a memory-level SQ does; else the command fetched from it and not completed (FETCHED)
                String cid = q.nvme() && !q.submitted(s) ? q.cidAt(s) : null;
                if (cid != null) {
                    box(bx, by, cs - 2, cs - 2, cFlight, cid, g, tip + ": cid " + cid + " fetched, not completed");
                    lines.add(tip + " cid " + cid);
                } else if (q.nvme() && q.head() >= 0 && q.tail() >= 0) {
                    box(bx, by, cs - 2, cs - 2, q.submitted(s) ? cAvail : cFree, "", g,
                            tip + (q.submitted(s) ? ": submitted, not fetched (command id not in the log until fetched)" : ": free"));
                } else {
                    hatchedBox(bx, by, cs - 2, cs - 2, "", g, tip + ": unknown");
                }
            }
            if (q.nvme()) {
                if (q.tail() >= 0) {
                    ringMarker(x0, y, c, cs, (int) Math.floorMod(q.tail(), n), "tail " + q.tail(), false);
                }
                if (q.head() >= 0) {
                    ringMarker(x0, y, c, cs, (int) Math.floorMod(q.head(), n), "head " + q.head(), true);
                }
            } else {
                if (q.head() >= 0) {
                    ringMarker(x0, y, c, cs, (int) Math.floorMod(q.head(), n), "last_avail " + q.head(), false);
                }
                if (q.tail() >= 0) {
                    ringMarker(x0, y, c, cs, (int) Math.floorMod(q.tail(), n), "used.idx " + q.tail(), true);
                }
            }
            y += ((n + c - 1) / c) * (cs + 2 * BAND) + 6;
        } else {
            y = text("Ring size not in the log (unknown)", PAD + 16, y, true);
        }
        if (q.nvme() && q.cqSize() > 0) {
            int n = q.cqSize();
            int c = cols(n);
            int cs = cell(n);
            y = text("Completion queue of SQ " + q.index() + ": " + n + " slots (tail and phase not in the log)", PAD + 16, y, true);
            for (int s = 0; s < n; s++) {
                hatchedBox(x0 + (s % c) * cs, slotTop(y, s, c, cs + 2 * BAND), cs - 2, cs - 2, "", g, "CQ slot " + s + ": unknown");
            }
            if (q.cqHead() >= 0) {
                ringMarker(x0, y, c, cs, (int) Math.floorMod(q.cqHead(), n), "head " + q.cqHead(), true);
            }
            y += ((n + c - 1) / c) * (cs + 2 * BAND) + 6;
        }
        if (q.nvme()) {
            y = doorbells(q, g, x0, y);
        }
        String what = q.nvme() ? "Commands in flight (fetched, not completed), by command id: " : "Elements in flight (popped, not filled), by head: ";
        y = text(what + q.inFlightCount(), PAD + 16, y, true);
        int x = x0;
        if (q.inFlight() == null) {
            if (q.inFlightCount() > 0) {
                hatchedBox(x, y, 120, LINE + 2, "ids unknown", g, "in flight, ids not kept");
                y += LINE + 8;
            }
            return y;
        }
        for (String id : q.inFlight()) {
            String label = (q.nvme() ? "cid " : "") + id;
            int w = gc.textExtent(label).x + 12;
            if (x + w > width - PAD) {
                x = x0;
                y += LINE + 6;
            }
            box(x, y, w, LINE + 2, cFlight, label, g, label + " in flight");
            lines.add((q.nvme() ? "SQ " : "vq ") + q.index() + " in flight " + label);
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
            int w = gc.textExtent(s).x + 12;
            if (x + w > width - PAD) {
                x = x0;
                y += LINE + 6;
            }
            if (known) {
                box(x, y, w, LINE + 2, cFree, s, g, "SQ " + q.index() + " " + s);
            } else {
                hatchedBox(x, y, w, LINE + 2, s, g, "SQ " + q.index() + " " + name + ": not in the log yet");
            }
            lines.add("SQ " + q.index() + " " + s);
            x += w + 8;
        }
        return q.doorbells().isEmpty() ? y : y + LINE + 8;
    }

    /** The object drawn at a point, or null. */
    public EObject objectAt(int x, int y) {
        EObject best = null;
        for (Hit h : hits) {
            if (h.area().contains(x, y)) {
                best = h.object();
            }
        }
        return best;
    }
}
