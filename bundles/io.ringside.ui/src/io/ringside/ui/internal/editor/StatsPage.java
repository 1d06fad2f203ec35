package io.ringside.ui.internal.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import io.ringside.core.analysis.LatencyHistogram;
import io.ringside.core.analysis.Metrics;
import io.ringside.core.analysis.RequestAnalysis;
import io.ringside.core.analysis.Series;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.timeline.TraceRequests;
import io.ringside.ui.trace.TimeFormat;
import io.ringside.ui.trace.timeline.InFlightSeries;
import io.ringside.ui.trace.timeline.Timeline;

/**
 * The Statistics page, drawn with GC from the trace's request analysis ({@link RequestAnalysis}, the
 * figures of {@code ringside stats}): a table per queue and epoch (labelled as the timeline labels its
 * lanes), the device latency's cumulative distribution per queue and epoch, the whole trace over time
 * (requests per second; notifications and interrupts per request), and the requests in flight against time
 * per queue and epoch ({@link InFlightSeries}).
 */
public final class StatsPage {

    private static final int[][] PALETTE = { { 33, 102, 172 }, { 214, 96, 77 }, { 77, 146, 33 }, { 140, 81, 10 },
            { 118, 42, 131 }, { 1, 133, 113 } };
    /** Most queue epochs drawn in the latency plot (the busiest). */
    static final int CDF_CURVES = 6;

    private final TraceEditor editor;
    private final ScrolledComposite scroll;
    private final Canvas canvas;
    private final List<String> lines = new ArrayList<>();
    /** The height the last paint needed (the page scrolls when the editor is shorter). */
    private int contentHeight;

    StatsPage(Composite parent, TraceEditor editor) {
        this.editor = editor;
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        canvas = new Canvas(scroll, SWT.DOUBLE_BUFFERED);
        scroll.setContent(canvas);
        canvas.setData(RingsideUI.TEST_ID, "stats.canvas");
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
        Runnable redraw = () -> {
            if (!canvas.isDisposed()) {
                canvas.redraw();
            }
        };
        TraceRequests.of(editor).addListener(redraw);
        canvas.addDisposeListener(e -> TraceRequests.of(editor).removeListener(redraw));
    }

    Control control() {
        return scroll;
    }

    void refresh() {
        TraceRequests.of(editor).start();
        canvas.redraw();
    }

    /** The texts of the last paint: title, table rows, plot legends (tests). */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** A queue epoch's label, as the timeline names its lane: {@code d0 nvme SQ 1 · epoch 1}. */
    public static String label(RequestAnalysis a, Metrics m, List<DeviceInfo> devices) {
        return label(devices, m.device(), m.queue(), m.epoch(), m.occurrence());
    }

    static String label(List<DeviceInfo> devices, int device, int queue, int epoch, int occurrence) {
        String type = devices.stream().filter(d -> d.id() == device).map(DeviceInfo::type).findFirst().orElse("?");
        return "d" + device + " " + type + " " + Timeline.queueName(type, queue) + " · epoch " + epoch
                + (occurrence > 0 ? " (" + (occurrence + 1) + ")" : "");
    }

    private void text(GC gc, String s, int x, int y) {
        gc.drawText(s, x, y, true);
        lines.add(s);
    }

