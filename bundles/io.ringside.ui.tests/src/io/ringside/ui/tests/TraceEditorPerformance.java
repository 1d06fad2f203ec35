package io.ringside.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.ringside.core.index.IndexOptions;
import io.ringside.core.index.TraceIndex;
import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.RingView;
import io.ringside.ui.internal.editor.TraceEditor;
import io.ringside.ui.internal.timeline.TimeGraph;
import io.ringside.ui.internal.timeline.TimelineView;
import io.ringside.ui.tests.harness.Condition;
import io.ringside.ui.tests.harness.Traces;
import io.ringside.ui.tests.harness.UI;
import io.ringside.ui.tests.harness.WorkbenchTest;

/**
 * Measures (never asserts) how fast a large trace opens, steps and shows its timeline, for
 * docs/performance.md. Not part of the test suite (its name does not end in {@code Test}):
 * {@code tools/bench-ide} runs it in the workbench on the trace named by {@code RINGSIDE_PERF_TRACE}.
 * Prints one line per number on stdout and into {@code target/screenshots/performance.txt}.
 */
@ExtendWith(WorkbenchTest.class)
class TraceEditorPerformance {

    @Test
    void openAndStepALargeTrace() throws Exception {
        String p = System.getenv("RINGSIDE_PERF_TRACE");
        Assertions.assertTrue(p != null && Files.isRegularFile(Paths.get(p)),
                "RINGSIDE_PERF_TRACE must name the trace to measure (tools/bench-ide sets it)");
        Path file = Paths.get(p);
        UI.openPerspective(RingsideUI.PERSPECTIVE_ID);
        UI.maximize();
        // the Timeline view in front, as a user watching it while the trace opens has it
        TimelineView tv = UI.sync(() -> (TimelineView) UI.page().showView(RingsideUI.TIMELINE_VIEW_ID));
        TimeGraph g = tv.graph();
        // warm-up: a small trace opened and closed first, so the measures below are not the workbench's
        // first use of the editor (bundles resolved and classes loaded then: seconds on the UI thread)
        Traces.open("split.rstrace");
        Traces.closeEditors();
        long paints0 = UI.sync(g::paints);
        StringBuilder out = new StringBuilder();
        // cold: no cached index (the first open of a trace builds it)
        TraceIndex.deleteCached(file, IndexOptions.defaults());
        Heartbeat beat = Heartbeat.start(UI.display());
        long t0 = System.nanoTime();
        TraceEditor ed = (TraceEditor) UI.sync(() -> {
            IEditorPart part = IDE.openEditorOnFileStore(UI.page(), EFS.getLocalFileSystem().fromLocalFile(file.toFile()));
            return part;
        });
        long opened = System.nanoTime() - t0;
        beat.phase("indexing (table growing, cursor stepping through what is published)");
        // first page: the table shows its first rows (the indexing job is still running)
        UI.waitUntil(Condition.of("first rows drawn", () -> firstRows(ed)), Duration.ofSeconds(60));
        long firstPage = System.nanoTime() - t0;
        UI.waitUntil(Condition.of("indexing finished", ed::isReady), Duration.ofMinutes(10));
        long indexed = System.nanoTime() - t0;
        beat.phase("building the timeline (index ready)");
        // the timeline: built after the index (one pass of the request analysis), then painted
        UI.waitUntil(Condition.of("timeline shown", () -> tv.editor() == ed && g.timeline() != null && g.paints() > paints0),
                Duration.ofMinutes(10));
        long timelineShown = System.nanoTime() - t0;
        long firstPaint = UI.sync(g::lastPaintNanos);
        int summarizedFit = UI.sync(g::summarizedLanes);
        beat.phase("idle");
        UI.waitUntil(Condition.of("every row listed",
                () -> ed.eventsPage().rowCount() == ed.session().eventCount()), Duration.ofMinutes(5));
        long listed = System.nanoTime() - t0;
        String stalls = beat.stop();
        UI.screenshot("timeline-large-trace");
        long events = UI.sync(() -> ed.session().eventCount());
        long requests = UI.sync(() -> g.timeline().requests());
        long switchMs = UI.sync(() -> ed.switchNanos()) / 1_000_000;
        RingView rings = Traces.rings();
        UI.run(() -> ed.goTo(Long.toString(events / 2)));
        UI.flushEvents();
        // steps: cursor move + EMF model update + ring view paint + table selection, measured on the UI thread
        int n = 200;
        long[] fwd = new long[n];
        long[] back = new long[n];
        for (int i = 0; i < n; i++) {
            fwd[i] = UI.sync(() -> {
                long s = System.nanoTime();
                ed.step(1);
                rings.paintNow();
                ed.eventsPage().table().update();
                return System.nanoTime() - s;
            });
        }
        for (int i = 0; i < n; i++) {
            back[i] = UI.sync(() -> {
                long s = System.nanoTime();
                ed.step(-1);
                rings.paintNow();
                ed.eventsPage().table().update();
                return System.nanoTime() - s;
            });
        }
        long seek = UI.sync(() -> {
            long s = System.nanoTime();
            ed.goTo(Long.toString(events / 3));
            rings.paintNow();
            return System.nanoTime() - s;
        });
        int m = 60;
        long[] zoom = new long[m];
        long[] pan = new long[m];
        long[] zoomCpu = new long[m];
        long[] panCpu = new long[m];
        long fitPaint = repaint(g, g::zoomToFit, new long[1], 0);
        int mid = UI.sync(() -> g.getClientArea().width / 2 + 100);
        for (int i = 0; i < m; i++) {
            double f = i < m / 2 ? 0.8 : 1.25; // in to about a thousandth of the trace, then out again
            zoom[i] = repaint(g, () -> g.zoom(f, mid), zoomCpu, i);
        }
        UI.run(() -> g.zoom(0.01, mid));
        for (int i = 0; i < m; i++) {
            pan[i] = repaint(g, () -> g.pan((g.rangeEnd() - g.rangeStart()) / 10), panCpu, i);
        }
        Traces.closeEditors();
        // warm: the index is loaded from the cache (validated, checkpoints re-derived)
        long w0 = System.nanoTime();
        TraceEditor warm = (TraceEditor) UI.sync(() -> IDE.openEditorOnFileStore(UI.page(),
                EFS.getLocalFileSystem().fromLocalFile(file.toFile())));
        UI.waitUntil(Condition.of("first rows drawn (warm)", () -> firstRows(warm)), Duration.ofSeconds(60));
        long warmFirst = System.nanoTime() - w0;
        UI.waitUntil(Condition.of("index loaded (warm)", warm::isReady), Duration.ofMinutes(5));
        long warmReady = System.nanoTime() - w0;
        boolean fromCache = UI.sync(() -> warm.session().index() != null && warm.session().index().fromCache());
        UI.waitUntil(Condition.of("timeline shown (warm)", () -> tv.editor() == warm && g.timeline() != null),
                Duration.ofMinutes(10));
        long warmTimeline = System.nanoTime() - w0;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap = rt.totalMemory() - rt.freeMemory();
        out.append(String.format(Locale.ROOT, "trace: %s, %,d events, %,d requests, %,d bytes; -Xmx%d MB%n",
                file.getFileName(), events, requests, Files.size(file), rt.maxMemory() >> 20));
        out.append(String.format(Locale.ROOT, "editor opened (UI thread, openEditor): %.0f ms%n", opened / 1e6));
        out.append(String.format(Locale.ROOT, "first page drawn: %.0f ms%n", firstPage / 1e6));
        out.append(String.format(Locale.ROOT, "fully indexed (index built, cursor on it): %.0f ms%n", indexed / 1e6));
        out.append(String.format(Locale.ROOT, "timeline shown and painted: %.0f ms after opening (%.0f ms after the index); "
                + "first paint %.1f ms (UI thread), %d lane(s) from per-pixel summaries%n",
                timelineShown / 1e6, (timelineShown - indexed) / 1e6, firstPaint / 1e6, summarizedFit));
        out.append(String.format(Locale.ROOT, "UI thread moving onto the index (cursor, model, table): %d ms%n", switchMs));
        out.append(String.format(Locale.ROOT, "every row reachable in the table: %.0f ms%n", listed / 1e6));
        out.append(stalls);
        out.append(String.format(Locale.ROOT, "reopened (cached index%s): first page %.0f ms, index loaded %.0f ms, timeline %.0f ms%n",
                fromCache ? "" : " NOT used", warmFirst / 1e6, warmReady / 1e6, warmTimeline / 1e6));
        out.append(String.format(Locale.ROOT, "step forward (median / p95 / max of %d): %s%n", n, stats(fwd)));
        out.append(String.format(Locale.ROOT, "step back (median / p95 / max of %d): %s%n", n, stats(back)));
        out.append(String.format(Locale.ROOT, "jump to event %,d: %.1f ms%n", events / 3, seek / 1e6));
        out.append(String.format(Locale.ROOT, "timeline zoom to fit repaint: %.1f ms%n", fitPaint / 1e6));
        out.append(String.format(Locale.ROOT, "timeline zoom repaint (median / p95 / max of %d): %s%n", m, stats(zoom)));
        out.append(String.format(Locale.ROOT, "timeline pan repaint (median / p95 / max of %d): %s%n", m, stats(pan)));
        out.append(String.format(Locale.ROOT, "  UI-thread CPU from the change to the paint: zoom %s, pan %s%n", stats(zoomCpu),
                stats(panCpu)));
        out.append(String.format(Locale.ROOT, "heap after GC (trace open, timeline shown): %,d MB%n", heap >> 20));
        System.out.print(out);
        Path report = UI.screenshotFolder().resolve("performance.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out);
        UI.screenshot("editor-large-trace");
        assertTrue(events > 0);
        Traces.closeEditors();
    }

    /** Whether the table shows its first rows (filled with text). */
    private static boolean firstRows(TraceEditor ed) {
        var t = ed.eventsPage().table();
        if (ed.eventsPage().rowCount() < 40 || t.getItemCount() < 10) {
            return false;
        }
        t.update();
        return !t.getItem(0).getText(4).isEmpty();
    }

    /**
     * Runs a change of the time graph's range and returns the wall time of the paint it caused (as the
     * paint listener took it); adds to {@code cpu[k]} the UI thread's CPU time from the change to that
     * paint (an upper bound of the paint's: it includes the change and the polls waiting for the paint).
     */
    private static long repaint(TimeGraph g, Runnable change, long[] cpu, int k) {
        long before = UI.sync(g::paints);
        long ui = UI.display().getThread().threadId();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getThreadCpuTime(ui);
        UI.run(change);
        UI.waitUntil(Condition.of("the timeline repainted", () -> UI.sync(g::paints) > before), Duration.ofSeconds(10));
        cpu[k] = threads.getThreadCpuTime(ui) - c0;
        return UI.sync(g::lastPaintNanos);
    }

    private static String stats(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f ms", s[s.length / 2] / 1e6, s[(int) (s.length * 0.95)] / 1e6,
                s[s.length - 1] / 1e6);
    }

