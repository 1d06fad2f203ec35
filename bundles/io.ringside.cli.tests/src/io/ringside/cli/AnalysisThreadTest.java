package io.ringside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.ringside.core.analysis.RequestAnalysis;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.Extensions;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;

/** The analysis beside the replay: the same result as inline, and a failure reported without a hang. */
class AnalysisThreadTest {

    static final Path TRACE = QemuCliTest.repo().resolve("samples/traces/virtio-split-eventidx.rstrace");

    /** The sample's events ten times over: several batches. */
    static List<TraceEvent> events(TraceHeader[] header) throws IOException {
        DeviceModels models = Tools.models();
        List<TraceEvent> l = new ArrayList<>();
        try (EventSource src = Tools.open(TRACE, models)) {
            header[0] = src.header();
            TraceEvent e = new TraceEvent();
            while (src.next(e)) {
                l.add(e.copy());
            }
        }
        List<TraceEvent> all = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            all.addAll(l);
        }
        return all;
    }

    @Test
    void sameAsInline() throws IOException {
        TraceHeader[] h = new TraceHeader[1];
        List<TraceEvent> evs = events(h);
        RequestAnalysis inline = RequestAnalysis.of(h[0], Extensions.deviceModels(), 0, null);
        for (TraceEvent e : evs) {
            inline.apply(e);
        }
        inline.finish();
        AnalysisThread t = new AnalysisThread(RequestAnalysis.of(h[0], Extensions.deviceModels(), 0, null));
        for (TraceEvent e : evs) {
            t.apply(e);
        }
        RequestAnalysis threaded = t.finish();
        assertEquals(inline.toMap(inline.overall()), threaded.toMap(threaded.overall()));
        assertEquals(1500, threaded.overall().requests());
    }

    @Test
    void aFailureIsThrownByFinishAndTheReplayNeverWaits() throws IOException {
        TraceHeader[] h = new TraceHeader[1];
        List<TraceEvent> evs = events(h);
        AnalysisThread t = new AnalysisThread(RequestAnalysis.of(h[0], Extensions.deviceModels(), 1000, (a, start, m) -> {
            throw new IOException("no space left on device");
        }));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (TraceEvent e : evs) {
                t.apply(e);
            }
            IOException x = assertThrows(IOException.class, t::finish);
            assertEquals("no space left on device", x.getMessage());
        });
    }
}
