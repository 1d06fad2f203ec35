package io.ringside.qemu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ringside.core.check.ViolationSink;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.state.StateNode;
import io.ringside.core.state.StateNode.Detail;
import io.ringside.core.state.StateNode.Hint;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.TraceEvent;
import io.ringside.qemu.internal.LongSet;

/**
 * Replays operation-level NVMe events of one controller: per enable period (epoch) the queues created
 * (sizes, SQ to CQ mapping), SQ tails and CQ heads as the doorbells (MMIO or shadow) set them, the SQ
 * head as the controller fetches commands, EventIdx writes, commands and completions by command id,
 * interrupts, and MMIO doorbell writes per command before and after Doorbell Buffer Config took effect.
 * SQ and CQ contents, phase tags and the CQ tail as posted are not in a QEMU log and are not guessed.
 */
public final class OpNvmeEngine implements DeviceEngine {

    static final int MAX_QID = 65535;
    /**
     * Most bytes of queue state per controller, as the memory-level engine's budget
     * ({@code -Dringside.nvme.maxQueueMiB=N}, 32 MiB by default): a log that creates thousands of queues
     * must not exhaust memory, and every checkpoint of the index copies this state.
     */
    public static final long MAX_STATE_BYTES = Math.max(1, Long.getLong("ringside.nvme.maxQueueMiB", 32)) << 20;
    /** Queue entries of closed epochs and deleted queues kept for the statistics, at most. */
    public static final int MAX_CLOSED = 1 << 16;
    private static final long SQ_BYTES = 320;
    private static final long CQ_BYTES = 160;

    /** A submission queue and its counters in the current epoch. */
    public static final class Sq {
        int id;
        int size;
        int cq;
        int tail;
        int head;
        int pending; // submitted (tail moved) and not yet fetched
        long created = -1;
        LongSet outstanding = new LongSet(); // command ids + 1 (the set holds no 0)
        char[] fetchedAt; // per SQ slot, the 16-bit id of the last command fetched there; null until one is
        int mmioTail = -1; // the last tail written to the MMIO doorbell, -1 before one
        int shadowTail = -1; // the last tail read from the shadow doorbell, -1 before one
        long commands;
        long ioCommands;
        long completions;
        long mmioDoorbells;
        long shadowReads;
        long eventIdxWrites;
        int eventIdx = -1;
        long cmdsBefore;
        long cmdsAfter;
        long mmioBefore;
        long mmioAfter;

        Sq copy() {
            Sq s = new Sq();
            s.id = id;
            s.size = size;
            s.cq = cq;
            s.tail = tail;
            s.head = head;
            s.pending = pending;
            s.created = created;
            s.outstanding = outstanding.copy();
            s.fetchedAt = fetchedAt == null ? null : fetchedAt.clone();
            s.mmioTail = mmioTail;
            s.shadowTail = shadowTail;
            s.commands = commands;
            s.ioCommands = ioCommands;
            s.completions = completions;
            s.mmioDoorbells = mmioDoorbells;
            s.shadowReads = shadowReads;
            s.eventIdxWrites = eventIdxWrites;
            s.eventIdx = eventIdx;
            s.cmdsBefore = cmdsBefore;
            s.cmdsAfter = cmdsAfter;
            s.mmioBefore = mmioBefore;
            s.mmioAfter = mmioAfter;
            return s;
        }

        boolean same(Sq o) {
            return id == o.id && size == o.size && cq == o.cq && tail == o.tail && head == o.head && pending == o.pending
                    && created == o.created && commands == o.commands
                    && ioCommands == o.ioCommands && completions == o.completions && mmioDoorbells == o.mmioDoorbells
                    && shadowReads == o.shadowReads && eventIdxWrites == o.eventIdxWrites && eventIdx == o.eventIdx
                    && cmdsBefore == o.cmdsBefore && cmdsAfter == o.cmdsAfter && mmioBefore == o.mmioBefore
                    && mmioAfter == o.mmioAfter && mmioTail == o.mmioTail && shadowTail == o.shadowTail
                    && java.util.Arrays.equals(fetchedAt, o.fetchedAt) && outstanding.sameMembers(o.outstanding);
        }

