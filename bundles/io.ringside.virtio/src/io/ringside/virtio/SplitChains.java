package io.ringside.virtio;

import static io.ringside.virtio.SplitQueueState.F_INDIRECT;
import static io.ringside.virtio.SplitQueueState.F_NEXT;
import static io.ringside.virtio.SplitQueueState.F_WRITE;

import io.ringside.virtio.internal.VirtioRules;

/**
 * The chain checks of a split virtqueue (VIRTIO 1.3 §2.7.5, §2.7.6): when a head is made available, its
 * chain is walked through the descriptor table and any indirect table, bounded by the queue size and by
 * the table's entries, claiming each descriptor for the head ({@link SplitQueueState#ownerOf}) and
 * remembering the device-writable ranges. The state stays in {@link SplitQueueState}; this holds the walk.
 */
final class SplitChains {

    private SplitChains() {
    }

    /** Validates the chain of a head being made available and claims its descriptors; returns its length. */
    static int walk(SplitQueueState q, int head) {
        q.writable.clear(head);
        int st = ++q.stamp;
        q.headStamp[head] = st; // what the head's previous chain claimed is released from here
        long faults = q.violations;
        boolean table = false;
        int i = head;
        int n = 0;
        boolean seenW = false;
        long total = 0;
        while (true) {
            if (q.owner[i] == head && q.ownerStamp[i] == st) {
                q.report(VirtioRules.S4B, "the chain of head " + head + " loops: descriptor " + i + " is reached again after "
                        + n + " descriptor(s)");
                break;
            }
            int o = q.ownerOf(i);
            if (o >= 0) {
                q.report(VirtioRules.S6B, "the chain of head " + head + " reaches descriptor " + i
                        + ", which belongs to the outstanding chain of head " + o);
                break;
            }
            if (q.owner[i] >= 0 && q.ownerStamp[i] == q.headStamp[q.owner[i]]) {
                q.chainClean[q.owner[i]] = false; // the descriptor leaves the last chain of that head
            }
            q.owner[i] = head;
            q.ownerStamp[i] = st;
            n++;
            int f = q.dFlags[i];
            if ((f & F_INDIRECT) != 0) {
                table = true;
                total += walkIndirect(q, head, i, n - 1, seenW);
                seenW |= q.writable.any(head);
            } else {
                if ((f & F_WRITE) != 0) {
                    seenW = true;
                    q.writable.add(head, q.dAddr[i], q.dLen[i]);
                } else if (seenW) {
                    q.report(VirtioRules.S4A, "descriptor " + i + " is device-readable but follows a device-writable one in the chain of head "
                            + head);
                }
                total += q.dLen[i];
            }
            if ((f & F_NEXT) == 0) {
                break;
            }
            int nx = q.dNext[i];
            if (nx >= q.size) {
                q.report(VirtioRules.S4B, "descriptor " + i + " of head " + head + ": next " + nx
                        + " is outside the table (queue size " + q.size + ")");
                break;
            }
            if (q.inOrder && nx != (i + 1) % q.size) {
                q.report(VirtioRules.I2, "IN_ORDER: descriptor " + i + " of head " + head + " chains to " + nx + ", not to "
                        + (i + 1) % q.size + " (descriptors are used in ring order)");
            }
            i = nx;
        }
        if (total > 0xffffffffL) {
            q.report(VirtioRules.S4B, "the chain of head " + head + " is " + total + " bytes long, more than 2^32");
        }
        q.chainClean[head] = q.violations == faults && !table; // indirect tables are read (taken out) at each walk
        return n;
    }

    /**
     * Walks the indirect table of descriptor {@code i}, the chain of {@code head} having {@code before}
     * descriptors before it; returns the table's bytes.
     */
    private static long walkIndirect(SplitQueueState q, int head, int i, int before, boolean seenWBefore) {
        int f = q.dFlags[i];
        long t = q.dAddr[i];
        long tlen = q.dLen[i];
        if (!q.indirect) {
            q.report(VirtioRules.S7, "descriptor " + i + " (head " + head
                    + ") has INDIRECT, but VIRTIO_RING_F_INDIRECT_DESC was not negotiated");
        }
        if ((f & F_NEXT) != 0) {
            q.report(VirtioRules.S7, "descriptor " + i + " (head " + head + ") has both INDIRECT and NEXT");
        }
        if (tlen == 0 || tlen % 16 != 0) {
            q.report(VirtioRules.S7, "indirect table at 0x" + Long.toHexString(t) + " (head " + head + ") is " + tlen
                    + " bytes, not a non-zero multiple of 16");
        }
        int cnt = (int) Math.min(tlen / 16, 65536);
        boolean seenW = seenWBefore;
        long total = 0;
        int j = 0;
        int m = 0;
        while (cnt > 0) {
            if (m >= cnt) {
                q.report(VirtioRules.S4B, "indirect table at 0x" + Long.toHexString(t) + " (head " + head
                        + ") loops: more than its " + cnt + " entries walked");
                break;
            }
            int s = q.indFind(t, j);
            if (s < 0) { // never written (or dropped): what the device reads there is not known
                q.writable.unknown(head);
                break;
            }
            m++;
            int tf = q.ind.flags(s);
            long tl = q.ind.len(s);
            if ((tf & F_INDIRECT) != 0) {
                q.report(VirtioRules.S7, "entry " + j + " of the indirect table at 0x" + Long.toHexString(t) + " (head " + head
                        + ") has INDIRECT: indirect tables cannot nest");
            }
            if ((tf & F_WRITE) != 0) {
                seenW = true;
                q.writable.add(head, q.ind.addr(s), tl);
            } else if (seenW) {
                q.report(VirtioRules.S4A, "entry " + j + " of the indirect table at 0x" + Long.toHexString(t) + " (head " + head
                        + ") is device-readable but follows a device-writable one");
            }
            total += tl;
            if ((tf & F_NEXT) == 0) {
                break;
            }
            int nx = q.ind.next(s);
            if (q.inOrder && nx != j + 1) { // §2.7.5.3.1: "next taking the value of 1 for the 1st descriptor, 2 for the 2nd"
                q.report(VirtioRules.I2, "IN_ORDER: entry " + j + " of the indirect table at 0x" + Long.toHexString(t)
                        + " (head " + head + ") chains to " + nx + ", not to " + (j + 1)
                        + " (indirect descriptors appear sequentially)");
            }
            if (nx >= cnt) {
                q.report(VirtioRules.S4B, "entry " + j + " of the indirect table at 0x" + Long.toHexString(t) + ": next " + nx
                        + " is outside the table of " + cnt + " entries");
                break;
            }
            j = nx;
        }
        if (before + m > q.size) { // §2.7.5.3.1: no chain longer than the Queue Size, through a table either
            q.report(VirtioRules.S4B, "the chain of head " + head + " is " + (before + m) + " descriptors long ("
                    + (before > 0 ? before + " in the descriptor table and " : "") + m + " in the indirect table at 0x"
                    + Long.toHexString(t) + "), more than the queue size " + q.size);
        }
        // the device reads the table now: its entries are taken out (bounded memory; a later chain through
        // the same table is checked when the driver writes it again)
        j = 0;
        for (int k = 0; k < m; k++) {
            int s = q.indFind(t, j);
            if (s < 0) {
                break; // a loop came back to an entry already taken
            }
            boolean more = (q.ind.flags(s) & F_NEXT) != 0;
            int nx = q.ind.next(s);
            q.ind.remove(s);
            if (!more || nx >= cnt) {
                break;
            }
            j = nx;
        }
        return total;
    }
}
