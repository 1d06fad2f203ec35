package io.ringside.nvme;

import io.ringside.core.check.ViolationSink;
import io.ringside.core.trace.TraceEvent;
import io.ringside.nvme.internal.NvmeRules;

/**
 * What the admin queue's commands do to the replayed controller (N6): the engine keeps each admin SQE's
 * fields while the command is in flight, and applies a successful Create / Delete I/O SQ or CQ and a
 * Doorbell Buffer Config when its completion arrives. Other admin commands change no ring state.
 */
final class NvmeAdmin {

    private NvmeAdmin() {
    }

    /** The host wrote an admin SQE at a slot: keep the fields its completion will need. */
    static void written(SubmissionQueue admin, int slot, int cid, int opc, TraceEvent e) {
        long[] a = admin.adminSlots[slot];
        a[0] = cid;
        a[1] = opc;
        a[2] = e.get(NvmeEvent.SQE_PRP1);
        a[3] = e.get(NvmeEvent.SQE_PRP2);
        a[4] = e.get(NvmeEvent.SQE_CDW10);
        a[5] = e.get(NvmeEvent.SQE_CDW11);
    }

    /** The controller fetched the admin SQE at a slot: the command is in flight until its completion. */
    static void fetched(SubmissionQueue admin, int slot, int cid) {
        long[] a = admin.adminSlots[slot].clone();
        a[0] = cid;
        long[][] n = java.util.Arrays.copyOf(admin.adminInflight, admin.adminInflight.length + 1);
        n[n.length - 1] = a;
        admin.adminInflight = n;
    }

    /** An admin command completed with a status code: apply what it did, when it succeeded. */
    static void completed(NvmeEngine engine, SubmissionQueue admin, int cid, int statusCode, TraceEvent e,
            ViolationSink sink) {
        long[] cmd = null;
        int at = -1;
        for (int i = 0; i < admin.adminInflight.length; i++) {
            if (admin.adminInflight[i][0] == cid) {
                cmd = admin.adminInflight[i];
                at = i;
                break;
            }
        }
        if (cmd == null) {
            return;
        }
        long[][] n = new long[admin.adminInflight.length - 1][];
        System.arraycopy(admin.adminInflight, 0, n, 0, at);
        System.arraycopy(admin.adminInflight, at + 1, n, at, n.length - at);
        admin.adminInflight = n;
        int opc = (int) cmd[1];
        long prp1 = cmd[2];
        long prp2 = cmd[3];
        long cdw10 = cmd[4];
        long cdw11 = cmd[5];
        if (opc == Nvme.ADMIN_DBBUF_CONFIG) {
            long pageSize = engine.pageSize();
            boolean aligned = (prp1 & (pageSize - 1)) == 0 && (prp2 & (pageSize - 1)) == 0 && prp1 != 0 && prp2 != 0;
            if (statusCode == 0 && !aligned) {
                engine.report(sink, NvmeRules.N6A, e, "Doorbell Buffer Config (cid " + cid
                        + ") completed successfully with shadow buffer 0x" + Long.toHexString(prp1)
                        + " and EventIdx buffer 0x" + Long.toHexString(prp2) + ", which are not both page-aligned (page "
                        + pageSize + " bytes): the controller must fail it with Invalid Field in Command");
            }
            if (statusCode == 0) {
                engine.configureBuffers(prp1, prp2);
            }
            return;
        }
        if (statusCode != 0) {
            return;
        }
        int qid = (int) (cdw10 & 0xffff);
        int qsize = (int) ((cdw10 >>> 16) & 0xffff) + 1;
        if (qid == 0 || qid > NvmeEngine.MAX_QID || qsize < 2) {
            return;
        }
        switch (opc) {
            case Nvme.ADMIN_CREATE_CQ -> {
                CompletionQueue cq = engine.cq(qid);
                engine.checkQueueBytes("completion queue " + qid, qsize, cq == null ? 0 : cq.bytes(),
                        CompletionQueue.bytesFor(qsize));
                if (cq == null) {
                    cq = new CompletionQueue(qid, qsize, prp1, (int) ((cdw11 >>> 16) & 0xffff));
                    engine.putCq(cq);
                } else {
                    if (cq.size != qsize) {
                        cq.resize(qsize);
                    }
                    cq.addr = prp1;
                    cq.vector = (int) ((cdw11 >>> 16) & 0xffff);
                }
                cq.created = true;
            }
            case Nvme.ADMIN_CREATE_SQ -> {
                SubmissionQueue sq = engine.sq(qid);
                engine.checkQueueBytes("submission queue " + qid, qsize, sq == null ? 0 : sq.bytes(),
                        SubmissionQueue.bytesFor(qsize));
                int cqid = (int) ((cdw11 >>> 16) & 0xffff);
                if (sq == null) {
                    sq = new SubmissionQueue(qid, qsize, cqid, prp1);
                    engine.putSq(sq);
                } else {
                    if (sq.size != qsize) {
                        sq.resize(qsize);
                    }
                    sq.addr = prp1;
                    sq.cqid = cqid;
                }
                sq.created = true;
            }
            case Nvme.ADMIN_DELETE_SQ -> {
                SubmissionQueue sq = engine.sq(qid);
                if (sq != null) {
                    sq.created = false;
                }
            }
            case Nvme.ADMIN_DELETE_CQ -> {
                CompletionQueue cq = engine.cq(qid);
                if (cq != null) {
                    cq.created = false;
                }
            }
            default -> {
                // other admin commands change no ring state
            }
        }
    }
}
