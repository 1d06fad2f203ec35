package io.ringside.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.Extensions;
import io.ringside.core.engine.Replay;
import io.ringside.core.state.StateNode.Detail;
import io.ringside.core.state.StateNode.Hint;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.TraceEvent;
import io.ringside.model.virtio.BufferState;
import io.ringside.ui.tests.harness.Traces;
import io.ringside.virtio.PackedQueueState;
import io.ringside.virtio.QueueState;
import io.ringside.virtio.VirtioEngine;

/**
 * The colours of a packed ring's slots on a trace that wraps several times: at every event, the slots
 * shown available and in flight (the state tree's ring image, from the ring positions) are exactly the
 * descriptors of the buffers the engine counts as available and in flight (its per-buffer bookkeeping), and
 * descriptors left from an earlier lap are never shown as outstanding.
 */
class PackedRingStatesTest {

    @Test
    void slotStatesAgreeWithTheEnginesBuffersAtEveryEvent() throws Exception {
        Path file = Traces.testFile("packed.rstrace");
        int wraps = 0;
        int staleSeen = 0;
        try (EventSource src = Extensions.probe(file).open(file, Extensions.models())) {
            Replay r = Extensions.models().replay(src.header(), CheckOptions.DEFAULT);
            TraceEvent e = new TraceEvent();
            boolean lastWrap = true;
            for (long n = 0; src.next(e); n++) {
                e.seq(n);
                r.apply(e, v -> {
                });
                PackedQueueState q = (PackedQueueState) ((VirtioEngine) r.engine(0)).queue(0);
                if (q.driverWrapCounter() != lastWrap) {
                    wraps++;
                    lastWrap = q.driverWrapCounter();
                }
                // the slot states the views draw: the state tree's packed ring image
                long[] slots = r.engine(0).state(Detail.FULL).find(Hint.QUEUE).get(0).get("descriptorTable")
                        .column("slotState");
                BufferState[] st = new BufferState[slots.length];
                for (int i = 0; i < slots.length; i++) {
                    st[i] = BufferState.get((int) slots[i]);
                }
                int wantAvail = 0;
                int wantInFlight = 0;
                for (int id = 0; id < q.size(); id++) {
                    if (q.bufferState(id) == QueueState.AVAILABLE) {
                        wantAvail += q.bufferChainLength(id);
                    } else if (q.bufferState(id) == QueueState.IN_FLIGHT) {
                        wantInFlight += q.bufferChainLength(id);
                    }
                }
                int avail = 0;
                int inFlight = 0;
                for (int i = 0; i < st.length; i++) {
                    int f = q.descFlags(i);
                    boolean a = (f & PackedQueueState.F_AVAIL) != 0;
                    boolean u = (f & PackedQueueState.F_USED) != 0;
                    if (st[i] == BufferState.AVAILABLE) {
                        avail++;
                        assertTrue(a != u, "event " + n + ": slot " + i + " shown available holds a used descriptor");
                    } else if (st[i] == BufferState.IN_FLIGHT) {
                        inFlight++;
                    } else if (a != u) {
                        staleSeen++; // a driver-written descriptor from an earlier lap, not outstanding
                    }
                }
                assertEquals(wantAvail, avail, "event " + n + ": descriptors of available buffers");
                assertEquals(wantInFlight, inFlight, "event " + n + ": descriptors of buffers in flight");
            }
        }
        assertTrue(wraps >= 2, "the trace wraps the ring: " + wraps + " wrap counter flips");
        assertTrue(staleSeen > 0, "descriptors left from an earlier lap occur (and are not shown as outstanding)");
    }
}
