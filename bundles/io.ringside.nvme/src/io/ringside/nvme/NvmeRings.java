package io.ringside.nvme;

import io.ringside.core.check.ViolationSink;
import io.ringside.core.trace.TraceEvent;
import io.ringside.nvme.internal.NvmeRules;

/**
 * The ring rules of {@link NvmeEngine} (N1, N3, N4): the host writing submission entries and consuming
 * completion entries, the controller fetching the one and posting the other, with the phase tags and the
 * command ids that tie them together. The doorbells between them are {@link NvmeDoorbells}'s. It holds no
 * state of its own: the engine's queues are the state.
 */
final class NvmeRings {

    private final NvmeEngine en;
    private final NvmeDoorbells doorbells;

    NvmeRings(NvmeEngine engine, NvmeDoorbells doorbells) {
        this.en = engine;
        this.doorbells = doorbells;
    }

    private SubmissionQueue sqFor(TraceEvent e, ViolationSink sink) {
        return (SubmissionQueue) en.queueFor(DoorbellSide.SQ, e, sink);
    }

    private CompletionQueue cqFor(TraceEvent e, ViolationSink sink) {
        return (CompletionQueue) en.queueFor(DoorbellSide.CQ, e, sink);
    }

    /** An interrupt of a CQ's vector: counted, and the CQEs since the last one start again from zero. */
    void interrupt(TraceEvent e, ViolationSink sink) {
        CompletionQueue cq = cqFor(e, sink);
        if (cq != null) {
            cq.interrupts++;
            cq.cqesSinceIrq = 0;
        }
    }

    void sqe(TraceEvent e, ViolationSink sink) {
        SubmissionQueue sq = sqFor(e, sink);
        if (sq == null) {
            return;
        }
        doorbells.resolve(sq, e, sink);
        int slot = (int) e.get(NvmeEvent.SQE_SLOT);
        int cid = (int) e.get(NvmeEvent.SQE_CID) & 0xffff;
        int opc = (int) e.get(NvmeEvent.SQE_OPC) & 0xff;
        if (slot < 0 || slot >= sq.size) {
            en.report(sink, NvmeRules.N1A, e, "SQE (cid " + cid + ") written at slot " + slot + ", outside SQ " + sq.qid
                    + " of size " + sq.size);
            return;
        }
        int unfetched = Math.floorMod(sq.hostTail - sq.head, sq.size);
        if (unfetched >= sq.size - 1) {
            en.report(sink, NvmeRules.N1A, e, "SQ " + sq.qid + " is full: " + unfetched + " entries not yet fetched (head "
                    + sq.head + ", tail " + sq.hostTail + ", size " + sq.size + "), yet the host writes cid " + cid
                    + " at slot " + slot);
        } else if (slot != sq.hostTail) {
            en.report(sink, NvmeRules.N1A, e, "SQE (cid " + cid + ") written at slot " + slot + " of SQ " + sq.qid
                    + ", but the host's tail is " + sq.hostTail);
        } else if (sq.slotState[slot] == SubmissionQueue.WRITTEN || sq.slotState[slot] == SubmissionQueue.PUBLISHED) {
            en.report(sink, NvmeRules.N1A, e, "SQE (cid " + cid + ") overwrites slot " + slot + " of SQ " + sq.qid
                    + ", which still holds unfetched cid " + sq.slotCid[slot]);
        }
        if (SubmissionQueue.bit(sq.submitted, cid)) {
            en.report(sink, NvmeRules.N4D, e, "cid " + cid + " submitted on SQ " + sq.qid
                    + " while a command with the same id is still outstanding");
        } else {
            SubmissionQueue.setBit(sq.submitted, cid, true);
            sq.submittedCount++;
        }
        sq.slotCid[slot] = cid;
        sq.slotOpc[slot] = (short) opc;
        sq.slotState[slot] = SubmissionQueue.WRITTEN;
        if (sq.adminSlots != null) {
            NvmeAdmin.written(sq, slot, cid, opc, e);
        }
        sq.hostTail = (slot + 1) % sq.size;
        sq.commands++;
    }

    void fetch(TraceEvent e, ViolationSink sink) {
        SubmissionQueue sq = sqFor(e, sink);
        if (sq == null) {
            return;
        }
        int slot = (int) e.get(NvmeEvent.FETCH_SLOT);
        int cid = (int) e.get(NvmeEvent.FETCH_CID) & 0xffff;
        if (sq.head == sq.ctrl) {
            en.report(sink, NvmeRules.N1C, e, "controller fetched slot " + slot + " (cid " + cid + ") of SQ " + sq.qid
                    + ", which is empty as the controller knows it (head " + sq.head + " == tail " + sq.ctrl + ")");
        } else if (slot != sq.head) {
            en.report(sink, NvmeRules.N1C, e, "controller fetched slot " + slot + " of SQ " + sq.qid
                    + ", but its head is " + sq.head);
        }
        if (slot < 0 || slot >= sq.size) {
            return;
        }
        if (sq.slotCid[slot] != cid) {
            en.report(sink, NvmeRules.N1C, e, "controller fetched cid " + cid + " from slot " + slot + " of SQ " + sq.qid
                    + ", but the host wrote cid " + sq.slotCid[slot] + " there");
        }
        if (!SubmissionQueue.bit(sq.outstanding, cid)) {
            SubmissionQueue.setBit(sq.outstanding, cid, true);
            sq.outstandingCount++;
        }
        if (sq.adminSlots != null) {
            NvmeAdmin.fetched(sq, slot, cid);
        }
        sq.slotState[slot] = SubmissionQueue.FETCHED;
        sq.head = (slot + 1) % sq.size;
        sq.fetches++;
    }

