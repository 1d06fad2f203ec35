package io.ringside.ui.internal.rings;

import static io.ringside.ui.internal.rings.RingGraphics.BAND;
import static io.ringside.ui.internal.rings.RingGraphics.LINE;
import static io.ringside.ui.internal.rings.RingGraphics.PAD;
import static io.ringside.ui.internal.rings.RingGraphics.slotTop;

import java.util.List;

import org.eclipse.swt.graphics.Color;

import io.ringside.model.nvme.BufferValue;
import io.ringside.model.nvme.CompletionEntry;
import io.ringside.model.nvme.CompletionQueue;
import io.ringside.model.nvme.Controller;
import io.ringside.model.nvme.DoorbellRegister;
import io.ringside.model.nvme.QueuePair;
import io.ringside.model.nvme.SubmissionEntry;
import io.ringside.model.nvme.SubmissionQueue;

/**
 * Draws an NVMe controller of a memory-level trace: its doorbell stride and buffers, and each queue pair's
 * SQ and CQ slots (head, tail, phase), doorbells, shadow doorbells and EventIdx values.
 */
final class NvmeQueuePainter {

    private final RingGraphics draw;

    NvmeQueuePainter(RingGraphics draw) {
        this.draw = draw;
    }

    /** The controller's line: doorbell stride, shadow doorbell and EventIdx buffers. */
    int controller(Controller c, int y) {
        var sb = c.getShadowBuffer();
        var eb = c.getEventIdxBuffer();
        y = draw.text("DSTRD " + c.getDstrd() + " (doorbell stride " + (4 << c.getDstrd()) + " bytes) · "
                + (sb == null ? "" : sb.getLabel()) + " · " + (eb == null ? "" : eb.getLabel()), PAD + 8, y, true);
        return y;
    }

    /**
     * A queue pair: its SQ and CQ slots with head, tail and phase, then its doorbell registers, and its
     * shadow doorbell and EventIdx values when the controller uses them.
     */
    int queuePair(QueuePair p, int y) {
        SubmissionQueue sq = p.getSq();
        CompletionQueue cq = p.getCq();
        Controller ctrl = p.eContainer() instanceof Controller c ? c : null;
        int x0 = PAD + 24;
        if (sq != null && sq.getSize() > 0) {
            int n = sq.getSize();
            int c = draw.cols(n);
            int cs = draw.cell(n);
            y = draw.text("Submission queue: " + sq.getLabel(), PAD + 16, y, true);
            for (int s = 0; s < n && s < sq.getEntries().size(); s++) {
                SubmissionEntry e = sq.getEntries().get(s);
                Color col = switch (e.getState()) {
                    case WRITTEN -> draw.cWritten;
                    case PUBLISHED -> draw.cAvail;
                    case FETCHED -> draw.cFlight;
                    default -> draw.cFree;
                };
                draw.box(x0 + (s % c) * cs, slotTop(y, s, c, cs + 2 * BAND), cs - 2, cs - 2, col,
                        e.getCid() >= 0 && e.getState() != io.ringside.model.nvme.SlotState.FREE ? Integer.toString(e.getCid()) : "",
                        e, e.getLabel());
            }
            draw.ringMarker(x0, y, c, cs, Math.floorMod(sq.getHostTail(), n), "tail " + sq.getHostTail(), false);
            draw.ringMarker(x0, y, c, cs, Math.floorMod(sq.getHead(), n), "head " + sq.getHead(), true);
            y += ((n + c - 1) / c) * (cs + 2 * BAND) + 6;
        }
        if (cq != null && cq.getSize() > 0) {
            int n = cq.getSize();
            int c = draw.cols(n);
            int cs = draw.cell(n);
            y = draw.text("Completion queue: " + cq.getLabel(), PAD + 16, y, true);
            for (int s = 0; s < n && s < cq.getEntries().size(); s++) {
                CompletionEntry e = cq.getEntries().get(s);
                Color col = e.getCid() < 0 ? draw.cFree : !e.isConsumed() ? draw.cUsed : e.getPhase() == 1 ? draw.cPhase1 : draw.cFree;
                draw.box(x0 + (s % c) * cs, slotTop(y, s, c, cs + 2 * BAND), cs - 2, cs - 2, col, e.getCid() < 0 ? "" : "P" + e.getPhase(), e,
                        e.getLabel());
            }
            draw.ringMarker(x0, y, c, cs, Math.floorMod(cq.getTail(), n), "tail " + cq.getTail() + " P" + cq.getPhase(), false);
            draw.ringMarker(x0, y, c, cs, Math.floorMod(cq.getHostHead(), n), "head " + cq.getHostHead(), true);
            y += ((n + c - 1) / c) * (cs + 2 * BAND) + 6;
        }
        if (ctrl != null) {
            int x = x0;
            for (DoorbellRegister r : ctrl.getDoorbells()) {
                if (r.getQid() != p.getIndex()) {
                    continue;
                }
                String s = r.getLabel();
                int w = draw.gc.textExtent(s).x + 12;
                if (x + w > draw.width - PAD) {
                    x = x0;
                    y += LINE + 6;
                }
                draw.box(x, y, w, LINE + 2, r.getSkipped() > 0 ? draw.cWritten : draw.cFree, s, r, s);
                draw.record(s);
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
                    int w = draw.gc.textExtent(s).x + 12;
                    draw.box(x, y, w, LINE + 2, draw.cFree, s, b, s);
                    draw.record(s);
                    x += w + 8;
                }
            }
            if (ctrl.isShadowDoorbells()) {
                y += LINE + 8;
            }
        }
        return y;
    }
}
