package io.ringside.ui.internal.timeline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ScrollBar;

import io.ringside.ui.RingsideUI;
import io.ringside.ui.trace.TimeFormat;
import io.ringside.ui.trace.timeline.Lane;
import io.ringside.ui.trace.timeline.Timeline;

/**
 * A time graph in the manner of Trace Compass's: lane names on the left, a time axis on top, one lane per
 * queue and epoch (grouped under their device and epoch) with each request a bar from its first known step
 * to its completion, stacked in rows, coloured by operation, and markers for notifications, CQ doorbells,
 * interrupts and violations. The widget keeps what is shown (the timeline, the time cursor, the selected
 * request, the vertical scroll) and what a point hits; its parts are the range of times shown and the axis
 * ({@link TimeAxis}), the layout of lanes ({@link LaneLayout}), painting with its level of detail
 * ({@link GraphPainter}), mouse and keys ({@link GraphMouse}) and tooltips ({@link GraphTips}). A click
 * on a bar or marker reports it, a click elsewhere reports its time.
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

    /** Width of the lane names, left of the plot. */
    static final int NAME_W = 200;

    private final TimeAxis axis = new TimeAxis(NAME_W);
    private final GraphPainter painter;
    private final GraphMouse mouse;
    private final GraphTips tips;
    private Timeline timeline;
    private String message = "No trace open.";
    private TimeFormat format = new TimeFormat(TimeFormat.Mode.RELATIVE, 0, 9);
    private long cursor = -1;
    private int scrollY;
    private Lane selectedLane;
    private int selectedRequest = -1;
    private final List<Listener> listeners = new ArrayList<>();
    private long lastPaintNanos;
    private long paints;

    public TimeGraph(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.V_SCROLL);
        setData(RingsideUI.TEST_ID, "timeline.graph");
        painter = new GraphPainter(this);
        addPaintListener(e -> {
            long start = System.nanoTime();
            painter.paint(e.gc, getClientArea());
            lastPaintNanos = System.nanoTime() - start;
            if (timeline != null) {
                paints++;
            }
        });
        mouse = GraphMouse.attach(this);
        addListener(SWT.Resize, e -> updateScrollBar());
        getVerticalBar().addListener(SWT.Selection, e -> scrollTo(getVerticalBar().getSelection()));
        tips = new GraphTips(this);
        addDisposeListener(e -> painter.dispose());
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

    String message() {
        return message;
    }

    public void setTimeFormat(TimeFormat f) {
        format = f;
        redraw();
    }

    /** How the axis and the tooltips write times. */
    public TimeFormat timeFormat() {
        return format;
    }

    public void addGraphListener(Listener l) {
        listeners.add(l);
    }

    /** The time cursor (the editor's cursor event's time), -1 for none; brought into view when outside it. */
    public void setCursor(long t) {
        cursor = t;
        if (t >= 0 && timeline != null) {
            axis.show(t);
        }
        redraw();
    }

    public long cursor() {
        return cursor;
    }

    public void select(Lane lane, int request) {
        selectedLane = lane;
        selectedRequest = request;
        redraw();
    }

    boolean isSelected(Lane lane, int request) {
        return lane == selectedLane && request == selectedRequest;
    }

    GraphMouse mouse() {
        return mouse;
    }

    int scrollY() {
        return scrollY;
    }

    void scrollTo(int y) {
        scrollY = y;
        redraw();
    }

    // ------------------------------------------------------------------ range (the axis, kept as wide as the plot)

    /** The axis, its width that of the plot now. */
    TimeAxis axis() {
        axis.setWidth(plotWidth());
        return axis;
    }

    public long rangeStart() {
        return axis.t0();
    }

    public long rangeEnd() {
        return axis.t1();
    }

    /** Shows the times [from, to] (clamped to the trace, at least {@link TimeAxis#MIN_RANGE} wide). */
    public void setRange(long from, long to) {
        axis.setRange(from, to);
        redraw();
    }

    public void zoomToFit() {
        if (timeline == null) {
            axis.setBounds(0, 1);
        } else {
            axis.setBounds(timeline.start(), timeline.end());
        }
        updateScrollBar();
        redraw();
    }

    /** Zooms by a factor (&lt; 1 in) around the time at plot pixel {@code x}. */
    public void zoom(double factor, int x) {
        axis().zoom(factor, x);
        redraw();
    }

    public void pan(long dt) {
        axis.pan(dt);
        redraw();
    }

    int plotWidth() {
        return Math.max(10, getClientArea().width - NAME_W - 8);
    }

    /** The x of a time. */
    public int xOf(long t) {
        return axis().xOf(t);
    }

    /** The time at an x. */
    public long timeAt(int x) {
        return axis().timeAt(x);
    }

    // ------------------------------------------------------------------ lanes on screen

    /** The top of lane {@code i} on screen (tests click relative to it). */
    public int laneTop(int i) {
        return LaneLayout.tops(timeline)[i] - scrollY;
    }

    /** Where request {@code i} of a lane is drawn: the middle of its bar, on screen. */
    public Point barPoint(Lane lane, int i) {
        int li = timeline.lanes().indexOf(lane);
        long e = lane.end(i) < 0 ? timeline.end() : lane.end(i);
        int x0 = Math.max(NAME_W, xOf(lane.start(i)));
        int x1 = Math.min(NAME_W + plotWidth(), Math.max(x0 + 1, xOf(e)));
        int y = LaneLayout.rowY(lane, i, laneTop(li)) + LaneLayout.rowHeight(lane) / 2;
        return new Point((x0 + x1) / 2, y);
    }

    private void updateScrollBar() {
        ScrollBar sb = getVerticalBar();
        if (sb == null) {
            return;
        }
        int total = timeline == null ? 0 : LaneLayout.tops(timeline)[timeline.lanes().size()] + LaneLayout.LEGEND_H;
        int h = getClientArea().height;
        sb.setValues(Math.min(scrollY, Math.max(0, total - h)), 0, Math.max(1, total), Math.max(1, h), 20, Math.max(1, h - 40));
        sb.setVisible(total > h);
        scrollY = sb.getVisible() ? sb.getSelection() : 0;
    }

    // ------------------------------------------------------------------ what a point hits

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

    /** What is under a point: a lane and a request or marker of it. */
    public record Hit(Lane lane, int request, int marker) {
    }

    public Hit hitAt(int x, int y) {
        if (timeline == null || y < LaneLayout.AXIS_H || y > getClientArea().height - LaneLayout.LEGEND_H) {
            return null;
        }
        int[] tops = LaneLayout.tops(timeline);
        List<Lane> ls = timeline.lanes();
        for (int i = 0; i < ls.size(); i++) {
            Lane l = ls.get(i);
            int top = tops[i] - scrollY;
            if (y < top || y >= top + LaneLayout.laneHeight(l)) {
                continue;
            }
            if (x < NAME_W) {
                return new Hit(l, -1, -1);
            }
            TimeAxis a = axis();
            long slack = Math.max(1, (a.t1() - a.t0()) / a.width() * 2);
            long t = a.timeAt(x);
            int m = nearestMarker(l, t, slack);
            int row = (y - LaneLayout.rowsTop(top)) / LaneLayout.rowHeight(l);
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

    /** The tooltip at a point: a request's steps and latencies, a marker, a lane's whole name; else null. */
    public String tooltipAt(int x, int y) {
        return tips.textAt(x, y);
    }

    /** A request's steps, with times and event numbers, and its latencies. */
    public String requestText(Lane l, int i) {
        return tips.requestText(l, i);
    }

    // ------------------------------------------------------------------ measurements

    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    /** Paints of the plot so far (measurements: that a repaint happened). */
    public long paints() {
        return paints;
    }

    /** Lanes drawn from their per-pixel summary in the last paint (tests, measurements). */
    public int summarizedLanes() {
        return painter.summarizedLanes();
    }
}
