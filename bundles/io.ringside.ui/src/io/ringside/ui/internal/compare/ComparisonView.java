package io.ringside.ui.internal.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import io.ringside.core.util.AtomicFile;
import io.ringside.core.analysis.RunComparison;
import io.ringside.emulator.Comparison;
import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.EclipseProgress;

/**
 * The result of a comparison of emulator configurations: per configuration, the figures per request in a
 * table (as {@code ringside compare} prints them) and as grouped bars (as its SVG plot draws them), with
 * the configuration's figures in a tool tip over its bars. The toolbar runs the comparison again with
 * changed inputs and saves the plot as SVG.
 */
public final class ComparisonView extends ViewPart {

    public static final String ID = "io.ringside.ui.views.comparison";
    /** Job family of comparison runs. */
    public static final Object JOB_FAMILY = ComparisonView.class;
    /** Shown until a comparison ran. */
    public static final String EMPTY_MESSAGE = "No comparison yet: Ringside > Compare Configurations..., "
            + "or right-click a workload file (.json) > Compare Configurations....";

    private static final CompareDialog.Inputs FIRST = new CompareDialog.Inputs("nvme", CompareDialog.NVME_DEFAULT, "2000",
            "", "");
    private static CompareDialog.Inputs last = FIRST;

    private Label header;
    private Table table;
    private Canvas chart;
    private ScrolledComposite chartScroll;
    private Comparison comparison;
    /** The comparison of traces shown (Compare With > Each Other), or null. */
    private RunComparison traces;
    private List<Comparison.Run> runs = List.of();
    private CompareDialog.Inputs inputs;

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout gl = new GridLayout(1, false);
        gl.marginWidth = 4;
        root.setLayout(gl);
        header = new Label(root, SWT.WRAP);
        header.setData(RingsideUI.TEST_ID, "compare.header");
        header.setText(EMPTY_MESSAGE);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(root, SWT.HORIZONTAL); // the bottom of the perspective: wide, not tall
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
        table.setData(RingsideUI.TEST_ID, "compare.table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        // many configurations need more width than the view has: the chart scrolls then, bars keep a readable width
        chartScroll = new ScrolledComposite(sash, SWT.H_SCROLL);
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
        sash.setWeights(45, 55);
        IToolBarManager tb = getViewSite().getActionBars().getToolBarManager();
        tb.add(new Action("Compare Again...") {
            {
                setToolTipText("Run a comparison with changed settings");
            }

            @Override
            public void run() {
                open(getSite().getPage(), inputs != null ? inputs : last);
            }
        });
        tb.add(new Action("Save Plot as SVG...") {
            {
                setToolTipText("Save the bar chart as an SVG file");
            }

            @Override
            public void run() {
                if (comparison == null && traces == null) {
                    return;
                }
                FileDialog d = new FileDialog(getSite().getShell(), SWT.SAVE);
                d.setFilterExtensions(new String[] { "*.svg" });
                d.setFileName((traces != null ? "traces" : comparison.base().name()) + "-comparison.svg");
                d.setOverwrite(true);
                String f = d.open();
                if (f != null) {
                    try {
                        saveSvg(Path.of(f));
                    } catch (IOException e) {
                        MessageDialog.openError(getSite().getShell(), "Save Plot as SVG", f + ": " + e.getMessage());
                    }
                }
            }
        });
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    /**
     * Asks what to compare (the dialog starts from {@code preset}), runs the comparison in a job with progress
     * and shows it in this view; returns the job, or null when the dialog was canceled.
     */
    public static Job open(IWorkbenchPage page, CompareDialog.Inputs preset) {
        CompareDialog d = new CompareDialog(page.getWorkbenchWindow().getShell(), preset);
        if (d.open() != Window.OK) {
            return null;
        }
        last = d.inputs();
        return run(page, d.comparison(), d.inputs());
    }

    /**
     * The inputs a comparison of {@code workload} starts from: the last inputs, with that workload and no fault
     * (the dialog swaps a device's default settings to vary for the workload's device's).
     */
    public static CompareDialog.Inputs presetFor(String workload) {
        CompareDialog.Inputs l = last;
        return workload == null ? l : new CompareDialog.Inputs(workload, l.vary(), l.requests(), l.seed(), "");
    }

    /** Runs {@code c} in a job (progress per configuration, cancellable) and shows what it measured. */
    public static Job run(IWorkbenchPage page, Comparison c, CompareDialog.Inputs inputs) {
        Job job = new Job("Comparing " + c.size() + " configuration(s) of " + c.base().name()) {
            @Override
            protected IStatus run(IProgressMonitor m) {
                List<Comparison.Run> runs;
                try {
                    runs = c.run(new EclipseProgress(m));
                } catch (IOException | RuntimeException e) {
                    return Status.error("The comparison failed: " + e.getMessage(), e);
                }
                boolean canceled = m.isCanceled();
                PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
                    try {
                        ComparisonView v = (ComparisonView) page.showView(ID);
                        v.show(c, runs, inputs, canceled);
                    } catch (PartInitException e) {
                        // the workbench is closing
                    }
                });
                return canceled ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** Shows a comparison's runs (all, or those done before it was canceled). */
    public void show(Comparison c, List<Comparison.Run> done, CompareDialog.Inputs in, boolean canceled) {
        traces = null;
        comparison = c;
        runs = List.copyOf(done);
        inputs = in;
        var base = c.base();
        header.setText(base.device() + " workload '" + base.name() + "', " + base.requests() + " requests per run, seed "
                + base.seed() + ": " + runs.size() + " of " + c.size() + " configuration(s)"
                + (canceled ? " (canceled)" : "") + (c.nvme()
                        ? ". Per command; MMIO exits = trapped doorbell writes; kIOPS = thousands of commands per simulated second."
                        : ". Per request."));
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn col : table.getColumns()) {
                col.dispose();
            }
            column("configuration", SWT.LEFT);
            for (Comparison.Metric m : c.metrics()) {
                column(m.head(), SWT.RIGHT).setToolTipText(m.legend() + (c.nvme() ? " per command" : " per request"));
            }
            if (c.nvme()) {
                column("kIOPS", SWT.RIGHT);
            }
            column("violations", SWT.RIGHT);
            for (Comparison.Run r : runs) {
                TableItem it = new TableItem(table, SWT.NONE);
                it.setText(row(c, r));
                if (r.violations() > 0) {
                    it.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                }
            }
            for (TableColumn col : table.getColumns()) {
                col.pack();
            }
        } finally {
            table.setRedraw(true);
        }
        header.getParent().layout(true);
        chartScroll.setMinWidth(LEFT + 20 + runs.size() * (c.plotted().size() * MIN_BAR + GAP) + GAP);
        chart.redraw();
    }

