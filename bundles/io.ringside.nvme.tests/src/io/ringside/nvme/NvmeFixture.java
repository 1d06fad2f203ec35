package io.ringside.nvme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceEvent;

/**
 * Builds NVMe memory-level event sequences for tests and applies each to an engine as it is built
 * (a host-and-controller mock in the spirit of rust-vmm's {@code mock.rs}). The low-level methods emit
 * exactly one event; the helpers ({@link #submit}, {@link #complete}, ...) emit what a correct Linux
 * host and QEMU controller would.
 */
final class NvmeFixture {

    static final long DBS = 0x100000;
    static final long EIS = 0x101000;

    final int dstrd;
    final boolean shadow;
    final NvmeEngine engine;
    final Replay.Collector sink = new Replay.Collector(1000);
    final List<TraceEvent> events = new ArrayList<>();
    private long seq;
    // mock host/controller bookkeeping
    final int size;
    private final int[] hostTail = new int[8];
    private final int[] cqHostHead = new int[8];
    private final int[] cqHostPhase = { 1, 1, 1, 1, 1, 1, 1, 1 };
    private final int[] ctrlHead = new int[8];
    private final int[] cqTail = new int[8];
    private final int[] cqPhase = { 1, 1, 1, 1, 1, 1, 1, 1 };
    private final int[] shadowSq = new int[8];
    private final int[] shadowCq = new int[8];
    private final int[] sqEi = new int[8];
    private final int[] cqEi = new int[8];
    private final int[] ctrlTail = new int[8];
    private final int[] ctrlCqHead = new int[8];

    /** A device with queues 0..ioQueues of the given size, live from the start (no admin setup). */
    NvmeFixture(int ioQueues, int size, boolean shadow, int dstrd) {
        this.dstrd = dstrd;
        this.shadow = shadow;
        this.size = size;
        Map<String, Long> props = new LinkedHashMap<>();
        props.put(Nvme.P_DSTRD, (long) dstrd);
        props.put(Nvme.P_SHADOW, shadow ? 1L : 0L);
        if (shadow) {
            props.put(Nvme.P_DBS, DBS);
            props.put(Nvme.P_EIS, EIS);
        }
        List<QueueInfo> qs = new ArrayList<>();
        for (int y = 0; y <= ioQueues; y++) {
            qs.add(new QueueInfo(y, Nvme.LAYOUT, size, Map.of(Nvme.Q_SQ_ADDR, 0x200000L + y * 0x10000L,
                    Nvme.Q_CQ_ADDR, 0x208000L + y * 0x10000L)));
        }
        DeviceInfo d = new DeviceInfo(0, Nvme.DEVICE_TYPE, "nvme0", 0, props, Map.of(Nvme.S_NEED_EVENT, "linux"), qs);
        this.engine = new NvmeEngine(d, CheckOptions.DEFAULT);
    }

    /** A device whose I/O queue 1 and doorbell buffer are set up by admin commands. */
    static NvmeFixture adminSetup(int size) {
        return new NvmeFixture(size);
    }

    private NvmeFixture(int size) {
        this.dstrd = 0;
        this.shadow = true;
        this.size = size;
        Map<String, Long> props = new LinkedHashMap<>();
        props.put(Nvme.P_ADMIN_SETUP, 1L);
        props.put(Nvme.P_SHADOW, 1L);
        List<QueueInfo> qs = List.of(new QueueInfo(0, Nvme.LAYOUT, size, Map.of()),
                new QueueInfo(1, Nvme.LAYOUT, size, Map.of()));
        DeviceInfo d = new DeviceInfo(0, Nvme.DEVICE_TYPE, "nvme0", 0, props, Map.of(), qs);
        this.engine = new NvmeEngine(d, CheckOptions.DEFAULT);
    }