    /**
     * A UI-thread heartbeat: a {@code timerExec} every {@link #PERIOD_MS} ms re-arms itself, and the gap
     * between two beats is how long the UI thread could not run it: whatever ran on the UI thread in
     * between (event dispatch, paints, asyncExecs of jobs, the test's own syncExecs), garbage collection
     * pauses, waiting for a lock, and waiting for a core on a busy machine. A gap of about
     * {@link #PERIOD_MS} ms means no stall. To tell work from waiting, each gap also has the CPU time the
     * UI thread used in it, and a sampler thread takes the UI thread's state and stack once a gap passes
     * 50 ms; the report gives, per phase, the longest gap (with its CPU time and stack) and the gap in
     * which the UI thread worked longest.
     */
    static final class Heartbeat {
        static final int PERIOD_MS = 5;

        /** One phase's findings. */
        private static final class Phase {
            long longest;
            long longestCpu;
            String longestStack;
            long mostCpu;
            long mostCpuGap;
            String mostCpuStack;
            int over100;
        }

        private final Display display;
        private final Thread ui;
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final Map<String, Phase> phases = new LinkedHashMap<>();
        private final long gc0 = gcMillis();
        private volatile String phase = "opening the editor (UI thread, openEditor)";
        /** The phase when the gap now running began (a gap counts in the phase it began in). */
        private String gapPhase = phase;
        private volatile long last;
        private long lastCpu;
        private volatile boolean running = true;
        private volatile String stallStack;
        private long beats;
        private final Thread sampler;