        boolean has(int cid) {
            return outstanding.contains(cid + 1L);
        }

        public int id() {
            return id;
        }

        public int size() {
            return size;
        }

        public int cq() {
            return cq;
        }

        public int tail() {
            return tail;
        }

        public int head() {
            return head;
        }

        public int outstanding() {
            return outstanding.size();
        }

        public long commands() {
            return commands;
        }
    }

    /** A completion queue and its counters in the current epoch. */
    public static final class Cq {
        int id;
        int size;
        int vector;
        int head;
        int queued; // completions queued and not yet consumed by a head doorbell
        long completions;
        long mmioDoorbells;
        long shadowReads;
        long eventIdxWrites;
        int eventIdx = -1;
        boolean eventIdxSinceRead; // an EventIdx write since the last shadow head read (rule Q8)
        int mmioHead = -1; // the last head written to the MMIO doorbell, -1 before one
        int shadowHead = -1; // the last head read from the shadow doorbell, -1 before one
        long interrupts;
        long lastCompletion = -1;
        long mmioBefore;
        long mmioAfter;

        Cq copy() {
            Cq c = new Cq();
            c.id = id;
            c.size = size;
            c.vector = vector;
            c.head = head;
            c.queued = queued;
            c.completions = completions;
            c.mmioDoorbells = mmioDoorbells;
            c.shadowReads = shadowReads;
            c.eventIdxWrites = eventIdxWrites;
            c.eventIdx = eventIdx;
            c.eventIdxSinceRead = eventIdxSinceRead;
            c.mmioHead = mmioHead;
            c.shadowHead = shadowHead;
            c.interrupts = interrupts;
            c.lastCompletion = lastCompletion;
            c.mmioBefore = mmioBefore;
            c.mmioAfter = mmioAfter;
            return c;
        }

        boolean same(Cq o) {
            return id == o.id && size == o.size && vector == o.vector && head == o.head && queued == o.queued
                    && completions == o.completions && mmioDoorbells == o.mmioDoorbells && shadowReads == o.shadowReads
                    && eventIdxWrites == o.eventIdxWrites && eventIdx == o.eventIdx && interrupts == o.interrupts
                    && eventIdxSinceRead == o.eventIdxSinceRead && mmioHead == o.mmioHead && shadowHead == o.shadowHead
                    && lastCompletion == o.lastCompletion && mmioBefore == o.mmioBefore && mmioAfter == o.mmioAfter;
        }

        public int id() {
            return id;
        }

        public int size() {
            return size;
        }

        public int head() {
            return head;
        }
    }

    private record Closed(Map<String, Object> entry, Closed prev, int count) {
    }

    private final DeviceInfo device;
    /** Whether the log traces CQ EventIdx writes (QEMU 8.0+; 7.x never writes pci_nvme_eventidx_cq): rule Q8. */
    private final boolean cqEventIdxTraced;
    private Sq[] sqs = new Sq[4];
    private Cq[] cqs = new Cq[4];
    private boolean enabled;
    private boolean dbbuf;
    private boolean fatal;
    private boolean shutdown;
    private int epoch;
    private boolean dirty;
    private long unattributedIrqs;
    private Closed closed;

    public OpNvmeEngine(DeviceInfo device) {
        this.device = device;
        this.cqEventIdxTraced = !device.string("qemu.eventNames", "").startsWith("7.");
    }

    private OpNvmeEngine(OpNvmeEngine o) {
        device = o.device;
        cqEventIdxTraced = o.cqEventIdxTraced;
        sqs = new Sq[o.sqs.length];
        for (int i = 0; i < sqs.length; i++) {
            sqs[i] = o.sqs[i] == null ? null : o.sqs[i].copy();
        }
        cqs = new Cq[o.cqs.length];
        for (int i = 0; i < cqs.length; i++) {
            cqs[i] = o.cqs[i] == null ? null : o.cqs[i].copy();
        }
        enabled = o.enabled;
        dbbuf = o.dbbuf;
        fatal = o.fatal;
        shutdown = o.shutdown;
        epoch = o.epoch;
        dirty = o.dirty;
        unattributedIrqs = o.unattributedIrqs;
        closed = o.closed;
    }

