package io.ringside.virtio;

import static io.ringside.virtio.PackedQueueState.*;

import java.io.IOException;

import io.ringside.core.engine.NeedEvent;
import io.ringside.core.memory.GuestMemory;

/**
 * Driver side of a packed virtqueue (VIRTIO 1.3 §2.8.21), as Linux's virtqueue_add_packed does it:
 * descriptors written in ring order with AVAIL/USED bits from the driver wrap counter, the chain's rest
 * before its head, the buffer id in every descriptor (the device reads it from the last), indirect
 * tables when negotiated; reclaim by polling the next used position; driver event suppression re-armed
 * after reclaiming (DESC with EVENT_IDX, else ENABLE).
 */
public final class PackedDriver extends AbstractVirtqueueDriver {

    private int nextAvail;
    private boolean availWrap = true;
    private long availLin;
    private int numFree;
    private final int[] freeIds;
    private int freeTop;
    private final int[] descCount;
    private final int[] token;
    private final boolean[] live;
    private int lastUsed;
    private boolean usedWrap = true;
    private int evFlags = EV_ENABLE;
    private int evOffWrap;
    private boolean broken;

    private boolean faultHeadFirst;
    private boolean faultTailWrap;

    public PackedDriver(GuestMemory mem, RingLayout layout, long features, NeedEvent needEvent, RingEmitter out,
            long indirectPool, int maxIndirect) {
        super(mem, layout, features, needEvent, out, indirectPool, maxIndirect);
        numFree = n;
        freeIds = new int[n];
        for (int i = 0; i < n; i++) {
            freeIds[i] = n - 1 - i;
        }
        freeTop = n;
        descCount = new int[n];
        token = new int[n];
        live = new boolean[n];
    }

    @Override
    public int numFree() {
        return broken ? 0 : numFree;
    }

    private int availBits(boolean wrap) {
        return wrap ? F_AVAIL : F_USED;
    }

    @Override
    public int add(Chain c, int tok) throws IOException {
        int k = c.count();
        boolean ind = indirect && k > 1 && k <= maxIndirect && !faultHeadFirst;
        int need = ind ? 1 : k;
        if (numFree < need || freeTop == 0 || k == 0) {
            throw new IllegalStateException("no room for a buffer of " + k + " elements (" + numFree + " free)");
        }
        int id = freeIds[--freeTop];
        if (ind) {
            long table = indirectPool + (long) id * maxIndirect * 16;
            for (int j = 0; j < k; j++) {
                int f = c.writable(j) ? F_WRITE : 0;
                if (j == 0 && faultNestedIndirect) {
                    f |= F_INDIRECT;
                }
                writeDesc(table, true, j, c.addr(j), c.len(j), 0, f);
            }
            faultNestedIndirect = false;
            writeDesc(l.descAddr(), false, nextAvail, table, 16L * k, id, F_INDIRECT | availBits(availWrap));
        } else {
            boolean headFirst = faultHeadFirst && k > 1;
            faultHeadFirst = false;
            if (headFirst) {
                writeChainDesc(c, 0, k, id);
            }
            for (int j = 1; j < k; j++) {
                writeChainDesc(c, j, k, id);
            }
            if (!headFirst) {
                writeChainDesc(c, 0, k, id);
            }
        }
        numFree -= need;
        descCount[id] = need;
        token[id] = tok;
        live[id] = true;
        outstanding++;
        if (inOrder) {
            order.push(id);
        }
        availLin += need;
        int np = nextAvail + need;
        if (np >= n) {
            np -= n;
            availWrap = !availWrap;
        }
        nextAvail = np;
        return id;
    }

    private void writeChainDesc(Chain c, int j, int k, int id) throws IOException {
        int pos = nextAvail + j;
        boolean wrap = availWrap;
        if (pos >= n) {
            pos -= n;
            wrap = !wrap;
        }
        if (j == k - 1 && j > 0 && faultTailWrap) {
            wrap = !wrap;
            faultTailWrap = false;
        }
        int f = (c.writable(j) ? F_WRITE : 0) | (j < k - 1 ? F_NEXT : 0) | availBits(wrap);
        writeDesc(l.descAddr(), false, pos, c.addr(j), c.len(j), id, f);
    }

