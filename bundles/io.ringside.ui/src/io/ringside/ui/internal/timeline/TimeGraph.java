package io.ringside.ui.internal.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.window.DefaultToolTip;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import io.ringside.ui.RingsideUI;
import io.ringside.ui.trace.TimeFormat;
import io.ringside.ui.trace.timeline.Lane;
import io.ringside.ui.trace.timeline.Timeline;

/**
 * A time graph in the manner of Trace Compass's: lane names on the left, a time axis on top, one lane per
 * queue and epoch (grouped under their device and epoch) with each request a bar from its first known step
 * to its completion, stacked in rows, coloured by operation, and markers for notifications, CQ doorbells,
 * interrupts and violations. Mouse wheel zooms around the pointer (Shift+wheel pans), dragging selects a
 * range and zooms to it, the middle or right button drags to pan; arrows pan, +/- zoom, Home zooms to fit.
 * A click on a bar or marker reports it, a click elsewhere reports its time. Level of detail: when a lane
 * has more requests in view than a few per pixel, it is drawn per pixel from the lane's bucket summary
 * (requests in flight, the most frequent operation, markers present), so a paint costs per pixel, not per
 * request.
 */
public final class TimeGraph extends Canvas {

    /** What a click reports. */
    public interface Listener {
        /** A bar was clicked: request {@code i} of {@code lane}. */
        void request(Lane lane, int i);

        /** A marker was clicked: its event. */
        void marker(Lane lane, int i);

        /** Elsewhere in the plot: a time. */
        void time(long t);
    }

    static final int NAME_W = 200;
    static final int AXIS_H = 30;
    static final int LEGEND_H = 22;
    static final int GROUP_H = 18;
    static final int LANE_PAD = 3;
    /** Requests in view per pixel above which a lane is drawn from its summary. */
    static final int DETAIL_PER_PIXEL = 2;
    static final long MIN_RANGE = 1_000;

    /** Colours of operations 1..{@link Timeline#COLOURS} (1: operation unknown) and of markers. */
    private static final int[][] OPS = { {}, { 120, 144, 156 }, { 33, 102, 172 }, { 214, 96, 77 }, { 77, 146, 33 },
            { 140, 81, 10 }, { 118, 42, 131 }, { 1, 133, 113 }, { 230, 171, 2 }, { 231, 41, 138 }, { 90, 90, 90 } };
    private static final int[][] MARKS = { { 25, 25, 200 }, { 150, 60, 170 }, { 230, 130, 0 }, { 150, 150, 150 },
            { 220, 0, 0 } };
    static final String[] MARK_NAMES = { "notification (kick, SQ doorbell)", "CQ doorbell", "interrupt",
            "suppressed", "violation" };

    private final Color[] opColours = new Color[OPS.length];
    private final Color[] markColours = new Color[MARKS.length];
    private final Color laneBg;
    private final Color laneBg2;
    private final Color groupBg;
    private final Color selectionBg;
    private final Font bold;
    private Timeline timeline;
    private String message = "No trace open.";
    private TimeFormat format = new TimeFormat(TimeFormat.Mode.RELATIVE, 0, 9);
    private long t0;
    private long t1 = 1;
    private long cursor = -1;
    private int scrollY;
    private Lane selectedLane;
    private int selectedRequest = -1;
    private final List<Listener> listeners = new ArrayList<>();
    private int dragX = -1;
    private int dragNowX = -1;
    private int dragButton;
    private long dragT0;
    private long dragT1;
    private long lastPaintNanos;
    private long paints;
    /** Lanes drawn from their summary in the last paint (tests, measurements). */
    private int summarizedLanes;

