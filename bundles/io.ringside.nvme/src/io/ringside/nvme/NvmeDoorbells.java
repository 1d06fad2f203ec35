package io.ringside.nvme;

import io.ringside.core.check.ViolationSink;
import io.ringside.core.trace.TraceEvent;
import io.ringside.nvme.internal.NvmeRules;

/**
 * The doorbell rules of {@link NvmeEngine} (N2 for the published value, N5-N8), written once for both
 * sides of a queue pair over {@link DoorbellQueue}: the host's doorbell register writes, shadow doorbell
 * updates and EventIdx reads, the controller's EventIdx writes and shadow reads, and the need_event
 * decision left pending between a shadow update and its doorbell. What differs between the SQ tail and
 * the CQ head (the rule ids of N2, the words of a message, the ioeventfd delivery of N8) is keyed by
 * {@link DoorbellSide}. It holds no state of its own: the engine's buffers and queues are the state.
 */
final class NvmeDoorbells {

    private final NvmeEngine en;

    NvmeDoorbells(NvmeEngine engine) {
        this.en = engine;
    }

    /** The value a side's doorbell carries: the SQ tail or the CQ head. */
    private static String end(DoorbellSide side) {
        return side == DoorbellSide.SQ ? "tail" : "head";
    }

    /** N2: checks a new SQ tail or CQ head published by the host and records it. */
    private boolean publish(DoorbellQueue q, int value, TraceEvent e, ViolationSink sink, String how) {
        if (value < 0 || value >= q.size) {
            en.report(sink, q.side == DoorbellSide.SQ ? NvmeRules.N2A : NvmeRules.N2C, e, how + " of " + q.side + " "
                    + q.qid + " = " + value + ", but the queue has only " + q.size + " entries (valid " + end(q.side)
                    + "s 0.." + (q.size - 1) + ")");
            return false;
        }
        if (q instanceof SubmissionQueue sq) {
            publishTail(sq, value, e, sink, how);
        } else {
            publishHead((CompletionQueue) q, value, e, sink, how);
        }
        q.pub = value;
        return true;
    }

    /** N2B: the tail moves over written entries only, which become published. */
    private void publishTail(SubmissionQueue sq, int value, TraceEvent e, ViolationSink sink, String how) {
        int move = Math.floorMod(value - sq.pub, sq.size);
        int written = Math.floorMod(sq.hostTail - sq.pub, sq.size);
        if (move > written) {
            en.report(sink, NvmeRules.N2B, e, how + " of SQ " + sq.qid + " moves the tail from " + sq.pub + " to "
                    + value + " (" + move + " entries), but the host has written only " + written
                    + " new entries (up to slot " + Math.floorMod(sq.hostTail - 1, sq.size) + ")");
        }
        for (int i = 0, s = sq.pub; i < move && i < sq.size; i++, s = (s + 1) % sq.size) {
            if (sq.slotState[s] == SubmissionQueue.WRITTEN) {
                sq.slotState[s] = SubmissionQueue.PUBLISHED;
            }
        }
    }

    /** N2D: the head moves over posted and consumed entries only. */
    private void publishHead(CompletionQueue cq, int value, TraceEvent e, ViolationSink sink, String how) {
        int move = Math.floorMod(value - cq.pub, cq.size);
        int posted = Math.floorMod(cq.tail - cq.pub, cq.size);
        int consumed = Math.floorMod(cq.hostHead - cq.pub, cq.size);
        if (move > posted) {
            en.report(sink, NvmeRules.N2D, e, how + " of CQ " + cq.qid + " moves the head from " + cq.pub + " to "
                    + value + ", past the controller's tail " + cq.tail + ": slots up to " + value
                    + " hold no posted completion");
        } else if (move > consumed) {
            en.report(sink, NvmeRules.N2D, e, how + " of CQ " + cq.qid + " moves the head from " + cq.pub + " to "
                    + value + ", but the host has consumed entries only up to slot "
                    + Math.floorMod(cq.hostHead - 1, cq.size) + ": the controller may overwrite unread completions");
        }
    }

    /** N5A: the doorbell register written is the one of this queue and side. */
    private void checkRegister(TraceEvent e, ViolationSink sink, DoorbellQueue q) {
        if (!e.has(NvmeEvent.DB_REG)) {
            return;
        }
        long reg = e.get(NvmeEvent.DB_REG);
        long expected = q.side.register(q.qid, en.dstrd());
        if (reg != expected) {
            int idx = Nvme.doorbellIndex(reg, en.dstrd());
            String what = idx < 0 ? "which is not a doorbell register with stride " + Nvme.stride(en.dstrd())
                    : "which is the " + ((idx & 1) == 0 ? "SQ" : "CQ") + " " + (idx / 2)
                            + ((idx & 1) == 0 ? " tail" : " head") + " doorbell";
            en.report(sink, NvmeRules.N5A, e, q.side + " " + q.qid + " " + end(q.side)
                    + " doorbell written at offset 0x" + Long.toHexString(reg) + ", " + what + "; with DSTRD="
                    + en.dstrd() + " it is at 0x" + Long.toHexString(expected));
        }
    }

