package io.ringside.virtio;

import io.ringside.core.state.StateNode;
import io.ringside.core.state.StateNode.Detail;
import io.ringside.core.state.StateNode.Hint;

/**
 * The state tree of a memory-level virtio device ({@link VirtioEngine#state}): the one view of its
 * queues that {@code show}, the debugger, the Statistics page and the EMF model read. The summary keeps
 * the keys and order of {@code show --json}; {@link Detail#FULL} adds the ring images (every descriptor,
 * ring slot and buffer id) the views draw. Buffer states are {@link QueueState#FREE}...{@link
 * QueueState#SKIPPED}; a packed slot's {@code slotState} is the state of the buffer holding it, or
 * {@link QueueState#USED}, from the positions (see {@link #packedSlotStates}).
 */
final class VirtioStateTree {

    private VirtioStateTree() {
    }

    static StateNode device(VirtioEngine en, Detail detail) {
        StateNode m = StateNode.root();
        m.put("device", en.info().id());
        m.put("type", en.info().type());
        m.put("features", "0x" + Long.toHexString(en.info().features()));
        StateNode names = m.list("featureNames");
        for (String n : VirtioFeatures.names(en.info().features())) {
            names.add(n);
        }
        StateNode qs = m.list("queues");
        for (QueueState q : en.queues()) {
            StateNode t = qs.addGroup().hint(Hint.QUEUE);
            base(t, q);
            if (q instanceof SplitQueueState s) {
                split(t, s, detail);
            } else {
                packed(t, (PackedQueueState) q, detail);
            }
            metrics(t, q);
        }
        return m;
    }

    private static void base(StateNode m, QueueState q) {
        m.put("queue", q.index);
        m.put("layout", q.layout.layoutName());
        m.put("size", q.size);
        StateNode f = m.list("features");
        for (String s : QueueMetrics.features(q)) {
            f.add(s);
        }
        StateNode ring = m.group("ring");
        q.layout.props().forEach((k, v) -> ring.put(k, v).hint(Hint.HEX));
        ring.put("size", q.layout.size()).hint(Hint.DETAIL); // as declared (the queue's own is clamped to 1..32768)
    }

    private static void metrics(StateNode m, QueueState q) {
        StateNode s = m.putPlain("metrics", q.stats());
        s.get("outstanding").hint(Hint.OUTSTANDING);
        s.get("kicks").hint(Hint.NOTIFICATIONS, Hint.EXITS); // a kick not suppressed is a doorbell write: an exit
        s.get("interrupts").hint(Hint.INTERRUPTS);
        s.get("filled").hint(Hint.COMPLETED);
    }

    private static void split(StateNode m, SplitQueueState q, Detail detail) {
        int size = q.size;
        StateNode drv = m.group("driver");
        drv.put("availIdx", q.availIdx);
        drv.put("availFlags", q.availFlags);
        unusedUnless(drv, "usedEvent", q.eventIdx, q.usedEvent);
        unusedUnless(drv, "nextInOrderDesc", q.inOrder, q.inOrderNext);
        drv.put("usedEventValue", q.usedEvent).hint(Hint.DETAIL); // as written, EVENT_IDX or not
        StateNode dev = m.group("device");
        dev.put("usedIdx", q.usedIdx);
        dev.put("usedFlags", q.usedFlags);
        unusedUnless(dev, "availEvent", q.eventIdx, q.availEvent);
        dev.put("nextFetchIdx", q.lastAvail);
        dev.put("availEventValue", q.availEvent).hint(Hint.DETAIL);
        StateNode descs = m.list("descriptors");
        for (int i = 0; i < size; i++) {
            if (q.descOwner(i) >= 0) {
                StateNode d = descs.addGroup();
                d.put("index", i);
                d.put("addr", q.dAddr[i]).hint(Hint.HEX);
                d.put("len", q.dLen[i]);
                d.put("flags", q.dFlags[i]);
                d.put("next", q.dNext[i]);
                d.put("head", q.descOwner(i));
                d.put("state", q.stateOf(q.descOwner(i)));
            }
        }
        StateNode avail = m.list("availRing");
        int w = (q.availIdx - q.usedIdx) & 0xffff;
        for (int k = 0; k < w && k < size; k++) {
            int idx = (q.usedIdx + k) & 0xffff;
            StateNode a = avail.addGroup();
            a.put("idx", idx);
            a.put("slot", idx % size);
            a.put("head", q.availRing[idx % size]);
        }
        StateNode used = m.list("usedRing");
        for (int k = Math.min(size, 16); k >= 1; k--) {
            int idx = (q.usedIdx - k) & 0xffff;
            if (((q.usedIdx - idx) & 0xffff) > q.filled) {
                continue;
            }
            StateNode u = used.addGroup();
            u.put("idx", idx);
            u.put("slot", idx % size);
            u.put("id", q.usedId[idx % size]);
            u.put("len", q.usedLen[idx % size]);
        }
        if (detail == Detail.FULL) {
            StateNode t = m.table("descriptorTable", size, "addr", "len", "flags", "next", "owner");
            copy(q.dAddr, t.column("addr"));
            copy(q.dLen, t.column("len"));
            copy(q.dFlags, t.column("flags"));
            copy(q.dNext, t.column("next"));
            copy(q.owner, t.column("owner"));
            copy(q.availRing, m.table("availRingSlots", size, "head").column("head"));
            StateNode u = m.table("usedRingSlots", size, "id", "len");
            copy(q.usedId, u.column("id"));
            copy(q.usedLen, u.column("len"));
            bufferTable(m, q);
        }
    }

