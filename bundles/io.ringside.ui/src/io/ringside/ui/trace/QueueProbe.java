package io.ringside.ui.trace;

import java.util.List;

import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.Replay;
import io.ringside.core.state.StateNode;
import io.ringside.core.state.StateNode.Detail;
import io.ringside.core.state.StateNode.Hint;

/**
 * The few numbers per queue the statistics page plots, read from any device's state tree by its hints:
 * every {@link Hint#QUEUE} (queues of epochs closed by resets included), and in it the sums of the
 * numbers hinted outstanding, notifications, interrupts, MMIO exits and completed requests.
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
            StateNode tree = en.state(Detail.SUMMARY);
            int dev = (int) tree.number("device", 0);
            int k = 0;
            for (StateNode q : tree.find(Hint.QUEUE)) {
                int qi = (int) q.number("queue", k);
                out.add(new Sample(dev, qi, "d" + dev + " q" + qi, q.total(Hint.OUTSTANDING), q.total(Hint.NOTIFICATIONS),
                        q.total(Hint.INTERRUPTS), q.total(Hint.EXITS), q.total(Hint.COMPLETED)));
                k++;
            }
        }
    }
}
