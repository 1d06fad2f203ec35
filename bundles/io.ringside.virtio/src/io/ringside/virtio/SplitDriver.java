package io.ringside.virtio;

import static io.ringside.virtio.SplitQueueState.F_INDIRECT;
import static io.ringside.virtio.SplitQueueState.F_NEXT;
import static io.ringside.virtio.SplitQueueState.F_WRITE;

import java.io.IOException;

import io.ringside.core.engine.NeedEvent;
import io.ringside.core.memory.GuestMemory;

/**
 * Driver side of a split virtqueue (VIRTIO 1.3 §2.7.13, §2.7.14), as Linux's virtio_ring does it: a free
 * list of descriptors (IN_ORDER: descriptors handed out in ring order), indirect tables from a pool when
 * negotiated, avail.idx written once per published batch, need_event on avail_event or used.flags.
 */
public final class SplitDriver extends AbstractVirtqueueDriver {

    private final int[] chainNext;
    private int freeHead;
    private int numFree;
    private int nextInOrder;
    private final int[] token;
    private final int[] descCount;
    private final boolean[] live;
    private final int[] scratch;
    private int availShadow;
    private int published;
    private int lastUsed;
    private int usedEventWritten = -1;
    private long bogusUsed;

    // fault knobs, each consumed by the next add
    private boolean faultLoop;
    private boolean faultIndirectUnnegotiated;
    private int faultSkipDescriptors;

    /**
     * @param indirectPool guest address of a pool of {@code n} indirect tables of {@code maxIndirect} entries
     */
    public SplitDriver(GuestMemory mem, RingLayout layout, long features, NeedEvent needEvent, RingEmitter out,
            long indirectPool, int maxIndirect) {
        super(mem, layout, features, needEvent, out, indirectPool, maxIndirect);
        chainNext = new int[n];
        for (int i = 0; i < n; i++) {
            chainNext[i] = i + 1;
        }
        numFree = n;
        token = new int[n];
        descCount = new int[n];
        live = new boolean[n];
        scratch = new int[n];
    }

    @Override
    public int numFree() {
        return numFree;
    }

    public long bogusUsed() {
        return bogusUsed;
    }

    private int alloc() {
        if (inOrder) {
            int d = nextInOrder;
            nextInOrder = (nextInOrder + 1) % n;
            return d;
        }
        int d = freeHead;
        freeHead = chainNext[d];
        return d;
    }

    @Override
    public int add(Chain c, int tok) throws IOException {
        int k = c.count();
        boolean ind = (indirect || faultIndirectUnnegotiated) && k > 1 && k <= maxIndirect;
        int need = ind ? 1 : k;
        int skip = inOrder ? faultSkipDescriptors : 0;
        if (numFree < need + skip || k == 0) {
            throw new IllegalStateException("no room for a buffer of " + k + " elements (" + numFree + " free)");
        }
        if (skip > 0) {
            nextInOrder = (nextInOrder + skip) % n;
            faultSkipDescriptors = 0;
        }
        int head;
        if (ind) {
            head = alloc();
            long table = indirectPool + (long) head * maxIndirect * 16;
            for (int j = 0; j < k; j++) {
                int f = (c.writable(j) ? F_WRITE : 0) | (j < k - 1 ? F_NEXT : 0);
                if (j == 0 && faultNestedIndirect) {
                    f |= F_INDIRECT;
                }
                writeDesc(table, true, j, c.addr(j), c.len(j), f, j < k - 1 ? j + 1 : 0);
            }
            faultNestedIndirect = false;
            faultIndirectUnnegotiated = false;
            writeDesc(l.descAddr(), false, head, table, 16L * k, F_INDIRECT, 0);
        } else {
            for (int j = 0; j < k; j++) {
                scratch[j] = alloc();
            }
            head = scratch[0];
            for (int j = 0; j < k; j++) {
                int d = scratch[j];
                boolean more = j < k - 1;
                int f = (c.writable(j) ? F_WRITE : 0) | (more ? F_NEXT : 0);
                int next = more ? scratch[j + 1] : 0;
                if (!more && faultLoop) {
                    f |= F_NEXT;
                    next = head;
                    faultLoop = false;
                }
                chainNext[d] = more ? scratch[j + 1] : d;
                writeDesc(l.descAddr(), false, d, c.addr(j), c.len(j), f, next);
            }
        }
        numFree -= need + skip;
        token[head] = tok;
        descCount[head] = need + skip;
        live[head] = true;
        outstanding++;
        if (inOrder) {
            order.push(head);
        }
        int slot = availShadow % n;
        mem.write16(l.availAddr() + 4 + 2L * slot, head);
        out.start(VirtioEvent.AVAIL_RING).set(VirtioEvent.SLOT, slot).set(VirtioEvent.RING_ID, head);
        out.emit();
        availShadow = (availShadow + 1) & 0xffff;
        return head;
    }

