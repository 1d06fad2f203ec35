package io.ringside.qemu.internal;

import java.util.Arrays;

/**
 * The submission and completion queues of one NVMe controller in the current epoch of an operation-level
 * replay, by queue id (up to {@link #MAX_QID}): a copyable value, and the lookups across queues the rules
 * need (the SQs of a CQ, the CQ of an interrupt vector). Every walk is bounded by the table's length.
 */
public final class OpNvmeQueues {

    public static final int MAX_QID = 65535;
    private static final long SQ_BYTES = 320;
    private static final long CQ_BYTES = 160;

    private OpNvmeSq[] sqs = new OpNvmeSq[4];
    private OpNvmeCq[] cqs = new OpNvmeCq[4];

    public OpNvmeQueues() {
    }

    private OpNvmeQueues(OpNvmeQueues o) {
        sqs = copyAll(o.sqs);
        cqs = copyAll(o.cqs);
    }

    public OpNvmeQueues copy() {
        return new OpNvmeQueues(this);
    }

    @SuppressWarnings("unchecked")
    private static <T extends OpNvmeQueue> T[] copyAll(T[] a) {
        T[] n = a.clone();
        for (int i = 0; i < n.length; i++) {
            n[i] = n[i] == null ? null : (T) n[i].copy();
        }
        return n;
    }

    public boolean same(OpNvmeQueues o) {
        return sameAll(sqs, o.sqs) && sameAll(cqs, o.cqs);
    }

    private static boolean sameAll(OpNvmeQueue[] x, OpNvmeQueue[] y) {
        int n = Math.max(x.length, y.length);
        for (int i = 0; i < n; i++) {
            OpNvmeQueue a = i < x.length ? x[i] : null;
            OpNvmeQueue b = i < y.length ? y[i] : null;
            if ((a == null) != (b == null) || a != null && !a.same(b)) {
                return false;
            }
        }
        return true;
    }

    /** The SQs by id (null where none), for walks; not to be changed. */
    public OpNvmeSq[] sqs() {
        return sqs;
    }

    public OpNvmeSq sq(int id) {
        return id >= 0 && id < sqs.length ? sqs[id] : null;
    }

    public OpNvmeCq cq(int id) {
        return id >= 0 && id < cqs.length ? cqs[id] : null;
    }

    /** The SQ or the CQ {@code id}, or null. */
    public OpNvmeQueue side(boolean sq, int id) {
        return sq ? sq(id) : cq(id);
    }

    /** A new SQ {@code id} (0..{@link #MAX_QID}) in place of any before. */
    public OpNvmeSq newSq(int id) {
        sqs = room(sqs, id);
        return sqs[id] = new OpNvmeSq(id);
    }

    /** A new CQ {@code id} (0..{@link #MAX_QID}) in place of any before. */
    public OpNvmeCq newCq(int id) {
        cqs = room(cqs, id);
        return cqs[id] = new OpNvmeCq(id);
    }

    private static <T> T[] room(T[] a, int id) {
        return id < a.length ? a : Arrays.copyOf(a, Math.min(MAX_QID + 1, Math.max(id + 1, a.length * 2)));
    }

    public void deleteSq(int id) {
        sqs[id] = null;
    }

    public void deleteCq(int id) {
        cqs[id] = null;
    }

    /** Forgets every queue (a new epoch). */
    public void clear() {
        Arrays.fill(sqs, null);
        Arrays.fill(cqs, null);
    }

    /** Commands outstanding on all SQs of CQ {@code cq}. */
    public int outstandingOn(int cq) {
        int total = 0;
        for (OpNvmeSq o : sqs) {
            if (o != null && o.cq == cq) {
                total += o.outstanding.size();
            }
        }
        return total;
    }

    /** The first SQ of CQ {@code cq} with command {@code cid} outstanding, or null. */
    public OpNvmeSq holder(int cq, int cid) {
        for (OpNvmeSq s : sqs) {
            if (s != null && s.cq == cq && s.has(cid)) {
                return s;
            }
        }
        return null;
    }

    /** Of the CQs on interrupt vector {@code vector}, the one that completed last (the first of equals), or null. */
    public OpNvmeCq lastCompletedOn(int vector) {
        OpNvmeCq best = null;
        for (OpNvmeCq c : cqs) {
            if (c != null && c.vector == vector && (best == null || c.lastCompletion > best.lastCompletion)) {
                best = c;
            }
        }
        return best;
    }

    /** Whether {@code s} has the lowest id of the SQs on its CQ (the CQ's counters are counted with it). */
    public boolean ownsCq(OpNvmeSq s) {
        for (OpNvmeSq o : sqs) {
            if (o != null && o.cq == s.cq && o.id < s.id) {
                return false;
            }
        }
        return true;
    }

    /** Bytes the state takes, as near as the engine's budget needs. */
    public long bytes() {
        long b = 64 + 8L * (sqs.length + cqs.length);
        for (OpNvmeSq s : sqs) {
            b += s == null ? 0 : SQ_BYTES + 8L * s.outstanding.capacity() + 2L * (s.fetchedAt == null ? s.size : s.fetchedAt.length);
        }
        for (OpNvmeCq c : cqs) {
            b += c == null ? 0 : CQ_BYTES;
        }
        return b;
    }

    /** Bytes a new SQ of {@code entries} slots adds at the most. */
    public static long sqBytes(long entries) {
        return SQ_BYTES + 8 + 2 * Math.max(0, entries);
    }
}
