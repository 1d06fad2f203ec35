package io.ringside.nvme.internal;

import io.ringside.core.analysis.Lifecycle;
import io.ringside.core.analysis.LifecycleSink;
import io.ringside.core.analysis.Step;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceEvent;
import io.ringside.nvme.Nvme;
import io.ringside.nvme.NvmeEvent;

/**
 * The request lifecycle of a memory-level NVMe controller: the host publishes an SQ tail (MMIO doorbell,
 * eventfd-delivered doorbell or shadow doorbell write: the entries between the old and new tail are
 * submitted), the controller fetches a command ({@code nvme_sq_fetch}), posts its completion
 * ({@code nvme_cqe}, naming its SQ and command id), interrupts ({@code nvme_irq}), and the host consumes
 * the entry ({@code nvme_cq_consume}). A request is its command id on its SQ. CQ events go to the lowest
 * SQ id using the CQ. The LBA size is not in the trace, so request sizes are unknown.
 */
public final class NvmeLifecycle implements Lifecycle {

    private final int[] sqSize;
    private final int[] pubTail;
    private final int[] owner; // per CQ id: the lowest SQ id using it, or -1
    private final boolean shadowAtStart;
    private boolean started;
    private int dbbufCid = -1;

    public NvmeLifecycle(DeviceInfo device) {
        int max = -1;
        for (QueueInfo q : device.queues()) {
            max = Math.max(max, Math.max(q.index(), (int) q.prop(Nvme.Q_CQID, q.index())));
        }
        max = Math.min(max, 0xffff);
        sqSize = new int[max + 1];
        pubTail = new int[max + 1];
        owner = new int[max + 1];
        java.util.Arrays.fill(owner, -1);
        for (QueueInfo q : device.queues()) {
            int y = q.index();
            int cq = (int) q.prop(Nvme.Q_CQID, y);
            if (y > max || cq < 0 || cq > max) {
                continue;
            }
            sqSize[y] = q.size();
            if (owner[cq] < 0 || y < owner[cq]) {
                owner[cq] = y;
            }
        }
        shadowAtStart = device.prop(Nvme.P_ADMIN_SETUP, 0) == 0 && device.props().containsKey(Nvme.P_DBS)
                && device.props().containsKey(Nvme.P_EIS);
    }

    @Override
    public int steps() {
        return Step.mask(Step.SUBMIT, Step.NOTIFY, Step.FETCH, Step.COMPLETE, Step.INTERRUPT, Step.CONSUME);
    }

    @Override
    public int notifications() {
        return 1 << LifecycleSink.MMIO_SQ | 1 << LifecycleSink.MMIO_CQ | 1 << LifecycleSink.EVENTFD;
    }

    @Override
    public String opName(int op) {
        return Nvme.opcodeKey(op & 0xff, (op & 0x100) != 0);
    }

    private int cqOwner(int cq) {
        return cq >= 0 && cq < owner.length ? owner[cq] : -1;
    }

    @Override
    public void apply(TraceEvent e, LifecycleSink sink) {
        if (!(e.type() instanceof NvmeEvent t)) {
            return;
        }
        long time = e.time();
        if (!started) {
            started = true;
            if (shadowAtStart) {
                sink.shadowDoorbells(time);
            }
        }
        int q = e.queue();
        if (q < 0 || q >= sqSize.length) {
            return;
        }
        switch (t) {
            case SQE -> {
                if (q == 0 && e.get(NvmeEvent.SQE_OPC) == Nvme.ADMIN_DBBUF_CONFIG) {
                    dbbufCid = (int) e.get(NvmeEvent.SQE_CID);
                }
            }
            case SQ_DB, SQ_SHADOW -> {
                if (t == NvmeEvent.SQ_DB) {
                    sink.notify(q, time, e.get(NvmeEvent.DB_EVENTFD) != 0 ? LifecycleSink.EVENTFD : LifecycleSink.MMIO_SQ);
                }
                int v = (int) e.get(NvmeEvent.DB_VALUE);
                int size = sqSize[q];
                if (size > 0 && v >= 0 && v < size) {
                    sink.submit(q, time, Math.floorMod(v - pubTail[q], size));
                    pubTail[q] = v;
                }
            }
            case CQ_DB -> {
                int s = cqOwner(q);
                if (s >= 0) {
                    sink.notify(s, time, LifecycleSink.MMIO_CQ);
                }
            }
            case SQ_FETCH -> sink.fetch(q, time, e.get(NvmeEvent.FETCH_CID) & 0xffff,
                    (int) (e.get(NvmeEvent.FETCH_OPC) & 0xff) | (q == 0 ? 0x100 : 0));
            case CQE -> {
                int cid = (int) (e.get(NvmeEvent.CQE_CID) & 0xffff);
                sink.complete((int) e.get(NvmeEvent.CQE_SQID), time, cid, -1);
                if (q == 0 && cid == dbbufCid && (e.get(NvmeEvent.CQE_STATUS) >> 1) == 0) {
                    sink.shadowDoorbells(time);
                    dbbufCid = -1;
                }
            }
            case CQ_CONSUME -> {
                int s = cqOwner(q);
                if (s >= 0) {
                    sink.consume(s, time, 1);
                }
            }
            case IRQ -> {
                int s = cqOwner(q);
                if (s >= 0) {
                    sink.interrupt(s, time, false);
                }
            }
            default -> {
                // EventIdx and shadow reads of the controller are not lifecycle steps
            }
        }
    }
}
