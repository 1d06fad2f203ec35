package io.ringside.emulator.internal.nvme;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.ringside.core.memory.GuestMemory;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.EventSink;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceLevel;
import io.ringside.core.util.ProgressMonitor;
import io.ringside.emulator.nvme.NvmeFault;
import io.ringside.nvme.DoorbellSide;
import io.ringside.nvme.Nvme;
import io.ringside.nvme.NvmeController;
import io.ringside.nvme.NvmeEmitter;
import io.ringside.nvme.NvmeHost;

/**
 * The reference NVMe emulator: a Linux-like host driver ({@link NvmeHost}) and a QEMU-like controller
 * ({@link NvmeController}) sharing guest memory, run by a deterministic discrete-event timing model (same
 * seed, same trace). This class is the workload and the host's vCPUs; {@link HostDoorbells} is how the
 * host rings (and its faults), {@link ControllerLoop} when the controller works (and its faults),
 * {@link NvmeScheduler} the clock.
 * Actors: vCPU y (index y; the admin queue on 0), the controller thread (index nq), and with a slow guest
 * the application's vCPU of queue y (index nq + y).
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

    /** The workload's state of one queue pair and its host vCPU's (the host driver's and controller's are theirs). */
    private static final class Flow {
        int inFlight;
        long quota; // requests this queue still has to submit
        boolean refillScheduled;
        boolean inIrq; // slow guest: the interrupt handler of CQ y is running
        int irqFound; // slow guest: CQEs the running handler has consumed
    }

    private final NvmeConfig cfg;
    private final GuestMemory mem = new GuestMemory(1 << 16);
    private final SplittableRandom rnd;
    private final NvmeTiming tm;
    private final NvmeScheduler sched;
    private final NvmeEmitter out;
    private final NvmeHost host;
    private final NvmeController ctrl;
    private final ControllerLoop loop;
    private final HostDoorbells doorbells;
    private final Flow[] flows;
    private final int nq; // queue pairs including admin
    private final int depth; // commands in flight per I/O queue
    private final boolean shadow;
    private final boolean eventfdArmed;
    private final int ctrlDstrd;
    private final int hostDstrd;
    private final NvmeFault fault;
    private final boolean slowGuest; // handler walks the CQ step by step; the application submits from vCPU nq + y
    private final long faultAt;
    private ProgressMonitor monitor = ProgressMonitor.NULL;
    private final long totalRequests;
    private long completed;

    // ---- admin script ----
    private final ArrayDeque<long[]> adminScript = new ArrayDeque<>(); // opc, prp1, prp2, cdw10, cdw11
    private long[] adminCommand;
    private int adminCid;
    private int adminOutstanding = -1;

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

        sched = new NvmeScheduler(slowGuest ? 2 * nq : nq + 1);
        out = new NvmeEmitter(sink, 0, sched::now);
        host = new NvmeHost(mem, out, nq, hostDstrd, c.needEvent());
        ctrl = new NvmeController(mem, out, nq, ctrlDstrd, c.interruptCoalescing(), fault == NvmeFault.MISALIGNED_DBBUF);
        ctrl.adminQueue(ADMIN_SQ, ADMIN_CQ, NvmeConfig.ADMIN_QUEUE_SIZE);
        loop = new ControllerLoop(sched, nq, ctrl, out, tm, rnd, fault, faultAt, this::irqHandler);
        doorbells = new HostDoorbells(host, sched, loop, out, tm, c.batch(), fault, faultAt, eventfdArmed, hostDstrd,
                ctrlDstrd, this::sub);
        host.queue(0, ADMIN_SQ, ADMIN_CQ, NvmeConfig.ADMIN_QUEUE_SIZE);
        flows = new Flow[nq];
        flows[0] = new Flow();
        long per = c.requests() / c.ioQueues();
        long extra = c.requests() % c.ioQueues();
        for (int y = 1; y < nq; y++) {
            host.queue(y, IO_SQ_BASE + y * 0x40000L, IO_CQ_BASE + y * 0x10000L, c.queueSize());
            flows[y] = new Flow();
            flows[y].quota = per + (y <= extra ? 1 : 0);
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
            qp.put(Nvme.Q_SQ_ADDR, host.sqAddr(y));
            qp.put(Nvme.Q_CQ_ADDR, host.cqAddr(y));
            qp.put(Nvme.Q_CQID, (long) y);
            qp.put(Nvme.Q_VECTOR, (long) y);
            qs.add(new QueueInfo(y, Nvme.LAYOUT, host.size(y), qp));
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
    public void monitor(ProgressMonitor m) {
        this.monitor = m == null ? ProgressMonitor.NULL : m;
    }

    private long now() {
        return sched.now();
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
            if (!sched.step()) {
                break;
            }
            if (sched.opsRun() > guard) {
                throw new IllegalStateException("NVMe emulation did not converge (internal error)");
            }
        }
        sched.finish();
        monitor.done();
        if (canceled) {
            return new Result(out.count(), totalRequests, completed, true, "canceled", now());
        }
        boolean stalled = completed < totalRequests || adminOutstanding >= 0;
        String reason = null;
        if (stalled) {
            String detail = stallReason();
            out.mark("stall: " + detail);
            reason = "stalled: " + detail;
        }
        return new Result(out.count(), totalRequests, completed, stalled, reason, now());
    }

    private String stallReason() {
        StringBuilder sb = new StringBuilder("no progress possible with ").append(totalRequests - completed)
                .append(" of ").append(totalRequests).append(" requests not completed");
        for (int y = 1; y < nq; y++) {
            int cqHead = ctrl.known(DoorbellSide.CQ, y);
            int cqTail = ctrl.cqTail(y);
            if (ctrl.pending(y) > 0) {
                sb.append("; CQ ").append(y).append(" has ").append(ctrl.pending(y))
                        .append(" completion(s) waiting and the controller sees it ")
                        .append(ctrl.cqFull(y) ? "full (head " + cqHead + ", tail " + cqTail + ")" : "not full");
                if (ctrl.cqFull(y) && host.cqHead(y) == cqTail && host.cqHead(y) != cqHead && ctrl.shadowConfigured()) {
                    sb.append(", but the host has consumed every posted entry and published head ").append(host.cqHead(y))
                            .append(" only in the shadow doorbell (CQ EventIdx ").append(ctrl.eventIdx(DoorbellSide.CQ, y))
                            .append(": need_event false, so no CQ head doorbell re-armed the controller's cq timer)");
                }
            }
            int sqTail = ctrl.known(DoorbellSide.SQ, y);
            if (flows[y].inFlight > 0 && ctrl.sqHead(y) == sqTail && host.sqTail(y) != sqTail) {
                sb.append("; SQ ").append(y).append(": the host published tail ").append(host.sqTail(y))
                        .append(" but the controller knows tail ").append(sqTail);
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
            long qs = (long) (host.size(y) - 1) << 16;
            adminScript.add(new long[] { Nvme.ADMIN_CREATE_CQ, host.cqAddr(y), 0, y | qs, 1 | 2 | ((long) y << 16) });
            adminScript.add(new long[] { Nvme.ADMIN_CREATE_SQ, host.sqAddr(y), 0, y | qs, 1 | ((long) y << 16) });
        }
        out.mark("admin queue setup: " + adminScript.size() + " admin commands");
        sched.push(0, this::nextAdmin);
    }

    private long nextAdmin() {
        long[] cmd = adminScript.pollFirst();
        if (cmd == null) {
            out.mark("I/O: " + cfg.ioQueues() + " queue pair(s), depth " + depth + ", " + totalRequests + " requests");
            for (int y = 1; y < nq; y++) {
                int q = y;
                sched.push(sub(q), () -> refill(q));
            }
            return 0;
        }
        int cid = adminCid++ & 0xffff;
        adminOutstanding = cid;
        adminCommand = cmd;
        host.writeSqe(0, cid, (int) cmd[0], 0, cmd[1], cmd[2], cmd[3], cmd[4], 0);
        flows[0].inFlight++;
        sched.pushFront(0, () -> doorbells.ringSq(0));
        return tm.submitNs();
    }

    // ------------------------------------------------------------------ host: I/O submission

    /** The application submits new commands while tags, SQ slots and requests remain. */
    private long refill(int y) {
        Flow f = flows[y];
        f.refillScheduled = false;
        int n = 0;
        while (f.inFlight + n < depth && f.quota > n && n < host.sqFree(y)) {
            n++;
        }
        // n commands in batches of cfg.batch(), each batch published once
        for (int i = 0; i < n; i++) {
            sched.append(sub(y), () -> submitOne(y));
            if ((i + 1) % cfg.batch() == 0 || i == n - 1) {
                sched.append(sub(y), () -> doorbells.ringSq(y));
            }
        }
        return 0;
    }

    private long submitOne(int y) {
        Flow f = flows[y];
        if (f.quota <= 0 || host.sqFree(y) <= 0 || f.inFlight >= depth) {
            return 0;
        }
        int cid = host.allocCid(y);
        f.quota--;
        f.inFlight++;
        boolean read = rnd.nextInt(100) < cfg.readPercent();
        int bytes = cfg.sizes()[rnd.nextInt(cfg.sizes().length)];
        long lba = rnd.nextLong(1L << 20) * 8;
        int nlb = bytes / 512 - 1;
        long prp1 = DATA + ((long) y << 24) + (long) cid * 4096;
        long prp2 = bytes > 4096 ? prp1 + 4096 : 0;
        host.writeSqe(y, cid, read ? Nvme.IO_READ : Nvme.IO_WRITE, 1, prp1, prp2, lba & 0xffffffffL, lba >>> 32, nlb);
        return tm.submitNs();
    }

    // ------------------------------------------------------------------ host: interrupt handler

    private long irqHandler(int y) {
        if (slowGuest && y != 0) {
            Flow f = flows[y];
            if (f.inIrq) {
                return 0; // the running handler walks on and sees the new entries
            }
            f.inIrq = true;
            f.irqFound = 0;
            sched.pushFront(y, () -> irqStep(y));
            return tm.irqEntryNs();
        }
        long cost = tm.irqEntryNs();
        int found = 0;
        // consume every CQE whose phase tag matches (Linux nvme_poll_cq)
        while (consumeOne(y)) {
            found++;
            cost += tm.consumeNs();
            if (found > 4 * host.size(y)) {
                break; // bounded walk
            }
        }
        if (found > 0) {
            cost += doorbells.ringCq(y, cost, completed); // the handler publishes the head before it returns
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
        Flow f = flows[y];
        if (consumeOne(y)) {
            f.irqFound++;
            if (f.irqFound <= 4 * host.size(y)) {
                sched.pushFront(y, () -> irqStep(y));
                return tm.consumeNs();
            }
        }
        f.inIrq = false;
        return f.irqFound > 0 ? doorbells.ringCq(y, 0, completed) : 0;
    }

    /** Consumes the CQE at the host's head if its phase tag matches; false when there is none. */
    private boolean consumeOne(int y) {
        int cid = host.consume(y);
        if (cid < 0) {
            return false;
        }
        completeCommand(y, cid);
        return true;
    }

    private void completeCommand(int y, int cid) {
        Flow f = flows[y];
        if (y == 0) {
            if (cid == adminOutstanding) {
                adminOutstanding = -1;
                f.inFlight--;
                if (adminCommand[0] == Nvme.ADMIN_DBBUF_CONFIG && (host.lastStatus() & 0xfffe) == 0) {
                    host.shadowBuffers(adminCommand[1], adminCommand[2]);
                }
                sched.append(0, this::nextAdmin);
            }
            return;
        }
        if (!host.releaseCid(y, cid)) {
            return; // Linux: "invalid id completed": ignored
        }
        f.inFlight--;
        completed++;
        if (!f.refillScheduled && f.quota > 0) {
            f.refillScheduled = true;
            sched.at(now() + tm.appWakeNs(), sub(y), () -> refill(y));
        }
    }


    // ------------------------------------------------------------------ convenience

    /** Runs a configuration into a sink (for example a trace writer's {@code write}). */
    public static Result run(NvmeConfig config, EventSink sink) {
        return new NvmeEmulator(config, sink).run();
    }
}
