package io.ringside.ui.internal.rings;

import static io.ringside.ui.internal.rings.RingGraphics.LINE;
import static io.ringside.ui.internal.rings.RingGraphics.PAD;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

import io.ringside.model.nvme.Controller;
import io.ringside.model.nvme.QueuePair;
import io.ringside.model.trace.Device;
import io.ringside.model.trace.GenericDevice;
import io.ringside.model.trace.GenericQueue;
import io.ringside.model.trace.Queue;
import io.ringside.model.trace.StateEntry;
import io.ringside.model.trace.Trace;
import io.ringside.model.virtio.PackedVirtqueue;
import io.ringside.model.virtio.SplitVirtqueue;
import io.ringside.model.virtio.VirtioDevice;

/**
 * Draws the rings of a trace model for people: the cursor, the legend, then each device and its queues,
 * drawn by their kind's painter: split and packed rings ({@link VirtqueuePainter}), NVMe queue pairs
 * ({@link NvmeQueuePainter}), queues of operation-level traces ({@link OpQueuePainter}), all with the
 * colours, geometry and primitives of {@link RingGraphics}. It reads the EMF model only, and records what
 * it drew (hit areas and text lines) so the view can select the object under the mouse and tests can read
 * what is shown.
 */
public final class RingPainter {

    /** Something drawn: its area, the model object and the text shown in or beside it. */
    public record Hit(Rectangle area, EObject object, String text) {
    }

    private final Display display;
    private final List<Hit> hits = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    /** What the current paint draws with, and the painters of each kind of queue. */
    private RingGraphics draw;
    private VirtqueuePainter virtqueues;
    private NvmeQueuePainter nvme;
    private OpQueuePainter operations;

    public RingPainter(Display display) {
        this.display = display;
    }

    /**
     * What the last paint drew, a copy: the next paint refills the painter's own list, so a caller off the UI
     * thread (a test) reading the list it was given must not see it change underneath.
     */
    public List<Hit> hits() {
        return new ArrayList<>(hits);
    }

    /** The text lines drawn in the last paint, top to bottom (a copy, as {@link #hits()}). */
    public List<String> lines() {
        return new ArrayList<>(lines);
    }

    /** Paints the model; returns the height used. */
    public int paint(GC g, Trace trace, int w) {
        hits.clear();
        lines.clear();
        Font base = g.getFont();
        try (RingGraphics d = new RingGraphics(display, g, Math.max(300, w), hits, lines)) {
            draw = d;
            virtqueues = new VirtqueuePainter(d);
            nvme = new NvmeQueuePainter(d);
            operations = new OpQueuePainter(d);
            g.setAntialias(SWT.ON);
            g.setTextAntialias(SWT.ON);
            int y = PAD;
            if (trace.getCursor() != null) {
                y = d.text("Cursor: " + trace.getCursor().getText(), PAD, y, true);
            }
            y = d.legend(y + 2);
            for (Device dev : trace.getDevices()) {
                y = device(dev, y + 6);
            }
            return y + PAD;
        } finally {
            g.setFont(base);
        }
    }

    private int device(Device d, int y) {
        GC gc = draw.gc;
        gc.setForeground(draw.cText);
        Font f = gc.getFont();
        y = draw.text(d.getLabel() == null ? "device " + d.getId() : d.getLabel(), PAD, y, true);
        draw.hit(new Rectangle(PAD, y - LINE, draw.width - 2 * PAD, LINE), d, d.getLabel());
        gc.setFont(f);
        if (d instanceof VirtioDevice vd && vd.getFeatureSet() != null) {
            y = draw.text("features " + vd.getFeatureSet().getLabel(), PAD + 8, y, true);
        }
        if (d instanceof Controller c) {
            y = nvme.controller(c, y);
        }
        if (d instanceof GenericDevice g) {
            y = draw.text("Operation-level trace (QEMU log): ring contents, descriptors and indices the log does not show"
                    + " are 'unknown'.", PAD + 8, y, true);
            for (StateEntry e : g.getEntries()) {
                y = draw.text(e.getLabel(), PAD + 16, y, true);
            }
        }
        for (Queue q : d.getQueues()) {
            y = queue(q, y + 4);
        }
        return y;
    }

    private int queue(Queue q, int y) {
        int top = y;
        y = draw.text(q.getLabel() == null ? "queue " + q.getIndex() : q.getLabel(), PAD + 8, y, true);
        draw.hit(new Rectangle(PAD + 8, top, draw.width - 2 * PAD, LINE), q, q.getLabel());
        if (q instanceof SplitVirtqueue s) {
            y = virtqueues.split(s, y);
        } else if (q instanceof PackedVirtqueue p) {
            y = virtqueues.packed(p, y);
        } else if (q instanceof QueuePair p) {
            y = nvme.queuePair(p, y);
        } else if (q instanceof GenericQueue g) {
            y = operations.queue(g, y);
        }
        draw.gc.setForeground(draw.cGrey);
        draw.gc.drawLine(PAD, y + 3, draw.width - PAD, y + 3);
        return y + 8;
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
