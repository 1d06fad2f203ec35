package io.ringside.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.core.filesystem.EFS;
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
import io.ringside.ui.tests.harness.Condition;
import io.ringside.ui.tests.harness.Traces;
import io.ringside.ui.tests.harness.UI;
import io.ringside.ui.tests.harness.WorkbenchTest;

/**
 * Measures (never asserts) how fast a large trace opens and steps, for docs/performance.md. Not part
 * of the test suite (its name does not end in {@code Test}): {@code tools/bench-ide} runs it in the
 * workbench on the trace named by {@code RINGSIDE_PERF_TRACE}. Prints one line per number on stdout and
 * into {@code target/screenshots/performance.txt}.
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
        StringBuilder out = new StringBuilder();
        // cold: no cached index (the first open of a trace builds it)
        TraceIndex.deleteCached(file, IndexOptions.defaults());
        long t0 = System.nanoTime();
        TraceEditor ed = (TraceEditor) UI.sync(() -> {
            IEditorPart part = IDE.openEditorOnFileStore(UI.page(), EFS.getLocalFileSystem().fromLocalFile(file.toFile()));
            return part;
        });
        // first page: the table shows its first rows (the indexing job is still running)
        UI.waitUntil(Condition.of("first rows drawn", () -> firstRows(ed)), Duration.ofSeconds(60));
        long firstPage = System.nanoTime() - t0;
        UI.waitUntil(Condition.of("indexing finished", ed::isReady), Duration.ofMinutes(5));
        long indexed = System.nanoTime() - t0;
        UI.waitUntil(Condition.of("every row listed",
                () -> ed.eventsPage().rowCount() == ed.session().eventCount()), Duration.ofMinutes(5));
        long listed = System.nanoTime() - t0;
        long events = UI.sync(() -> ed.session().eventCount());
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
        // the timeline: built after the index (one pass of the request analysis), then paints zooming and panning
        long tl0 = System.nanoTime();
        io.ringside.ui.internal.timeline.TimelineView tv = UI.sync(
                () -> (io.ringside.ui.internal.timeline.TimelineView) UI.page().showView(RingsideUI.TIMELINE_VIEW_ID));
        UI.run(() -> UI.page().activate(ed));
        UI.waitUntil(Condition.of("timeline built", () -> UI.sync(() -> tv.graph().timeline() != null)), Duration.ofMinutes(5));
        long timelineBuilt = System.nanoTime() - tl0;
        io.ringside.ui.internal.timeline.TimeGraph g = tv.graph();
        long firstPaint = repaint(g, g::zoomToFit);
        int summarized = UI.sync(g::summarizedLanes);
        long requests = UI.sync(() -> g.timeline().requests());
        int m = 60;
        long[] zoom = new long[m];
        long[] pan = new long[m];
        int mid = UI.sync(() -> g.getClientArea().width / 2 + 100);
        for (int i = 0; i < m; i++) {
            double f = i < m / 2 ? 0.8 : 1.25; // in to about a thousandth of the trace, then out again
            zoom[i] = repaint(g, () -> g.zoom(f, mid));
        }
        UI.run(() -> g.zoom(0.01, mid));
        for (int i = 0; i < m; i++) {
            pan[i] = repaint(g, () -> g.pan((g.rangeEnd() - g.rangeStart()) / 10));
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
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap = rt.totalMemory() - rt.freeMemory();
        out.append(String.format(Locale.ROOT, "trace: %s, %,d events, %,d bytes%n", file.getFileName(), events,
                Files.size(file)));
        out.append(String.format(Locale.ROOT, "first page drawn: %.0f ms%n", firstPage / 1e6));
        out.append(String.format(Locale.ROOT, "fully indexed (index built, cursor on it): %.0f ms%n",
                indexed / 1e6));
        out.append(String.format(Locale.ROOT, "UI thread moving onto the index (cursor, model, table): %d ms%n",
                switchMs));
        out.append(String.format(Locale.ROOT, "every row reachable in the table: %.0f ms%n", listed / 1e6));
        out.append(String.format(Locale.ROOT, "reopened (cached index%s): first page %.0f ms, index loaded %.0f ms%n",
                fromCache ? "" : " NOT used", warmFirst / 1e6, warmReady / 1e6));
        out.append(String.format(Locale.ROOT, "step forward (median / p95 / max of %d): %s%n", n, stats(fwd)));
        out.append(String.format(Locale.ROOT, "step back (median / p95 / max of %d): %s%n", n, stats(back)));
        out.append(String.format(Locale.ROOT, "jump to event %,d: %.1f ms%n", events / 3, seek / 1e6));
        out.append(String.format(Locale.ROOT, "timeline of %,d requests shown %.0f ms after the view was (its pass starts when indexing ends); first paint %.1f ms%n",
                requests, timelineBuilt / 1e6, firstPaint / 1e6));
        out.append(String.format(Locale.ROOT, "lanes drawn from their per-bucket summaries when zoomed to fit: %d%n", summarized));
        out.append(String.format(Locale.ROOT, "timeline zoom repaint (median / p95 / max of %d): %s%n", m, stats(zoom)));
        out.append(String.format(Locale.ROOT, "timeline pan repaint (median / p95 / max of %d): %s%n", m, stats(pan)));
        out.append(String.format(Locale.ROOT, "heap after GC: %,d MB%n", heap >> 20));
        System.out.print(out);
        Path report = UI.screenshotFolder().resolve("performance.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out);
        UI.screenshot("editor-1m-events");
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

    /** Runs a change of the time graph's range and returns the UI-thread time of the paint it caused. */
    private static long repaint(io.ringside.ui.internal.timeline.TimeGraph g, Runnable change) {
        long before = UI.sync(g::paints);
        UI.run(change);
        UI.waitUntil(Condition.of("the timeline repainted", () -> UI.sync(g::paints) > before), Duration.ofSeconds(10));
        return UI.sync(g::lastPaintNanos);
    }

    private static String stats(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f ms", s[s.length / 2] / 1e6, s[(int) (s.length * 0.95)] / 1e6,
                s[s.length - 1] / 1e6);
    }
}
