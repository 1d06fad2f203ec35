package io.ringside.debug;

import java.io.IOException;
import java.util.List;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.Extensions;
import io.ringside.core.index.IndexOptions;
import io.ringside.core.index.TraceIndex;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.util.ProgressMonitor;
import io.ringside.emulator.DeviceEmulator;
import io.ringside.emulator.Fault;
import io.ringside.emulator.Workload;
import io.ringside.emulator.virtio.VirtioEmulator;

/** Traces made by the reference emulator for the debugger tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Workload virtio(String layout, int requests) {
        return Workload.defaults("virtio-blk").withRequests(requests).withQueueDepth(8).withBatch(2)
                .withVirtio(Workload.Virtio.DEFAULT.withLayout(layout).withQueueSize(64));
    }

    /**
     * Index options of the tests: no cache files, small blocks and a tight checkpoint budget, so that seeks
     * cross blocks, checkpoints and the cursor's window.
     */
    static IndexOptions options() {
        return IndexOptions.defaults().withoutPersistence().withBlockEvents(64).withCheckpointBudget(1);
    }

    /** A complete timeline of an emulator's run, with a fault planted once (or none). */
    static TraceIndex run(DeviceEmulator em, Workload w, String fault) throws IOException {
        Fault f = fault == null ? null : em.fault(fault);
        if (fault != null && f == null) {
            throw new IllegalArgumentException("no fault " + fault);
        }
        TraceHeader h = em.header(w, f, null);
        TraceIndex t = TraceIndex.live("test", h, Extensions.models(), CheckOptions.DEFAULT, options(), Long.MAX_VALUE);
        em.run(w, f, t, ProgressMonitor.NULL);
        t.finish();
        return t;
    }

    static TraceIndex virtioRun(String layout, int requests, String fault) throws IOException {
        return run(new VirtioEmulator(), virtio(layout, requests), fault);
    }

    static List<String> ruleIds(TraceIndex t, long seq) {
        return t.violations(seq).stream().map(v -> v.ruleId()).toList();
    }
}