    private void paint(GC gc, Rectangle area) {
        lines.clear();
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Color black = canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK);
        gc.setForeground(black);
        TraceRequests r = TraceRequests.of(editor);
        if (!editor.session().isComplete()) {
            text(gc, "Indexing… the statistics appear when the whole trace has been read.", 12, 12);
            return;
        }
        if (r.error() != null) {
            text(gc, "No statistics: " + r.error(), 12, 12);
            return;
        }
        if (r.result() == null) {
            r.start();
            text(gc, "Analysing the requests…", 12, 12);
            return;
        }
        RequestAnalysis a = r.result().analysis();
        List<DeviceInfo> devices = editor.session().header().devices();
        int x0 = 12;
        int y = 10;
        text(gc, String.format(Locale.ROOT, "%s — %,d events, %,d violation(s), %s level; %,d requests completed",
                editor.getPartName(), editor.session().eventCount(), editor.session().violationCount(),
                editor.session().header().level().id(), a.overall().requests()), x0, y);
        y += 24;
        // the table: one row per queue and epoch
        String[] heads = { "queue · epoch", "requests", "IOPS", "depth mean/max", "latency p50", "p99", "max",
                "notif./req", "irq/req" };
        List<Metrics> qs = a.queues();
        long quantum = a.quantum();
        List<String[]> rows = new ArrayList<>();
        for (Metrics m : qs) {
            LatencyHistogram h = m.latency(Metrics.Latency.DEVICE);
            boolean lat = h != null && h.count() > 0;
            rows.add(new String[] { label(a, m, devices), String.format(Locale.ROOT, "%,d", m.requests()),
                    String.format(Locale.ROOT, "%,.0f", m.iops()),
                    String.format(Locale.ROOT, "%.2f / %d", m.depthMean(), m.depthMax()),
                    lat ? TimeFormat.duration(h.percentile(50, quantum)) : "—",
                    lat ? TimeFormat.duration(h.percentile(99, quantum)) : "—", lat ? TimeFormat.duration(h.max()) : "—",
                    ratio(m.kicks(), m.requests()), ratio(m.interrupts(), m.requests()) });
        }
        // columns as wide as their widest text
        int[] widths = new int[heads.length];
        gc.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        for (int i = 0; i < heads.length; i++) {
            widths[i] = gc.textExtent(heads[i]).x + 18;
        }
        gc.setFont(null);
        for (String[] cells : rows) {
            for (int i = 0; i < cells.length; i++) {
                widths[i] = Math.max(widths[i], gc.textExtent(cells[i]).x + 18);
            }
        }
        int x = x0;
        gc.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        for (int i = 0; i < heads.length; i++) {
            gc.drawText(heads[i], x, y, true);
            x += widths[i];
        }
        gc.setFont(null);
        y += 20;
        for (String[] cells : rows) {
            x = x0;
            for (int i = 0; i < cells.length; i++) {
                gc.drawText(cells[i], x, y, true);
                x += widths[i];
            }
            lines.add(String.join(" | ", cells));
            y += 18;
        }
        y += 14;
        // the plots: side by side on a wide page, else one above the other
        boolean wide = area.width >= 1100;
        int pw = wide ? (area.width - 3 * x0) / 2 : area.width - 2 * x0;
        int visible = scroll.getClientArea().height; // the plots fill the editor's height, not the canvas's
        int ph = wide ? Math.max(440, visible - y - 10) : Math.max(360, (visible - y - 20) / 2);
        cdf(gc, a, qs, devices, x0, y, pw, ph);
        fitHeight(wide ? y + ph + 10 : y + 2 * ph + 20);
        int sx = wide ? 2 * x0 + pw : x0;
        int sy = wide ? y : y + ph + 10;
        int inFlightH = Math.max(150, ph * 2 / 5);
        series(gc, a.series(), sx, sy, pw, ph - inFlightH);
        inFlight(gc, a, r.result().inFlight(), devices, sx, sy + ph - inFlightH, pw, inFlightH, a.start());
    }

    /**
     * Makes the page scroll when the plots need more height than the editor has (they keep a minimum
     * height, and are laid out on the editor's visible height, so the size settles at once).
     */
    private void fitHeight(int needed) {
        if (needed != contentHeight) {
            contentHeight = needed;
            canvas.getDisplay().asyncExec(() -> {
                if (!scroll.isDisposed()) {
                    scroll.setMinHeight(needed);
                }
            });
        }
    }

    private static String ratio(long n, long d) {
        return d == 0 ? "—" : String.format(Locale.ROOT, "%.2f", n / (double) d);
    }

    /** Device latency CDFs of the busiest queue epochs, latency on a log scale. */
    private void cdf(GC gc, RequestAnalysis a, List<Metrics> qs, List<DeviceInfo> devices, int x, int y, int w, int h) {
        Color black = canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK);
        Color grey = canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY);
        text(gc, "Device latency (fetch to completion), cumulative distribution", x, y);
        int px = x + 40;
        int py = y + 22;
        int pw = w - 50;
        List<Metrics> shown = qs.stream().filter(m -> m.latency(Metrics.Latency.DEVICE) != null
                && m.latency(Metrics.Latency.DEVICE).count() > 0).sorted(Comparator.comparingLong(Metrics::requests).reversed())
                .limit(CDF_CURVES).toList();
        int ph = h - 50 - 16 * Math.max(1, shown.size());
        gc.setForeground(grey);
        gc.drawRectangle(px, py, pw, ph);
        if (shown.isEmpty()) {
            gc.setForeground(black);
            text(gc, "no request with a known device latency", px + 10, py + 10);
            return;
        }
        long lo = Long.MAX_VALUE;
        long hi = 1;
        for (Metrics m : shown) {
            LatencyHistogram l = m.latency(Metrics.Latency.DEVICE);
            lo = Math.min(lo, Math.max(1, l.min()));
            hi = Math.max(hi, l.max());
        }
        double l0 = Math.log10(lo);
        double l1 = Math.max(l0 + 1, Math.log10(hi));
        gc.setForeground(black);
        gc.drawText("1", x + 20, py - 6, true);
        gc.drawText("0", x + 20, py + ph - 10, true);
        for (int d = (int) Math.ceil(l0); d <= (int) Math.floor(l1); d++) {
            int tx = px + (int) ((d - l0) / (l1 - l0) * pw);
            gc.setForeground(grey);
            gc.drawLine(tx, py + ph, tx, py + ph + 4);
            gc.setForeground(black);
            gc.drawText(TimeFormat.duration((long) Math.pow(10, d)), tx - 12, py + ph + 5, true);
        }
        int k = 0;
        for (Metrics m : shown) {
            LatencyHistogram l = m.latency(Metrics.Latency.DEVICE);
            Color c = color(k);
            gc.setForeground(c);
            gc.setLineWidth(2);
            int prevX = -1;
            int prevY = -1;
            for (int i = 0; i <= 200; i++) {
                double p = i <= 180 ? i / 2.0 : 90 + (i - 180) * 0.5; // finer in the tail: to 100
                long v = Math.max(1, l.percentile(Math.min(100, p), a.quantum()));
                int cx = px + (int) ((Math.log10(v) - l0) / (l1 - l0) * pw);
                int cy = py + ph - (int) (ph * Math.min(100, p) / 100);
                if (prevX >= 0) {
                    gc.drawLine(prevX, prevY, cx, cy);
                }
                prevX = cx;
                prevY = cy;
            }
            gc.setLineWidth(1);
            String name = label(a, m, devices) + String.format(Locale.ROOT, " (%,d)", l.count());
            gc.setBackground(c);
            gc.fillRectangle(px, py + ph + 30 + 16 * k, 12, 4);
            gc.setForeground(black);
            gc.drawText(name, px + 18, py + ph + 22 + 16 * k, true);
            lines.add("cdf " + name);
            c.dispose();
            k++;
        }
    }

    /** The whole trace over time: requests per second, and notifications and interrupts per request. */
    private void series(GC gc, Series s, int x, int y, int w, int h) {
        Color black = canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK);
        Color grey = canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY);
        text(gc, "The whole trace over time (s from start)", x, y);
        int px = x + 50;
        int py = y + 22;
        int pw = w - 60;
        int ph = (h - 70) / 2;
        int n = s.size();
        gc.setForeground(grey);
        gc.drawRectangle(px, py, pw, ph);
        gc.drawRectangle(px, py + ph + 14, pw, ph);
        if (n == 0) {
            return;
        }
        double maxIops = 1;
        double maxPer = 0.5;
        for (int i = 0; i < n; i++) {
            maxIops = Math.max(maxIops, s.iops(i));
            double e = s.exitsPerRequest(i);
            double q = s.interruptsPerRequest(i);
            maxPer = Math.max(maxPer, Double.isNaN(e) ? 0 : e);
            maxPer = Math.max(maxPer, Double.isNaN(q) ? 0 : q);
        }
        gc.setForeground(black);
        gc.drawText(String.format(Locale.ROOT, "%,.0f/s", maxIops), x - 10, py - 2, true);
        gc.drawText(String.format(Locale.ROOT, "%.1f", maxPer), x + 20, py + ph + 12, true);
        gc.drawText("0", px + 2, py + 2 * ph + 16, true);
        String end = TimeFormat.seconds(n * s.width(), 3, false) + " s";
        gc.drawText(end, px + pw - gc.textExtent(end).x, py + 2 * ph + 16, true);
        String[] names = { "requests/s", "notifications/request", "interrupts/request" };
        for (int k = 0; k < 3; k++) {
            Color c = color(k);
            gc.setForeground(c);
            gc.setLineWidth(k == 0 ? 1 : 2);
            int prevX = -1;
            int prevY = -1;
            for (int i = 0; i < n; i++) {
                double v = k == 0 ? s.iops(i) : k == 1 ? s.exitsPerRequest(i) : s.interruptsPerRequest(i);
                if (Double.isNaN(v)) {
                    prevX = -1;
                    continue;
                }
                int cx = px + (int) ((i + 0.5) / n * pw);
                int top = k == 0 ? py : py + ph + 14;
                int cy = top + ph - (int) (ph * v / (k == 0 ? maxIops : maxPer));
                if (prevX >= 0) {
                    gc.drawLine(prevX, prevY, cx, cy);
                }
                prevX = cx;
                prevY = cy;
            }
            gc.setLineWidth(1);
            gc.drawText(names[k], px + 6 + k * 170, py + 2 * ph + 16 + 18, true);
            lines.add("series " + names[k]);
            c.dispose();
        }
        cursor(gc, px, py, pw, 2 * ph + 14, n * s.width(), s.start());
    }

    /**
     * Requests in flight against time (the mean per window, as {@code stats --window} prints it), one line
     * per queue epoch, the busiest ({@link #CDF_CURVES}) by their peak; each legend names the queue epoch,
     * its peak and the window.
     */
    private void inFlight(GC gc, RequestAnalysis a, InFlightSeries f, List<DeviceInfo> devices, int x, int y, int w,
            int h, long t0) {
        Color black = canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK);
        Color grey = canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY);
        if (f == null || f.windows() == 0) {
            text(gc, "Requests in flight: no time windows (a trace without a time span)", x, y);
            return;
        }
        text(gc, "Requests in flight (mean per " + TimeFormat.duration(f.windowNs()) + " window)", x, y);
        List<InFlightSeries.Queue> shown = f.queues().stream().filter(q -> !Double.isNaN(f.peak(q)) && f.peak(q) > 0)
                .sorted(Comparator.comparingDouble(f::peak).reversed()).limit(CDF_CURVES).toList();
        int px = x + 50;
        int py = y + 22;
        int pw = w - 60;
        int rows = (Math.max(1, shown.size()) + 1) / 2;
        int ph = Math.max(40, h - 40 - 16 * rows);
        gc.setForeground(grey);
        gc.drawRectangle(px, py, pw, ph);
        if (shown.isEmpty()) {
            gc.setForeground(black);
            text(gc, "no queue with a known depth had a request in flight", px + 10, py + 10);
            return;
        }
        double max = 1;
        for (InFlightSeries.Queue q : shown) {
            max = Math.max(max, f.peak(q));
        }
        int n = f.windows();
        gc.setForeground(black);
        gc.drawText(String.format(Locale.ROOT, "%.1f", max), x + 10, py - 2, true);
        gc.drawText("0", x + 30, py + ph - 12, true);
        int k = 0;
        for (InFlightSeries.Queue q : shown) {
            Color c = color(k);
            gc.setForeground(c);
            gc.setLineWidth(2);
            int prevX = -1;
            int prevY = -1;
            for (int i = 0; i < n; i++) {
                double v = f.depth(q, i);
                int cx = px + (int) ((i + 0.5) / n * pw);
                int cy = py + ph - (int) (ph * v / max);
                if (prevX >= 0) {
                    gc.drawLine(prevX, prevY, cx, cy);
                }
                prevX = cx;
                prevY = cy;
            }
            gc.setLineWidth(1);
            String name = label(devices, q.device(), q.queue(), q.epoch(), q.occurrence())
                    + String.format(Locale.ROOT, " (peak %.2f)", f.peak(q));
            int lx = px + (k % 2) * (pw / 2);
            int ly = py + ph + 8 + 16 * (k / 2);
            gc.setBackground(c);
            gc.fillRectangle(lx, ly + 8, 12, 4);
            gc.setForeground(black);
            gc.drawText(name, lx + 18, ly, true);
            lines.add("inflight " + name);
            c.dispose();
            k++;
        }
        cursor(gc, px, py, pw, ph, n * f.windowNs(), t0);
    }

    /** The editor cursor's time as a dotted line across a plot of {@code span} ns from {@code t0}. */
    private void cursor(GC gc, int px, int py, int pw, int ph, long span, long t0) {
        if (editor.position() >= 0 && editor.cursorEvent() != null && t0 >= 0 && span > 0) {
            long t = editor.cursorEvent().time() - t0;
            int cx = px + (int) (pw * t / (double) span);
            if (cx >= px && cx <= px + pw) {
                gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
                gc.setLineStyle(SWT.LINE_DOT);
                gc.drawLine(cx, py, cx, py + ph);
                gc.setLineStyle(SWT.LINE_SOLID);
            }
        }
    }

    private Color color(int k) {
        int[] c = PALETTE[k % PALETTE.length];
        return new Color(c[0], c[1], c[2]);
    }
}
