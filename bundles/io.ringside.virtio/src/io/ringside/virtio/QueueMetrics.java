package io.ringside.virtio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A virtqueue's metrics in the order of the stats contract ({@code stats --json}, the state tree's
 * {@code metrics}), and the features its checks depend on: read from a {@link QueueState}, which keeps
 * only the counts.
 */
final class QueueMetrics {

    private QueueMetrics() {
    }

    static Map<String, Object> of(QueueState q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("queue", q.index);
        m.put("layout", q.layout.layoutName());
        m.put("size", q.size);
        m.put("popped", q.popped);
        m.put("filled", q.filled);
        m.put("kicks", q.kicks);
        m.put("interrupts", q.interrupts);
        m.put("lastAvailIdx", q.lastAvailIdx());
        m.put("usedIdx", q.usedIdx());
        m.put("availIdx", q.availIdx());
        m.put("buffers", q.buffers);
        m.put("usedEntries", q.usedEntries);
        m.put("kicksSuppressed", q.kicksSuppressed);
        m.put("kicksUnneeded", q.kicksUnneeded);
        m.put("interruptsSuppressed", q.interruptsSuppressed);
        m.put("interruptsUnneeded", q.interruptsUnneeded);
        m.put("kicksPerRequest", ratio(q.kicks, q.filled));
        m.put("interruptsPerRequest", ratio(q.interrupts, q.filled));
        m.put("bytesWritten", q.bytesWritten);
        m.put("outstanding", q.outstanding());
        if (q.inOrder) {
            m.put("batches", q.batches);
            m.put("batchMean", ratio(q.batchBuffers, q.batches));
            m.put("batchMax", q.batchMax);
            Map<String, Object> h = new LinkedHashMap<>();
            for (int i = 0; i < q.batchHist.length; i++) {
                if (q.batchHist[i] != 0) {
                    h.put(i == q.batchHist.length - 1 ? (i + 1) + "+" : String.valueOf(i + 1), q.batchHist[i]);
                }
            }
            m.put("batchSizes", h);
        }
        m.put("violations", q.violations);
        return m;
    }

    static double ratio(long a, long b) {
        return b == 0 ? 0.0 : Math.round(1000.0 * a / b) / 1000.0;
    }

    /** The negotiated ring features a queue's checks depend on. */
    static List<String> features(QueueState q) {
        List<String> f = new ArrayList<>();
        if (q.eventIdx) {
            f.add("EVENT_IDX");
        }
        if (q.inOrder) {
            f.add("IN_ORDER");
        }
        if (q.indirect) {
            f.add("INDIRECT_DESC");
        }
        if (q.notifData) {
            f.add("NOTIFICATION_DATA");
        }
        return f;
    }
}