        private Heartbeat(Display display) {
            this.display = display;
            this.ui = display.getThread();
            sampler = new Thread(this::sample, "ui-heartbeat-sampler");
            sampler.setDaemon(true);
        }

        static Heartbeat start(Display d) {
            Heartbeat h = new Heartbeat(d);
            UI.run(() -> {
                h.last = System.nanoTime();
                h.lastCpu = h.threads.getCurrentThreadCpuTime();
                d.timerExec(PERIOD_MS, h::beat);
            });
            h.sampler.start();
            return h;
        }

        void phase(String p) {
            phase = p;
        }

        private void beat() {
            long now = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            long gap = now - last;
            long used = cpu - lastCpu;
            last = now;
            lastCpu = cpu;
            beats++;
            Phase ph = phases.computeIfAbsent(gapPhase, k -> new Phase());
            if (gap > 100_000_000L) {
                ph.over100++;
            }
            if (gap > ph.longest) {
                ph.longest = gap;
                ph.longestCpu = used;
                ph.longestStack = stallStack;
            }
            if (used > ph.mostCpu) {
                ph.mostCpu = used;
                ph.mostCpuGap = gap;
                ph.mostCpuStack = stallStack;
            }
            stallStack = null;
            gapPhase = phase;
            if (running) {
                display.timerExec(PERIOD_MS, this::beat);
            }
        }

