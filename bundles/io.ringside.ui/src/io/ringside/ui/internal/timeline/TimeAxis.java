package io.ringside.ui.internal.timeline;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

import io.ringside.ui.trace.TimeFormat;

/**
 * The time graph's horizontal axis: the range of times shown [t0, t1] within the trace's [start, end],
 * its mapping to the plot's pixels, zooming and panning (clamped to the trace, at least
 * {@link #MIN_RANGE} wide), and the axis drawn above the lanes with ticks of 1, 2 or 5 times a power of
 * ten. No widget: the {@link TimeGraph} owning it redraws after a change.
 */
final class TimeAxis {

    static final long MIN_RANGE = 1_000;

    /** Left edge of the plot (the lane names are to its left). */
    private final int left;
    private long start;
    private long end = 1;
    private long t0;
    private long t1 = 1;
    /** Pixels of the plot. */
    private int width = 10;

    TimeAxis(int left) {
        this.left = left;
    }

    /** The trace's times; the range becomes all of them. */
    void setBounds(long traceStart, long traceEnd) {
        start = traceStart;
        end = Math.max(traceEnd, traceStart + MIN_RANGE);
        fit();
    }

    void setWidth(int plotWidth) {
        width = Math.max(10, plotWidth);
    }

    int width() {
        return width;
    }

    long t0() {
        return t0;
    }

    long t1() {
        return t1;
    }

    /** Shows the times [from, to] (clamped to the trace, at least {@link #MIN_RANGE} wide). */
    void setRange(long from, long to) {
        long w = Math.max(MIN_RANGE, Math.min(to - from, end - start));
        long a = Math.max(start, Math.min(from, end - w));
        t0 = a;
        t1 = a + w;
    }

    void fit() {
        t0 = start;
        t1 = end;
    }

    /** Zooms by a factor (&lt; 1 in) around the time at x. */
    void zoom(double factor, int x) {
        long at = timeAt(x);
        double w = (t1 - t0) * factor;
        double l = (at - t0) * factor;
        setRange(at - (long) l, at - (long) l + (long) Math.max(MIN_RANGE, w));
    }

    void pan(long dt) {
        setRange(t0 + dt, t1 + dt);
    }

    /** Brings a time into view (keeping the range's width) when it is outside. */
    void show(long t) {
        if (t < t0 || t > t1) {
            long w = t1 - t0;
            setRange(t - w / 2, t - w / 2 + w);
        }
    }

    /** The x of a time. */
    int xOf(long t) {
        double f = (t - t0) / (double) Math.max(1, t1 - t0);
        return left + (int) Math.round(Math.max(-1e6, Math.min(1e6, f * width)));
    }

    /** The time at an x. */
    long timeAt(int x) {
        return t0 + (long) ((x - left) / (double) width * (t1 - t0));
    }

    /** Nanoseconds per pixel. */
    double nanosPerPixel() {
        return (t1 - t0) / (double) width;
    }

    // ------------------------------------------------------------------ drawing

    void paint(GC gc, Rectangle area, int height, TimeFormat format) {
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(0, 0, area.width, height);
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.drawLine(left, height - 1, area.width, height - 1);
        String unit = format.mode() == TimeFormat.Mode.ABSOLUTE ? "time" : "s from start";
        gc.drawText(unit + " · " + TimeFormat.duration(t1 - t0) + " shown", 6, 8, true);
        long step = tickStep(gc, format);
        long first = Math.floorDiv(t0 - start, step) * step + start;
        for (long t = first; t <= t1; t += step) {
            int x = xOf(t);
            if (x < left) {
                continue;
            }
            gc.drawLine(x, height - 6, x, height - 1);
            gc.drawText(tickLabel(t, step, format), x + 2, 4, true);
        }
    }

    /** A step of 1, 2 or 5 times a power of ten nanoseconds that leaves room for each label. */
    private long tickStep(GC gc, TimeFormat format) {
        int labelW = gc.textExtent(tickLabel(t1, 1, format) + "  ").x;
        double want = nanosPerPixel() * Math.max(60, labelW);
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

    private static String tickLabel(long t, long step, TimeFormat format) {
        int decimals = 0;
        for (long s = step; s < 1_000_000_000L && decimals < 9; s *= 10) {
            decimals++;
        }
        if (format.mode() == TimeFormat.Mode.ABSOLUTE) {
            return new TimeFormat(TimeFormat.Mode.ABSOLUTE, format.start(), Math.max(format.decimals(), decimals)).point(t);
        }
        return TimeFormat.seconds(t - format.start(), decimals, false);
    }
}