    void cqe(TraceEvent e, ViolationSink sink) {
        CompletionQueue cq = cqFor(e, sink);
        if (cq == null) {
            return;
        }
        int slot = (int) e.get(NvmeEvent.CQE_SLOT);
        int cid = (int) e.get(NvmeEvent.CQE_CID) & 0xffff;
        int sqid = (int) e.get(NvmeEvent.CQE_SQID);
        int sqhd = (int) e.get(NvmeEvent.CQE_SQHD);
        int status = (int) e.get(NvmeEvent.CQE_STATUS) & 0xffff;
        int p = status & 1;
        if (cq.freeForController() <= 0) {
            en.report(sink, NvmeRules.N1B, e, "controller posted cid " + cid + " into CQ " + cq.qid
                    + ", which is full as it knows the head (head " + cq.ctrl + ", tail " + cq.tail + ", size "
                    + cq.size + "): it overwrites a completion the host may not have consumed");
        }
        if (slot != cq.tail) {
            en.report(sink, NvmeRules.N1B, e, "controller posted cid " + cid + " at slot " + slot + " of CQ " + cq.qid
                    + ", but its tail is " + cq.tail);
        }
        if (p != cq.phase) {
            en.report(sink, NvmeRules.N3A, e, "CQE cid " + cid + " at slot " + slot + " of CQ " + cq.qid + " has phase tag "
                    + p + ", but this pass of the queue uses phase " + cq.phase
                    + ": the host cannot tell it from a stale entry");
        }
        SubmissionQueue sq = en.sq(sqid);
        if (sq == null || !sq.created || sq.cqid != cq.qid) {
            en.report(sink, NvmeRules.N4A, e, "CQE cid " + cid + " on CQ " + cq.qid + " names SQ " + sqid + ", which "
                    + (sq == null || !sq.created ? "does not exist" : "completes into CQ " + sq.cqid));
        } else {
            if (sqhd != sq.head) {
                en.report(sink, NvmeRules.N4B, e, "CQE cid " + cid + " reports SQ " + sqid + " head " + sqhd
                        + ", but the controller's SQ head is " + sq.head);
            }
            if (!SubmissionQueue.bit(sq.outstanding, cid)) {
                en.report(sink, NvmeRules.N4C, e, "CQE on CQ " + cq.qid + " completes cid " + cid + " of SQ " + sqid
                        + ", which is not outstanding ("
                        + (SubmissionQueue.bit(sq.submitted, cid) ? "submitted but not yet fetched"
                                : "never submitted or already completed")
                        + ")");
            } else {
                SubmissionQueue.setBit(sq.outstanding, cid, false);
                sq.outstandingCount--;
                if (SubmissionQueue.bit(sq.submitted, cid)) {
                    SubmissionQueue.setBit(sq.submitted, cid, false);
                    sq.submittedCount--;
                }
                if (sq.adminSlots != null) {
                    NvmeAdmin.completed(en, sq, cid, status >>> 1, e, sink);
                }
            }
        }
        if (slot >= 0 && slot < cq.size) {
            cq.slotCid[slot] = cid;
            cq.slotSqid[slot] = sqid;
            cq.slotPhase[slot] = (byte) p;
        }
        cq.tail = (cq.tail + 1) % cq.size;
        if (cq.tail == 0) {
            cq.phase ^= 1;
        }
        cq.completions++;
        cq.cqesSinceIrq++;
    }

    void consume(TraceEvent e, ViolationSink sink) {
        CompletionQueue cq = cqFor(e, sink);
        if (cq == null) {
            return;
        }
        doorbells.resolve(cq, e, sink);
        int slot = (int) e.get(NvmeEvent.CONSUME_SLOT);
        int cid = (int) e.get(NvmeEvent.CONSUME_CID) & 0xffff;
        if (slot < 0 || slot >= cq.size) {
            en.report(sink, NvmeRules.N3B, e, "host consumed slot " + slot + " of CQ " + cq.qid + " of size " + cq.size);
            return;
        }
        if (slot != cq.hostHead) {
            en.report(sink, NvmeRules.N3B, e, "host consumed slot " + slot + " of CQ " + cq.qid + ", but its head is "
                    + cq.hostHead);
        }
        int p = cq.slotPhase[slot];
        if (p != cq.hostPhase) {
            en.report(sink, NvmeRules.N3B, e, "host consumed slot " + slot + " of CQ " + cq.qid + " whose phase tag is "
                    + (p < 0 ? "0 (never posted)" : String.valueOf(p)) + ", but it expects phase " + cq.hostPhase
                    + ": the entry is stale, the controller has not posted it in this pass");
        } else if (e.has(NvmeEvent.CONSUME_PHASE) && e.get(NvmeEvent.CONSUME_PHASE) != p) {
            en.report(sink, NvmeRules.N3B, e, "host reports phase " + e.get(NvmeEvent.CONSUME_PHASE) + " for slot " + slot
                    + " of CQ " + cq.qid + ", but the controller wrote phase " + p);
        } else if (cq.slotCid[slot] != cid) {
            en.report(sink, NvmeRules.N3B, e, "host consumed cid " + cid + " from slot " + slot + " of CQ " + cq.qid
                    + ", but the controller posted cid " + cq.slotCid[slot] + " there");
        }
        cq.hostHead = (slot + 1) % cq.size;
        if (cq.hostHead == 0) {
            cq.hostPhase ^= 1;
        }
        cq.consumed++;
    }
}