        private void sample() {
            while (running) {
                if (System.nanoTime() - last > 50_000_000L && stallStack == null) {
                    StringBuilder sb = new StringBuilder("      (" + ui.getState() + ")\n");
                    Arrays.stream(ui.getStackTrace()).limit(12).forEach(f -> sb.append("      at ").append(f).append('\n'));
                    stallStack = sb.toString();
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** Stops the beat; what it found. */
        String stop() {
            return UI.sync(() -> {
                running = false;
                StringBuilder sb = new StringBuilder();
                long longest = phases.values().stream().mapToLong(p -> p.longest).max().orElse(0);
                sb.append(String.format(Locale.ROOT,
                        "UI thread: longest gap between %d ms heartbeats %.0f ms; %,d beats; GC %d ms in all meanwhile%n",
                        PERIOD_MS, longest / 1e6, beats, gcMillis() - gc0));
                phases.forEach((k, v) -> {
                    sb.append(String.format(Locale.ROOT, "  %s: longest gap %.0f ms (UI thread CPU in it %.0f ms), "
                            + "gaps over 100 ms: %d; most UI-thread CPU in a gap %.0f ms (gap %.0f ms)%n", k,
                            v.longest / 1e6, v.longestCpu / 1e6, v.over100, v.mostCpu / 1e6, v.mostCpuGap / 1e6));
                    if (v.longestStack != null) {
                        sb.append("    UI thread 50 ms into the longest gap:\n").append(v.longestStack);
                    }
                    if (v.mostCpuStack != null && v.mostCpuStack != v.longestStack) {
                        sb.append("    UI thread 50 ms into the gap of most CPU:\n").append(v.mostCpuStack);
                    }
                });
                return sb.toString();
            });
        }

        private static long gcMillis() {
            long t = 0;
            for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
                t += Math.max(0, b.getCollectionTime());
            }
            return t;
        }
    }
}
