package io.ringside.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.compare.ComparisonView;
import io.ringside.ui.tests.harness.Condition;
import io.ringside.ui.tests.harness.Traces;
import io.ringside.ui.tests.harness.UI;
import io.ringside.ui.tests.harness.WorkbenchTest;

/**
 * Compare With &gt; Each Other on two real QEMU logs of NVMe guests (QEMU 7.2 and 11.1), selected in the
 * Project Explorer: the Comparison view's table gives each log's completed requests as the log counts
 * them (its completion lines, read here), every row and ratio of the table is what {@code ringside compare
 * A B --json} prints for the same logs (the command line run in-process), and the plot saves as SVG.
 */
@ExtendWith(WorkbenchTest.class)
class CompareTracesTest {

    private static final String[] LOGS = { "d_nvme_smp1", "n_nvme_qemu11_smp2" };

    @BeforeEach
    void setUp() {
        UI.openPerspective(RingsideUI.PERSPECTIVE_ID);
    }

    @AfterEach
    void tearDown() {
        UI.closeStrayShells();
        Traces.closeEditors();
    }

    @Test
    void twoLogsComparedFromTheProjectExplorer(@TempDir Path dir) throws Exception {
        IFile[] files = new IFile[LOGS.length];
        Path[] paths = new Path[LOGS.length];
        for (int i = 0; i < LOGS.length; i++) {
            paths[i] = Traces.repo().resolve("samples/traces/qemu/" + LOGS[i] + ".trace.log.xz");
            files[i] = Traces.workspaceFile(paths[i]);
        }
        IViewReference explorer = UI.viewReference("org.eclipse.ui.navigator.ProjectExplorer");
        UI.run(() -> {
            CommonNavigator nav = (CommonNavigator) explorer.getView(true);
            UI.page().activate(nav);
            nav.selectReveal(new StructuredSelection(files));
        });
        UI.run(() -> {
            try {
                UI.window().getService(IHandlerService.class).executeCommand("io.ringside.ui.commands.compareTraces", null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        UI.waitForJobs(ComparisonView.JOB_FAMILY, Duration.ofSeconds(120));
        ComparisonView view = UI.sync(() -> (ComparisonView) UI.page().findView(ComparisonView.ID));
        assertNotNull(view, "the Comparison view opened");
        UI.waitUntil(Condition.of("the view shows the traces", () -> UI.sync(view::traces) != null));

        Table t = view.table();
        String[] requests = UI.sync(() -> {
            for (TableItem it : t.getItems()) {
                if (it.getText(0).equals("  requests")) { // the first section: the whole trace
                    return new String[] { it.getText(1), it.getText(2) };
                }
            }
            return null;
        });
        assertNotNull(requests, "a row of completed requests");
        for (int i = 0; i < LOGS.length; i++) {
            assertEquals(TimelineViewTest.count(paths[i], "pci_nvme_enqueue_req_completion"),
                    Long.parseLong(requests[i].replace(",", "")), LOGS[i] + ": requests completed, against the log");
        }
        assertEquals(files[0].getName(), UI.sync(() -> t.getColumn(1).getText()));

        // the whole table against `ringside compare A B --json` on the same logs, run in-process
        Map<String, Map<String, List<Double[]>>> cli = compareJson(paths);
        List<String[]> rows = UI.sync(() -> {
            List<String[]> l = new ArrayList<>();
            for (TableItem it : t.getItems()) {
                String[] cells = new String[t.getColumnCount()];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = it.getText(c);
                }
                l.add(cells);
            }
            return l;
        });
        int n = LOGS.length;
        String section = null;
        Map<String, Integer> figuresSeen = new LinkedHashMap<>();
        for (String[] row : rows) {
            if (!row[0].startsWith("  ")) {
                section = row[0];
                assertTrue(cli.containsKey(section), "section '" + section + "' is in ringside compare's output");
                figuresSeen.put(section, 0);
                continue;
            }
            String figure = row[0].strip();
            List<Double[]> expected = cli.get(section).get(figure);
            assertNotNull(expected, section + " / " + figure + " in ringside compare's output");
            for (int i = 0; i < n; i++) {
                near(expected.get(0)[i], row[1 + i], 0, section + " / " + figure + " / " + LOGS[i]);
            }
            for (int i = 1; i < n; i++) {
                near(expected.get(1)[i], row[n + i], 0.006, section + " / " + figure + " ratio of " + LOGS[i]);
            }
            figuresSeen.merge(section, 1, Integer::sum);
        }
        assertEquals(new ArrayList<>(cli.keySet()), new ArrayList<>(figuresSeen.keySet()), "the same sections, in the same order");
        for (Map.Entry<String, Integer> e : figuresSeen.entrySet()) {
            assertEquals(cli.get(e.getKey()).size(), e.getValue(), e.getKey() + ": every figure of ringside compare");
        }
        UI.maximize();
        UI.run(() -> UI.page().setPartState(UI.page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED));
        UI.flushEvents();
        UI.screenshot("compare-traces");
        UI.run(() -> UI.page().setPartState(UI.page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED));

        Path svg = dir.resolve("traces.svg");
        UI.run(() -> {
            try {
                view.saveSvg(svg);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<svg") || text.startsWith("<?xml"), "an SVG file");
        assertTrue(text.contains(files[0].getName()) && text.contains(files[1].getName()), "naming both traces");
    }

    /** A cell against the command line's value: both empty when unknown, else equal to the printed precision. */
    private static void near(Double expected, String cell, double tolerance, String what) {
        if (expected == null) {
            assertEquals("", cell, what + ": unknown");
            return;
        }
        assertTrue(!cell.isEmpty(), what + ": " + expected + " on the command line, empty in the view");
        double v = Double.parseDouble(cell.replace(",", ""));
        // the view formats the value with the figure's decimals, the command line rounds it to them: at most
        // a unit of the last digit apart (a value on a rounding boundary); ratios: the view prints 2 decimals,
        // the command line 3
        int dot = cell.indexOf('.');
        double ulp = tolerance > 0 ? tolerance : dot < 0 ? 1e-9 : Math.pow(10, -(cell.length() - dot - 1)) + 1e-9;
        assertEquals(expected, v, ulp, what);
    }

    /**
     * {@code ringside compare A B --json}: per section title, per figure, its values and ratios (null when
     * unknown), in the command line's order.
     */
    private static Map<String, Map<String, List<Double[]>>> compareJson(Path[] paths) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("compare"));
        for (Path p : paths) {
            args.add(p.toString());
        }
        args.add("--json");
        int rc = io.ringside.cli.Main.execute(new PrintWriter(out), new PrintWriter(err), args.toArray(new String[0]));
        assertEquals(0, rc, () -> "ringside compare: " + err);
        Map<String, Map<String, List<Double[]>>> sections = new LinkedHashMap<>();
        try (JsonParser p = new JsonFactory().createParser(out.toString())) {
            readSections(p, sections, paths.length);
        }
        assertTrue(!sections.isEmpty(), "ringside compare printed sections");
        return sections;
    }

    /** Reads {@code sections: [{title, figures: {name: {values: [...], ratios: [...]}}}]} with the streaming parser. */
    private static void readSections(JsonParser p, Map<String, Map<String, List<Double[]>>> sections, int n)
            throws java.io.IOException {
        while (p.nextToken() != null) {
            if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("sections")) {
                p.nextToken(); // [
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    String title = null;
                    Map<String, List<Double[]>> figures = new LinkedHashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String k = p.currentName();
                        p.nextToken();
                        if (k.equals("title")) {
                            title = p.getText();
                        } else if (k.equals("figures")) {
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String name = p.currentName();
                                p.nextToken(); // {
                                Double[] values = new Double[n];
                                Double[] ratios = new Double[n];
                                while (p.nextToken() == JsonToken.FIELD_NAME) {
                                    Double[] into = p.currentName().equals("values") ? values : ratios;
                                    p.nextToken(); // [
                                    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                                        into[i] = p.currentToken() == JsonToken.VALUE_NULL ? null : p.getDoubleValue();
                                    }
                                }
                                figures.put(name, List.of(values, ratios));
                            }
                        } else {
                            p.skipChildren();
                        }
                    }
                    sections.put(title, figures);
                }
                return;
            }
        }
    }
}