    /** N6B, N5B: a shadow doorbell or EventIdx slot is used only once configured, and at its place. */
    private void checkBuffer(TraceEvent e, ViolationSink sink, DoorbellQueue q, String buffer, long base) {
        if (!en.dbbufEnabled()) {
            en.report(sink, NvmeRules.N6B, e, e.type().id() + " on " + q.side + " " + e.queue() + ": the " + buffer
                    + " buffer is used but no Doorbell Buffer Config has succeeded");
            return;
        }
        long expected = q.side.slot(base, q.qid, en.dstrd());
        if (e.has(NvmeEvent.SHADOW_ADDR) && e.get(NvmeEvent.SHADOW_ADDR) != expected) {
            en.report(sink, NvmeRules.N5B, e, q.side + " " + e.queue() + " " + buffer + " slot written at 0x"
                    + Long.toHexString(e.get(NvmeEvent.SHADOW_ADDR)) + ", but the buffer at 0x" + Long.toHexString(base)
                    + " with DSTRD=" + en.dstrd() + " puts it at 0x" + Long.toHexString(expected));
        }
    }

    void doorbell(DoorbellSide side, TraceEvent e, ViolationSink sink) {
        DoorbellQueue q = en.queueFor(side, e, sink);
        if (q == null) {
            return;
        }
        checkRegister(e, sink, q);
        int value = (int) e.get(NvmeEvent.DB_VALUE);
        // only an SQ tail doorbell is delivered by ioeventfd (N8)
        boolean eventfd = q instanceof SubmissionQueue && e.get(NvmeEvent.DB_EVENTFD) != 0;
        if (eventfd) {
            ((SubmissionQueue) q).eventfdSignals++;
        } else {
            q.mmioDoorbells++;
        }
        if (q.pendNew >= 0) {
            if (q.pendNew == value) {
                if (q.pendNeed == 0) {
                    q.unneededDoorbells++;
                    en.report(sink, NvmeRules.N7B, e, side + " " + q.qid
                            + (side == DoorbellSide.SQ ? " doorbell " + value + " rung"
                                    : " head doorbell " + value + " written")
                            + " although need_event(EventIdx " + q.eventIdx + ", new " + value + ", old " + q.pendOld
                            + ") is false with the " + en.needEvent().id() + " formula: an unneeded "
                            + (eventfd ? "eventfd signal" : "MMIO exit"));
                }
                q.pendNew = -1;
                q.pendNeed = -1;
            } else {
                resolve(q, e, sink);
            }
        }
        if (!publish(q, value, e, sink, (eventfd ? "eventfd-delivered " : "") + side + " " + end(side) + " doorbell")) {
            return;
        }
        if (eventfd) {
            if (!en.dbbufEnabled() || q.shadow != value) {
                en.report(sink, NvmeRules.N8, e, "SQ " + q.qid + " tail doorbell " + value
                        + " was delivered by ioeventfd, which drops the written value, "
                        + (!en.dbbufEnabled() ? "and no shadow doorbell buffer is configured"
                                : "and the shadow doorbell holds " + q.shadow + ", not " + value)
                        + ": the controller cannot learn the new tail");
            }
        } else {
            q.db = value;
            q.ctrl = value;
        }
    }

    void shadow(DoorbellSide side, TraceEvent e, ViolationSink sink) {
        DoorbellQueue q = en.queueFor(side, e, sink);
        if (q == null) {
            return;
        }
        resolve(q, e, sink);
        checkBuffer(e, sink, q, "shadow doorbell", en.shadowBuffer());
        int value = (int) e.get(NvmeEvent.SHADOW_VALUE);
        if (!publish(q, value, e, sink, "shadow " + side + " " + end(side))) {
            return;
        }
        int old = q.shadow < 0 ? 0 : q.shadow;
        q.shadow = value;
        q.shadowUpdates++;
        q.pendNew = value;
        q.pendOld = old;
        q.pendNeed = en.needEvent().needEvent(q.eventIdx, value, old) ? 1 : 0;
    }

