package io.ringside.ui.internal.editor;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import io.ringside.ui.RingsideUI;
import io.ringside.ui.trace.QueueProbe;

/**
 * The Statistics page, drawn with GC: per queue, notifications, interrupts and MMIO exits per request
 * (bars), and the queue occupancy (requests outstanding) over the trace (lines).
 */
public final class StatsPage {

    private static final int[][] PALETTE = { { 33, 102, 172 }, { 214, 96, 77 }, { 77, 146, 33 }, { 140, 81, 10 },
            { 118, 42, 131 }, { 1, 133, 113 } };

    private final TraceEditor editor;
    private final Canvas canvas;

    StatsPage(Composite parent, TraceEditor editor) {
        this.editor = editor;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setData(RingsideUI.TEST_ID, "stats.canvas");
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
    }

    Control control() {
        return canvas;
    }

    void refresh() {
        canvas.redraw();
    }

    /** Per-request ratios of a queue: notifications, interrupts, exits (for the page and tests). */
    public static double[] perRequest(QueueProbe.Sample s) {
        double r = Math.max(1, s.requests());
        return new double[] { s.notifications() / r, s.interrupts() / r, s.exits() / r };
    }

    private void paint(GC gc, Rectangle area) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Color black = canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK);
        Color grey = canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY);
        gc.setForeground(black);
        if (!editor.session().isComplete()) {
            gc.drawText("Indexing… the statistics appear when the whole trace has been read.", 12, 12, true);
            return;
        }
        List<QueueProbe.Sample> qs = editor.session().finalCounters();
        int x0 = 12;
        int y = 10;
        gc.drawText(String.format(Locale.ROOT, "%s — %,d events, %,d violation(s), %s level", editor.getPartName(),
                editor.session().eventCount(), editor.session().violationCount(), editor.session().header().level().id()),
                x0, y, true);
        y += 26;
        // bars: per queue, three ratios
        String[] names = { "notifications / request", "interrupts / request", "MMIO exits / request" };
        double max = 0.01;
        for (QueueProbe.Sample s : qs) {
            for (double v : perRequest(s)) {
                max = Math.max(max, v);
            }
        }
        int barH = 14;
        int labelW = 170;
        int plotW = Math.max(100, area.width - labelW - 140);
        for (int k = 0; k < names.length; k++) {
            Color c = color(k);
            gc.setBackground(c);
            gc.fillRectangle(x0 + k * 200, y + 3, 10, 10);
            gc.drawText(names[k], x0 + k * 200 + 14, y, true);
            c.dispose();
        }
        y += 22;
        for (QueueProbe.Sample s : qs) {
            gc.drawText(String.format(Locale.ROOT, "%s (%,d requests)", s.label(), s.requests()), x0, y, true);
            double[] v = perRequest(s);
            for (int k = 0; k < 3; k++) {
                Color c = color(k);
                gc.setBackground(c);
                int w = (int) Math.round(plotW * v[k] / max);
                gc.fillRectangle(x0 + labelW, y + k * barH, Math.max(1, w), barH - 2);
                c.dispose();
                gc.drawText(String.format(Locale.ROOT, "%.3f", v[k]), x0 + labelW + w + 4, y + k * barH - 2, true);
            }
            y += 3 * barH + 10;
        }
        y += 10;
        // occupancy over the trace
        gc.drawText("Queue occupancy (requests outstanding) over the trace", x0, y, true);
        y += 20;
        List<long[]> rows = editor.session().occupancy();
        int ph = Math.max(80, area.height - y - 40);
        int pw = Math.max(100, area.width - 2 * x0 - 40);
        int px = x0 + 40;
        gc.setForeground(grey);
        gc.drawRectangle(px, y, pw, ph);
        if (rows.isEmpty()) {
            return;
        }
        long maxOut = 1;
        int cols = 0;
        for (long[] r : rows) {
            cols = Math.max(cols, r.length - 1);
            for (int i = 1; i < r.length; i++) {
                maxOut = Math.max(maxOut, r[i]);
            }
        }
        long lastEv = Math.max(1, rows.get(rows.size() - 1)[0]);
        gc.setForeground(black);
        gc.drawText(Long.toString(maxOut), x0, y, true);
        gc.drawText("0", x0 + 20, y + ph - 14, true);
        gc.drawText(String.format(Locale.ROOT, "event %,d", lastEv), px + pw - 90, y + ph + 4, true);
        for (int qi = 0; qi < cols; qi++) {
            Color c = color(qi);
            gc.setForeground(c);
            gc.setLineWidth(2);
            Point prev = null;
            int step = Math.max(1, rows.size() / pw);
            for (int i = 0; i < rows.size(); i += step) {
                long[] r = rows.get(i);
                if (qi + 1 >= r.length) {
                    continue;
                }
                int x = px + (int) (pw * r[0] / (double) lastEv);
                int yy = y + ph - (int) (ph * r[qi + 1] / (double) maxOut);
                if (prev != null) {
                    gc.drawLine(prev.x, prev.y, x, yy);
                }
                prev = new Point(x, yy);
            }
            if (qi < qs.size()) {
                gc.drawText(qs.get(qi).label(), px + pw - 60, y + 4 + qi * 16, true);
            }
            c.dispose();
        }
        gc.setLineWidth(1);
        // the cursor
        long pos = editor.position();
        if (pos >= 0) {
            gc.setForeground(black);
            int x = px + (int) (pw * Math.min(pos, lastEv) / (double) lastEv);
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawLine(x, y, x, y + ph);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    private Color color(int k) {
        int[] c = PALETTE[k % PALETTE.length];
        return new Color(c[0], c[1], c[2]);
    }
}
