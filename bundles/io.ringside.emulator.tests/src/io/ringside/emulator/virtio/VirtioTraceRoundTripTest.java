package io.ringside.emulator.virtio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceReader;
import io.ringside.core.trace.TraceWriter;
import io.ringside.emulator.Workload;
import io.ringside.virtio.VirtioModel;

/**
 * A trace written to .rstrace and read back replays to exactly the state of the events checked as they
 * were generated, and a replay checkpoint taken halfway continues to the same state.
 */
class VirtioTraceRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = { "split", "packed" })
    void fileReplayEqualsLiveReplay(String layout) throws IOException {
        VirtioEmulator em = new VirtioEmulator();
        Workload w = Workload.defaults("virtio-blk").withRequests(400).withBatch(3).withQueueDepth(12).withCompletion("random")
                .withVirtio(Workload.Virtio.DEFAULT.withLayout(layout).withIndirect(true).withQueueSize(32));
        TraceHeader h = em.header(w, null, null);
        DeviceModels models = new DeviceModels(List.of(new VirtioModel()));
        Replay live = models.replay(h, CheckOptions.DEFAULT);
        Replay.Collector c1 = new Replay.Collector(10);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TraceWriter tw = new TraceWriter(bytes, h);
        long[] seq = { 0 };
        em.run(w, null, e -> {
            e.seq(seq[0]++);
            live.apply(e, c1);
            tw.write(e);
        }, null);
        tw.close();
        assertEquals(0, c1.count(), c1.violations().toString());

        Replay fromFile;
        Replay checkpoint = null;
        long half = seq[0] / 2;
        try (TraceReader r = new TraceReader(new ByteArrayInputStream(bytes.toByteArray()), "mem", models.registry())) {
            assertEquals(h.devices(), r.header().devices());
            fromFile = models.replay(r.header(), CheckOptions.DEFAULT);
            Replay.Collector c2 = new Replay.Collector(10);
            TraceEvent e = new TraceEvent();
            long n = 0;
            while (r.next(e)) {
                fromFile.apply(e, c2);
                if (checkpoint != null) {
                    checkpoint.apply(e, c2);
                }
                if (++n == half) {
                    checkpoint = fromFile.copy();
                    assertTrue(checkpoint.stateEquals(fromFile));
                }
            }
            assertEquals(seq[0], n);
            assertEquals(0, c2.count(), c2.violations().toString());
        }
        assertTrue(fromFile.stateEquals(live), "replay from the file equals the live replay");
        assertTrue(checkpoint.stateEquals(fromFile), "a checkpoint continues to the same state");
    }
}