    private static void packed(StateNode m, PackedQueueState q, Detail detail) {
        int size = q.size;
        StateNode drv = m.group("driver");
        drv.put("nextPosition", q.drvPos);
        drv.put("wrapCounter", q.drvWrap ? 1 : 0);
        drv.put("eventFlags", q.drvEvFlags);
        drv.put("eventOffWrap", q.drvEvOffWrap);
        StateNode dev = m.group("device");
        dev.put("nextReadPosition", q.devPos);
        dev.put("readWrapCounter", q.devWrap ? 1 : 0);
        dev.put("nextUsedPosition", q.usedPos);
        dev.put("usedWrapCounter", q.usedWrap ? 1 : 0);
        dev.put("eventFlags", q.devEvFlags);
        dev.put("eventOffWrap", q.devEvOffWrap);
        StateNode descs = m.list("descriptors");
        for (int i = 0; i < size && descs.children().size() < 1024; i++) {
            int f = q.dFlags[i];
            if (f != 0 || q.dAddr[i] != 0) {
                StateNode d = descs.addGroup();
                d.put("index", i);
                d.put("addr", q.dAddr[i]).hint(Hint.HEX);
                d.put("len", q.dLen[i]);
                d.put("id", q.dId[i]);
                d.put("flags", f);
                d.put("kind", PackedQueueState.isAvail(f, q.expectedWrap(i)) ? "available"
                        : ((f & PackedQueueState.F_AVAIL) != 0) == ((f & PackedQueueState.F_USED) != 0) ? "used" : "stale");
            }
        }
        StateNode bufs = m.list("buffers");
        for (int id = 0; id < size; id++) {
            if (q.idState[id] == QueueState.AVAILABLE || q.idState[id] == QueueState.IN_FLIGHT) {
                StateNode b = bufs.addGroup();
                b.put("id", id);
                b.put("state", q.stateOf(id));
                b.put("headPosition", q.idHeadPos[id]);
                b.put("descriptors", q.idChainLen[id]);
                b.put("writableBytes", q.writable.total[id]);
            }
        }
        m.put("needEvent", q.needEvent.id()).hint(Hint.DETAIL);
        if (detail == Detail.FULL) {
            StateNode t = m.table("descriptorTable", size, "addr", "len", "id", "flags", "slotState");
            copy(q.dAddr, t.column("addr"));
            copy(q.dLen, t.column("len"));
            copy(q.dId, t.column("id"));
            copy(q.dFlags, t.column("flags"));
            byte[] st = packedSlotStates(q);
            long[] c = t.column("slotState");
            for (int i = 0; i < size; i++) {
                c[i] = st[i];
            }
            bufferTable(m, q);
        }
    }

    /** Per buffer id (split: per head): its state, chain length, writable bytes and head position. */
    private static void bufferTable(StateNode m, QueueState q) {
        StateNode b = m.table("bufferTable", q.size, "state", "chainLength", "writableBytes", "headPosition");
        long[] st = b.column("state");
        for (int i = 0; i < q.size; i++) {
            st[i] = q.idState[i];
        }
        copy(q.idChainLen, b.column("chainLength"));
        copy(q.writable.total, b.column("writableBytes"));
        copy(q.idHeadPos, b.column("headPosition"));
    }

    /**
     * What each slot of a packed ring holds, from the engine's positions rather than from the flags alone
     * (flags of chain descriptors stay as the driver wrote them, laps ago): going round the ring from the
     * device's next used position U, the slots up to its next read position R are in flight (fetched, not
     * used), those up to the driver's next position D are available (published, not fetched); every other
     * slot belongs to the driver again: {@link QueueState#USED} when it holds a used descriptor
     * the device wrote in the lap it last passed there (AVAIL == USED == that lap's used wrap counter),
     * else {@link QueueState#FREE}. Equal positions are told apart by the wrap counters (U == D with equal
     * wraps: nothing outstanding; different wraps: the whole ring).
     */
    static byte[] packedSlotStates(PackedQueueState q) {
        int n = q.size;
        byte[] out = new byte[n];
        int u = q.usedPos;
        boolean uw = q.usedWrap;
        int outstanding = span(u, uw, q.drvPos, q.drvWrap, n);
        int inFlight = span(u, uw, q.devPos, q.devWrap, n);
        for (int i = 0; i < n; i++) {
            int k = Math.floorMod(i - u, n);
            int flags = q.dFlags[i];
            if (k < inFlight) {
                out[i] = QueueState.IN_FLIGHT;
            } else if (k < outstanding) {
                out[i] = QueueState.AVAILABLE;
            } else {
                boolean a = (flags & PackedQueueState.F_AVAIL) != 0;
                boolean used = (flags & PackedQueueState.F_USED) != 0;
                boolean lapWrap = i < u ? uw : !uw; // the used wrap counter when U last passed slot i
                out[i] = a == used && a == lapWrap && (flags != 0 || q.dAddr[i] != 0) ? QueueState.USED
                        : QueueState.FREE;
            }
        }
        return out;
    }

    /** Slots from position {@code from} (wrap {@code fw}) forward to {@code to} (wrap {@code tw}). */
    private static int span(int from, boolean fw, int to, boolean tw, int n) {
        int k = Math.floorMod(to - from, n);
        if (k == 0 && fw != tw) {
            return n;
        }
        // ahead in the same lap (to >= from, same wrap) or in the next one (to < from, wrap flipped)
        return k;
    }

    private static void unusedUnless(StateNode m, String key, boolean known, long value) {
        if (known) {
            m.put(key, value);
        } else {
            m.unknown(key, "unused");
        }
    }

    private static void copy(long[] from, long[] to) {
        System.arraycopy(from, 0, to, 0, to.length);
    }

    private static void copy(int[] from, long[] to) {
        for (int i = 0; i < to.length; i++) {
            to[i] = from[i];
        }
    }
}