    private Sq sq(int id) {
        return id >= 0 && id < sqs.length ? sqs[id] : null;
    }

    private Cq cq(int id) {
        return id >= 0 && id < cqs.length ? cqs[id] : null;
    }

    private Sq newSq(int id) {
        if (id >= sqs.length) {
            Sq[] n = new Sq[Math.min(MAX_QID + 1, Math.max(id + 1, sqs.length * 2))];
            System.arraycopy(sqs, 0, n, 0, sqs.length);
            sqs = n;
        }
        Sq s = new Sq();
        s.id = id;
        sqs[id] = s;
        return s;
    }

    private Cq newCq(int id) {
        if (id >= cqs.length) {
            Cq[] n = new Cq[Math.min(MAX_QID + 1, Math.max(id + 1, cqs.length * 2))];
            System.arraycopy(cqs, 0, n, 0, cqs.length);
            cqs = n;
        }
        Cq c = new Cq();
        c.id = id;
        cqs[id] = c;
        return c;
    }

    private static String dbName(boolean sq, int q) {
        return (sq ? "SQ" : "CQ") + q + (sq ? " tail" : " head");
    }

    @Override
    public void apply(TraceEvent e, ViolationSink sink) {
        if (!(e.type() instanceof OpEvent t)) {
            return;
        }
        int q = e.queue();
        int d = e.device();
        long seq = e.seq();
        switch (t) {
            case NVME_ENABLE -> {
                if (dirty) {
                    closeEpoch();
                }
                enabled = true;
                dirty = true;
                Sq s = newSq(0);
                s.size = (int) e.get(0);
                s.cq = 0;
                s.created = seq;
                Cq c = newCq(0);
                c.size = (int) e.get(1);
                c.vector = 0;
            }
            case NVME_DISABLE -> {
                if (dirty) {
                    closeEpoch();
                }
                enabled = false;
            }
            case NVME_SHUTDOWN -> shutdown = true;
            case NVME_FATAL -> fatal = true;
            case NVME_DBBUF -> dbbuf = true;
            case NVME_CREATE_CQ -> {
                dirty = true;
                if (q < 0 || q > MAX_QID) {
                    return;
                }
                if (cq(q) == null) {
                    checkBudget("completion queue " + q, 0);
                }
                Cq c = newCq(q);
                c.size = (int) e.get(0);
                c.vector = (int) e.get(1);
            }
            case NVME_CREATE_SQ -> {
                dirty = true;
                if (q < 0 || q > MAX_QID) {
                    return;
                }
                Sq old = sq(q);
                if (old != null) {
                    closeQueue(old);
                } else {
                    checkBudget("submission queue " + q, e.get(0));
                }
                Sq s = newSq(q);
                s.size = (int) e.get(0);
                s.cq = (int) e.get(1);
                s.created = seq;
            }
            case NVME_DELETE_SQ -> {
                Sq s = sq(q);
                if (s != null) {
                    closeQueue(s);
                    sqs[q] = null;
                }
            }
            case NVME_DELETE_CQ -> {
                if (cq(q) != null) {
                    cqs[q] = null;
                }
            }
            case NVME_SQ_DOORBELL, NVME_SHADOW_SQ -> {
                boolean mmio = t == OpEvent.NVME_SQ_DOORBELL;
                int v = (int) e.get(0);
                Sq s = sq(q);
                if (s == null) {
                    sink.report(OpRules.Q5B.at(seq, d, q, (mmio ? "MMIO" : "shadow") + " doorbell of SQ" + q
                            + " (value " + v + "), which does not exist"));
                    return;
                }
                if (mmio) {
                    s.mmioDoorbells++;
                    if (dbbuf) {
                        s.mmioAfter++;
                    } else {
                        s.mmioBefore++;
                    }
                } else {
                    s.shadowReads++;
                }
                if (s.size > 0 && v >= s.size) {
                    sink.report(OpRules.Q5A.at(seq, d, q, (mmio ? "MMIO" : "shadow") + " " + dbName(true, q) + " doorbell "
                            + v + " is not below the queue size " + s.size));
                    return;
                }
                if (s.size > 0) {
                    int delta = Math.floorMod(v - s.tail, s.size);
                    if (s.pending + delta > s.size - 1) {
                        sink.report(OpRules.Q6A.at(seq, d, q, dbName(true, q) + " moved from " + s.tail + " to " + v + " with "
                                + s.pending + " entries not yet fetched: " + (s.pending + delta) + " entries would be in"
                                + " flight, more than size-1 = " + (s.size - 1) + " (the tail passed the head " + s.head + ")"));
                        s.pending = (s.pending + delta) % s.size;
                    } else {
                        s.pending += delta;
                    }
                }
                s.tail = v;
                if (mmio) {
                    s.mmioTail = v;
                } else {
                    s.shadowTail = v;
                }
            }
            case NVME_CQ_DOORBELL, NVME_SHADOW_CQ -> {
                boolean mmio = t == OpEvent.NVME_CQ_DOORBELL;
                int v = (int) e.get(0);
                Cq c = cq(q);
                if (c == null) {
                    sink.report(OpRules.Q5B.at(seq, d, q, (mmio ? "MMIO" : "shadow") + " doorbell of CQ" + q
                            + " (value " + v + "), which does not exist"));
                    return;
                }
                if (mmio) {
                    c.mmioDoorbells++;
                    if (dbbuf) {
                        c.mmioAfter++;
                    } else {
                        c.mmioBefore++;
                    }
                } else {
                    c.shadowReads++;
                    if (dbbuf && cqEventIdxTraced && !c.eventIdxSinceRead && v != c.head) {
                        sink.report(OpRules.Q8.at(seq, d, q, "the controller read CQ" + q + "'s new head " + v + " (it knew "
                                + c.head + ") from the shadow doorbell without writing the CQ's EventIdx since its last"
                                + " read: the host's need_event test sees a stale EventIdx and may stop ringing the CQ"
                                + " doorbell"));
                    }
                    c.eventIdxSinceRead = false;
                }
                if (c.size > 0 && v >= c.size) {
                    sink.report(OpRules.Q5A.at(seq, d, q, (mmio ? "MMIO" : "shadow") + " " + dbName(false, q) + " doorbell "
                            + v + " is not below the queue size " + c.size));
                    return;
                }
                if (c.size > 0) {
                    int delta = Math.floorMod(v - c.head, c.size);
                    if (delta > c.queued) {
                        sink.report(OpRules.Q6B.at(seq, d, q, dbName(false, q) + " moved from " + c.head + " to " + v
                                + " (" + delta + " entries) but only " + c.queued
                                + " completion(s) were queued and not yet consumed"));
                        c.queued = 0;
                    } else {
                        c.queued -= delta;
                    }
                }
                c.head = v;
                if (mmio) {
                    c.mmioHead = v;
                } else {
                    c.shadowHead = v;
                }
            }
            case NVME_BAD_DOORBELL -> {
                long kind = e.get(1);
                long v = e.get(0);
                if (kind == 0 || kind == 1) {
                    sink.report(OpRules.Q5A.at(seq, d, q, "the controller ignored a " + dbName(kind == 0, q) + " doorbell write of "
                            + v + ": beyond the queue size"));
                } else {
                    sink.report(OpRules.Q5B.at(seq, d, q, "the controller ignored a doorbell write for "
                            + (kind == 2 ? "SQ" : "CQ") + q + ", which does not exist"));
                }
            }
            case NVME_EVENTIDX_SQ -> {
                Sq s = sq(q);
                if (s != null) {
                    s.eventIdxWrites++;
                    s.eventIdx = (int) e.get(0);
                }
            }
            case NVME_EVENTIDX_CQ -> {
                Cq c = cq(q);
                if (c != null) {
                    c.eventIdxWrites++;
                    c.eventIdx = (int) e.get(0);
                    c.eventIdxSinceRead = true;
                }
            }
            case NVME_COMMAND -> {
                dirty = true;
                Sq s = sq(q);
                int cid = (int) (e.get(0) & 0xffff);
                if (s == null) {
                    sink.report(OpRules.Q5B.at(seq, d, q, "command cid " + cid + " fetched from SQ" + q + ", which does not exist"));
                    return;
                }
                s.commands++;
                if (e.get(2) == 0) {
                    s.ioCommands++;
                }
                if (dbbuf) {
                    s.cmdsAfter++;
                } else {
                    s.cmdsBefore++;
                }
                if (s.size > 0) {
                    if (s.pending == 0) {
                        sink.report(OpRules.Q6C.at(seq, d, q, "command cid " + cid + " fetched from SQ" + q + " at head "
                                + s.head + " although the tail the host published is " + s.tail + " (queue empty)"));
                    } else {
                        s.pending--;
                    }
                    if (s.fetchedAt == null || s.fetchedAt.length != s.size) {
                        s.fetchedAt = new char[s.size]; // once per queue (and size): the fetch at the SQ head names the slot
                    }
                    s.fetchedAt[s.head] = (char) cid;
                    s.head = (s.head + 1) % s.size;
                }
                if (s.has(cid)) {
                    sink.report(OpRules.Q4B.at(seq, d, q, "command id " + cid + " fetched from SQ" + q
                            + " while a command with that id is still outstanding there"));
                } else {
                    s.outstanding.add(cid + 1L);
                }
                Cq c = cq(s.cq);
                if (c != null && c.size > 0) {
                    int total = 0;
                    for (Sq o : sqs) {
                        if (o != null && o.cq == s.cq) {
                            total += o.outstanding.size();
                        }
                    }
                    if (total > c.size - 1) {
                        sink.report(OpRules.Q6D.at(seq, d, q, total + " commands outstanding on the SQs of CQ" + s.cq
                                + ", more than its size-1 = " + (c.size - 1) + ": the CQ can fill up"));
                    }
                }
            }
            case NVME_COMPLETION -> {
                int cid = (int) (e.get(0) & 0xffff);
                Cq c = cq(q);
                Sq match = null;
                for (Sq s : sqs) {
                    if (s != null && s.cq == q && s.has(cid)) {
                        match = s;
                        break;
                    }
                }
                if (match == null) {
                    sink.report(OpRules.Q4A.at(seq, d, q, "completion on CQ" + q + " for command id " + cid
                            + ", which no SQ of that CQ has outstanding"));
                } else {
                    match.outstanding.remove(cid + 1L);
                    match.completions++;
                }
                if (c != null) {
                    c.completions++;
                    c.queued++;
                    c.lastCompletion = seq;
                }
            }
            case NVME_IRQ -> {
                int kind = (int) e.get(1);
                if (kind == 2) {
                    return; // masked: not raised
                }
                int vector = kind == 1 ? 0 : (int) e.get(0);
                Cq best = null;
                if (q >= 0) {
                    best = cq(q);
                } else {
                    for (Cq c : cqs) {
                        if (c != null && c.vector == vector && (best == null || c.lastCompletion > best.lastCompletion)) {
                            best = c;
                        }
                    }
                }
                if (best != null) {
                    best.interrupts++;
                } else {
                    unattributedIrqs++;
                }
            }
            default -> {
                // virtio events are not for this engine
            }
        }
    }