    /** A table row: the label, the figures with three decimals, kIOPS (NVMe), violations (+ stopped early). */
    static String[] row(Comparison c, Comparison.Run r) {
        List<Comparison.Metric> ms = c.metrics();
        String[] cells = new String[ms.size() + (c.nvme() ? 3 : 2)];
        int i = 0;
        cells[i++] = r.label();
        for (Comparison.Metric m : ms) {
            cells[i++] = String.format(Locale.ROOT, "%.3f", r.get(m));
        }
        if (c.nvme()) {
            cells[i++] = Double.isNaN(r.iops()) ? "" : String.format(Locale.ROOT, "%.1f", r.iops() / 1000);
        }
        cells[i] = r.violations() + (r.stopped() ? " (stopped early)" : "");
        return cells;
    }

    private TableColumn column(String name, int align) {
        TableColumn col = new TableColumn(table, align);
        col.setText(name);
        return col;
    }

    /** The runs shown (tests). */
    public List<Comparison.Run> runs() {
        return runs;
    }

    public Table table() {
        return table;
    }

    /** Writes the plot the view shows as SVG (the same plot {@code ringside compare -o} writes). */
    public void saveSvg(Path file) throws IOException {
        String svg = traces != null ? traces.svg() : comparison.svg(runs);
        AtomicFile.write(file, svg.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Shows a comparison of traces: a row per figure of each section (the whole trace, then each queue
     * matched across the traces), a column per trace with its value, then each trace's ratio to the first;
     * the plot: the whole trace's figures, each trace's bar relative to the largest.
     */
    public void showTraces(RunComparison c) {
        traces = c;
        comparison = null;
        runs = List.of();
        inputs = null;
        List<RunComparison.Run> rs = c.runs();
        header.setText(rs.size() + " traces: " + String.join(", ", rs.stream().map(RunComparison.Run::name).toList())
                + " (" + String.join(", ", RunComparison.kinds(rs.get(0).header()))
                + "). The request analysis of each, as ringside compare prints it; × = ratio to the first.");
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn col : table.getColumns()) {
                col.dispose();
            }
            column("figure", SWT.LEFT);
            for (RunComparison.Run r : rs) {
                column(r.name(), SWT.RIGHT);
            }
            for (int i = 1; i < rs.size(); i++) {
                column("× " + (i + 1), SWT.RIGHT).setToolTipText(rs.get(i).name() + " / " + rs.get(0).name());
            }
            for (RunComparison.Section sec : c.sections()) {
                TableItem h = new TableItem(table, SWT.NONE);
                h.setText(0, sec.title());
                h.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
                for (RunComparison.Figure f : c.figures()) {
                    new TableItem(table, SWT.NONE).setText(traceRow(sec, f, rs.size()));
                }
            }
            for (TableColumn col : table.getColumns()) {
                col.pack();
            }
        } finally {
            table.setRedraw(true);
        }
        header.getParent().layout(true);
        chartScroll.setMinWidth(LEFT + 20 + c.figures().size() * (rs.size() * MIN_BAR + GAP));
        chart.redraw();
    }

