package io.ringside.ui.internal.timeline;

import static io.ringside.ui.internal.timeline.LaneLayout.AXIS_H;
import static io.ringside.ui.internal.timeline.LaneLayout.GROUP_H;
import static io.ringside.ui.internal.timeline.LaneLayout.LEGEND_H;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

import io.ringside.ui.trace.TimeFormat;
import io.ringside.ui.trace.timeline.Lane;
import io.ringside.ui.trace.timeline.Timeline;

/**
 * Paints a {@link TimeGraph}: group headers, lanes with their names, bars and markers, the axis, the time
 * cursor, a range being selected, and the legend. Level of detail: a lane with more requests in view than
 * {@link #DETAIL_PER_PIXEL} per pixel is drawn per pixel from its {@link Lane.Summary} (requests in flight
 * and the most frequent operation in the times the pixel covers), and likewise its markers, so a paint
 * costs per pixel, not per request. Owns the colours and the bold font (disposed with the graph).
 */
final class GraphPainter {

    /** Requests (or markers) in view per pixel above which a lane is drawn from its summary. */
    static final int DETAIL_PER_PIXEL = 2;

    /** Colours of operations 1..{@link Timeline#COLOURS} (1: operation unknown) and of markers. */
    private static final int[][] OPS = { {}, { 120, 144, 156 }, { 33, 102, 172 }, { 214, 96, 77 }, { 77, 146, 33 },
            { 140, 81, 10 }, { 118, 42, 131 }, { 1, 133, 113 }, { 230, 171, 2 }, { 231, 41, 138 }, { 90, 90, 90 } };
    private static final int[][] MARKS = { { 25, 25, 200 }, { 150, 60, 170 }, { 230, 130, 0 }, { 150, 150, 150 },
            { 220, 0, 0 } };
    static final String[] MARK_NAMES = { "notification (kick, SQ doorbell)", "CQ doorbell", "interrupt",
            "suppressed", "violation" };

    private final TimeGraph graph;
    private final Color[] opColours = new Color[OPS.length];
    private final Color[] markColours = new Color[MARKS.length];
    private final Color laneBg;
    private final Color laneBg2;
    private final Color groupBg;
    private final Color selectionBg;
    private final Font bold;
    /** Lanes drawn from their summary in the last paint (tests, measurements). */
    private int summarizedLanes;

    GraphPainter(TimeGraph graph) {
        this.graph = graph;
        Device d = graph.getDisplay();
        for (int i = 1; i < OPS.length; i++) {
            opColours[i] = new Color(OPS[i][0], OPS[i][1], OPS[i][2]);
        }
        for (int i = 0; i < MARKS.length; i++) {
            markColours[i] = new Color(MARKS[i][0], MARKS[i][1], MARKS[i][2]);
        }
        laneBg = new Color(250, 250, 250);
        laneBg2 = new Color(240, 242, 245);
        groupBg = new Color(225, 230, 238);
        selectionBg = new Color(120, 160, 230);
        FontData fd = graph.getFont().getFontData()[0];
        bold = new Font(d, fd.getName(), fd.getHeight(), SWT.BOLD);
    }

    void dispose() {
        for (Color c : opColours) {
            if (c != null) {
                c.dispose();
            }
        }
        for (Color c : markColours) {
            c.dispose();
        }
        laneBg.dispose();
        laneBg2.dispose();
        groupBg.dispose();
        selectionBg.dispose();
        bold.dispose();
    }

    int summarizedLanes() {
        return summarizedLanes;
    }

    private Color system(int id) {
        return graph.getDisplay().getSystemColor(id);
    }

