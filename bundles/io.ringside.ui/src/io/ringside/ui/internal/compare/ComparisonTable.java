package io.ringside.ui.internal.compare;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import io.ringside.core.analysis.RunComparison;
import io.ringside.emulator.Comparison;
import io.ringside.ui.RingsideUI;

/**
 * The table of the Comparison view: per configuration, its figures per request as {@code ringside compare}
 * prints them; or, for a comparison of traces, a row per figure of each section and a column per trace,
 * then each trace's ratio to the first.
 */
final class ComparisonTable {

    private final Table table;

    ComparisonTable(Composite parent) {
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setData(RingsideUI.TEST_ID, "compare.table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
    }

    Table table() {
        return table;
    }

    /** Shows the runs of a comparison of configurations: a row per run, a column per figure. */
    void show(Comparison c, List<Comparison.Run> runs) {
        refill(() -> {
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
        });
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

    /**
     * Shows a comparison of traces: a row per figure of each section (the whole trace, then each queue
     * matched across the traces), a column per trace with its value, then each trace's ratio to the first.
     */
    void showTraces(RunComparison c) {
        List<RunComparison.Run> rs = c.runs();
        refill(() -> {
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
        });
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

    /** Empties the table, columns too, lets {@code fill} add columns and rows, then fits the columns. */
    private void refill(Runnable fill) {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn col : table.getColumns()) {
                col.dispose();
            }
            fill.run();
            for (TableColumn col : table.getColumns()) {
                col.pack();
            }
        } finally {
            table.setRedraw(true);
        }
    }

    private TableColumn column(String name, int align) {
        TableColumn col = new TableColumn(table, align);
        col.setText(name);
        return col;
    }
}
