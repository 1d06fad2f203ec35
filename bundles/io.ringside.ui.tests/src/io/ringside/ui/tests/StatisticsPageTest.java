package io.ringside.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.editor.TraceEditor;
import io.ringside.ui.internal.timeline.TraceRequests;
import io.ringside.ui.tests.harness.Condition;
import io.ringside.ui.tests.harness.Traces;
import io.ringside.ui.tests.harness.UI;
import io.ringside.ui.tests.harness.WorkbenchTest;
import io.ringside.ui.trace.timeline.InFlightSeries;

/**
 * The Statistics page's requests in flight against time on real QEMU logs (NVMe with two I/O queue pairs,
 * virtio-blk IN_ORDER, QEMU 11.1): every window of every queue epoch is what {@code ringside stats --window W
 * --json} prints as its {@code depth.mean} for the same log and window (the command line run in-process), the
 * windows are as many, and each drawn line's legend names one queue epoch once, labelled as the table's row,
 * with the peak the command line's windows give.
 */
@ExtendWith(WorkbenchTest.class)
class StatisticsPageTest {

    private static final Duration LONG = Duration.ofSeconds(180);

    @BeforeEach
    void setUp() {
        UI.openPerspective(RingsideUI.PERSPECTIVE_ID);
    }

    @AfterEach
    void tearDown() {
        Traces.closeEditors();
    }

    @ParameterizedTest
    @ValueSource(strings = { "n_nvme_qemu11_smp2", "k_virtio-blk_split_inorder" })
    void inFlightPerQueueAgainstTheCommandLine(String name) throws Exception {
        Path log = Traces.repo().resolve("samples/traces/qemu/" + name + ".trace.log.xz");
        TraceEditor ed = Traces.open(Traces.workspaceFile(log));
        UI.run(ed::showStatistics);
        UI.waitUntil(Condition.of("the Statistics page drew its plots",
                () -> UI.sync(() -> ed.statsPage().lines()).stream().anyMatch(l -> l.startsWith("Requests in flight"))), LONG);
        InFlightSeries f = UI.sync(() -> TraceRequests.of(ed).result().inFlight());
        assertNotNull(f, "a series of windows");
        assertTrue(f.windows() > 10 && f.windows() <= InFlightSeries.TARGET_WINDOWS + 1, "windows: " + f.windows());

        // ringside stats --window W --json, in-process: per window, per (device, queue, epoch), depth.mean
        List<Map<String, Object>> windows = statsWindows(log, f.windowNs());
        assertEquals(windows.size(), f.windows(), "as many windows as the command line");
        Map<String, Double> cliPeak = new HashMap<>();
        int compared = 0;
        for (int i = 0; i < windows.size(); i++) {
            Map<String, Object> w = windows.get(i);
            assertEquals(i * f.windowNs(), ((Number) w.get("start")).longValue(), "window " + i + " starts");
            Map<String, Double> cli = new HashMap<>();
            for (Object o : (List<?>) w.get("queues")) {
                Map<?, ?> q = (Map<?, ?>) o;
                Object mean = ((Map<?, ?>) q.get("depth")).get("mean"); // "unknown": NaN in the page's series
                double v = mean instanceof Number n ? n.doubleValue() : Double.NaN;
                String key = q.get("device") + "/" + q.get("queue") + "/" + q.get("epoch");
                cli.merge(key, v, Double::sum);
                cliPeak.merge(key, v, Math::max);
            }
            Map<String, Double> ui = new HashMap<>();
            for (InFlightSeries.Queue q : f.queues()) {
                double v = f.depth(q, i);
                if (v != 0) {
                    ui.merge(q.device() + "/" + q.queue() + "/" + q.epoch(), v, Double::sum);
                }
            }
            for (String k : union(cli.keySet(), ui.keySet())) {
                assertEquals(cli.getOrDefault(k, 0.0), ui.getOrDefault(k, 0.0), 0.0006, "window " + i + " queue " + k);
                compared++;
            }
            Object all = ((Map<?, ?>) ((Map<?, ?>) w.get("overall")).get("depth")).get("mean");
            assertEquals(((Number) all).doubleValue(), f.overall(i), 0.0006, "window " + i + ", the whole trace");
        }
        assertTrue(compared > 20, "windows with requests in flight compared: " + compared);

        // the legends: one per drawn queue epoch, each label once and a row of the table, its peak the CLI's
        List<String> lines = UI.sync(() -> ed.statsPage().lines());
        List<String> legends = lines.stream().filter(l -> l.startsWith("inflight ")).toList();
        assertFalse(legends.isEmpty(), "lines drawn: " + lines);
        List<String> labels = legends.stream().map(l -> l.substring("inflight ".length(), l.lastIndexOf(" (peak "))).toList();
        assertEquals(labels.size(), labels.stream().distinct().count(), "unambiguous labels: " + labels);
        for (int k = 0; k < legends.size(); k++) {
            String label = labels.get(k);
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(label + " | ")), label + " is a row of the table");
            InFlightSeries.Queue q = f.queues().stream().filter(x -> label.startsWith("d" + x.device() + " ")
                    && label.contains(" · epoch " + x.epoch()) && label.matches(".* " + x.queue() + " · epoch .*"))
                    .findFirst().orElseThrow(() -> new AssertionError("no series for " + label));
            double peak = Double.parseDouble(legends.get(k).replaceAll(".*\\(peak ([0-9.]+)\\)$", "$1"));
            assertEquals(cliPeak.get(q.device() + "/" + q.queue() + "/" + q.epoch()), peak, 0.006, label + " peak");
        }
        UI.maximize();
        UI.run(() -> UI.page().setPartState(UI.page().getReference(ed), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED));
        UI.flushEvents();
        UI.screenshot("statistics-inflight-" + name);
        UI.run(() -> UI.page().setPartState(UI.page().getReference(ed), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED));
    }

    private static List<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> u = new java.util.TreeSet<>(a);
        u.addAll(b);
        return new ArrayList<>(u);
    }

    /** {@code ringside stats LOG --window Nns --json}: its windows, as maps and lists. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> statsWindows(Path log, long windowNs) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = io.ringside.cli.Main.execute(new PrintWriter(out), new PrintWriter(err), "stats", log.toString(), "--window",
                windowNs + "ns", "--json");
        assertEquals(0, rc, () -> "ringside stats: " + err);
        try (JsonParser p = new JsonFactory().createParser(out.toString())) {
            p.nextToken();
            Map<String, Object> doc = (Map<String, Object>) value(p);
            return (List<Map<String, Object>>) doc.get("windows");
        }
    }

    /** The JSON value at the parser's current token, as maps, lists, numbers, strings and null. */
    private static Object value(JsonParser p) throws java.io.IOException {
        switch (p.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String k = p.currentName();
                    p.nextToken();
                    m.put(k, value(p));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return p.getNumberValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> {
                return p.getText();
            }
        }
    }
}
