package io.ringside.virtio;

import static io.ringside.virtio.PackedQueueState.F_INDIRECT;
import static io.ringside.virtio.PackedQueueState.F_NEXT;
import static io.ringside.virtio.PackedQueueState.F_WRITE;
import static io.ringside.virtio.QueueState.AVAILABLE;
import static io.ringside.virtio.QueueState.IN_FLIGHT;

import io.ringside.virtio.internal.VirtioRules;

/**
 * Publishing the chains of a packed virtqueue (VIRTIO 1.3 §2.8.6, §2.8.7): a chain is made available when
 * the driver has written it whole from its position on; it is then checked (buffer id, descriptor order,
 * an indirect table's entries, bounded by the queue size) and its buffer becomes available. The state
 * stays in {@link PackedQueueState}; this holds the publishing.
 */
final class PackedChains {

    private PackedChains() {
    }

    /** Publishes complete chains starting at the driver's position. */
    static void tryPublish(PackedQueueState q, boolean headWrite) {
        for (int guard = 0; guard < q.size && q.drvWritten[q.drvPos]; guard++) {
            int pos = q.drvPos;
            int n = 0;
            int last = pos;
            while (true) {
                if (n >= q.size) {
                    q.report(VirtioRules.P3B, "the chain starting at position " + q.drvPos
                            + " has more than queue-size descriptors (no descriptor without NEXT)");
                    break;
                }
                if (!q.drvWritten[pos]) {
                    if (headWrite && !q.pendingHead) {
                        q.report(VirtioRules.P3A, "head descriptor " + q.drvPos + " was made available before descriptor " + pos
                                + " of its chain was written");
                    }
                    q.pendingHead = true;
                    return;
                }
                n++;
                last = pos;
                if ((q.dFlags[pos] & F_NEXT) == 0) {
                    break;
                }
                pos = pos + 1 == q.size ? 0 : pos + 1;
            }
            publish(q, n, last);
            headWrite = false;
        }
    }

    private static void publish(PackedQueueState q, int n, int last) {
        int head = q.drvPos;
        int id = q.dId[last];
        boolean ok = true;
        if (id >= q.size) {
            q.report(VirtioRules.P3B, "the chain at position " + head + " has buffer id " + id
                    + " (in its last descriptor " + last + "), not below the queue size " + q.size);
            ok = false;
        } else if (q.idState[id] == AVAILABLE || q.idState[id] == IN_FLIGHT) {
            q.report(VirtioRules.P3B, "the chain at position " + head + " reuses buffer id " + id + ", which is still "
                    + q.stateOf(id));
            ok = false;
        }
        int pos = head;
        boolean seenW = false;
        long total = 0;
        if (ok) {
            q.writable.clear(id);
        }
        for (int k = 0; k < n; k++) {
            int f = q.dFlags[pos];
            if ((f & F_INDIRECT) != 0) {
                if (!q.indirect) {
                    q.report(VirtioRules.P5, "descriptor " + pos + " has INDIRECT, but VIRTIO_RING_F_INDIRECT_DESC was not negotiated");
                }
                if (n > 1) {
                    q.report(VirtioRules.P5, "descriptor " + pos + " has INDIRECT inside a chain of " + n
                            + " descriptors (an indirect descriptor cannot be part of a NEXT chain)");
                }
                long t = q.dAddr[pos];
                long tlen = q.dLen[pos];
                if (tlen == 0 || tlen % 16 != 0) {
                    q.report(VirtioRules.P5, "indirect table at 0x" + Long.toHexString(t) + " is " + tlen
                            + " bytes, not a non-zero multiple of 16");
                }
                if (tlen / 16 > q.size) { // §2.8.5: no descriptor list longer than the Queue Size; a table is one (§2.8.7)
                    q.report(VirtioRules.P3B, "indirect table at 0x" + Long.toHexString(t) + " has " + tlen / 16
                            + " entries, more than the queue size " + q.size + " (the first " + q.size + " are checked)");
                }
                int cnt = (int) Math.min(tlen / 16, q.size);
                int walked = 0;
                for (int j = 0; j < cnt; j++) {
                    int s = q.indFind(t, j);
                    if (s < 0) { // never written (or dropped): what the device reads there is not known
                        if (ok) {
                            q.writable.unknown(id);
                        }
                        break;
                    }
                    walked++;
                    int tf = q.ind.flags(s);
                    if ((tf & ~F_WRITE) != 0) {
                        q.report(VirtioRules.P5, "entry " + j + " of the indirect table at 0x" + Long.toHexString(t)
                                + " has flags 0x" + Integer.toHexString(tf) + ": only WRITE is allowed"
                                + ((tf & F_INDIRECT) != 0 ? " (indirect tables cannot nest)" : ""));
                    }
                    long tl = q.ind.len(s);
                    if ((tf & F_WRITE) != 0) {
                        seenW = true;
                        if (ok) {
                            q.writable.add(id, q.ind.addr(s), tl);
                        }
                    } else if (seenW) {
                        q.report(VirtioRules.P3B, "entry " + j + " of the indirect table at 0x" + Long.toHexString(t)
                                + " is device-readable but follows a device-writable one");
                    }
                    total += tl;
                }
                for (int j = 0; j < walked; j++) { // the device reads the table now: its entries are taken out
                    q.ind.remove(q.indFind(t, j));
                }
            } else {
                if ((f & F_WRITE) != 0) {
                    seenW = true;
                    if (ok) {
                        q.writable.add(id, q.dAddr[pos], q.dLen[pos]);
                    }
                } else if (seenW) {
                    q.report(VirtioRules.P3B, "descriptor " + pos
                            + " is device-readable but follows a device-writable one in the chain at position " + head);
                }
                total += q.dLen[pos];
            }
            q.drvWritten[pos] = false;
            pos = pos + 1 == q.size ? 0 : pos + 1;
        }
        if (total > 0xffffffffL) {
            q.report(VirtioRules.P3B, "the chain at position " + head + " is " + total + " bytes long, more than 2^32");
        }
        if (ok) {
            q.idState[id] = AVAILABLE;
            q.idChainLen[id] = n;
            q.idHeadPos[id] = head;
            if (q.inOrder) {
                q.order.push(id);
            }
        }
        q.headIdAt[head] = ok ? id : -1;
        q.buffers++;
        q.pendingHead = false;
        q.availCount += n;
        int np = q.drvPos + n;
        while (np >= q.size) {
            np -= q.size;
            q.drvWrap = !q.drvWrap;
        }
        q.drvPos = np;
    }
}
