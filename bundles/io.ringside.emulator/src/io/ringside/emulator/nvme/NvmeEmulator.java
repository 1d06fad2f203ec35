package io.ringside.emulator.nvme;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

import io.ringside.core.memory.GuestMemory;
import io.ringside.core.trace.CoreEvent;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.EventSink;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceLevel;
import io.ringside.nvme.Nvme;
import io.ringside.nvme.NvmeEvent;

/**
 * The reference NVMe emulator: a Linux-like host driver and a QEMU-like controller sharing guest
 * memory, run by a deterministic discrete-event timing model (same seed, same trace).
 * <p>
 * Host (one vCPU per I/O queue, like Linux's per-CPU queues; the admin queue on vCPU 0): sets up the
 * admin queue, Set Features (Number of Queues), Doorbell Buffer Config (opcode 0x7C, page-aligned shadow
 * and EventIdx buffers, I/O queues only as Linux does), Create I/O CQ and SQ per queue pair; then keeps
 * {@code queueDepth} commands in flight per queue, writes SQEs, publishes the tail every {@code batch}
 * commands (shadow write, full barrier, EventIdx read, MMIO only if need_event says so), consumes CQEs
 * by phase tag in its interrupt handler and publishes the CQ head once per batch of completions.
 * <p>
 * Controller (QEMU's main loop, one thread): an SQ doorbell (MMIO, or eventfd when ioeventfd is armed)
 * schedules the SQ; per entry it writes EventIdx = the tail it knows, re-reads the shadow tail, fetches
 * the entry and submits it to the backend; completions are posted by a callback that writes the CQ
 * EventIdx, re-reads the shadow head, waits if the CQ is full and raises the CQ's MSI-X vector (with
 * optional coalescing). When nothing is left to happen but commands are still outstanding, the run has
 * stalled: the trace ends with a marker and the checker reports the stall.
 */
public final class NvmeEmulator {

    /** The outcome of a run. */
    public record Result(long events, long requests, long completed, boolean stalled, String stallReason,
            long simulatedNs) {
    }

    static final long ADMIN_SQ = 0x10000;
    static final long ADMIN_CQ = 0x11000;
    static final long IO_SQ_BASE = 0x100000; // + y * 0x40000 (4096 entries of 64 bytes)
    static final long IO_CQ_BASE = 0x2000000; // + y * 0x10000 (4096 entries of 16 bytes)
    static final long DBS = 0x3000000;
    static final long EIS = 0x3001000;
    static final long DATA = 0x10000000L;

    private final NvmeConfig cfg;
    private final EventSink sink;
    private final GuestMemory mem = new GuestMemory(1 << 16);
    private final SplittableRandom rnd;
    private final TraceEvent ev = new TraceEvent();
    private final NvmeTiming tm;
    private final int nq; // queue pairs including admin
    private final int depth; // commands in flight per I/O queue
    private final boolean shadow;
    private final boolean eventfdArmed;
    private final int ctrlDstrd;
    private final int hostDstrd;
    private final NvmeFault fault;
    private final boolean slowGuest; // handler walks the CQ step by step; the application submits from vCPU nq + y
    private final long faultAt;
    private boolean faultDone;
    private long events;
    private long now;
    private io.ringside.core.util.ProgressMonitor monitor = io.ringside.core.util.ProgressMonitor.NULL;

    // ---- actors: vCPU y (index y; admin on 0) and the controller thread (index nq) ----
    private final long[] actorTime;
    private final boolean[] blocked; // a vCPU waiting in a trapped MMIO write for QEMU's big lock
    @SuppressWarnings("unchecked")
    private final ArrayDeque<Op>[] ops;
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private long timerSeq;

    // ---- host state per queue ----
    private final int[] hTail;
    private final int[] hSqHead; // SQ head as the host learned it from CQEs
    private final int[] hCqHead;
    private final int[] hCqPhase;
    private final int[] hInFlight;
    private final int[] hUnpublished; // SQEs written since the last tail publication
    private final long[] hQuota; // requests this queue still has to submit
    private final int[] hNextCid;
    private final boolean[][] hCidBusy;
    private final long[][] hCidTime;
    private final boolean[] hRefillScheduled;
    private final boolean[] hInIrq; // slow guest: the interrupt handler of CQ y is running
    private final int[] hIrqFound; // slow guest: CQEs the running handler has consumed
    private long completed;
    private long totalRequests;
    private long rings;
    private long cqUpdates;

    // ---- controller state per queue ----
    private final int[] size;
    private final long[] sqAddr;
    private final long[] cqAddr;
    private final boolean[] live;
    private final int[] cTail; // SQ tail as the controller knows it
    private final int[] cHead; // SQ head
    private final boolean[] cSqScheduled;
    private final int[] cCqTail;
    private final int[] cCqPhase;
    private final int[] cCqHead; // CQ head as the controller knows it
    private final List<ArrayDeque<long[]>> cPending = new ArrayList<>(); // completions waiting to be posted
    private final boolean[] cPostScheduled;
    private final int[] cSinceIrq;
    private final boolean[] cCoalesceTimer;
    private boolean dbbufOn;
    private long dbs;
    private long eis;
    private boolean staleSqEventIdx;
    private long fetches;
    private long ioCompletionsPosted;

