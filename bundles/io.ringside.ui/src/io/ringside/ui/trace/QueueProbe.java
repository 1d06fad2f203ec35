package io.ringside.ui.trace;

import java.util.List;
import java.util.Map;

import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.Replay;
import io.ringside.nvme.CompletionQueue;
import io.ringside.nvme.NvmeEngine;
import io.ringside.nvme.SubmissionQueue;
import io.ringside.virtio.QueueState;
import io.ringside.virtio.VirtioEngine;

/**
 * The few numbers per queue the statistics page plots, read from any engine: outstanding requests,
 * notifications (kicks, doorbells), interrupts, MMIO exits and completed requests.
 */
public final class QueueProbe {

    /** Counters of one queue: outstanding, notifications, interrupts, exits, requests. */
    public record Sample(int device, int queue, String label, long outstanding, long notifications, long interrupts,
            long exits, long requests) {
    }

    private QueueProbe() {
    }

    public static void sample(Replay replay, List<Sample> out) {
        out.clear();
        for (DeviceEngine en : replay.engines()) {
            if (en instanceof VirtioEngine ve) {
                for (QueueState q : ve.queues()) {
                    // every kick that is not suppressed is a doorbell write: a VM exit
                    out.add(new Sample(ve.info().id(), q.index(), "d" + ve.info().id() + " q" + q.index(), q.outstanding(),
                            q.kicks(), q.interrupts(), q.kicks(), q.buffersUsed()));
                }
            } else if (en instanceof NvmeEngine ne) {
                for (int qid : ne.queueIds()) {
                    SubmissionQueue sq = ne.sq(qid);
                    CompletionQueue cq = ne.cq(qid);
                    long sqDb = sq == null ? 0 : sq.mmioDoorbells();
                    long cqDb = cq == null ? 0 : cq.mmioDoorbells();
                    out.add(new Sample(ne.device(), qid, "d" + ne.device() + " q" + qid,
                            sq == null ? 0 : sq.outstandingCommands(), sqDb, cq == null ? 0 : cq.interrupts(), sqDb + cqDb,
                            cq == null ? 0 : cq.completions()));
                }
            } else {
                Map<String, Object> tree = en.toTree();
                int dev = num(tree.get("device"));
                int k = 0;
                for (Map<String, Object> q : en.queueStats()) {
                    int qi = q.get("queue") instanceof Number n ? n.intValue() : k;
                    long kicks = num(q.getOrDefault("kicks", q.getOrDefault("doorbells", 0)));
                    long done = num(q.getOrDefault("filled", q.getOrDefault("completions", 0)));
                    long out2 = num(q.getOrDefault("inFlight", q.getOrDefault("outstanding", 0)));
                    out.add(new Sample(dev, qi, "d" + dev + " q" + qi, out2, kicks, num(q.getOrDefault("interrupts", 0)),
                            kicks, done));
                    k++;
                }
            }
        }
    }

    private static int num(Object o) {
        return o instanceof Number n ? n.intValue() : 0;
    }
}
