package io.ringside.ui.internal.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

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
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
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
 * the configuration's figures in a tool tip over its bars; or a comparison of traces. The table is
 * {@link ComparisonTable}, the bars {@link ComparisonChart}; the view runs comparisons in a job and its
 * toolbar runs the comparison again with changed inputs and saves the plot as SVG.
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
    private ComparisonTable table;
    private ComparisonChart chart;
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
        table = new ComparisonTable(sash);
        chart = new ComparisonChart(sash);
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
        table.table().setFocus();
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
        table.show(c, runs);
        header.getParent().layout(true);
        chart.show(c, runs);
    }

    /** The runs shown (tests). */
    public List<Comparison.Run> runs() {
        return runs;
    }

    public Table table() {
        return table.table();
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
        table.showTraces(c);
        header.getParent().layout(true);
        chart.showTraces(c);
    }

    /** The comparison of traces shown, or null (tests). */
    public RunComparison traces() {
        return traces;
    }

    /** The middle of the bar of configuration {@code group}, figure {@code figure}, as last drawn (tests). */
    public Point barCenter(int group, int figure) {
        return chart.barCenter(group, figure);
    }

    /** The tool tip the chart shows at a point (tests). */
    public String chartTip(Point p) {
        return chart.tipAt(p.x, p.y);
    }
}