    // ---- admin script ----
    private final ArrayDeque<long[]> adminScript = new ArrayDeque<>(); // opc, prp1, prp2, cdw10, cdw11
    private int adminCid;
    private int adminOutstanding = -1;

    @FunctionalInterface
    private interface Op {
        /** Runs at the actor's current time {@link #now}; returns the time it costs. */
        long run();
    }

    private record Timer(long time, long seq, int actor, Op op, boolean urgent) implements Comparable<Timer> {
        @Override
        public int compareTo(Timer o) {
            return time != o.time ? Long.compare(time, o.time) : Long.compare(seq, o.seq);
        }
    }

    @SuppressWarnings("unchecked")
    public NvmeEmulator(NvmeConfig config, EventSink sink) {
        NvmeConfig c = config;
        if (c.fault() != null && c.fault().needsShadow() && !c.shadowDoorbell()) {
            c = c.withShadowDoorbell(true);
        }
        if (c.fault() == NvmeFault.EVENTFD_WITHOUT_SHADOW) {
            c = c.withShadowDoorbell(false).withIoeventfd(true);
        }
        if (c.fault() == NvmeFault.WRONG_STRIDE) {
            c = c.withDstrd(1);
        }
        this.cfg = c;
        this.sink = sink;
        this.tm = c.timing();
        this.rnd = new SplittableRandom(c.seed());
        this.nq = c.ioQueues() + 1;
        this.fault = c.fault();
        this.depth = Math.min(c.queueDepth(), c.queueSize() - 1); // Linux: at most q_depth - 1 tags
        this.shadow = c.shadowDoorbell();
        // QEMU arms ioeventfd on SQ doorbells only with shadow doorbells (N8); the fault arms it anyway
        this.eventfdArmed = c.ioeventfd() && (shadow || fault == NvmeFault.EVENTFD_WITHOUT_SHADOW);
        this.ctrlDstrd = c.dstrd();
        this.hostDstrd = fault == NvmeFault.WRONG_STRIDE ? 0 : c.dstrd();
        this.faultAt = Math.max(1, c.requests() / 2);
        this.slowGuest = c.slowGuest();

        int actors = slowGuest ? 2 * nq : nq + 1;
        actorTime = new long[actors];
        blocked = new boolean[actors];
        ops = new ArrayDeque[actors];
        for (int i = 0; i < actors; i++) {
            ops[i] = new ArrayDeque<>();
        }
        hTail = new int[nq];
        hSqHead = new int[nq];
        hCqHead = new int[nq];
        hCqPhase = new int[nq];
        hInFlight = new int[nq];
        hUnpublished = new int[nq];
        hQuota = new long[nq];
        hNextCid = new int[nq];
        hCidBusy = new boolean[nq][65536];
        hCidTime = new long[nq][];
        hRefillScheduled = new boolean[nq];
        hInIrq = new boolean[nq];
        hIrqFound = new int[nq];
        size = new int[nq];
        sqAddr = new long[nq];
        cqAddr = new long[nq];
        live = new boolean[nq];
        cTail = new int[nq];
        cHead = new int[nq];
        cSqScheduled = new boolean[nq];
        cCqTail = new int[nq];
        cCqPhase = new int[nq];
        cCqHead = new int[nq];
        cPostScheduled = new boolean[nq];
        cSinceIrq = new int[nq];
        cCoalesceTimer = new boolean[nq];
        for (int y = 0; y < nq; y++) {
            size[y] = y == 0 ? NvmeConfig.ADMIN_QUEUE_SIZE : c.queueSize();
            sqAddr[y] = y == 0 ? ADMIN_SQ : IO_SQ_BASE + y * 0x40000L;
            cqAddr[y] = y == 0 ? ADMIN_CQ : IO_CQ_BASE + y * 0x10000L;
            hCqPhase[y] = 1;
            cCqPhase[y] = 1;
            cPending.add(new ArrayDeque<>());
        }
        live[0] = true;
        long per = c.requests() / c.ioQueues();
        long extra = c.requests() % c.ioQueues();
        for (int y = 1; y < nq; y++) {
            hQuota[y] = per + (y <= extra ? 1 : 0);
        }
        totalRequests = c.requests();
    }