    /**
     * Refuses a queue (of {@code entries} slots, each keeping the id of the command last fetched there) that
     * would take the state beyond {@link #MAX_STATE_BYTES}.
     */
    private void checkBudget(String what, long entries) {
        long after = stateBytes() + SQ_BYTES + 8 + 2 * Math.max(0, entries);
        if (after > MAX_STATE_BYTES) {
            throw new io.ringside.core.engine.EngineLimitException("NVMe device " + device.id() + ": creating " + what
                    + " would bring its queue state beyond what Ringside replays (" + (MAX_STATE_BYTES >> 20)
                    + " MiB; -Dringside.nvme.maxQueueMiB raises it)");
        }
    }

    @Override
    public long stateBytes() {
        long b = 64 + 8L * (sqs.length + cqs.length);
        for (Sq s : sqs) {
            b += s == null ? 0 : SQ_BYTES + 8L * s.outstanding.capacity() + 2L * (s.fetchedAt == null ? s.size : s.fetchedAt.length);
        }
        for (Cq c : cqs) {
            b += c == null ? 0 : CQ_BYTES;
        }
        return b;
    }

    private void closeQueue(Sq s) {
        if (closed != null && closed.count >= MAX_CLOSED) {
            throw new io.ringside.core.engine.EngineLimitException("NVMe device " + device.id() + ": more than " + MAX_CLOSED
                    + " queues deleted or closed by resets: too many statistics entries to keep");
        }
        int n = closed == null ? 1 : closed.count + 1;
        closed = new Closed(stats(s), closed, n);
    }