    public TimeGraph(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.V_SCROLL);
        setData(RingsideUI.TEST_ID, "timeline.graph");
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
        org.eclipse.swt.graphics.FontData fd = getFont().getFontData()[0];
        bold = new Font(getDisplay(), fd.getName(), fd.getHeight(), SWT.BOLD);
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.MouseVerticalWheel, this::wheel);
        addListener(SWT.MouseHorizontalWheel, e -> pan(-e.count * (t1 - t0) / 20));
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.KeyDown, this::key);
        addListener(SWT.Resize, e -> updateScrollBar());
        getVerticalBar().addListener(SWT.Selection, e -> {
            scrollY = getVerticalBar().getSelection();
            redraw();
        });
        new Tip();
        addDisposeListener(e -> {
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
        });
    }

    // ------------------------------------------------------------------ model

    /** Shows a timeline (null: the message instead), zoomed to fit. */
    public void setTimeline(Timeline t, String messageWhenNone) {
        timeline = t;
        message = messageWhenNone;
        selectedLane = null;
        selectedRequest = -1;
        scrollY = 0;
        zoomToFit();
    }

    public Timeline timeline() {
        return timeline;
    }

    public void setTimeFormat(TimeFormat f) {
        format = f;
        redraw();
    }

    public void addGraphListener(Listener l) {
        listeners.add(l);
    }

    /** The time cursor (the editor's cursor event's time), -1 for none; brought into view when outside it. */
    public void setCursor(long t) {
        cursor = t;
        if (t >= 0 && timeline != null && (t < t0 || t > t1)) {
            long w = t1 - t0;
            setRange(t - w / 2, t - w / 2 + w);
        } else {
            redraw();
        }
    }

    public long cursor() {
        return cursor;
    }

    public void select(Lane lane, int request) {
        selectedLane = lane;
        selectedRequest = request;
        redraw();
    }

    // ------------------------------------------------------------------ range

    public long rangeStart() {
        return t0;
    }

    public long rangeEnd() {
        return t1;
    }

    /** Shows the times [from, to] (clamped to the trace, at least {@link #MIN_RANGE} wide). */
    public void setRange(long from, long to) {
        long s = timeline == null ? 0 : timeline.start();
        long e = timeline == null ? 1 : Math.max(timeline.end(), s + MIN_RANGE);
        long w = Math.max(MIN_RANGE, Math.min(to - from, e - s));
        long a = Math.max(s, Math.min(from, e - w));
        t0 = a;
        t1 = a + w;
        redraw();
    }

    public void zoomToFit() {
        if (timeline == null) {
            t0 = 0;
            t1 = 1;
        } else {
            long s = timeline.start();
            t0 = s;
            t1 = Math.max(timeline.end(), s + MIN_RANGE);
        }
        updateScrollBar();
        redraw();
    }

    /** Zooms by a factor (&lt; 1 in) around the time at plot pixel {@code x}. */
    public void zoom(double factor, int x) {
        long at = timeAt(x);
        double w = (t1 - t0) * factor;
        double left = (at - t0) * factor;
        setRange(at - (long) left, at - (long) left + (long) Math.max(MIN_RANGE, w));
    }

    public void pan(long dt) {
        setRange(t0 + dt, t1 + dt);
    }

    int plotWidth() {
        return Math.max(10, getClientArea().width - NAME_W - 8);
    }

    /** The x of a time. */
    public int xOf(long t) {
        double f = (t - t0) / (double) Math.max(1, t1 - t0);
        return NAME_W + (int) Math.round(Math.max(-1e6, Math.min(1e6, f * plotWidth())));
    }

    /** The time at an x. */
    public long timeAt(int x) {
        return t0 + (long) ((x - NAME_W) / (double) plotWidth() * (t1 - t0));
    }

    // ------------------------------------------------------------------ layout of lanes

    /** Pixels of one stacked row of a lane. */
    static int rowHeight(Lane l) {
        int rows = l.rows();
        return rows <= 2 ? 9 : rows <= 6 ? 6 : rows <= 16 ? 4 : Math.max(1, 64 / rows);
    }

    static int laneHeight(Lane l) {
        return Math.max(16, l.rows() * rowHeight(l)) + 2 * LANE_PAD + 4;
    }

    /** The y of each lane's top (before scrolling), and of the end, with a group header before each group. */
    private int[] laneTops() {
        List<Lane> ls = timeline.lanes();
        int[] tops = new int[ls.size() + 1];
        int y = AXIS_H;
        String group = null;
        for (int i = 0; i < ls.size(); i++) {
            if (!ls.get(i).group().equals(group)) {
                group = ls.get(i).group();
                y += GROUP_H;
            }
            tops[i] = y;
            y += laneHeight(ls.get(i));
        }
        tops[ls.size()] = y;
        return tops;
    }

    /** The top of lane {@code i} on screen (tests click relative to it). */
    public int laneTop(int i) {
        return laneTops()[i] - scrollY;
    }

    /** Where request {@code i} of a lane is drawn: the middle of its bar, on screen. */
    public Point barPoint(Lane lane, int i) {
        int li = timeline.lanes().indexOf(lane);
        long e = lane.end(i) < 0 ? timeline.end() : lane.end(i);
        int x0 = Math.max(NAME_W, xOf(lane.start(i)));
        int x1 = Math.min(NAME_W + plotWidth(), Math.max(x0 + 1, xOf(e)));
        int y = laneTop(li) + LANE_PAD + 2 + Math.min(lane.row(i), Lane.MAX_ROWS - 1) * rowHeight(lane) + rowHeight(lane) / 2;
        return new Point((x0 + x1) / 2, y);
    }

    private void updateScrollBar() {
        ScrollBar sb = getVerticalBar();
        if (sb == null) {
            return;
        }
        int total = timeline == null ? 0 : laneTops()[timeline.lanes().size()] + LEGEND_H;
        int h = getClientArea().height;
        sb.setValues(Math.min(scrollY, Math.max(0, total - h)), 0, Math.max(1, total), Math.max(1, h), 20, Math.max(1, h - 40));
        sb.setVisible(total > h);
        scrollY = sb.getVisible() ? sb.getSelection() : 0;
    }

    // ------------------------------------------------------------------ painting

    private void paint(GC gc) {
        long start = System.nanoTime();
        Rectangle area = getClientArea();
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        if (timeline == null) {
            gc.drawText(message, 10, 10, true);
            lastPaintNanos = System.nanoTime() - start;
            return;
        }
        List<Lane> ls = timeline.lanes();
        if (ls.isEmpty()) {
            gc.drawText("No requests: the trace shows no device taking a request.", 10, AXIS_H + 10, true);
        }
        int[] tops = laneTops();
        int pw = plotWidth();
        summarizedLanes = 0;
        String group = null;
        gc.setClipping(0, AXIS_H, area.width, area.height - AXIS_H - LEGEND_H);
        for (int i = 0; i < ls.size(); i++) {
            Lane l = ls.get(i);
            int y = tops[i] - scrollY;
            int h = laneHeight(l);
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
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(fit(gc, l.label(), NAME_W - 16), 14, y + (h - gc.getFontMetrics().getHeight()) / 2, true);
            gc.setClipping(NAME_W, Math.max(AXIS_H, y), pw, Math.min(h, area.height - LEGEND_H - Math.max(AXIS_H, y)));
            paintLane(gc, l, y);
            gc.setClipping(0, AXIS_H, area.width, area.height - AXIS_H - LEGEND_H);
        }
        gc.setClipping((Rectangle) null);
        paintAxis(gc, area);
        paintCursorAndSelection(gc, area);
        paintLegend(gc, area);
        lastPaintNanos = System.nanoTime() - start;
        paints++;
    }

    private void paintLane(GC gc, Lane l, int y) {
        int pw = plotWidth();
        int rh = rowHeight(l);
        int top = y + LANE_PAD + 2;
        long traceEnd = timeline.end();
        int lo = l.firstStartingAt(t0 - l.maxDuration());
        int hi = l.firstStartingAt(t1 + 1);
        if (hi - lo > DETAIL_PER_PIXEL * pw) {
            summarizedLanes++;
            paintSummary(gc, l, top, rh);
        } else {
            for (int i = lo; i < hi; i++) {
                long e = l.end(i) < 0 ? traceEnd : l.end(i);
                if (e < t0) {
                    continue;
                }
                int x0 = Math.max(NAME_W - 1, xOf(l.start(i)));
                int x1 = Math.min(NAME_W + pw + 1, Math.max(x0 + 1, xOf(e)));
                int ry = top + Math.min(l.row(i), Lane.MAX_ROWS - 1) * rh;
                gc.setBackground(opColours[l.colour(i)]);
                gc.fillRectangle(x0, ry, x1 - x0, Math.max(1, rh - 1));
                if (l.end(i) < 0 && x1 - x0 > 6) { // still in flight at the end of the trace: an open end
                    gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
                    gc.fillRectangle(x1 - 3, ry, 3, Math.max(1, rh - 1));
                }
                if (l == selectedLane && i == selectedRequest) {
                    gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
                    gc.setLineWidth(2);
                    gc.drawRectangle(x0 - 1, ry - 1, x1 - x0 + 2, Math.max(1, rh - 1) + 2);
                    gc.setLineWidth(1);
                }
            }
        }
        paintMarkers(gc, l, y);
    }

    /** Per pixel: the requests in flight (up to the lane's rows) in the colour most of them have. */
    private void paintSummary(GC gc, Lane l, int top, int rh) {
        Lane.Summary s = l.summary();
        int pw = plotWidth();
        int runStart = -1;
        int runN = -1;
        int runC = -1;
        for (int px = 0; px <= pw; px++) {
            int n = 0;
            int colour = 0;
            if (px < pw) {
                int b0 = s.bucket(timeAt(NAME_W + px));
                int b1 = Math.max(b0, s.bucket(timeAt(NAME_W + px + 1) - 1));
                n = Math.min(l.rows(), s.overlapping(0, b0, b1));
                if (n > 0) {
                    int best = -1;
                    for (int c = 1; c <= s.colours(); c++) {
                        int k = s.overlapping(c, b0, b1);
                        if (k > best) {
                            best = k;
                            colour = c;
                        }
                    }
                }
            }
            if (n != runN || colour != runC) {
                if (runN > 0) {
                    gc.setBackground(opColours[runC]);
                    gc.fillRectangle(NAME_W + runStart, top, px - runStart, runN * rh - 1);
                }
                runStart = px;
                runN = n;
                runC = colour;
            }
        }
    }

    private void paintMarkers(GC gc, Lane l, int y) {
        int pw = plotWidth();
        int h = laneHeight(l);
        int lo = l.firstMarkerAt(t0);
        int hi = l.firstMarkerAt(t1 + 1);
        if (hi - lo > DETAIL_PER_PIXEL * pw) {
            Lane.Summary s = l.summary();
            for (int px = 0; px < pw; px++) {
                int b0 = s.bucket(timeAt(NAME_W + px));
                int b1 = Math.max(b0, s.bucket(timeAt(NAME_W + px + 1) - 1));
                for (byte k = 0; k < Lane.MARKER_KINDS; k++) {
                    if (s.markersIn(k, b0, b1) > 0) {
                        mark(gc, k, NAME_W + px, y, h);
                    }
                }
            }
            return;
        }
        for (int i = lo; i < hi; i++) {
            mark(gc, l.markerKind(i), xOf(l.markerTime(i)), y, h);
        }
    }

    /** A marker: notifications and CQ doorbells tick down from the lane's top, interrupts up from its bottom. */
    private void mark(GC gc, byte kind, int x, int y, int h) {
        gc.setForeground(markColours[kind]);
        switch (kind) {
            case Lane.KICK, Lane.CQ_DOORBELL -> gc.drawLine(x, y, x, y + 4);
            case Lane.INTERRUPT -> gc.drawLine(x, y + h - 5, x, y + h - 1);
            case Lane.SUPPRESSED -> gc.drawPoint(x, y + h - 2);
            default -> {
                gc.setLineWidth(2);
                gc.drawLine(x, y, x, y + h - 1);
                gc.setLineWidth(1);
            }
        }
    }

    private void paintAxis(GC gc, Rectangle area) {
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(0, 0, area.width, AXIS_H);
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawLine(NAME_W, AXIS_H - 1, area.width, AXIS_H - 1);
        String unit = format.mode() == TimeFormat.Mode.ABSOLUTE ? "time" : "s from start";
        gc.drawText(unit + " · " + TimeFormat.duration(t1 - t0) + " shown", 6, 8, true);
        long step = tickStep(gc);
        long first = Math.floorDiv(t0 - timeline.start(), step) * step + timeline.start();
        for (long t = first; t <= t1; t += step) {
            int x = xOf(t);
            if (x < NAME_W) {
                continue;
            }
            gc.drawLine(x, AXIS_H - 6, x, AXIS_H - 1);
            gc.drawText(tickLabel(t, step), x + 2, 4, true);
        }
    }

    /** A step of 1, 2 or 5 times a power of ten nanoseconds that leaves room for each label. */
    private long tickStep(GC gc) {
        int labelW = gc.textExtent(tickLabel(t1, 1) + "  ").x;
        double nsPerPx = (t1 - t0) / (double) plotWidth();
        double want = nsPerPx * Math.max(60, labelW);
        long p = 1;
        while (true) {
            for (long m : new long[] { 1, 2, 5 }) {
                if (p * m >= want) {
                    return p * m;
                }
            }
            p *= 10;
        }
    }

    private String tickLabel(long t, long step) {
        int decimals = 0;
        for (long s = step; s < 1_000_000_000L && decimals < 9; s *= 10) {
            decimals++;
        }
        if (format.mode() == TimeFormat.Mode.ABSOLUTE) {
            return new TimeFormat(TimeFormat.Mode.ABSOLUTE, format.start(), Math.max(format.decimals(), decimals)).point(t);
        }
        return TimeFormat.seconds(t - format.start(), decimals, false);
    }

    private void paintCursorAndSelection(GC gc, Rectangle area) {
        int bottom = area.height - LEGEND_H;
        if (dragX >= 0 && dragButton == 1 && Math.abs(dragNowX - dragX) > 2) {
            gc.setAlpha(70);
            gc.setBackground(selectionBg);
            int a = Math.max(NAME_W, Math.min(dragX, dragNowX));
            int b = Math.min(NAME_W + plotWidth(), Math.max(dragX, dragNowX));
            gc.fillRectangle(a, AXIS_H, b - a, bottom - AXIS_H);
            gc.setAlpha(255);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(TimeFormat.duration(timeAt(b) - timeAt(a)), a + 4, AXIS_H + 2, false);
        }
        if (cursor >= t0 && cursor <= t1) {
            int x = xOf(cursor);
            gc.setForeground(markColours[Lane.VIOLATION]);
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawLine(x, 0, x, bottom);
            gc.setLineStyle(SWT.LINE_SOLID);
        }
    }

    private void paintLegend(GC gc, Rectangle area) {
        int y = area.height - LEGEND_H;
        gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(0, y, area.width, LEGEND_H);
        int x = 6;
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
        for (int c : timeline.coloursInUse()) {
            gc.setBackground(opColours[c]);
            gc.fillRectangle(x, y + 6, 12, 10);
            String name = timeline.colourName(c);
            gc.drawText(name, x + 16, y + 3, true);
            x += 16 + gc.textExtent(name).x + 14;
        }
        for (byte k = 0; k < Lane.MARKER_KINDS; k++) {
            int top = y + 4;
            mark(gc, k, x + 3, top, 14);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
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

    // ------------------------------------------------------------------ mouse and keys

    private void wheel(Event e) {
        if (timeline == null) {
            return;
        }
        e.doit = false;
        if ((e.stateMask & SWT.SHIFT) != 0) {
            pan(-e.count * (t1 - t0) / 20);
        } else if (e.x >= NAME_W) {
            zoom(e.count > 0 ? 0.8 : 1.25, e.x);
        } else {
            ScrollBar sb = getVerticalBar();
            sb.setSelection(sb.getSelection() - e.count * 20);
            scrollY = sb.getSelection();
            redraw();
        }
    }

    private void mouseDown(Event e) {
        setFocus();
        if (timeline == null || e.x < NAME_W) {
            return;
        }
        dragX = e.x;
        dragNowX = e.x;
        dragButton = e.button;
        dragT0 = t0;
        dragT1 = t1;
    }

    private void mouseMove(Event e) {
        if (dragX < 0) {
            return;
        }
        dragNowX = e.x;
        if (dragButton != 1) { // pan: the time under the pointer stays under it
            long dt = (long) ((dragX - e.x) / (double) plotWidth() * (dragT1 - dragT0));
            setRange(dragT0 + dt, dragT1 + dt);
        } else {
            redraw();
        }
    }

    private void mouseUp(Event e) {
        if (dragX < 0) {
            return;
        }
        int from = dragX;
        dragX = -1;
        if (dragButton == 1 && Math.abs(e.x - from) > 3) {
            setRange(timeAt(Math.min(from, e.x)), timeAt(Math.max(from, e.x)));
        } else if (dragButton == 1) {
            click(e.x, e.y);
        }
        redraw();
    }

    /** What a click at a point does: a bar, else a marker, else the time. */
    public void click(int x, int y) {
        Hit h = hitAt(x, y);
        if (h != null && h.request >= 0) {
            select(h.lane, h.request);
            listeners.forEach(l -> l.request(h.lane, h.request));
        } else if (h != null && h.marker >= 0) {
            listeners.forEach(l -> l.marker(h.lane, h.marker));
        } else if (x >= NAME_W) {
            long t = timeAt(x);
            listeners.forEach(l -> l.time(t));
        }
    }

    private void key(Event e) {
        if (timeline == null) {
            return;
        }
        long w = t1 - t0;
        switch (e.keyCode) {
            case SWT.ARROW_LEFT -> pan(-w / 10);
            case SWT.ARROW_RIGHT -> pan(w / 10);
            case SWT.HOME -> zoomToFit();
            case '+', '=', SWT.KEYPAD_ADD -> zoom(0.5, NAME_W + plotWidth() / 2);
            case '-', SWT.KEYPAD_SUBTRACT -> zoom(2, NAME_W + plotWidth() / 2);
            default -> {
            }
        }
    }

    /** What is under a point: a lane and a request or marker of it. */
    public record Hit(Lane lane, int request, int marker) {
    }

    public Hit hitAt(int x, int y) {
        if (timeline == null || y < AXIS_H || y > getClientArea().height - LEGEND_H) {
            return null;
        }
        int[] tops = laneTops();
        List<Lane> ls = timeline.lanes();
        for (int i = 0; i < ls.size(); i++) {
            Lane l = ls.get(i);
            int top = tops[i] - scrollY;
            int h = laneHeight(l);
            if (y < top || y >= top + h) {
                continue;
            }
            if (x < NAME_W) {
                return new Hit(l, -1, -1);
            }
            long slack = Math.max(1, (t1 - t0) / plotWidth() * 2);
            long t = timeAt(x);
            int m = nearestMarker(l, t, slack);
            int row = (y - top - LANE_PAD - 2) / rowHeight(l);
            int r = row >= 0 && row < l.rows() ? l.requestAt(t, row, slack / 2, timeline.end()) : -1;
            if (r >= 0) {
                return new Hit(l, r, -1);
            }
            return new Hit(l, -1, m);
        }
        return null;
    }

    private static int nearestMarker(Lane l, long t, long slack) {
        int i = l.firstMarkerAt(t - slack);
        return i < l.markers() && l.markerTime(i) <= t + slack ? i : -1;
    }

    // ------------------------------------------------------------------ tooltips

    /** The tooltip at a point: a request's steps and latencies, a marker, a lane's whole name; else null. */
    public String tooltipAt(int x, int y) {
        Hit h = hitAt(x, y);
        if (h == null) {
            return null;
        }
        Lane l = h.lane;
        if (h.request >= 0) {
            return requestText(l, h.request);
        }
        if (h.marker >= 0) {
            long t = l.markerTime(h.marker);
            return MARK_NAMES[l.markerKind(h.marker)] + " at " + format.point(t) + "\nevent " + fmt(l.markerEvent(h.marker))
                    + "\n" + l.group() + " · " + l.label();
        }
        if (x < NAME_W) {
            return l.group() + " · " + l.label() + String.format(Locale.ROOT, "\n%,d requests", l.size());
        }
        Lane.Summary s = l.summary();
        int b0 = s.bucket(timeAt(x));
        int b1 = Math.max(b0, s.bucket(timeAt(x + 1) - 1));
        int n = s.overlapping(0, b0, b1);
        return n == 0 ? null : String.format(Locale.ROOT, "%,d request(s) in flight around %s (zoom in to see each)", n,
                format.point(timeAt(x)));
    }

    /** A request's steps, with times and event numbers, and its latencies. */
    public String requestText(Lane l, int i) {
        StringBuilder sb = new StringBuilder();
        String op = timeline.colourName(l.colour(i));
        sb.append(l.group()).append(" · ").append(l.label()).append(" — ").append(op).append('\n');
        long start = l.start(i);
        if (l.startEvent(i) != l.fetchEvent(i)) {
            step(sb, "submitted", start, start, l.startEvent(i));
        }
        step(sb, "fetched", l.fetch(i), start, l.fetchEvent(i));
        if (l.end(i) >= 0) {
            step(sb, "completed", l.end(i), start, l.endEvent(i));
            int irq = l.firstMarkerAt(l.end(i));
            while (irq < l.markers() && l.markerKind(irq) != Lane.INTERRUPT) {
                irq++;
            }
            if (irq < l.markers()) {
                step(sb, "next interrupt", l.markerTime(irq), start, l.markerEvent(irq));
            }
            sb.append("device latency (fetch to completion): ").append(TimeFormat.duration(l.end(i) - l.fetch(i)));
            if (start != l.fetch(i)) {
                sb.append("\nsubmit to completion: ").append(TimeFormat.duration(l.end(i) - start));
            }
        } else {
            sb.append("not completed in the trace");
        }
        if (l.bytes(i) >= 0) {
            sb.append(String.format(Locale.ROOT, "\n%,d bytes", l.bytes(i)));
        }
        return sb.toString();
    }

    private void step(StringBuilder sb, String what, long t, long start, long event) {
        sb.append(String.format(Locale.ROOT, "%-15s %s", what, format.point(t)));
        if (t != start) {
            sb.append("  (+").append(TimeFormat.duration(t - start)).append(')');
        }
        sb.append("  event ").append(fmt(event)).append('\n');
    }

    private static String fmt(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private final class Tip extends DefaultToolTip {
        Tip() {
            super(TimeGraph.this, ToolTip.RECREATE, false);
            setPopupDelay(250);
            setShift(new Point(12, 12));
            setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        }

        @Override
        protected boolean shouldCreateToolTip(Event ev) {
            return super.shouldCreateToolTip(ev) && dragX < 0 && tooltipAt(ev.x, ev.y) != null;
        }

        @Override
        protected String getText(Event ev) {
            return tooltipAt(ev.x, ev.y);
        }
    }

    // ------------------------------------------------------------------ measurements

    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    /** Paints of the plot so far (measurements: that a repaint happened). */
    public long paints() {
        return paints;
    }

    public int summarizedLanes() {
        return summarizedLanes;
    }
}