    /** The host read EventIdx after its shadow write: need_event decides with the value it read. */
    void eventIdxRead(DoorbellSide side, TraceEvent e, ViolationSink sink) {
        DoorbellQueue q = en.queueFor(side, e, sink);
        if (q == null) {
            return;
        }
        int v = (int) e.get(NvmeEvent.SHADOW_VALUE) & 0xffff;
        if (v != q.eventIdx) {
            en.report(sink, NvmeRules.N7E, e, "host read " + side + " " + e.queue() + " EventIdx " + v
                    + ", but the controller last wrote " + q.eventIdx + " to that slot");
        }
        if (q.pendNew >= 0) {
            q.pendNeed = en.needEvent().needEvent(v, q.pendNew, q.pendOld) ? 1 : 0;
        }
    }

    void eventIdx(DoorbellSide side, TraceEvent e, ViolationSink sink) {
        DoorbellQueue q = en.queueFor(side, e, sink);
        if (q != null) {
            checkBuffer(e, sink, q, "EventIdx", en.eventIdxBuffer());
            q.eventIdx = (int) e.get(NvmeEvent.SHADOW_VALUE) & 0xffff;
        }
    }

    /** The host moved on without ringing the doorbell for its last shadow update: skipped or missed (N7A). */
    void resolve(DoorbellQueue q, TraceEvent e, ViolationSink sink) {
        if (q.pendNew < 0) {
            return;
        }
        if (q.pendNeed == 1) {
            en.report(sink, NvmeRules.N7A, e, q.side + " " + q.qid + ": the host wrote shadow " + end(q.side) + " "
                    + q.pendNew + " (old " + q.pendOld + ") and EventIdx is " + q.eventIdx
                    + ", so need_event is true (" + en.needEvent().id() + " formula), but it "
                    + (q.side == DoorbellSide.SQ ? "rang no doorbell: the controller may never fetch the new commands"
                            : "wrote no CQ head doorbell: a controller waiting on a full CQ is never woken"));
        } else {
            q.skippedDoorbells++;
        }
        q.pendNew = -1;
        q.pendNeed = -1;
    }

    /** The controller read the shadow doorbell (N6B, N7E) after setting EventIdx to what it knew (N7C). */
    void shadowRead(DoorbellSide side, TraceEvent e, ViolationSink sink) {
        DoorbellQueue q = en.queueFor(side, e, sink);
        if (q == null) {
            return;
        }
        int v = (int) e.get(NvmeEvent.SHADOW_VALUE);
        if (!en.dbbufEnabled()) {
            en.report(sink, NvmeRules.N6B, e, "controller read the shadow " + side + " " + q.qid + " " + end(side)
                    + ", but no Doorbell Buffer Config has succeeded");
        } else {
            int inBuffer = q.shadow < 0 ? 0 : q.shadow;
            if (v != inBuffer) {
                en.report(sink, NvmeRules.N7E, e, "controller read shadow " + side + " " + q.qid + " " + end(side) + " "
                        + v + ", but the host last wrote " + inBuffer);
            }
            if (q.eventIdx != q.ctrl) {
                en.report(sink, NvmeRules.N7C, e, "controller " + (q.lastShadowRead < 0 ? "read" : "re-read")
                        + " the shadow " + side + " " + q.qid + " " + end(side)
                        + " without first setting EventIdx to the " + end(side) + " it knew (" + q.ctrl
                        + "; EventIdx is " + q.eventIdx + "): "
                        + (side == DoorbellSide.SQ
                                ? "the host may skip the doorbell for its next update and the controller never "
                                        + "learns of it"
                                : "the host may skip the CQ head doorbell while the controller waits on a full CQ"));
            }
        }
        if (v < 0 || v >= q.size) {
            return;
        }
        q.ctrl = v;
        q.lastShadowRead = v;
    }

    /** At the end of the trace, the last shadow update's doorbell was skipped or missed (N7A). */
    void finishPending(DoorbellQueue q, long lastEvent, ViolationSink sink) {
        if (q.pendNew >= 0 && q.pendNeed == 0) {
            q.skippedDoorbells++; // the last shadow update needed no doorbell
            q.pendNew = -1;
            q.pendNeed = -1;
        }
        if (q.pendNew >= 0 && q.pendNeed == 1) {
            sink.report(NvmeRules.N7A.at(lastEvent, en.device(), q.qid, q.side + " " + q.qid
                    + ": the trace ends after shadow " + end(q.side) + " " + q.pendNew + " with need_event(EventIdx "
                    + q.eventIdx + ", new " + q.pendNew + ", old " + q.pendOld + ") true, but no "
                    + (q.side == DoorbellSide.SQ ? "doorbell was rung" : "CQ head doorbell was written")));
        }
    }
}