    void paint(GC gc, Rectangle area) {
        gc.setBackground(system(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        gc.setForeground(system(SWT.COLOR_BLACK));
        Timeline timeline = graph.timeline();
        if (timeline == null) {
            gc.drawText(graph.message(), 10, 10, true);
            return;
        }
        TimeAxis axis = graph.axis();
        List<Lane> ls = timeline.lanes();
        if (ls.isEmpty()) {
            gc.drawText("No requests: the trace shows no device taking a request.", 10, AXIS_H + 10, true);
        }
        int[] tops = LaneLayout.tops(timeline);
        int left = TimeGraph.NAME_W;
        int scrollY = graph.scrollY();
        summarizedLanes = 0;
        String group = null;
        gc.setClipping(0, AXIS_H, area.width, area.height - AXIS_H - LEGEND_H);
        for (int i = 0; i < ls.size(); i++) {
            Lane l = ls.get(i);
            int y = tops[i] - scrollY;
            int h = LaneLayout.laneHeight(l);
            if (!l.group().equals(group)) {
                group = l.group();
                int gy = y - GROUP_H;
                if (gy + GROUP_H >= AXIS_H && gy < area.height) {
                    gc.setBackground(groupBg);
                    gc.fillRectangle(0, gy, area.width, GROUP_H);
                    gc.setFont(bold);
                    gc.drawText(group, 6, gy + 2, true);
                    gc.setFont(null);
                }
            }
            if (y + h < AXIS_H || y > area.height - LEGEND_H) {
                continue;
            }
            gc.setBackground(i % 2 == 0 ? laneBg : laneBg2);
            gc.fillRectangle(0, y, area.width, h);
            gc.setForeground(system(SWT.COLOR_BLACK));
            gc.drawText(fit(gc, l.label(), left - 16), 14, y + (h - gc.getFontMetrics().getHeight()) / 2, true);
            gc.setClipping(left, Math.max(AXIS_H, y), axis.width(),
                    Math.min(h, area.height - LEGEND_H - Math.max(AXIS_H, y)));
            paintLane(gc, timeline, axis, l, y);
            gc.setClipping(0, AXIS_H, area.width, area.height - AXIS_H - LEGEND_H);
        }
        gc.setClipping((Rectangle) null);
        axis.paint(gc, area, AXIS_H, graph.timeFormat());
        paintCursorAndSelection(gc, axis, area);
        paintLegend(gc, timeline, area);
    }

    private void paintLane(GC gc, Timeline timeline, TimeAxis axis, Lane l, int y) {
        int pw = axis.width();
        int left = TimeGraph.NAME_W;
        long t0 = axis.t0();
        long t1 = axis.t1();
        int lo = l.firstStartingAt(t0 - l.maxDuration());
        int hi = l.firstStartingAt(t1 + 1);
        if (hi - lo > DETAIL_PER_PIXEL * pw) {
            summarizedLanes++;
            paintSummary(gc, axis, l, LaneLayout.rowsTop(y), LaneLayout.rowHeight(l));
        } else {
            paintBars(gc, timeline, axis, l, y, lo, hi);
        }
        paintMarkers(gc, axis, l, y);
    }

    /**
     * Each request in view as a bar. Bars of one colour that touch in a row are filled as one rectangle
     * (zoomed out near the switch to the summary, many bars share a pixel), an open end and the selection
     * drawn over them after.
     */
    private void paintBars(GC gc, Timeline timeline, TimeAxis axis, Lane l, int y, int lo, int hi) {
        int pw = axis.width();
        int left = TimeGraph.NAME_W;
        long traceEnd = timeline.end();
        int rh = Math.max(1, LaneLayout.rowHeight(l) - 1);
        int rows = Math.min(l.rows(), Lane.MAX_ROWS);
        int[] from = new int[rows];
        int[] to = new int[rows];
        int[] colour = new int[rows];
        int selected = -1;
        List<Integer> open = new ArrayList<>();
        for (int i = lo; i < hi; i++) {
            long e = l.end(i) < 0 ? traceEnd : l.end(i);
            if (e < axis.t0()) {
                continue;
            }
            int x0 = Math.max(left - 1, axis.xOf(l.start(i)));
            int x1 = Math.min(left + pw + 1, Math.max(x0 + 1, axis.xOf(e)));
            int r = Math.min(l.row(i), Lane.MAX_ROWS - 1);
            if (colour[r] == l.colour(i) && x0 <= to[r]) {
                to[r] = Math.max(to[r], x1);
            } else {
                fillBar(gc, colour[r], from[r], to[r], LaneLayout.rowY(l, i, y), rh);
                from[r] = x0;
                to[r] = x1;
                colour[r] = l.colour(i);
            }
            if (graph.isSelected(l, i)) {
                selected = i;
            }
            if (l.end(i) < 0) {
                open.add(i);
            }
        }
        for (int r = 0; r < rows; r++) {
            fillBar(gc, colour[r], from[r], to[r], LaneLayout.rowsTop(y) + r * LaneLayout.rowHeight(l), rh);
        }
        for (int i : open) { // still in flight at the end of the trace: an open end
            int x0 = Math.max(left - 1, axis.xOf(l.start(i)));
            int x1 = Math.min(left + pw + 1, Math.max(x0 + 1, axis.xOf(traceEnd)));
            if (x1 - x0 > 6) {
                gc.setBackground(system(SWT.COLOR_WHITE));
                gc.fillRectangle(x1 - 3, LaneLayout.rowY(l, i, y), 3, rh);
            }
        }
        if (selected >= 0) {
            long e = l.end(selected) < 0 ? traceEnd : l.end(selected);
            int x0 = Math.max(left - 1, axis.xOf(l.start(selected)));
            int x1 = Math.min(left + pw + 1, Math.max(x0 + 1, axis.xOf(e)));
            gc.setForeground(system(SWT.COLOR_BLACK));
            gc.setLineWidth(2);
            gc.drawRectangle(x0 - 1, LaneLayout.rowY(l, selected, y) - 1, x1 - x0 + 2, rh + 2);
            gc.setLineWidth(1);
        }
    }

    private void fillBar(GC gc, int colour, int x0, int x1, int y, int h) {
        if (colour > 0) {
            gc.setBackground(opColours[colour]);
            gc.fillRectangle(x0, y, x1 - x0, h);
        }
    }

    /** Per pixel: the requests in flight (up to the lane's rows) in the colour most of them have. */
    private void paintSummary(GC gc, TimeAxis axis, Lane l, int top, int rh) {
        Lane.Summary s = l.summary();
        int pw = axis.width();
        int left = TimeGraph.NAME_W;
        int runStart = -1;
        int runN = -1;
        int runC = -1;
        for (int px = 0; px <= pw; px++) {
            int n = 0;
            int colour = 0;
            if (px < pw) {
                int b0 = s.bucket(axis.timeAt(left + px));
                int b1 = Math.max(b0, s.bucket(axis.timeAt(left + px + 1) - 1));
                n = Math.min(l.rows(), s.overlapping(0, b0, b1));
                if (n > 0) {
                    colour = s.mostFrequent(b0, b1);
                }
            }
            if (n != runN || colour != runC) {
                if (runN > 0) {
                    gc.setBackground(opColours[runC]);
                    gc.fillRectangle(left + runStart, top, px - runStart, runN * rh - 1);
                }
                runStart = px;
                runN = n;
                runC = colour;
            }
        }
    }

    /**
     * The markers in view: each one, or zoomed out (more than {@link #DETAIL_PER_PIXEL} a pixel) each pixel
     * whose times hold markers of a kind. Either way a kind's marks at neighbouring pixels are drawn as one
     * band and marks at the same pixel once, so a paint draws at most a few shapes per pixel.
     */
    private void paintMarkers(GC gc, TimeAxis axis, Lane l, int y) {
        int pw = axis.width();
        int left = TimeGraph.NAME_W;
        int h = LaneLayout.laneHeight(l);
        int lo = l.firstMarkerAt(axis.t0());
        int hi = l.firstMarkerAt(axis.t1() + 1);
        int[] from = new int[Lane.MARKER_KINDS];
        int[] to = new int[Lane.MARKER_KINDS];
        Arrays.fill(to, Integer.MIN_VALUE);
        if (hi - lo > DETAIL_PER_PIXEL * pw) {
            Lane.Summary s = l.summary();
            for (int px = 0; px < pw; px++) {
                int b0 = s.bucket(axis.timeAt(left + px));
                int b1 = Math.max(b0, s.bucket(axis.timeAt(left + px + 1) - 1));
                for (byte k = 0; k < Lane.MARKER_KINDS; k++) {
                    if (s.markersIn(k, b0, b1) > 0) {
                        tick(gc, from, to, k, left + px, y, h);
                    }
                }
            }
        } else {
            for (int i = lo; i < hi; i++) {
                tick(gc, from, to, l.markerKind(i), axis.xOf(l.markerTime(i)), y, h);
            }
        }
        for (byte k = 0; k < Lane.MARKER_KINDS; k++) {
            if (to[k] != Integer.MIN_VALUE) {
                mark(gc, k, from[k], to[k] - from[k] + 1, y, h);
            }
        }
    }

    /** A mark of a kind at x, merged into the band [from[k], to[k]] when it touches it (else the band is drawn). */
    private void tick(GC gc, int[] from, int[] to, byte k, int x, int y, int h) {
        if (to[k] != Integer.MIN_VALUE && x >= from[k] && x <= to[k] + 1) {
            to[k] = Math.max(to[k], x);
            return;
        }
        if (to[k] != Integer.MIN_VALUE) {
            mark(gc, k, from[k], to[k] - from[k] + 1, y, h);
        }
        from[k] = x;
        to[k] = x;
    }

    /**
     * Marks of a kind over {@code w} pixels from x: notifications and CQ doorbells tick down from the lane's
     * top, interrupts up from its bottom, suppressed ones are a dot at the bottom, violations a thick line
     * across.
     */
    private void mark(GC gc, byte kind, int x, int w, int y, int h) {
        gc.setBackground(markColours[kind]);
        switch (kind) {
            case Lane.KICK, Lane.CQ_DOORBELL -> gc.fillRectangle(x, y, w, 5);
            case Lane.INTERRUPT -> gc.fillRectangle(x, y + h - 5, w, 5);
            case Lane.SUPPRESSED -> gc.fillRectangle(x, y + h - 2, w, 1);
            default -> gc.fillRectangle(x - 1, y, w + 1, h);
        }
    }

    private void paintCursorAndSelection(GC gc, TimeAxis axis, Rectangle area) {
        int bottom = area.height - LEGEND_H;
        int[] sel = graph.mouse().selection();
        if (sel != null) {
            gc.setAlpha(70);
            gc.setBackground(selectionBg);
            int a = Math.max(TimeGraph.NAME_W, sel[0]);
            int b = Math.min(TimeGraph.NAME_W + axis.width(), sel[1]);
            gc.fillRectangle(a, AXIS_H, b - a, bottom - AXIS_H);
            gc.setAlpha(255);
            gc.setForeground(system(SWT.COLOR_BLACK));
            gc.drawText(TimeFormat.duration(axis.timeAt(b) - axis.timeAt(a)), a + 4, AXIS_H + 2, false);
        }
        long cursor = graph.cursor();
        if (cursor >= axis.t0() && cursor <= axis.t1()) {
            int x = axis.xOf(cursor);
            gc.setForeground(markColours[Lane.VIOLATION]);
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawLine(x, 0, x, bottom);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    private void paintLegend(GC gc, Timeline timeline, Rectangle area) {
        int y = area.height - LEGEND_H;
        gc.setBackground(system(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(0, y, area.width, LEGEND_H);
        int x = 6;
        gc.setForeground(system(SWT.COLOR_BLACK));
        for (int c : timeline.coloursInUse()) {
            gc.setBackground(opColours[c]);
            gc.fillRectangle(x, y + 6, 12, 10);
            String name = timeline.colourName(c);
            gc.drawText(name, x + 16, y + 3, true);
            x += 16 + gc.textExtent(name).x + 14;
        }
        for (byte k = 0; k < Lane.MARKER_KINDS; k++) {
            int top = y + 4;
            mark(gc, k, x + 3, 1, top, 14);
            gc.setForeground(system(SWT.COLOR_BLACK));
            gc.drawText(MARK_NAMES[k], x + 9, y + 3, true);
            x += 9 + gc.textExtent(MARK_NAMES[k]).x + 14;
        }
    }

    /** A text cut with an ellipsis to a width (its tooltip gives the whole text). */
    static String fit(GC gc, String s, int width) {
        if (gc.textExtent(s).x <= width) {
            return s;
        }
        int n = s.length();
        while (n > 1 && gc.textExtent(s.substring(0, n) + "…").x > width) {
            n--;
        }
        return s.substring(0, n) + "…";
    }
}