    private void writeDesc(long base, boolean table, int i, long addr, long len, int id, int flags) throws IOException {
        long a = base + 16L * i;
        mem.write64(a, addr);
        mem.write32(a + 8, len);
        mem.write16(a + 12, id);
        mem.write16(a + 14, flags);
        var e = out.start(VirtioEvent.DESC).set(VirtioEvent.DESC_INDEX, i).set(VirtioEvent.DESC_ADDR, addr)
                .set(VirtioEvent.DESC_LEN, len).set(VirtioEvent.DESC_FLAGS, flags).set(VirtioEvent.DESC_ID, id);
        if (table) {
            e.set(VirtioEvent.DESC_TABLE, base);
        }
        out.emit();
    }

    @Override
    public void publish() {
        // packed: the head descriptor's flags publish each buffer as it is added
    }

    @Override
    long publishedMark() {
        return availLin;
    }

    @Override
    public boolean kickNeeded() {
        if (availLin == kickOld) {
            return false;
        }
        int offWrap = mem.read16(l.deviceArea());
        int flags = mem.read16(l.deviceArea() + 2);
        return eventNeeded(needEvent, n, flags, offWrap, availLin, kickOld, nextAvail, availWrap);
    }

    private boolean usedAt(int pos, boolean wrap) {
        int f = mem.read16(l.descAddr() + 16L * pos + 14);
        boolean a = (f & F_AVAIL) != 0;
        boolean u = (f & F_USED) != 0;
        return a == wrap && u == wrap;
    }

    @Override
    public boolean hasUsed() {
        return !broken && outstanding > 0 && usedAt(lastUsed, usedWrap);
    }

    @Override
    public int reclaim(Completion c) throws IOException {
        int done = 0;
        while (!broken && outstanding > 0 && usedAt(lastUsed, usedWrap)) {
            long a = l.descAddr() + 16L * lastUsed;
            long len = mem.read32(a + 8);
            int id = mem.read16(a + 12);
            int descs = 0;
            if (id >= n || !live[id]) {
                broken = true; // cannot tell how far to skip: a real driver stops here (Linux: BAD_RING)
                break;
            }
            if (inOrder) {
                int p = order.indexOf(id);
                for (int q = 0; q <= p; q++) {
                    int b = order.at(0);
                    order.removeAt(0);
                    descs += descCount[b];
                    complete(b, q == p ? len : -1, c);
                    done++;
                }
            } else {
                descs = descCount[id];
                complete(id, len, c);
                done++;
            }
            int np = lastUsed + descs;
            if (np >= n) {
                np -= n;
                usedWrap = !usedWrap;
            }
            lastUsed = np;
        }
        return done;
    }

    private void complete(int id, long len, Completion c) {
        live[id] = false;
        outstanding--;
        numFree += descCount[id];
        freeIds[freeTop++] = id;
        c.completed(token[id], len);
    }

    public boolean broken() {
        return broken;
    }

    @Override
    public void enableInterrupts() throws IOException {
        int flags = eventIdx ? EV_DESC : EV_ENABLE;
        int offWrap = eventIdx ? lastUsed | (usedWrap ? 0x8000 : 0) : 0;
        writeEvent(offWrap, flags);
    }

    private void writeEvent(int offWrap, int flags) throws IOException {
        if (flags == evFlags && offWrap == evOffWrap) {
            return;
        }
        mem.write16(l.driverArea(), offWrap);
        mem.write16(l.driverArea() + 2, flags);
        out.start(VirtioEvent.DRIVER_EVENT).set(VirtioEvent.OFF_WRAP, offWrap).set(VirtioEvent.EV_FLAGS, flags);
        out.emit();
        evFlags = flags;
        evOffWrap = offWrap;
    }

    // ---- fault injection ----------------------------------------------------------------------

    /** The next chain of two or more descriptors is made available head first. */
    public void faultHeadFirst() {
        faultHeadFirst = true;
    }

    /** The last descriptor of the next direct chain gets AVAIL/USED bits of the wrong wrap counter. */
    public void faultTailWrap() {
        faultTailWrap = true;
    }

    /** Writes the driver event suppression flags = DESC (wrong without EVENT_IDX), then restores them. */
    public void faultEventFlags() throws IOException {
        int f = evFlags;
        int o = evOffWrap;
        writeEvent(o, EV_DESC);
        writeEvent(o, f);
    }
}
