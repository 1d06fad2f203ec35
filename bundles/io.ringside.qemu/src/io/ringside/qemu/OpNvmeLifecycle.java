package io.ringside.qemu;

import io.ringside.core.analysis.Lifecycle;
import io.ringside.core.analysis.LifecycleSink;
import io.ringside.core.analysis.Step;
import io.ringside.core.trace.TraceEvent;
import io.ringside.nvme.Nvme;

/**
 * The request lifecycle of an operation-level NVMe controller (a QEMU log): the SQ tail moved by an MMIO
 * doorbell or read from the shadow doorbell submits (the entries between the old and new tail), the
 * controller fetches a command ({@code op_nvme_command}), queues its completion on the SQ's CQ
 * ({@code op_nvme_completion}, matched by command id on the SQs of that CQ), interrupts, and the host
 * consumes completions by moving the CQ head (MMIO or shadow). A request is its command id on its SQ.
 * CQ events go to the lowest SQ id using the CQ (Linux uses one CQ per SQ), as {@code stats} counts
 * them. Epochs, queues and sizes as {@link OpNvmeEngine} rebuilds them; sizes of data are not in the log.
 */
public final class OpNvmeLifecycle implements Lifecycle {

    private static final int MAX_QID = OpNvmeEngine.MAX_QID;

    // per SQ id: its CQ (-1: no such SQ), size (0 unknown), last tail
    private int[] sqCq = filled(4);
    private int[] sqSize = new int[4];
    private int[] sqTail = new int[4];
    // per CQ id: size (-1: no such CQ), vector, head, sequence number of its last completion
    private int[] cqSize = filled(4);
    private int[] cqVector = new int[4];
    private int[] cqHead = new int[4];
    private long[] cqLast = new long[4];
    private boolean dirty;