    private void writeDesc(long base, boolean table, int i, long addr, long len, int flags, int next) throws IOException {
        long a = base + 16L * i;
        mem.write64(a, addr);
        mem.write32(a + 8, len);
        mem.write16(a + 12, flags);
        mem.write16(a + 14, next);
        var e = out.start(VirtioEvent.DESC).set(VirtioEvent.DESC_INDEX, i).set(VirtioEvent.DESC_ADDR, addr)
                .set(VirtioEvent.DESC_LEN, len).set(VirtioEvent.DESC_FLAGS, flags).set(VirtioEvent.DESC_NEXT, next);
        if (table) {
            e.set(VirtioEvent.DESC_TABLE, base);
        }
        out.emit();
    }

    @Override
    public void publish() throws IOException {
        if (published == availShadow) {
            return;
        }
        mem.write16(l.availAddr() + 2, availShadow);
        out.emit1(VirtioEvent.AVAIL_IDX, availShadow);
        published = availShadow;
    }

    @Override
    public boolean kickNeeded() {
        int nw = published;
        int old = (int) kickOld;
        if (nw == old) {
            return false;
        }
        return eventIdx ? needEvent.needEvent(mem.read16(l.usedAddr() + 4 + 8L * n), nw, old)
                : (mem.read16(l.usedAddr()) & 1) == 0;
    }

    @Override
    long publishedMark() {
        return published;
    }

    private int usedDistance() {
        int d = (mem.read16(l.usedAddr() + 2) - lastUsed) & 0xffff;
        return d <= n ? d : 0;
    }

    @Override
    public boolean hasUsed() {
        return usedDistance() > 0;
    }

    @Override
    public int reclaim(Completion c) throws IOException {
        int done = 0;
        int d;
        while ((d = usedDistance()) > 0) {
            int slot = lastUsed % n;
            long id = mem.read32(l.usedAddr() + 4 + 8L * slot);
            long len = mem.read32(l.usedAddr() + 8 + 8L * slot);
            if (id >= n || !live[(int) id]) {
                bogusUsed++;
                lastUsed = (lastUsed + 1) & 0xffff;
                continue;
            }
            int h = (int) id;
            if (inOrder) {
                int p = order.indexOf(h);
                for (int q = 0; q <= p; q++) {
                    int b = order.at(0);
                    order.removeAt(0);
                    complete(b, q == p ? len : -1, c);
                    done++;
                }
                lastUsed = (lastUsed + p + 1) & 0xffff;
                if (p + 1 > d) {
                    break; // the device advanced used.idx less than the batch: resynchronise on the next call
                }
            } else {
                complete(h, len, c);
                done++;
                lastUsed = (lastUsed + 1) & 0xffff;
            }
        }
        return done;
    }

    private void complete(int h, long len, Completion c) {
        live[h] = false;
        outstanding--;
        c.completed(token[h], len);
        if (inOrder) {
            numFree += descCount[h];
            return;
        }
        // give the chain back to the free list
        int d = h;
        for (int i = 0; i < descCount[h]; i++) {
            int next = chainNext[d];
            chainNext[d] = freeHead;
            freeHead = d;
            d = next;
        }
        numFree += descCount[h];
    }

    @Override
    public void enableInterrupts() throws IOException {
        if (eventIdx && usedEventWritten != lastUsed) {
            mem.write16(l.availAddr() + 4 + 2L * n, lastUsed);
            out.emit1(VirtioEvent.USED_EVENT, lastUsed);
            usedEventWritten = lastUsed;
        }
    }

    // ---- fault injection ----------------------------------------------------------------------

    /** The next direct chain ends with NEXT pointing back to its head (a loop). */
    public void faultLoopNextChain() {
        faultLoop = true;
    }

    /** The next multi-element buffer goes into an indirect table even though INDIRECT_DESC is off. */
    public void faultIndirectWithoutFeature() {
        faultIndirectUnnegotiated = true;
    }

    /** IN_ORDER: the next buffer skips descriptors instead of taking the next in ring order. */
    public void faultSkipDescriptors(int k) {
        faultSkipDescriptors = k;
    }

    /** Writes avail.idx one lower, then the right value again. */
    public void faultAvailIdxBackwards() throws IOException {
        int bad = (published - 1) & 0xffff;
        mem.write16(l.availAddr() + 2, bad);
        out.emit1(VirtioEvent.AVAIL_IDX, bad);
        mem.write16(l.availAddr() + 2, published);
        out.emit1(VirtioEvent.AVAIL_IDX, published);
    }

    /** Writes avail.flags = NO_INTERRUPT and back to 0 (wrong with EVENT_IDX). */
    public void faultAvailFlags() throws IOException {
        mem.write16(l.availAddr(), 1);
        out.emit1(VirtioEvent.AVAIL_FLAGS, 1);
        mem.write16(l.availAddr(), 0);
        out.emit1(VirtioEvent.AVAIL_FLAGS, 0);
    }
}