    private void closeEpoch() {
        for (Sq s : sqs) {
            if (s != null) {
                closeQueue(s);
            }
        }
        java.util.Arrays.fill(sqs, null);
        java.util.Arrays.fill(cqs, null);
        dbbuf = false;
        shutdown = false;
        epoch++;
        dirty = false;
    }

    private static Double ratio(long a, long b) {
        return b == 0 ? null : Math.round(1000.0 * a / b) / 1000.0;
    }

    private Map<String, Object> stats(Sq s) {
        Cq c = cq(s.cq);
        boolean owner = true; // the CQ's counters go to the lowest SQ id using it
        for (Sq o : sqs) {
            if (o != null && o.cq == s.cq && o.id < s.id) {
                owner = false;
            }
        }
        long cqMmio = c != null && owner ? c.mmioDoorbells : 0;
        long cqBefore = c != null && owner ? c.mmioBefore : 0;
        long cqAfter = c != null && owner ? c.mmioAfter : 0;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("queue", s.id);
        m.put("layout", "nvme");
        m.put("epoch", epoch);
        m.put("size", (long) s.size);
        m.put("cq", (long) s.cq);
        m.put("cqSize", c == null ? "unknown" : (Object) (long) c.size);
        m.put("popped", s.commands);
        m.put("filled", s.completions);
        m.put("kicks", s.mmioDoorbells);
        m.put("interrupts", c != null && owner ? c.interrupts : 0L);
        m.put("ioCommands", s.ioCommands);
        m.put("outstanding", (long) s.outstanding.size());
        m.put("sqTail", (long) s.tail);
        m.put("sqHead", (long) s.head);
        m.put("cqHead", c == null ? "unknown" : (Object) (long) c.head);
        m.put("mmioSqDoorbells", s.mmioDoorbells);
        m.put("mmioCqDoorbells", cqMmio);
        m.put("shadowSqReads", s.shadowReads);
        m.put("shadowCqReads", c != null && owner ? c.shadowReads : 0L);
        m.put("eventIdxWrites", s.eventIdxWrites + (c != null && owner ? c.eventIdxWrites : 0));
        m.put("commandsBeforeDbbuf", s.cmdsBefore);
        m.put("mmioDoorbellsBeforeDbbuf", s.mmioBefore + cqBefore);
        m.put("commandsAfterDbbuf", s.cmdsAfter);
        m.put("mmioDoorbellsAfterDbbuf", s.mmioAfter + cqAfter);
        Double r = ratio(s.mmioDoorbells + cqMmio, s.commands);
        if (r != null) {
            m.put("mmioDoorbellsPerCommand", r);
        }
        r = ratio(s.mmioBefore + cqBefore, s.cmdsBefore);
        if (r != null) {
            m.put("mmioDoorbellsPerCommandBeforeDbbuf", r);
        }
        r = ratio(s.mmioAfter + cqAfter, s.cmdsAfter);
        if (r != null) {
            m.put("mmioDoorbellsPerCommandAfterDbbuf", r);
        }
        m.put("lastAvailIdx", "n/a (NVMe: see sqHead)");
        m.put("usedIdx", "n/a (NVMe: CQ tail not in the log)");
        return m;
    }

