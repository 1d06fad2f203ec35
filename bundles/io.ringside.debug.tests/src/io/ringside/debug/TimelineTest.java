package io.ringside.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.util.ProgressMonitor;
import io.ringside.debug.Session.Direction;
import io.ringside.debug.Session.Reason;
import io.ringside.debug.Session.Step;
import io.ringside.emulator.Workload;
import io.ringside.emulator.virtio.VirtioEmulator;

class TimelineTest {

    @Test
    void eventsRoundTripAndStatesEqualASequentialReplay() throws Exception {
        VirtioEmulator em = new VirtioEmulator();
        Workload w = Fixtures.virtio("packed", 150);
        TraceHeader h = em.header(w, null, null);
        RecordedTimeline t = new RecordedTimeline("t", h, Traces.models(), CheckOptions.DEFAULT, Long.MAX_VALUE);
        java.util.List<TraceEvent> kept = new java.util.ArrayList<>();
        em.run(w, null, e -> {
            kept.add(e.copy());
            t.accept(e);
        }, ProgressMonitor.NULL);
        t.finish();
        assertEquals(kept.size(), t.size());
        Replay seq = Traces.models().replay(h, CheckOptions.DEFAULT);
        TraceEvent e = new TraceEvent();
        for (int k = 0; k < kept.size(); k++) {
            t.event(k, e);
            assertEquals(kept.get(k), e, "event " + k);
            assertEquals(k, e.seq());
            seq.apply(kept.get(k), io.ringside.core.check.ViolationSink.IGNORE);
            if (k % 97 == 0 || k == kept.size() - 1) {
                assertTrue(t.stateAfter(k).stateEquals(seq), "state after " + k);
            }
        }
        assertTrue(t.checkpointInterval() >= 256);
    }

    @Test
    void aLiveProducerIsHeldBackWhileTheDebuggerIsSuspended() throws Exception {
        VirtioEmulator em = new VirtioEmulator();
        Workload w = Fixtures.virtio("split", 400);
        TraceHeader h = em.header(w, null, null);
        RecordedTimeline t = new RecordedTimeline("live", h, Traces.models(), CheckOptions.DEFAULT, 100);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread producer = new Thread(() -> {
            try {
                em.run(w, null, t, ProgressMonitor.NULL);
                t.finish();
            } catch (Throwable ex) {
                failure.set(ex);
                t.fail(String.valueOf(ex));
            }
        });
        producer.setDaemon(true);
        producer.start();
        Session s = new Session(t);
        for (int i = 0; i < 30; i++) {
            s.step(Step.INTO, Direction.FORWARD, null, Breakpoints.none());
        }
        assertEquals(29, s.position());
        Thread.sleep(300);
        assertTrue(t.size() <= 29 + 100 + 2, "the emulator waits for the debugger: " + t.size() + " events");
        assertTrue(!t.complete());
        // resuming runs the emulator to its end
        Session.Stop st = s.resume(Direction.FORWARD, Breakpoints.none());
        assertEquals(Reason.END, st.reason());
        producer.join(10000);
        assertTrue(t.complete());
        assertEquals(null, failure.get());
        assertEquals(t.size() - 1, s.position());
        assertTrue(t.size() > 3000);
    }

    @Test
    void closingStopsALiveProducer() throws Exception {
        VirtioEmulator em = new VirtioEmulator();
        Workload w = Fixtures.virtio("split", 400);
        RecordedTimeline t = new RecordedTimeline("live", em.header(w, null, null), Traces.models(), CheckOptions.DEFAULT, 10);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread producer = new Thread(() -> {
            try {
                em.run(w, null, t, ProgressMonitor.NULL);
            } catch (Throwable ex) {
                failure.set(ex);
            }
        });
        producer.start();
        Thread.sleep(200);
        t.close();
        producer.join(5000);
        assertTrue(!producer.isAlive());
        assertTrue(failure.get() instanceof java.io.IOException, String.valueOf(failure.get()));
    }
}