    /** The trace header this run writes. */
    public TraceHeader header(Map<String, String> extraMeta) {
        Map<String, Long> props = new LinkedHashMap<>();
        props.put(Nvme.P_DSTRD, (long) ctrlDstrd);
        props.put(Nvme.P_SHADOW, shadow ? 1L : 0L);
        props.put(Nvme.P_IOEVENTFD, eventfdArmed ? 1L : 0L);
        props.put(Nvme.P_ADMIN_SETUP, 1L);
        props.put(Nvme.P_MPS, 0L);
        props.put(Nvme.P_COALESCING, (long) cfg.interruptCoalescing());
        props.put("queueDepth", (long) depth);
        props.put("batch", (long) cfg.batch());
        Map<String, String> strings = new LinkedHashMap<>();
        strings.put(Nvme.S_NEED_EVENT, cfg.needEvent().id());
        strings.put("controller", "qemu-like (EventIdx written before every shadow read, as QEMU >= 7.2)");
        strings.put("host", slowGuest
                ? "linux-like, slow guest (shadow doorbells on I/O queues only; the interrupt handler completes each request "
                        + "as it walks the CQ, the application resubmits from a second vCPU, the CQ head is published when the "
                        + "handler returns)"
                : "linux-like (shadow doorbells on I/O queues only)");
        List<QueueInfo> qs = new ArrayList<>();
        for (int y = 0; y < nq; y++) {
            Map<String, Long> qp = new LinkedHashMap<>();
            qp.put(Nvme.Q_SQ_ADDR, sqAddr[y]);
            qp.put(Nvme.Q_CQ_ADDR, cqAddr[y]);
            qp.put(Nvme.Q_CQID, (long) y);
            qp.put(Nvme.Q_VECTOR, (long) y);
            qs.add(new QueueInfo(y, Nvme.LAYOUT, size[y], qp));
        }
        DeviceInfo d = new DeviceInfo(0, Nvme.DEVICE_TYPE, "nvme0", 0, props, strings, qs);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("emulator", "ringside nvme");
        meta.put("seed", Long.toString(cfg.seed()));
        meta.put("requests", Long.toString(cfg.requests()));
        meta.put("config", cfg.toString());
        if (cfg.ioeventfd() && !eventfdArmed) {
            meta.put("ioeventfd", "requested but not armed: QEMU uses ioeventfd for SQ doorbells only with shadow doorbells");
        }
        if (fault != null) {
            meta.put("fault", fault.id());
        }
        if (extraMeta != null) {
            meta.putAll(extraMeta);
        }
        return new TraceHeader("ringside-emulator", TraceLevel.MEMORY, List.of(d), meta);
    }

    public NvmeConfig config() {
        return cfg;
    }

    /** Reports completed requests to a monitor while running; a cancelled monitor stops the run. */
    public void monitor(io.ringside.core.util.ProgressMonitor m) {
        this.monitor = m == null ? io.ringside.core.util.ProgressMonitor.NULL : m;
    }

    // ------------------------------------------------------------------ event output

    private TraceEvent event(NvmeEvent type, int q) {
        return ev.reset(type).time(now).device(0).queue(q);
    }

