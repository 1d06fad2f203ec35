package io.ringside.ui.internal.rings;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

import io.ringside.model.virtio.BufferState;

/**
 * What every part of a ring diagram is drawn with, for one paint: the GC, the width, the colours of slot
 * states and the small font, the geometry of rings (columns, cell size, rows of slots with a band for
 * markers above and below), the primitives (a line of text, a box, a marker, a hatched box, the legend),
 * and the record of what was drawn (hit areas and text lines). Made for each paint and closed after it
 * (its colours and font are the paint's).
 */
final class RingGraphics implements AutoCloseable {

    static final int PAD = 10;
    static final int LINE = 17;
    /** Height of the band above and below a row of ring slots that holds the markers pointing at them. */
    static final int BAND = 16;

    final GC gc;
    final int width;
    final Color cFree, cAvail, cFlight, cSkipped, cUsed, cWritten, cText, cGrey, cLink, cMarker, cPhase1;
    final Font small;
    private final List<RingPainter.Hit> hits;
    private final List<String> lines;

    /** Drawing on {@code g} in {@code width} pixels, recording into {@code hits} and {@code lines}. */
    RingGraphics(Display display, GC g, int width, List<RingPainter.Hit> hits, List<String> lines) {
        this.gc = g;
        this.width = width;
        this.hits = hits;
        this.lines = lines;
        var fd = g.getFont().getFontData()[0];
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
    }

    @Override
    public void close() {
        for (Color c : new Color[] { cFree, cAvail, cFlight, cSkipped, cUsed, cWritten, cGrey, cLink, cMarker, cPhase1 }) {
            c.dispose();
        }
        small.dispose();
    }

    /** Records a line of text as shown (tests read them). */
    void record(String line) {
        lines.add(line);
    }

    /** Records an area as showing {@code o}, the view selects it on a click there. */
    void hit(Rectangle area, EObject o, String text) {
        hits.add(new RingPainter.Hit(area, o, text));
    }

    /** The colour of a descriptor in a state. */
    Color stateColor(BufferState s) {
        return switch (s) {
            case AVAILABLE -> cAvail;
            case IN_FLIGHT -> cFlight;
            case SKIPPED -> cSkipped;
            case USED -> cUsed;
            default -> cFree;
        };
    }

    /** The legend of the slot colours; returns the height below it. */
    int legend(int y) {
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

    /** A line of text at {@code x, y}, recorded when {@code record}; returns the y below it. */
    int text(String s, int x, int y, boolean record) {
        gc.setForeground(cText);
        gc.drawText(s, x, y, true);
        if (record) {
            lines.add(s);
        }
        return y + LINE;
    }

    /** Columns of slots a ring of {@code size} is drawn in. */
    int cols(int size) {
        int c = Math.min(size, 32);
        while (c > 8 && (width - 2 * PAD - 30) / c < 20) {
            c /= 2;
        }
        return Math.max(1, c);
    }

    /** Pixels of a slot of a ring of {@code size}. */
    int cell(int size) {
        return Math.max(14, Math.min(40, (width - 2 * PAD - 30) / cols(size)));
    }

    /** A box filled with {@code fill} (null: what is drawn there stays, as a hatching); returns its area. */
    Rectangle box(int x, int y, int w, int h, Color fill, String label, EObject o, String hitText) {
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
                // on a hatching, the text on a plain patch of its own so the lines do not cross it
                gc.setBackground(cFree);
                gc.drawText(label, x + (w - e.x) / 2, y + (h - e.y) / 2, fill != null);
            }
            gc.setFont(null);
        }
        Rectangle r = new Rectangle(x, y, w, h);
        if (o != null) {
            hits.add(new RingPainter.Hit(r, o, hitText));
        }
        return r;
    }

    /**
     * A marker pointing at a slot from the band above ({@code below} false: at {@code top}, the slot's top
     * edge) or below ({@code bottom}: the lowest edge of what is drawn under the slot); its label right of
     * the triangle, inside the band, so it never covers a slot or a neighbouring row.
     */
    void marker(int cx, int top, int bottom, String label, boolean below) {
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
    static int slotTop(int y, int s, int c, int rowH) {
        return y + (s / c) * rowH + BAND;
    }

    /** A marker at slot {@code s} of a ring of plain rows (band, cells of {@code cs}, band). */
    void ringMarker(int x0, int y, int c, int cs, int slot, String label, boolean below) {
        int top = slotTop(y, slot, c, cs + 2 * BAND);
        marker(x0 + (slot % c) * cs + cs / 2, top, top + cs - 2, label, below);
    }

    /** A slot whose content the log cannot tell: grey diagonal hatching on white. */
    void hatch(int x, int y, int w, int h) {
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

    void hatchedBox(int x, int y, int w, int h, String label, EObject o, String hitText) {
        hatch(x, y, w, h);
        box(x, y, w, h, null, label, o, hitText);
    }
}