    @Override
    public DeviceEngine copy() {
        return new OpNvmeEngine(this);
    }

    @Override
    public boolean stateEquals(DeviceEngine other) {
        if (!(other instanceof OpNvmeEngine o)) {
            return false;
        }
        if (enabled != o.enabled || dbbuf != o.dbbuf || fatal != o.fatal || shutdown != o.shutdown || epoch != o.epoch
                || dirty != o.dirty || unattributedIrqs != o.unattributedIrqs
                || (closed == null ? 0 : closed.count) != (o.closed == null ? 0 : o.closed.count)) {
            return false;
        }
        int n = Math.max(sqs.length, o.sqs.length);
        for (int i = 0; i < n; i++) {
            Sq a = i < sqs.length ? sqs[i] : null;
            Sq b = i < o.sqs.length ? o.sqs[i] : null;
            if ((a == null) != (b == null) || a != null && !a.same(b)) {
                return false;
            }
        }
        n = Math.max(cqs.length, o.cqs.length);
        for (int i = 0; i < n; i++) {
            Cq a = i < cqs.length ? cqs[i] : null;
            Cq b = i < o.cqs.length ? o.cqs[i] : null;
            if ((a == null) != (b == null) || a != null && !a.same(b)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<Map<String, Object>> queueStats() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Closed c = closed; c != null; c = c.prev) {
            out.add(c.entry);
        }
        java.util.Collections.reverse(out);
        for (Sq s : sqs) {
            if (s != null) {
                out.add(stats(s));
            }
        }
        // one entry per queue and epoch, in trace order (epoch, then queue)
        out.sort(StatsOrder.BY_EPOCH_THEN_QUEUE);
        return out;
    }

    private static final String[] TOTAL_KEYS = {"popped", "filled", "interrupts", "ioCommands", "mmioSqDoorbells",
            "mmioCqDoorbells", "shadowSqReads", "shadowCqReads", "eventIdxWrites", "commandsBeforeDbbuf",
            "mmioDoorbellsBeforeDbbuf", "commandsAfterDbbuf", "mmioDoorbellsAfterDbbuf"};

    @Override
    public void addTotals(Map<String, Long> totals) {
        long ioBefore = 0;
        long ioAfter = 0;
        long ioCmdBefore = 0;
        long ioCmdAfter = 0;
        for (Map<String, Object> m : queueStats()) {
            for (String k : TOTAL_KEYS) {
                StatsOrder.add(totals, k, (Long) m.get(k));
            }
            if (((Integer) m.get("queue")) != 0) {
                ioBefore += (Long) m.get("mmioDoorbellsBeforeDbbuf");
                ioAfter += (Long) m.get("mmioDoorbellsAfterDbbuf");
                ioCmdBefore += (Long) m.get("commandsBeforeDbbuf");
                ioCmdAfter += (Long) m.get("commandsAfterDbbuf");
            }
        }
        StatsOrder.add(totals, "ioQueueCommandsBeforeDbbuf", ioCmdBefore);
        StatsOrder.add(totals, "ioQueueMmioDoorbellsBeforeDbbuf", ioBefore);
        StatsOrder.add(totals, "ioQueueCommandsAfterDbbuf", ioCmdAfter);
        StatsOrder.add(totals, "ioQueueMmioDoorbellsAfterDbbuf", ioAfter);
    }

    public boolean enabled() {
        return enabled;
    }

    /** Whether Doorbell Buffer Config is in effect (shadow doorbells and EventIdx). */
    public boolean shadowDoorbells() {
        return dbbuf;
    }

    public int epoch() {
        return epoch;
    }

    /**
     * The slot the outstanding command {@code cid} was fetched from: walking back from the head, the last
     * slot that fetched it (slots never fetched from come last in that walk, so their zeros name no
     * command), or -1 when the ring has fetched over that slot since (the command has stayed outstanding
     * for a whole turn). Bounded by the queue size.
     */
    private static int slotOf(Sq s, int cid) {
        if (s.fetchedAt == null) {
            return -1;
        }
        int n = s.fetchedAt.length;
        for (int i = 1; i <= n; i++) {
            int slot = Math.floorMod(s.head - i, n);
            if (s.fetchedAt[slot] == cid) {
                return slot;
            }
        }
        return -1;
    }

    public List<Sq> submissionQueues() {
        List<Sq> l = new ArrayList<>();
        for (Sq s : sqs) {
            if (s != null) {
                l.add(s);
            }
        }
        return l;
    }

    public List<Cq> completionQueues() {
        List<Cq> l = new ArrayList<>();
        for (Cq c : cqs) {
            if (c != null) {
                l.add(c);
            }
        }
        return l;
    }

    /**
     * Keys as {@code show --json} prints them: the controller's state, then per SQ its counters (with its
     * CQ's, counted once) and what the log cannot show ({@code unknown}). Details: the SQ's EventIdx and
     * its CQ as the log shows it (group {@code completionQueue}), whether a shutdown was notified; for
     * {@link OpText}.
     */
    @Override
    public StateNode state(Detail detail) {
        StateNode m = OpText.root(device, epoch, queueStats(), "kicks", "filled", "outstanding");
        m.put("enabled", enabled);
        m.put("epoch", epoch);
        m.put("shadowDoorbells", dbbuf);
        m.put("fatal", fatal);
        StateNode qs = m.list("queues");
        for (Sq s : sqs) {
            if (s == null) {
                continue;
            }
            StateNode t = qs.add(null, OpText.counters(stats(s), "kicks", "filled", "outstanding")).hint(Hint.QUEUE);
            StateNode cids = t.list("outstandingCids"); // as virtio's inFlightElements: the first 64, in order
            StateNode slots = t.list("outstandingSlots"); // the SQ slot each of those was fetched from
            long[] out = s.outstanding.sorted();
            for (int i = 0; i < Math.min(out.length, 64); i++) {
                cids.add(out[i] - 1);
                int slot = slotOf(s, (int) out[i] - 1);
                if (slot >= 0) {
                    slots.add(slot);
                } else {
                    slots.add(StateNode.UNKNOWN);
                }
            }
            for (String k : new String[] {"sqEntries", "cqEntries", "phase", "cqTail"}) {
                t.unknown(k, StateNode.UNKNOWN);
            }
            Cq c = cq(s.cq);
            StateNode db = t.group("doorbells"); // beside the MMIO values, the shadow doorbells and EventIdx
            db.putOrUnknown("sqMmioTail", s.mmioTail >= 0, s.mmioTail);
            db.putOrUnknown("sqShadowTail", s.shadowTail >= 0, s.shadowTail);
            db.putOrUnknown("sqEventIdx", s.eventIdx >= 0, s.eventIdx);
            db.putOrUnknown("cqMmioHead", c != null && c.mmioHead >= 0, c == null ? 0 : c.mmioHead);
            db.putOrUnknown("cqShadowHead", c != null && c.shadowHead >= 0, c == null ? 0 : c.shadowHead);
            db.putOrUnknown("cqEventIdx", c != null && c.eventIdx >= 0, c == null ? 0 : c.eventIdx);
            if (c != null) {
                StateNode g = t.group("completionQueue").hint(Hint.DETAIL);
                g.put("id", c.id);
                g.put("size", c.size);
                g.put("vector", c.vector);
                g.put("head", c.head);
                g.put("completions", c.completions);
                g.put("mmioDoorbells", c.mmioDoorbells);
                g.put("interrupts", c.interrupts);
            }
        }
        m.put("unattributedInterrupts", unattributedIrqs);
        m.put("shutdown", shutdown).hint(Hint.DETAIL);
        return m;
    }
}