    private static int[] filled(int n) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, -1);
        return a;
    }

    @Override
    public int steps() {
        return Step.mask(Step.SUBMIT, Step.NOTIFY, Step.FETCH, Step.COMPLETE, Step.INTERRUPT, Step.CONSUME);
    }

    @Override
    public int notifications() {
        return 1 << LifecycleSink.MMIO_SQ | 1 << LifecycleSink.MMIO_CQ;
    }

    @Override
    public String opName(int op) {
        return Nvme.opcodeKey(op & 0xff, (op & 0x100) != 0);
    }

    private void grow(int id) {
        if (id < sqCq.length) {
            return;
        }
        int n = Math.min(MAX_QID + 1, Math.max(id + 1, sqCq.length * 2));
        int old = sqCq.length;
        sqCq = java.util.Arrays.copyOf(sqCq, n);
        sqSize = java.util.Arrays.copyOf(sqSize, n);
        sqTail = java.util.Arrays.copyOf(sqTail, n);
        cqSize = java.util.Arrays.copyOf(cqSize, n);
        cqVector = java.util.Arrays.copyOf(cqVector, n);
        cqHead = java.util.Arrays.copyOf(cqHead, n);
        cqLast = java.util.Arrays.copyOf(cqLast, n);
        java.util.Arrays.fill(sqCq, old, n, -1);
        java.util.Arrays.fill(cqSize, old, n, -1);
    }

    private boolean sqExists(int q) {
        return q >= 0 && q < sqCq.length && sqCq[q] >= 0;
    }

    private boolean cqExists(int q) {
        return q >= 0 && q < cqSize.length && cqSize[q] >= 0;
    }

    /** The lowest SQ id whose CQ this is, or -1. */
    private int owner(int cq) {
        for (int s = 0; s < sqCq.length; s++) {
            if (sqCq[s] == cq) {
                return s;
            }
        }
        return -1;
    }

    private void newEpoch(LifecycleSink sink, long time) {
        if (dirty) {
            sink.epoch(time);
            java.util.Arrays.fill(sqCq, -1);
            java.util.Arrays.fill(cqSize, -1);
            dirty = false;
        }
    }

    @Override
    public void apply(TraceEvent e, LifecycleSink sink) {
        if (!(e.type() instanceof OpEvent t)) {
            return;
        }
        long time = e.time();
        int q = e.queue();
        switch (t) {
            case NVME_ENABLE -> {
                newEpoch(sink, time);
                dirty = true;
                sqCq[0] = 0;
                sqSize[0] = (int) e.get(0);
                sqTail[0] = 0;
                cqSize[0] = (int) e.get(1);
                cqVector[0] = 0;
                cqHead[0] = 0;
                cqLast[0] = -1;
                sink.open(0, time);
            }
            case NVME_DISABLE -> newEpoch(sink, time);
            case NVME_DBBUF -> sink.shadowDoorbells(time);
            case NVME_CREATE_CQ -> {
                dirty = true;
                if (q >= 0 && q <= MAX_QID) {
                    grow(q);
                    cqSize[q] = (int) e.get(0);
                    cqVector[q] = (int) e.get(1);
                    cqHead[q] = 0;
                    cqLast[q] = -1;
                }
            }
            case NVME_CREATE_SQ -> {
                dirty = true;
                if (q >= 0 && q <= MAX_QID) {
                    grow(q);
                    if (sqCq[q] >= 0) {
                        sink.close(q, time);
                    }
                    sqCq[q] = (int) e.get(1);
                    sqSize[q] = (int) e.get(0);
                    sqTail[q] = 0;
                    sink.open(q, time);
                }
            }
            case NVME_DELETE_SQ -> {
                if (sqExists(q)) {
                    sink.close(q, time);
                    sqCq[q] = -1;
                }
            }
            case NVME_DELETE_CQ -> {
                if (cqExists(q)) {
                    cqSize[q] = -1;
                }
            }
            case NVME_SQ_DOORBELL, NVME_SHADOW_SQ -> {
                if (!sqExists(q)) {
                    return;
                }
                if (t == OpEvent.NVME_SQ_DOORBELL) {
                    sink.notify(q, time, LifecycleSink.MMIO_SQ);
                }
                int v = (int) e.get(0);
                int size = sqSize[q];
                if (size > 0 && v >= size) {
                    return; // out of range: the controller ignores it (rule Q5a)
                }
                if (size > 0) {
                    sink.submit(q, time, Math.floorMod(v - sqTail[q], size));
                }
                sqTail[q] = v;
            }
            case NVME_CQ_DOORBELL, NVME_SHADOW_CQ -> {
                if (!cqExists(q)) {
                    return;
                }
                int s = owner(q);
                if (s >= 0 && t == OpEvent.NVME_CQ_DOORBELL) {
                    sink.notify(s, time, LifecycleSink.MMIO_CQ);
                }
                int v = (int) e.get(0);
                int size = cqSize[q];
                if (size > 0 && v >= size) {
                    return;
                }
                if (size > 0 && s >= 0) {
                    sink.consume(s, time, Math.floorMod(v - cqHead[q], size));
                }
                cqHead[q] = v;
            }
            case NVME_COMMAND -> {
                dirty = true;
                if (sqExists(q)) {
                    sink.fetch(q, time, e.get(0) & 0xffff, (int) (e.get(1) & 0xff) | (e.get(2) != 0 ? 0x100 : 0));
                }
            }
            case NVME_COMPLETION -> {
                long cid = e.get(0) & 0xffff;
                int match = -1;
                for (int s = 0; s < sqCq.length; s++) {
                    if (sqCq[s] == q && sink.inFlight(s, cid)) {
                        match = s;
                        break;
                    }
                }
                if (match < 0) {
                    match = cqExists(q) ? owner(q) : -1; // counted there as a completion nothing matched
                }
                if (match >= 0) {
                    sink.complete(match, time, cid, -1);
                }
                if (cqExists(q)) {
                    cqLast[q] = e.seq();
                }
            }
            case NVME_IRQ -> {
                int kind = (int) e.get(1);
                if (kind == 2) {
                    return; // masked: not raised
                }
                int vector = kind == 1 ? 0 : (int) e.get(0);
                int cq = -1;
                if (q >= 0) {
                    cq = cqExists(q) ? q : -1;
                } else {
                    for (int c = 0; c < cqSize.length; c++) {
                        if (cqSize[c] >= 0 && cqVector[c] == vector && (cq < 0 || cqLast[c] > cqLast[cq])) {
                            cq = c;
                        }
                    }
                }
                int s = cq < 0 ? -1 : owner(cq);
                if (s >= 0) {
                    sink.interrupt(s, time, false);
                }
            }
            default -> {
                // virtio events and the rest change no lifecycle
            }
        }
    }
}