    NvmeFixture ev(NvmeEvent type, int q, long... fields) {
        TraceEvent e = new TraceEvent().reset(type).seq(seq++).time(seq * 100).device(0).queue(q);
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] != Long.MIN_VALUE) {
                e.set(i, fields[i]);
            }
        }
        events.add(e.copy());
        engine.apply(e, sink);
        return this;
    }

    // ---- one event each ----
    NvmeFixture sqe(int q, int slot, int cid) {
        return ev(NvmeEvent.SQE, q, slot, cid, Nvme.IO_READ, 1, 0x300000 + cid * 4096L, 0, cid * 8L, 0, 7);
    }

    NvmeFixture adminSqe(int slot, int cid, int opc, long prp1, long prp2, long cdw10, long cdw11) {
        return ev(NvmeEvent.SQE, 0, slot, cid, opc, 0, prp1, prp2, cdw10, cdw11, 0);
    }

    NvmeFixture sqDb(int q, int value) {
        ctrlTail[q] = value;
        return ev(NvmeEvent.SQ_DB, q, value, Nvme.sqTailDoorbell(q, dstrd), 0);
    }

    NvmeFixture sqDbAt(int q, int value, long reg) {
        return ev(NvmeEvent.SQ_DB, q, value, reg, 0);
    }

    NvmeFixture sqEventfd(int q, int value) {
        return ev(NvmeEvent.SQ_DB, q, value, Nvme.sqTailDoorbell(q, dstrd), 1);
    }

    NvmeFixture cqDb(int q, int value) {
        ctrlCqHead[q] = value;
        return ev(NvmeEvent.CQ_DB, q, value, Nvme.cqHeadDoorbell(q, dstrd));
    }

    NvmeFixture sqShadow(int q, int value) {
        shadowSq[q] = value;
        return ev(NvmeEvent.SQ_SHADOW, q, value, Nvme.sqSlot(DBS, q, dstrd));
    }

    NvmeFixture cqShadow(int q, int value) {
        shadowCq[q] = value;
        return ev(NvmeEvent.CQ_SHADOW, q, value, Nvme.cqSlot(DBS, q, dstrd));
    }

    NvmeFixture sqEiRead(int q, int value) {
        return ev(NvmeEvent.SQ_EI_READ, q, value);
    }

    NvmeFixture cqEiRead(int q, int value) {
        return ev(NvmeEvent.CQ_EI_READ, q, value);
    }

    NvmeFixture fetchEv(int q, int slot, int cid) {
        return ev(NvmeEvent.SQ_FETCH, q, slot, cid, Nvme.IO_READ);
    }

    NvmeFixture cqeEv(int cq, int slot, int cid, int sqid, int sqhd, int status) {
        return ev(NvmeEvent.CQE, cq, slot, cid, sqid, sqhd, status, 0);
    }

    NvmeFixture consumeEv(int q, int slot, int cid) {
        return ev(NvmeEvent.CQ_CONSUME, q, slot, cid);
    }

    NvmeFixture sqShadowRead(int q, int v) {
        return ev(NvmeEvent.SQ_SHADOW_READ, q, v);
    }

    NvmeFixture cqShadowRead(int q, int v) {
        return ev(NvmeEvent.CQ_SHADOW_READ, q, v);
    }

    NvmeFixture sqEventIdx(int q, int v) {
        sqEi[q] = v;
        return ev(NvmeEvent.SQ_EVENTIDX, q, v, Nvme.sqSlot(EIS, q, dstrd));
    }

    NvmeFixture cqEventIdx(int q, int v) {
        cqEi[q] = v;
        return ev(NvmeEvent.CQ_EVENTIDX, q, v, Nvme.cqSlot(EIS, q, dstrd));
    }

    NvmeFixture irq(int q) {
        return ev(NvmeEvent.IRQ, q, q, 1);
    }

    // ---- correct host and controller steps ----

    /** Host writes one SQE at its tail (no doorbell yet). */
    NvmeFixture write(int q, int cid) {
        sqe(q, hostTail[q], cid);
        hostTail[q] = (hostTail[q] + 1) % size;
        return this;
    }

    /** Host publishes its tail: shadow + EventIdx read + MMIO when need_event says so (Linux), or plain MMIO. */
    NvmeFixture ring(int q) {
        int t = hostTail[q];
        if (shadow && q != 0) {
            int old = shadowSq[q];
            sqShadow(q, t);
            shadowSq[q] = t;
            sqEiRead(q, sqEi[q]);
            if (io.ringside.core.engine.NeedEvent.LINUX.needEvent(sqEi[q], t, old)) {
                sqDb(q, t);
                ctrlTail[q] = t;
            }
        } else {
            sqDb(q, t);
            ctrlTail[q] = t;
        }
        return this;
    }

    NvmeFixture submit(int q, int cid) {
        return write(q, cid).ring(q);
    }

    /** Controller fetches everything it can see (QEMU: EventIdx then shadow read per round). */
    NvmeFixture fetchAll(int q, int... cids) {
        int i = 0;
        while (true) {
            if (shadow && q != 0) {
                sqEventIdx(q, ctrlTail[q]);
                sqEi[q] = ctrlTail[q];
                sqShadowRead(q, shadowSq[q]);
                ctrlTail[q] = shadowSq[q];
            }
            if (ctrlHead[q] == ctrlTail[q]) {
                return this;
            }
            fetchEv(q, ctrlHead[q], cids[i++]);
            ctrlHead[q] = (ctrlHead[q] + 1) % size;
        }
    }

    /** Controller posts a completion on CQ q for SQ q (QEMU: EventIdx then shadow head read first). */
    NvmeFixture complete(int q, int cid) {
        if (shadow && q != 0) {
            cqEventIdx(q, ctrlCqHead[q]);
            cqEi[q] = ctrlCqHead[q];
            cqShadowRead(q, shadowCq[q]);
            ctrlCqHead[q] = shadowCq[q];
        }
        cqeEv(q, cqTail[q], cid, q, ctrlHead[q], cqPhase[q]);
        cqTail[q] = (cqTail[q] + 1) % size;
        if (cqTail[q] == 0) {
            cqPhase[q] ^= 1;
        }
        return this;
    }

    /** Host consumes CQEs for these cids, then updates the CQ head (shadow + need_event, or MMIO). */
    NvmeFixture reap(int q, int... cids) {
        for (int cid : cids) {
            consumeEv(q, cqHostHead[q], cid);
            cqHostHead[q] = (cqHostHead[q] + 1) % size;
            if (cqHostHead[q] == 0) {
                cqHostPhase[q] ^= 1;
            }
        }
        int h = cqHostHead[q];
        if (shadow && q != 0) {
            int old = shadowCq[q];
            cqShadow(q, h);
            shadowCq[q] = h;
            cqEiRead(q, cqEi[q]);
            if (io.ringside.core.engine.NeedEvent.LINUX.needEvent(cqEi[q], h, old)) {
                cqDb(q, h);
                ctrlCqHead[q] = h;
            }
        } else {
            cqDb(q, h);
            ctrlCqHead[q] = h;
        }
        return this;
    }

    int hostTail(int q) {
        return hostTail[q];
    }

    int cqTail(int q) {
        return cqTail[q];
    }

    int ctrlHead(int q) {
        return ctrlHead[q];
    }

    int cqPhase(int q) {
        return cqPhase[q];
    }

    NvmeFixture finish() {
        engine.finish(seq, sink);
        return this;
    }

    List<String> ruleIds() {
        List<String> ids = new ArrayList<>();
        for (Violation v : sink.violations()) {
            ids.add(v.ruleId());
        }
        return ids;
    }

    String dump() {
        StringBuilder sb = new StringBuilder();
        for (Violation v : sink.violations()) {
            sb.append(v).append('\n');
        }
        return sb.toString();
    }
}