    /** A row of the trace table: the figure, each trace's value, the ratios to the first ("" when unknown). */
    static String[] traceRow(RunComparison.Section sec, RunComparison.Figure f, int n) {
        String[] cells = new String[2 * n];
        cells[0] = "  " + f.name();
        double first = RunComparison.value(f, sec.metrics().get(0));
        for (int i = 0; i < n; i++) {
            double v = RunComparison.value(f, sec.metrics().get(i));
            cells[1 + i] = Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%,." + f.decimals() + "f", v);
        }
        for (int i = 1; i < n; i++) {
            double r = RunComparison.ratio(RunComparison.value(f, sec.metrics().get(i)), first);
            cells[n + i] = Double.isNaN(r) ? "" : String.format(Locale.ROOT, "%.2f", r);
        }
        return cells;
    }

    /** The comparison of traces shown, or null (tests). */
    public RunComparison traces() {
        return traces;
    }

    /** The whole trace's figures as grouped bars: per figure, each trace's value over the largest. */
    private void paintTraces(GC gc, Rectangle area) {
        List<RunComparison.Run> rs = traces.runs();
        RunComparison.Section whole = traces.sections().get(0);
        Color black = chart.getDisplay().getSystemColor(SWT.COLOR_BLACK);
        int lineH = gc.getFontMetrics().getHeight();
        gc.setForeground(black);
        gc.drawText(whole.title() + ": each figure relative to the largest of the traces", LEFT, 4, true);
        int lx = LEFT;
        int ly = 8 + lineH;
        for (int k = 0; k < rs.size(); k++) {
            Color c = color(k);
            gc.setBackground(c);
            gc.fillRectangle(lx, ly + (lineH - 12) / 2, 12, 12);
            c.dispose();
            gc.drawText(rs.get(k).name(), lx + 16, ly, true);
            lx += 32 + gc.textExtent(rs.get(k).name()).x;
        }
        int top = ly + lineH + 10;
        List<RunComparison.Figure> figs = traces.figures();
        int longest = 0;
        for (RunComparison.Figure f : figs) {
            longest = Math.max(longest, gc.textExtent(f.name()).x);
        }
        int labelSpace = Math.min(area.height / 2, (int) (longest * Math.sin(Math.toRadians(40))) + lineH + 10);
        int plotH = Math.max(40, area.height - top - labelSpace);
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
            org.eclipse.swt.graphics.Transform tr = new org.eclipse.swt.graphics.Transform(gc.getDevice());
            try { // the figure's name below its group, turned by 40 degrees
                tr.translate(gx + 2, top + plotH + 4);
                tr.rotate(40);
                gc.setTransform(tr);
                gc.drawText(f.name(), 0, 0, true);
            } finally {
                gc.setTransform(null);
                tr.dispose();
            }
        }
    }

    // ---- the chart: grouped bars, one group per configuration (the geometry of Comparison.svg, scaled)

    private static final int LEFT = 60, GAP = 20, MIN_BAR = 6;

    /** The bars drawn last: x, y, width, height, group, figure. */
    private final java.util.List<int[]> bars = new java.util.ArrayList<>();

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
        List<Comparison.Metric> cols = comparison.plotted();
        Color black = chart.getDisplay().getSystemColor(SWT.COLOR_BLACK);
        int lineH = gc.getFontMetrics().getHeight();
        // title, then the legend on one line
        gc.setForeground(black);
        gc.drawText(comparison.titles()[0], LEFT, 4, true);
        int lx = LEFT;
        int ly = 8 + lineH;
        for (int k = 0; k < cols.size(); k++) {
            Color c = color(k);
            gc.setBackground(c);
            gc.fillRectangle(lx, ly + (lineH - 12) / 2, 12, 12);
            c.dispose();
            gc.drawText(cols.get(k).legend(), lx + 16, ly, true);
            lx += 32 + gc.textExtent(cols.get(k).legend()).x;
        }
        int top = ly + lineH + 10;
        // the configurations' labels below the bars, turned by 40 degrees: room for the longest
        int longest = 0;
        for (Comparison.Run r : runs) {
            longest = Math.max(longest, gc.textExtent(r.label()).x);
        }
        int labelSpace = Math.min(area.height / 2, (int) (longest * Math.sin(Math.toRadians(40))) + lineH + 10);
        int plotH = Math.max(40, area.height - top - labelSpace);
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
                Transform t = new Transform(gc.getDevice());
                try {
                    t.translate(x0 + cols.size() * barW / 2f, top + plotH + 6);
                    t.rotate(40);
                    gc.setTransform(t);
                    gc.drawText(r.label(), 0, 0, true);
                } finally {
                    gc.setTransform(null);
                    t.dispose();
                }
            }
        } finally {
            grid.dispose();
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
                return traces.runs().get(b[4]).name() + ": " + f.name() + " " + traceRow(whole, f, traces.runs().size())[1 + b[4]];
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

    /** The middle of the bar of configuration {@code group}, figure {@code figure}, as last drawn (tests). */
    public Point barCenter(int group, int figure) {
        for (int[] b : bars) {
            if (b[4] == group && b[5] == figure) {
                return new Point(b[0] + b[2] / 2, b[1] + b[3] / 2);
            }
        }
        return null;
    }

    /** The tool tip the chart shows at a point (tests). */
    public String chartTip(Point p) {
        return tipAt(p.x, p.y);
    }
}
