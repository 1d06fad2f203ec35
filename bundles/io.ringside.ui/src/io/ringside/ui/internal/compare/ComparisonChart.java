package io.ringside.ui.internal.compare;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import io.ringside.core.analysis.RunComparison;
import io.ringside.emulator.Comparison;
import io.ringside.ui.RingsideUI;

/**
 * The bar chart of the Comparison view: grouped bars, one group per configuration and a bar per figure
 * (the geometry of {@code Comparison.svg}, scaled), or for a comparison of traces one group per figure and
 * a bar per trace, relative to the largest. A bar's figures show in a tool tip over it; many groups need
 * more width than the view has, so the chart scrolls then and bars keep a readable width.
 */
final class ComparisonChart {

    private static final int LEFT = 60, GAP = 20, MIN_BAR = 6;

    private final ScrolledComposite chartScroll;
    private final Canvas chart;
    private Comparison comparison;
    private List<Comparison.Run> runs = List.of();
    /** The comparison of traces drawn, or null. */
    private RunComparison traces;
    /** The bars drawn last: x, y, width, height, group, figure. */
    private final java.util.List<int[]> bars = new java.util.ArrayList<>();

    ComparisonChart(Composite parent) {
        chartScroll = new ScrolledComposite(parent, SWT.H_SCROLL);
        chartScroll.setExpandHorizontal(true);
        chartScroll.setExpandVertical(true);
        chart = new Canvas(chartScroll, SWT.DOUBLE_BUFFERED);
        chartScroll.setContent(chart);
        chart.setData(RingsideUI.TEST_ID, "compare.chart");
        chart.setBackground(chart.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.addPaintListener(e -> paint(e.gc, chart.getClientArea()));
        chart.addListener(SWT.MouseMove, e -> {
            String tip = tipAt(e.x, e.y);
            if (!java.util.Objects.equals(tip, chart.getToolTipText())) {
                chart.setToolTipText(tip);
            }
        });
    }

    /** Draws the runs of a comparison of configurations. */
    void show(Comparison c, List<Comparison.Run> done) {
        traces = null;
        comparison = c;
        runs = done;
        chartScroll.setMinWidth(LEFT + 20 + runs.size() * (c.plotted().size() * MIN_BAR + GAP) + GAP);
        chart.redraw();
    }

    /** Draws the whole trace's figures of a comparison of traces. */
    void showTraces(RunComparison c) {
        traces = c;
        comparison = null;
        runs = List.of();
        chartScroll.setMinWidth(LEFT + 20 + c.figures().size() * (c.runs().size() * MIN_BAR + GAP));
        chart.redraw();
    }

    private void paint(GC gc, Rectangle area) {
        bars.clear();
        if (traces != null) {
            gc.setAntialias(SWT.ON);
            paintTraces(gc, area);
            return;
        }
        if (comparison == null || runs.isEmpty()) {
            return;
        }
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        paintRuns(gc, area);
    }

    /** The whole trace's figures as grouped bars: per figure, each trace's value over the largest. */
    private void paintTraces(GC gc, Rectangle area) {
        List<RunComparison.Run> rs = traces.runs();
        RunComparison.Section whole = traces.sections().get(0);
        Color black = chart.getDisplay().getSystemColor(SWT.COLOR_BLACK);
        int top = titleAndLegend(gc, whole.title() + ": each figure relative to the largest of the traces",
                rs.stream().map(RunComparison.Run::name).toList());
        List<RunComparison.Figure> figs = traces.figures();
        int plotH = plotHeight(gc, area, top, figs.stream().map(RunComparison.Figure::name).toList());
        int groupW = Math.max(rs.size() * MIN_BAR + GAP, (area.width - LEFT - 20) / Math.max(1, figs.size()));
        int barW = Math.max(MIN_BAR, (groupW - GAP) / rs.size());
        gc.drawLine(LEFT, top + plotH, LEFT + figs.size() * groupW, top + plotH);
        for (int g = 0; g < figs.size(); g++) {
            RunComparison.Figure f = figs.get(g);
            double max = 0;
            for (int k = 0; k < rs.size(); k++) {
                double v = RunComparison.value(f, whole.metrics().get(k));
                if (!Double.isNaN(v)) {
                    max = Math.max(max, Math.abs(v));
                }
            }
            int gx = LEFT + g * groupW + GAP / 2;
            for (int k = 0; k < rs.size() && max > 0; k++) {
                double v = RunComparison.value(f, whole.metrics().get(k));
                if (Double.isNaN(v)) {
                    continue;
                }
                int h = (int) Math.round(plotH * Math.abs(v) / max);
                Color c = color(k);
                gc.setBackground(c);
                gc.fillRectangle(gx + k * barW, top + plotH - h, barW - 1, h);
                bars.add(new int[] { gx + k * barW, top + plotH - h, barW - 1, h, k, g });
                c.dispose();
            }
            gc.setForeground(black);
            turned(gc, f.name(), gx + 2, top + plotH + 4); // the figure's name below its group
        }
    }

    /** The runs of a comparison of configurations as grouped bars on a scale of four steps. */
    private void paintRuns(GC gc, Rectangle area) {
        List<Comparison.Metric> cols = comparison.plotted();
        Color black = chart.getDisplay().getSystemColor(SWT.COLOR_BLACK);
        int lineH = gc.getFontMetrics().getHeight();
        int top = titleAndLegend(gc, comparison.titles()[0], cols.stream().map(Comparison.Metric::legend).toList());
        // the configurations' labels below the bars, turned by 40 degrees: room for the longest
        int plotH = plotHeight(gc, area, top, runs.stream().map(Comparison.Run::label).toList());
        double max = 0.1;
        for (Comparison.Run r : runs) {
            for (Comparison.Metric m : cols) {
                max = Math.max(max, r.get(m));
            }
        }
        double scaleTop = Math.ceil(max * 4) / 4;
        int barW = Math.max(MIN_BAR, Math.min(24,
                (area.width - LEFT - 20 - GAP * (runs.size() + 1)) / Math.max(1, runs.size() * cols.size())));
        int groupW = cols.size() * barW + GAP;
        Color grid = new Color(221, 221, 221);
        try {
            for (int i = 0; i <= 4; i++) {
                double v = scaleTop * i / 4;
                int y = top + plotH - (int) Math.round(plotH * v / scaleTop);
                gc.setForeground(grid);
                gc.drawLine(LEFT, y, Math.max(LEFT + 100, LEFT + GAP + runs.size() * groupW), y);
                gc.setForeground(black);
                String t = String.format(Locale.ROOT, "%.2f", v);
                gc.drawText(t, LEFT - 6 - gc.textExtent(t).x, y - lineH / 2, true);
            }
            gc.drawLine(LEFT, top, LEFT, top + plotH);
            for (int g = 0; g < runs.size(); g++) {
                Comparison.Run r = runs.get(g);
                int x0 = LEFT + GAP + g * groupW;
                for (int k = 0; k < cols.size(); k++) {
                    int h = (int) Math.round(plotH * r.get(cols.get(k)) / scaleTop);
                    Color c = color(k);
                    gc.setBackground(c);
                    int x = x0 + k * barW;
                    gc.fillRectangle(x, top + plotH - h, barW - 2, Math.max(h, 0));
                    c.dispose();
                    bars.add(new int[] { x, top + plotH - h, barW - 2, Math.max(h, 1), g, k });
                }
                turned(gc, r.label(), x0 + cols.size() * barW / 2f, top + plotH + 6);
            }
        } finally {
            grid.dispose();
        }
    }

    /** The title, then the legend of the bars' colours on one line; returns the top of the plot. */
    private int titleAndLegend(GC gc, String title, List<String> legend) {
        int lineH = gc.getFontMetrics().getHeight();
        gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText(title, LEFT, 4, true);
        int lx = LEFT;
        int ly = 8 + lineH;
        for (int k = 0; k < legend.size(); k++) {
            Color c = color(k);
            gc.setBackground(c);
            gc.fillRectangle(lx, ly + (lineH - 12) / 2, 12, 12);
            c.dispose();
            gc.drawText(legend.get(k), lx + 16, ly, true);
            lx += 32 + gc.textExtent(legend.get(k)).x;
        }
        return ly + lineH + 10;
    }

    /** The height of the bars from {@code top}, leaving room below for the longest label turned by 40 degrees. */
    private static int plotHeight(GC gc, Rectangle area, int top, List<String> labels) {
        int lineH = gc.getFontMetrics().getHeight();
        int longest = 0;
        for (String l : labels) {
            longest = Math.max(longest, gc.textExtent(l).x);
        }
        int labelSpace = Math.min(area.height / 2, (int) (longest * Math.sin(Math.toRadians(40))) + lineH + 10);
        return Math.max(40, area.height - top - labelSpace);
    }

    /** A label starting at {@code x, y}, turned by 40 degrees. */
    private static void turned(GC gc, String text, float x, float y) {
        Transform t = new Transform(gc.getDevice());
        try {
            t.translate(x, y);
            t.rotate(40);
            gc.setTransform(t);
            gc.drawText(text, 0, 0, true);
        } finally {
            gc.setTransform(null);
            t.dispose();
        }
    }

    private static Color color(int k) {
        String hex = Comparison.COLORS[k % Comparison.COLORS.length];
        return new Color(new RGB(Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
                Integer.parseInt(hex.substring(5, 7), 16)));
    }

    /** The tool tip over a bar: the configuration, the figure and its value; null elsewhere. */
    String tipAt(int x, int y) {
        for (int[] b : bars) {
            if (x >= b[0] && x < b[0] + b[2] + 2 && y >= b[1] - 4 && y <= b[1] + b[3] && traces != null) {
                RunComparison.Figure f = traces.figures().get(b[5]);
                RunComparison.Section whole = traces.sections().get(0);
                return traces.runs().get(b[4]).name() + ": " + f.name() + " "
                        + ComparisonTable.traceRow(whole, f, traces.runs().size())[1 + b[4]];
            }
            if (x >= b[0] && x < b[0] + b[2] + 2 && y >= b[1] - 4 && y <= b[1] + b[3]) {
                Comparison.Run r = runs.get(b[4]);
                Comparison.Metric m = comparison.plotted().get(b[5]);
                return r.label() + ": " + m.legend() + " " + String.format(Locale.ROOT, "%.3f", r.get(m))
                        + (comparison.nvme() ? " per command" : " per request");
            }
        }
        return null;
    }

    /** The middle of the bar of group {@code group}, bar {@code figure}, as last drawn. */
    Point barCenter(int group, int figure) {
        for (int[] b : bars) {
            if (b[4] == group && b[5] == figure) {
                return new Point(b[0] + b[2] / 2, b[1] + b[3] / 2);
            }
        }
        return null;
    }
}
