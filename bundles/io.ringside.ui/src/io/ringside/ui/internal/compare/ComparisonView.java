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
                if (comparison == null) {
                    return;
                }
                FileDialog d = new FileDialog(getSite().getShell(), SWT.SAVE);
                d.setFilterExtensions(new String[] { "*.svg" });
                d.setFileName(comparison.base().name() + "-comparison.svg");
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
        AtomicFile.write(file, comparison.svg(runs).getBytes(StandardCharsets.UTF_8));
    }

    // ---- the chart: grouped bars, one group per configuration (the geometry of Comparison.svg, scaled)

    private static final int LEFT = 60, GAP = 20, MIN_BAR = 6;

    /** The bars drawn last: x, y, width, height, group, figure. */
    private final java.util.List<int[]> bars = new java.util.ArrayList<>();

    private void paint(GC gc, Rectangle area) {
        bars.clear();
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