    private void emit() {
        try {
            sink.accept(ev);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        events++;
    }

    private void mark(String note) {
        ev.reset(CoreEvent.MARK).time(now).device(0).note(note);
        emit();
    }

    // ------------------------------------------------------------------ scheduling

    private void at(long time, int actor, Op op) {
        timers.add(new Timer(time, timerSeq++, actor, op, false));
    }

    /** An interrupt: the vCPU takes it before its next piece of work (ops are atomic: no doorbell is split). */
    private void interruptAt(long time, int vcpu, Op op) {
        timers.add(new Timer(time, timerSeq++, vcpu, op, true));
    }

    private void push(int actor, Op op) {
        if (ops[actor].isEmpty()) {
            actorTime[actor] = Math.max(actorTime[actor], now);
        }
        ops[actor].addLast(op);
    }

    private void pushFront(int actor, Op op) {
        ops[actor].addFirst(op);
    }

    private int ctrl() {
        return nq;
    }

    /** The vCPU that submits on queue y: its own, or with a slow guest a second vCPU sharing the queue. */
    private int sub(int y) {
        return slowGuest && y != 0 ? nq + y : y;
    }

    /** Runs the emulation to the end (or to a stall). */
    public Result run() {
        adminSetup();
        monitor.begin("emulating NVMe", totalRequests);
        long guard = 400L * (cfg.requests() + 100) + 100_000;
        long step = 0;
        boolean canceled = false;
        while (true) {
            if ((++step & 0xfff) == 0) {
                monitor.worked(completed);
                if (monitor.isCanceled()) {
                    canceled = true;
                    break;
                }
            }
            int best = -1;
            long bestTime = Long.MAX_VALUE;
            for (int a = 0; a < ops.length; a++) {
                if (!ops[a].isEmpty() && !blocked[a] && actorTime[a] < bestTime) {
                    bestTime = actorTime[a];
                    best = a;
                }
            }
            Timer t = timers.peek();
            if (t != null && t.time <= bestTime) {
                timers.poll();
                now = t.time;
                if (t.urgent) {
                    if (ops[t.actor].isEmpty()) {
                        actorTime[t.actor] = Math.max(actorTime[t.actor], now);
                    }
                    ops[t.actor].addFirst(t.op);
                } else {
                    push(t.actor, t.op);
                }
                continue;
            }
            if (best < 0) {
                break;
            }
            now = bestTime;
            Op op = ops[best].pollFirst();
            long cost = op.run();
            actorTime[best] = now + cost;
            if (--guard < 0) {
                throw new IllegalStateException("NVMe emulation did not converge (internal error)");
            }
        }
        now = Math.max(now, maxActorTime());
        monitor.done();
        if (canceled) {
            return new Result(events, totalRequests, completed, true, "canceled", now);
        }
        boolean stalled = completed < totalRequests || adminOutstanding >= 0;
        String reason = null;
        if (stalled) {
            String detail = stallReason();
            mark("stall: " + detail);
            reason = "stalled: " + detail;
        }
        return new Result(events, totalRequests, completed, stalled, reason, now);
    }

    private long maxActorTime() {
        long m = 0;
        for (long t : actorTime) {
            m = Math.max(m, t);
        }
        return m;
    }

    private String stallReason() {
        StringBuilder sb = new StringBuilder("no progress possible with ").append(totalRequests - completed)
                .append(" of ").append(totalRequests).append(" requests not completed");
        for (int y = 1; y < nq; y++) {
            if (!cPending.get(y).isEmpty()) {
                sb.append("; CQ ").append(y).append(" has ").append(cPending.get(y).size())
                        .append(" completion(s) waiting and the controller sees it ")
                        .append(cqFull(y) ? "full (head " + cCqHead[y] + ", tail " + cCqTail[y] + ")" : "not full");
                if (cqFull(y) && hCqHead[y] == cCqTail[y] && hCqHead[y] != cCqHead[y] && dbbufOn) {
                    int ei = (int) mem.read32(Nvme.cqSlot(eis, y, ctrlDstrd));
                    sb.append(", but the host has consumed every posted entry and published head ").append(hCqHead[y])
                            .append(" only in the shadow doorbell (CQ EventIdx ").append(ei)
                            .append(": need_event false, so no CQ head doorbell re-armed the controller's cq timer)");
                }
            }
            if (hInFlight[y] > 0 && cHead[y] == cTail[y] && hTail[y] != cTail[y]) {
                sb.append("; SQ ").append(y).append(": the host published tail ").append(hTail[y])
                        .append(" but the controller knows tail ").append(cTail[y]);
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ host: admin setup

    private void adminSetup() {
        int n = cfg.ioQueues();
        adminScript.add(new long[] { Nvme.ADMIN_SET_FEATURES, 0, 0, 0x07, (n - 1) | ((long) (n - 1) << 16) });
        if (shadow) {
            long sb = fault == NvmeFault.MISALIGNED_DBBUF ? DBS + 0x40 : DBS;
            adminScript.add(new long[] { Nvme.ADMIN_DBBUF_CONFIG, sb, EIS, 0, 0 });
        }
        for (int y = 1; y < nq; y++) {
            long qs = (long) (size[y] - 1) << 16;
            adminScript.add(new long[] { Nvme.ADMIN_CREATE_CQ, cqAddr[y], 0, y | qs, 1 | 2 | ((long) y << 16) });
            adminScript.add(new long[] { Nvme.ADMIN_CREATE_SQ, sqAddr[y], 0, y | qs, 1 | ((long) y << 16) });
        }
        mark("admin queue setup: " + adminScript.size() + " admin commands");
        push(0, this::nextAdmin);
    }

    private long nextAdmin() {
        long[] cmd = adminScript.pollFirst();
        if (cmd == null) {
            mark("I/O: " + cfg.ioQueues() + " queue pair(s), depth " + depth + ", " + totalRequests + " requests");
            for (int y = 1; y < nq; y++) {
                int q = y;
                push(sub(q), () -> refill(q));
            }
            return 0;
        }
        int cid = adminCid++ & 0xffff;
        adminOutstanding = cid;
        writeSqe(0, cid, (int) cmd[0], 0, cmd[1], cmd[2], cmd[3], cmd[4], 0);
        hInFlight[0]++;
        pushFront(0, () -> ringSq(0));
        return tm.submitNs();
    }

    // ------------------------------------------------------------------ host: I/O submission

    private int sqFree(int y) {
        return size[y] - 1 - Math.floorMod(hTail[y] - hSqHead[y], size[y]);
    }

    /** The application submits new commands while tags, SQ slots and requests remain. */
    private long refill(int y) {
        hRefillScheduled[y] = false;
        int n = 0;
        while (hInFlight[y] + n < depth && hQuota[y] > n && n < sqFree(y)) {
            n++;
        }
        if (n == 0) {
            return 0;
        }
        // n commands in batches of cfg.batch(), each batch published once
        for (int i = 0; i < n; i++) {
            boolean last = (i + 1) % cfg.batch() == 0 || i == n - 1;
            pushBack(y, this::submitOne, last);
        }
        return 0;
    }

    private void pushBack(int y, java.util.function.IntFunction<Long> f, boolean ring) {
        int q = y;
        ops[sub(y)].addLast(() -> f.apply(q));
        if (ring) {
            ops[sub(y)].addLast(() -> ringSq(q));
        }
    }

    private long submitOne(int y) {
        if (hQuota[y] <= 0 || sqFree(y) <= 0 || hInFlight[y] >= depth) {
            return 0;
        }
        int cid = hNextCid[y];
        while (hCidBusy[y][cid]) {
            cid = (cid + 1) & 0xffff;
        }
        hNextCid[y] = (cid + 1) & 0xffff;
        hCidBusy[y][cid] = true;
        hQuota[y]--;
        hInFlight[y]++;
        boolean read = rnd.nextInt(100) < cfg.readPercent();
        int bytes = cfg.sizes()[rnd.nextInt(cfg.sizes().length)];
        long lba = rnd.nextLong(1L << 20) * 8;
        int nlb = bytes / 512 - 1;
        long prp1 = DATA + ((long) y << 24) + (long) cid * 4096;
        long prp2 = bytes > 4096 ? prp1 + 4096 : 0;
        writeSqe(y, cid, read ? Nvme.IO_READ : Nvme.IO_WRITE, 1, prp1, prp2, lba & 0xffffffffL, lba >>> 32, nlb);
        return tm.submitNs();
    }

    private void writeSqe(int y, int cid, int opc, int nsid, long prp1, long prp2, long cdw10, long cdw11, long cdw12) {
        int slot = hTail[y];
        long a = sqAddr[y] + slot * 64L;
        for (int i = 0; i < 64; i += 8) {
            mem.write64(a + i, 0);
        }
        mem.write8(a, opc);
        mem.write16(a + 2, cid);
        mem.write32(a + 4, nsid);
        mem.write64(a + 24, prp1);
        mem.write64(a + 32, prp2);
        mem.write32(a + 40, cdw10);
        mem.write32(a + 44, cdw11);
        mem.write32(a + 48, cdw12);
        TraceEvent e = event(NvmeEvent.SQE, y);
        e.set(NvmeEvent.SQE_SLOT, slot).set(NvmeEvent.SQE_CID, cid).set(NvmeEvent.SQE_OPC, opc)
                .set(NvmeEvent.SQE_NSID, nsid).set(NvmeEvent.SQE_PRP1, prp1).set(NvmeEvent.SQE_PRP2, prp2)
                .set(NvmeEvent.SQE_CDW10, cdw10).set(NvmeEvent.SQE_CDW11, cdw11).set(NvmeEvent.SQE_CDW12, cdw12);
        emit();
        hTail[y] = (slot + 1) % size[y];
        hUnpublished[y]++;
    }

    /** Publishes the SQ tail: Linux {@code nvme_write_sq_db}. */
    private long ringSq(int y) {
        if (hUnpublished[y] == 0) {
            return 0;
        }
        hUnpublished[y] = 0;
        int tail = hTail[y];
        rings++;
        boolean useShadow = shadow && dbbufOn && y != 0;
        if (!useShadow) {
            int value = tail;
            if (fault == NvmeFault.SQ_TAIL_OVERFLOW && !faultDone && y != 0 && rings >= faultAt / cfg.batch()) {
                faultDone = true;
                value = tail + size[y];
                mark("fault nvme-sq-tail-overflow: SQ " + y + " tail doorbell written as " + value);
            }
            return sqDoorbell(y, value, 0);
        }
        long slot = Nvme.sqSlot(dbs, y, hostDstrd);
        int old = (int) mem.read32(slot);
        mem.write32(slot, tail);
        TraceEvent e = event(NvmeEvent.SQ_SHADOW, y);
        e.set(NvmeEvent.SHADOW_VALUE, tail).set(NvmeEvent.SHADOW_ADDR, slot);
        emit();
        // full barrier, then read EventIdx
        int ei = (int) mem.read32(Nvme.sqSlot(eis, y, hostDstrd)) & 0xffff;
        e = event(NvmeEvent.SQ_EI_READ, y);
        e.set(NvmeEvent.SHADOW_VALUE, ei);
        emit();
        boolean need = cfg.needEvent().needEvent(ei, tail, old);
        if (fault == NvmeFault.SKIP_DOORBELL && need && !faultDone && rings >= faultAt / cfg.batch()) {
            faultDone = true;
            mark("fault nvme-skip-doorbell: SQ " + y + " doorbell for tail " + tail + " skipped");
            need = false;
        }
        if (fault == NvmeFault.SQ_TAIL_OVERFLOW && !faultDone && rings >= faultAt / cfg.batch()) {
            faultDone = true;
            mark("fault nvme-sq-tail-overflow: SQ " + y + " tail doorbell written as " + (tail + size[y]));
            return tm.shadowNs() + sqDoorbell(y, tail + size[y], tm.shadowNs());
        }
        if (need) {
            return tm.shadowNs() + sqDoorbell(y, tail, tm.shadowNs());
        }
        return tm.shadowNs();
    }

    /** The doorbell register write: a trapped MMIO exit, or an eventfd signal when ioeventfd is armed. */
    private long sqDoorbell(int y, int value, long delay) {
        boolean viaEventfd = eventfdArmed && y != 0;
        Runnable write = () -> {
            TraceEvent e = event(NvmeEvent.SQ_DB, y);
            e.set(NvmeEvent.DB_VALUE, value).set(NvmeEvent.DB_REG, Nvme.sqTailDoorbell(y, hostDstrd))
                    .set(NvmeEvent.DB_EVENTFD, viaEventfd ? 1 : 0);
            emit();
        };
        if (hostDstrd != ctrlDstrd && y != 0) {
            // the write lands on another register of the controller: this SQ never hears of it
            return mmioExit(sub(y), write, delay);
        }
        if (viaEventfd) {
            write.run();
            at(now + tm.ctrlWakeEventfdNs(), ctrl(), () -> kickSq(y));
            return tm.eventfdNs();
        }
        // QEMU's vCPU thread runs the handler under the big lock: it sets the tail and arms the SQ timer
        return mmioExit(sub(y), () -> {
            write.run();
            if (value >= 0 && value < size[y]) {
                cTail[y] = value;
                long slack = tm.timerSlackNs() > 1 ? rnd.nextLong(tm.timerSlackNs()) : 0;
                at(now + tm.mmioBqlNs() + tm.ctrlWakeMmioNs() + slack, ctrl(), () -> kickSq(y));
            }
        }, delay);
    }

    /**
     * A trapped MMIO write by a vCPU: the exit costs the vCPU {@code mmioExitNs}; then QEMU's vCPU thread
     * waits for the big lock behind the work the main loop has queued (FIFO on the controller actor),
     * runs the doorbell handler ({@code effect}) holding it for {@code mmioBqlNs}, and the vCPU resumes;
     * the main loop is left with {@code mmioLoopNs} of work the doorbell caused. The doorbell event is
     * traced when the handler runs: that is when the write reaches the controller (QEMU's
     * {@code pci_nvme_mmio_doorbell_*} trace points fire there too), and the vCPU is stalled until then.
     */
    private long mmioExit(int vcpu, Runnable effect, long delay) {
        blocked[vcpu] = true;
        at(now + delay + tm.mmioExitNs(), ctrl(), () -> {
            if (effect != null) {
                effect.run();
            }
            blocked[vcpu] = false;
            actorTime[vcpu] = Math.max(actorTime[vcpu], now + tm.mmioBqlNs());
            return tm.mmioBqlNs() + tm.mmioLoopNs();
        });
        return tm.mmioExitNs();
    }

    // ------------------------------------------------------------------ host: interrupt handler

    private long irqHandler(int y) {
        if (slowGuest && y != 0) {
            if (hInIrq[y]) {
                return 0; // the running handler walks on and sees the new entries
            }
            hInIrq[y] = true;
            hIrqFound[y] = 0;
            pushFront(y, () -> irqStep(y));
            return tm.irqEntryNs();
        }
        long cost = tm.irqEntryNs();
        int found = 0;
        // consume every CQE whose phase tag matches (Linux nvme_poll_cq)
        while (consumeOne(y)) {
            found++;
            cost += tm.consumeNs();
            if (found > 4 * size[y]) {
                break; // bounded walk
            }
        }
        if (found > 0) {
            cost += ringCq(y, cost); // the handler publishes the head before it returns
        }
        return cost;
    }

    /**
     * Slow guest: one step of the handler's walk over the CQ. Each CQE takes {@code consumeNs} and its request
     * completes at once (Linux completes requests inline when an I/O scheduler is attached, before the CQ head
     * doorbell), so the application on the other vCPU can resubmit the tag while the walk goes on; the head
     * is published only when the walk finds no more entries.
     */
    private long irqStep(int y) {
        if (consumeOne(y)) {
            hIrqFound[y]++;
            if (hIrqFound[y] <= 4 * size[y]) {
                pushFront(y, () -> irqStep(y));
                return tm.consumeNs();
            }
        }
        hInIrq[y] = false;
        return hIrqFound[y] > 0 ? ringCq(y, 0) : 0;
    }

    /** Consumes the CQE at the host's head if its phase tag matches; false when there is none. */
    private boolean consumeOne(int y) {
        long a = cqAddr[y] + hCqHead[y] * 16L;
        int status = mem.read16(a + 14);
        if ((status & 1) != hCqPhase[y]) {
            return false;
        }
        int cid = mem.read16(a + 12);
        int sqhd = mem.read16(a + 8);
        TraceEvent e = event(NvmeEvent.CQ_CONSUME, y);
        e.set(NvmeEvent.CONSUME_SLOT, hCqHead[y]).set(NvmeEvent.CONSUME_CID, cid).set(NvmeEvent.CONSUME_PHASE,
                status & 1);
        emit();
        hCqHead[y] = (hCqHead[y] + 1) % size[y];
        if (hCqHead[y] == 0) {
            hCqPhase[y] ^= 1;
        }
        if (sqhd < size[y]) {
            hSqHead[y] = sqhd;
        }
        completeCommand(y, cid);
        return true;
    }

    private void completeCommand(int y, int cid) {
        if (y == 0) {
            if (cid == adminOutstanding) {
                adminOutstanding = -1;
                hInFlight[0]--;
                ops[0].addLast(this::nextAdmin);
            }
            return;
        }
        if (!hCidBusy[y][cid]) {
            return; // Linux: "invalid id completed": ignored
        }
        hCidBusy[y][cid] = false;
        hInFlight[y]--;
        completed++;
        if (!hRefillScheduled[y] && hQuota[y] > 0) {
            hRefillScheduled[y] = true;
            int q = y;
            at(now + tm.appWakeNs(), sub(y), () -> refill(q));
        }
    }

    /** Publishes the CQ head after a batch of completions: Linux {@code nvme_ring_cq_doorbell}. */
    private long ringCq(int y, long delay) {
        int head = hCqHead[y];
        cqUpdates++;
        if (fault == NvmeFault.CQ_HEAD_PAST_TAIL && !faultDone && y != 0 && completed >= faultAt) {
            faultDone = true;
            int bad = (head + 1) % size[y];
            mark("fault nvme-cq-head-past-tail: CQ " + y + " head doorbell written as " + bad + " (consumed up to "
                    + head + ")");
            return cqDoorbell(y, bad, delay);
        }
        if (!(shadow && dbbufOn && y != 0)) {
            return cqDoorbell(y, head, delay);
        }
        long slot = Nvme.cqSlot(dbs, y, hostDstrd);
        int old = (int) mem.read32(slot);
        mem.write32(slot, head);
        TraceEvent e = event(NvmeEvent.CQ_SHADOW, y);
        e.set(NvmeEvent.SHADOW_VALUE, head).set(NvmeEvent.SHADOW_ADDR, slot);
        emit();
        int ei = (int) mem.read32(Nvme.cqSlot(eis, y, hostDstrd)) & 0xffff;
        e = event(NvmeEvent.CQ_EI_READ, y);
        e.set(NvmeEvent.SHADOW_VALUE, ei);
        emit();
        if (cfg.needEvent().needEvent(ei, head, old)) {
            return tm.shadowNs() + cqDoorbell(y, head, delay + tm.shadowNs());
        }
        return tm.shadowNs();
    }

    private long cqDoorbell(int y, int value, long delay) {
        Runnable write = () -> {
            TraceEvent e = event(NvmeEvent.CQ_DB, y);
            e.set(NvmeEvent.DB_VALUE, value).set(NvmeEvent.DB_REG, Nvme.cqHeadDoorbell(y, hostDstrd));
            emit();
        };
        if (hostDstrd != ctrlDstrd && y != 0) {
            return mmioExit(y, write, delay);
        }
        return mmioExit(y, () -> {
            write.run();
            if (value >= 0 && value < size[y]) {
                // QEMU nvme_process_db: the cq timer is armed only if the CQ was full as the controller knew it
                boolean wasFull = cqFull(y);
                cCqHead[y] = value;
                if (wasFull && !cPending.get(y).isEmpty()) {
                    schedulePost(y, tm.mmioBqlNs());
                }
            }
        }, delay);
    }

    // ------------------------------------------------------------------ controller: submission queues

    private long kickSq(int y) {
        if (live[y] && !cSqScheduled[y]) {
            cSqScheduled[y] = true;
            pushFront(ctrl(), () -> processSq(y));
        }
        return 0;
    }

    /** One step of QEMU's {@code nvme_process_sq}: EventIdx, shadow tail, then fetch one entry. */
    private long processSq(int y) {
        long cost = 0;
        if (dbbufOn && y != 0) {
            if (!staleSqEventIdx) {
                long ea = Nvme.sqSlot(eis, y, ctrlDstrd);
                mem.write32(ea, cTail[y]);
                TraceEvent e = event(NvmeEvent.SQ_EVENTIDX, y);
                e.set(NvmeEvent.SHADOW_VALUE, cTail[y]).set(NvmeEvent.SHADOW_ADDR, ea);
                emit();
            }
            int v = (int) mem.read32(Nvme.sqSlot(dbs, y, ctrlDstrd));
            TraceEvent e = event(NvmeEvent.SQ_SHADOW_READ, y);
            e.set(NvmeEvent.SHADOW_VALUE, v);
            emit();
            if (v >= 0 && v < size[y]) {
                cTail[y] = v;
            }
            cost += 200;
        }
        if (cHead[y] == cTail[y]) {
            cSqScheduled[y] = false;
            return cost;
        }
        int slot = cHead[y];
        long a = sqAddr[y] + slot * 64L;
        int opc = mem.read8(a);
        int cid = mem.read16(a + 2);
        TraceEvent e = event(NvmeEvent.SQ_FETCH, y);
        e.set(NvmeEvent.FETCH_SLOT, slot).set(NvmeEvent.FETCH_CID, cid).set(NvmeEvent.FETCH_OPC, opc);
        emit();
        cHead[y] = (slot + 1) % size[y];
        fetches++;
        if (fault == NvmeFault.STALE_SQ_EVENTIDX && !staleSqEventIdx && y != 0 && fetches >= faultAt) {
            staleSqEventIdx = true;
            faultDone = true;
            mark("fault nvme-stale-sq-eventidx: the controller stops updating SQ EventIdx before shadow reads");
        }
        if (y == 0) {
            long status = admin(a, opc, cid);
            int sqhd = cHead[0];
            at(now + 2_000, ctrl(), () -> enqueueCompletion(0, cid, 0, sqhd, status));
        } else {
            int nlb = (int) (mem.read32(a + 48) & 0xffff) + 1;
            long kib = nlb / 2;
            long lat = tm.serviceNs() + Math.max(0, kib - 4) * tm.servicePerKiBNs()
                    + (tm.jitterNs() > 0 ? rnd.nextLong(tm.jitterNs()) : 0);
            if (opc == Nvme.IO_WRITE) {
                lat += lat / 4;
            }
            at(now + cost + tm.fetchNs() + lat, ctrl(), () -> enqueueCompletion(y, cid, y, -1, 0));
        }
        pushFront(ctrl(), () -> processSq(y));
        return cost + tm.fetchNs();
    }

    /** Executes an admin command; returns the status field without the phase bit (sc << 1). */
    private long admin(long a, int opc, int cid) {
        long prp1 = mem.read64(a + 24);
        long prp2 = mem.read64(a + 32);
        long cdw10 = mem.read32(a + 40);
        long cdw11 = mem.read32(a + 44);
        int qid = (int) (cdw10 & 0xffff);
        switch (opc) {
            case Nvme.ADMIN_CREATE_CQ, Nvme.ADMIN_CREATE_SQ -> {
                if (qid <= 0 || qid >= nq) {
                    return (long) Nvme.SC_INVALID_FIELD << 1;
                }
                if (opc == Nvme.ADMIN_CREATE_SQ) {
                    live[qid] = true;
                }
                return 0;
            }
            case Nvme.ADMIN_DBBUF_CONFIG -> {
                boolean aligned = (prp1 & 0xfff) == 0 && (prp2 & 0xfff) == 0;
                if (!aligned && fault != NvmeFault.MISALIGNED_DBBUF) {
                    return (long) Nvme.SC_INVALID_FIELD << 1;
                }
                if (!aligned) {
                    mark("fault nvme-misaligned-dbbuf: the controller accepts shadow buffer 0x" + Long.toHexString(prp1));
                    faultDone = true;
                }
                dbbufOn = true;
                dbs = prp1;
                eis = prp2;
                return 0;
            }
            default -> {
                return 0;
            }
        }
    }

    // ------------------------------------------------------------------ controller: completion queues

    private long enqueueCompletion(int cq, int cid, int sqid, int sqhd, long status) {
        cPending.get(cq).addLast(new long[] { cid, sqid, status });
        schedulePost(cq, tm.postDelayNs());
        return cq == 0 ? 100 : tm.completeNs();
    }

    private void schedulePost(int cq, long delay) {
        if (cPostScheduled[cq]) {
            return;
        }
        cPostScheduled[cq] = true;
        at(now + delay, ctrl(), () -> postCqes(cq));
    }

    private boolean cqFull(int cq) {
        return (cCqTail[cq] + 1) % size[cq] == cCqHead[cq];
    }

    /** QEMU's {@code nvme_post_cqes}: EventIdx and shadow head before each entry, stop when full. */
    private long postCqes(int cq) {
        cPostScheduled[cq] = false;
        long cost = 0;
        int posted = 0;
        ArrayDeque<long[]> pending = cPending.get(cq);
        while (!pending.isEmpty()) {
            if (dbbufOn && cq != 0) {
                if (fault != NvmeFault.MISSING_CQ_EVENTIDX) {
                    long ea = Nvme.cqSlot(eis, cq, ctrlDstrd);
                    mem.write32(ea, cCqHead[cq]);
                    TraceEvent e = event(NvmeEvent.CQ_EVENTIDX, cq);
                    e.set(NvmeEvent.SHADOW_VALUE, cCqHead[cq]).set(NvmeEvent.SHADOW_ADDR, ea);
                    emit();
                }
                int v = (int) mem.read32(Nvme.cqSlot(dbs, cq, ctrlDstrd));
                TraceEvent e = event(NvmeEvent.CQ_SHADOW_READ, cq);
                e.set(NvmeEvent.SHADOW_VALUE, v);
                emit();
                if (v >= 0 && v < size[cq]) {
                    cCqHead[cq] = v;
                }
                cost += 200;
            }
            if (cqFull(cq)) {
                break; // woken by a CQ head doorbell or the next completion
            }
            long[] c = pending.pollFirst();
            int cid = (int) c[0];
            int sqid = (int) c[1];
            int status = (int) c[2];
            int phase = cCqPhase[cq];
            if (cq != 0) {
                ioCompletionsPosted++;
                if (!faultDone && ioCompletionsPosted >= faultAt) {
                    if (fault == NvmeFault.WRONG_PHASE) {
                        faultDone = true;
                        phase ^= 1;
                        mark("fault nvme-wrong-phase: CQE for cid " + cid + " written with phase " + phase);
                    } else if (fault == NvmeFault.UNKNOWN_CID) {
                        faultDone = true;
                        int bogus = (cid + 0x8000) & 0xffff;
                        mark("fault nvme-unknown-cid: completion for cid " + cid + " posted as cid " + bogus);
                        cid = bogus;
                    }
                }
            }
            int slot = cCqTail[cq];
            long a = cqAddr[cq] + slot * 16L;
            int sqhd = cHead[sqid];
            mem.write32(a, 0);
            mem.write32(a + 4, 0);
            mem.write16(a + 8, sqhd);
            mem.write16(a + 10, sqid);
            mem.write16(a + 12, cid);
            mem.write16(a + 14, (status & 0xfffe) | phase); // phase tag written last
            TraceEvent e = event(NvmeEvent.CQE, cq);
            e.set(NvmeEvent.CQE_SLOT, slot).set(NvmeEvent.CQE_CID, cid).set(NvmeEvent.CQE_SQID, sqid)
                    .set(NvmeEvent.CQE_SQHD, sqhd).set(NvmeEvent.CQE_STATUS, (status & 0xfffe) | phase)
                    .set(NvmeEvent.CQE_DW0, 0);
            emit();
            cCqTail[cq] = (slot + 1) % size[cq];
            if (cCqTail[cq] == 0) {
                cCqPhase[cq] ^= 1;
            }
            posted++;
            cost += tm.postNs();
        }
        if (posted > 0) {
            cSinceIrq[cq] += posted;
            int threshold = cq == 0 ? 1 : Math.max(1, cfg.interruptCoalescing());
            if (cSinceIrq[cq] >= threshold) {
                raiseIrq(cq);
            } else if (!cCoalesceTimer[cq]) {
                cCoalesceTimer[cq] = true;
                at(now + cost + tm.coalescingTimeNs(), ctrl(), () -> {
                    cCoalesceTimer[cq] = false;
                    if (cSinceIrq[cq] > 0) {
                        raiseIrq(cq);
                    }
                    return 0L;
                });
            }
        }
        return cost;
    }

    private void raiseIrq(int cq) {
        TraceEvent e = event(NvmeEvent.IRQ, cq);
        e.set(NvmeEvent.IRQ_VECTOR, cq).set(NvmeEvent.IRQ_COUNT, cSinceIrq[cq]);
        emit();
        cSinceIrq[cq] = 0;
        interruptAt(now + tm.irqLatencyNs(), cq, () -> irqHandler(cq));
    }

    // ------------------------------------------------------------------ convenience

    /** Runs a configuration into a sink (for example a trace writer's {@code write}). */
    public static Result run(NvmeConfig config, EventSink sink) {
        return new NvmeEmulator(config, sink).run();
    }
}
