package io.ringside.virtio;

import static io.ringside.virtio.Fx.AV;
import static io.ringside.virtio.Fx.I;
import static io.ringside.virtio.Fx.N;
import static io.ringside.virtio.Fx.R;
import static io.ringside.virtio.Fx.US;
import static io.ringside.virtio.Fx.W;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.ringside.core.check.Rule;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.NeedEvent;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceLevel;
import io.ringside.virtio.internal.VirtioRules;

/**
 * For every rule, a hand-written ring history that is correct up to one step which breaks exactly that
 * rule: the test sees that rule, and only that rule, fire. {@link #everyRuleHasATest()} keeps the list
 * complete.
 */
class VirtioRulesTest {

    static final Set<String> TESTED = new HashSet<>();
    static final int EVENT_IDX = VirtioFeatures.EVENT_IDX, IN_ORDER = VirtioFeatures.IN_ORDER,
            INDIRECT = VirtioFeatures.INDIRECT_DESC, NOTIF = VirtioFeatures.NOTIFICATION_DATA;

    static void only(Fx fx, String rule) {
        TESTED.add(rule);
        assertEquals(Set.of(rule), fx.rules(), fx.toString());
    }

    /** Driver publishes a request at head h (avail idx i), device fetches it. */
    static Fx published(Fx fx, int h, int idx) {
        return fx.request(h, fx.engine.queue(0).size()).availRing(idx % fx.engine.queue(0).size(), h).availIdx(idx + 1)
                .kick().fetch(idx, h);
    }

    @Test
    void aCorrectSplitHistoryIsClean() {
        Fx fx = published(Fx.split(8), 0, 0);
        fx.bufWrite(0, 0x200000, 4096).bufWrite(0, 0x300000, 1).usedRing(0, 0, 4097).usedIdx(1).irq();
        published(fx, 3, 1).bufWrite(3, 0x303003 - 0x3000, 1).usedRing(1, 3, 1).usedIdx(2).irq().finish();
        assertEquals(Set.of(), fx.rules(), fx.toString());
        QueueState q = fx.engine.queue(0);
        assertEquals(2, q.buffersUsed());
        assertEquals(2, q.kicks());
        assertEquals(0, q.outstanding());
    }

    @Test
    void t2EventOfTheOtherLayout() {
        only(Fx.split(8).usedDesc(0, 0, 0, AV | US), "T2");
    }

    @Test
    void s1QueueSizeNotPowerOfTwo() {
        Fx fx = new Fx(new QueueInfo(0, "split", 6, null), NeedEvent.LINUX);
        only(fx.availIdx(0), "S1");
    }

    @Test
    void s2aAvailIdxBackwards() {
        Fx fx = published(Fx.split(8), 0, 0);
        only(fx.availIdx(0), "S2a");
    }

    @Test
    void s2bUsedIdxPassesAvailIdx() {
        Fx fx = published(Fx.split(8), 0, 0);
        fx.usedRing(0, 0, 1).usedRing(1, 0, 1);
        only(fx.usedIdx(2), "S2b");
    }

    @Test
    void s2cDeviceReadsUnpublishedSlot() {
        Fx fx = Fx.split(8).request(0, 8).availRing(0, 0);
        only(fx.fetch(0, 0), "S2c");
    }

    /**
     * Issue 23 item 11 (§2.7.13.2-3): avail.idx raised past an entry the driver never wrote; the device
     * then takes the stale head (0, from reset), which was never made available.
     */
    @Test
    void s2dAvailIdxExposesAnEntryNeverWritten() {
        Fx fx = Fx.split(8).request(0, 8).availRing(0, 0);
        only(fx.availIdx(2), "S2d");
        assertTrue(fx.toString().contains("avail.idx 0 -> 2 exposes 1 available ring entry the driver did not write"
                + " since avail.idx last passed it (the first: avail idx 1, avail.ring[1], which holds a stale 0)"), fx.toString());
        fx.kick().fetch(0, 0).fetch(1, 0);
        assertEquals(Set.of("S2d", "S6a"), fx.rules(), fx.toString());
        // the next lap: the entry written on the first lap is stale again until the driver writes it
        Fx lap = published(Fx.split(2), 0, 0).usedRing(0, 0, 1).usedIdx(1).irq();
        lap.availIdx(2);
        assertEquals(Set.of("S2d"), lap.rules(), lap.toString());
        Fx lap2 = published(Fx.split(2), 0, 0).usedRing(0, 0, 1).usedIdx(1).irq();
        lap2.request(0, 2).availRing(1, 0).availIdx(2);
        assertEquals(Set.of(), lap2.rules(), lap2.toString());
    }

    @Test
    void s3aFlagsOtherThanZeroOrOne() {
        only(Fx.split(8).ev(VirtioEvent.AVAIL_FLAGS, 2), "S3a");
    }

    @Test
    void s3bMissedKick() {
        Fx fx = Fx.split(8).request(0, 8).availRing(0, 0).availIdx(1);
        only(fx.kickSkip(), "S3b");
    }

    @Test
    void s3bKickNotNeededIsNoViolation() {
        Fx fx = Fx.split(8).ev(VirtioEvent.USED_FLAGS, 1).request(0, 8).availRing(0, 0).availIdx(1).kickSkip().finish();
        assertEquals(Set.of(), fx.rules());
        assertEquals(1, fx.engine.queue(0).kicksSuppressed());
    }

    @Test
    void s3cMissedInterruptWhenUsedEventCrossed() {
        Fx fx = published(Fx.split(8, EVENT_IDX), 0, 0).ev(VirtioEvent.USED_EVENT, 0).usedRing(0, 0, 1).usedIdx(1);
        only(fx.irqSkip(), "S3c");
    }

    @Test
    void s3dWrongNotificationData() {
        Fx fx = Fx.split(8, NOTIF).request(0, 8).availRing(0, 0).availIdx(1);
        only(fx.ev(VirtioEvent.KICK, (5L << 16) | 0), "S3d");
    }

    @Test
    void s4aReadableAfterWritable() {
        Fx fx = Fx.split(8).desc(0, 0x1000, 1, W | N, 1).desc(1, 0x2000, 16, R, 0).availRing(0, 0);
        only(fx.availIdx(1), "S4a");
    }

    @Test
    void s4bChainLoop() {
        Fx fx = Fx.split(8).desc(0, 0x1000, 16, N, 1).desc(1, 0x2000, 1, W | N, 0).availRing(0, 0);
        only(fx.availIdx(1), "S4b");
    }

    @Test
    void s4bNextOutsideTable() {
        Fx fx = Fx.split(8).desc(0, 0x1000, 16, N, 9).availRing(0, 0);
        only(fx.availIdx(1), "S4b");
    }

    /** Issue 23 item 9 (§2.7.5.3.1): a chain longer than the queue size through its indirect table. */
    @Test
    void s4bChainLongerThanTheQueueThroughAnIndirectTable() {
        Fx fx = Fx.split(4, INDIRECT);
        for (int j = 0; j < 5; j++) {
            fx.indirect(0x50000, j, 0x1000 + 0x100 * j, 16, j < 4 ? N : R, j + 1);
        }
        only(fx.desc(0, 0x50000, 5 * 16, I, 0).availRing(0, 0).availIdx(1), "S4b");
        assertTrue(fx.toString().contains("5 descriptors long (5 in the indirect table at 0x50000), more than the queue size 4"),
                fx.toString());
        // a table of exactly the queue size is fine, and so are table entries not part of the chain
        Fx ok = Fx.split(4, INDIRECT);
        for (int j = 0; j < 6; j++) {
            ok.indirect(0x50000, j, 0x1000 + 0x100 * j, 16, j < 3 ? N : R, j + 1);
        }
        ok.desc(0, 0x50000, 6 * 16, I, 0).availRing(0, 0).availIdx(1);
        assertEquals(Set.of(), ok.rules(), ok.toString());
        // descriptors in the ring before the indirect one count too
        Fx mixed = Fx.split(4, INDIRECT);
        for (int j = 0; j < 3; j++) {
            mixed.indirect(0x50000, j, 0x1000 + 0x100 * j, 16, j < 2 ? N : R, j + 1);
        }
        mixed.desc(0, 0x9000, 16, N, 1).desc(1, 0x9100, 16, N, 2).desc(2, 0x50000, 3 * 16, I, 0).availRing(0, 0);
        only(mixed.availIdx(1), "S4b");
    }

    @Test
    void s5aWriteIntoReadableBuffer() {
        Fx fx = published(Fx.split(8), 0, 0);
        only(fx.bufWrite(0, 0x100000, 16), "S5a");
    }

    @Test
    void s5aWriteOverTheRing() {
        Fx fx = published(Fx.split(8), 0, 0);
        RingLayout l = fx.engine.queue(0).layout();
        fx.bufWrite(0, l.usedAddr(), 1);
        assertTrue(fx.rules().contains("S5a"));
        TESTED.add("S5a");
    }

    /** Issue 23 item 8: a u64 length neither wraps the range check nor prints as "+-1". */
    @Test
    void s5aWriteOfTwoToTheSixtyFourMinusOneBytes() {
        Fx fx = published(Fx.split(8), 0, 0).bufWrite(0, 0x200000, -1L);
        only(fx, "S5a");
        assertTrue(fx.toString().contains("[0x200000, +18446744073709551615)"), fx.toString());
        Fx p = Fx.packed(4).prequest(0, 0, true).kick().fetch(0, 0).bufWrite(0, 0x200000, -1L);
        only(p, "S5a");
        assertFalse(p.toString().contains("+-"), p.toString());
        // a range that wraps past 2^64 onto the ring
        Fx w = published(Fx.split(8), 0, 0).bufWrite(0, -0x1000L, 0x20000);
        assertTrue(w.toString().contains("over the virtqueue"), w.toString());
    }

    @Test
    void s5bUsedIdxOverUnwrittenEntry() {
        Fx fx = published(Fx.split(8), 0, 0);
        only(fx.usedIdx(1), "S5b");
    }

    @Test
    void s5cLenLargerThanWritable() {
        Fx fx = published(Fx.split(8), 0, 0).usedRing(0, 0, 5000);
        only(fx.usedIdx(1), "S5c");
    }

    @Test
    void s6aUsedIdNeverMadeAvailable() {
        Fx fx = published(Fx.split(8), 0, 0);
        fx = published(fx, 3, 1).usedRing(0, 6, 1);
        only(fx.usedIdx(1), "S6a");
    }

    @Test
    void s6aDoubleUse() {
        Fx fx = published(Fx.split(8), 0, 0);
        fx = published(fx, 3, 1).usedRing(0, 0, 1).usedIdx(1).usedRing(1, 0, 1);
        only(fx.usedIdx(2), "S6a");
    }

    @Test
    void s6bHeadMadeAvailableTwice() {
        Fx fx = published(Fx.split(8), 0, 0).availRing(1, 0);
        only(fx.availIdx(2), "S6b");
    }

    @Test
    void s6cDescriptorRewrittenWhileDeviceHoldsIt() {
        Fx fx = published(Fx.split(8), 0, 0);
        only(fx.desc(1, 0x9000, 8, W, 0), "S6c");
    }

    @Test
    void s7IndirectNotNegotiated() {
        Fx fx = Fx.split(8).indirect(0x50000, 0, 0x1000, 16, N, 1).indirect(0x50000, 1, 0x2000, 1, W, 0)
                .desc(0, 0x50000, 32, I, 0).availRing(0, 0);
        only(fx.availIdx(1), "S7");
    }

    @Test
    void s7NestedIndirect() {
        Fx fx = Fx.split(8, INDIRECT).indirect(0x50000, 0, 0x1000, 16, N | I, 1).indirect(0x50000, 1, 0x2000, 1, W, 0)
                .desc(0, 0x50000, 32, I, 0).availRing(0, 0);
        only(fx.availIdx(1), "S7");
    }

    @Test
    void indirectChainIsCheckedLikeADirectOne() {
        Fx fx = Fx.split(8, INDIRECT).indirect(0x50000, 0, 0x1000, 16, N, 1).indirect(0x50000, 1, 0x2000, 64, W, 0)
                .desc(0, 0x50000, 32, I, 0).availRing(0, 0).availIdx(1).kick().fetch(0, 0).bufWrite(0, 0x2000, 64)
                .usedRing(0, 0, 64).usedIdx(1).irq().finish();
        assertEquals(Set.of(), fx.rules(), fx.toString());
    }

    /**
     * Issue 23 item 4: indirect tables are kept only until their chain is made available, so a trace of
     * ten thousand distinct tables keeps the state (what every checkpoint copies) at its size; tables
     * written and never made available are bounded (T2, dropped); a table made available again without
     * being written again is not checked rather than misread.
     */
    @Test
    void indirectTablesAreKeptOnlyUntilTheirChainIsMadeAvailable() {
        Fx fx = Fx.split(8, INDIRECT);
        long bytes = -1;
        for (int k = 0; k < 10_000; k++) {
            long table = 0x1000_0000L + 0x1000L * k; // a new page each time: the old image kept one per table
            int idx = k & 0xffff;
            fx.indirect(table, 0, 0x1000, 16, N, 1).indirect(table, 1, 0x200000, 512, W, 0).desc(0, table, 32, I, 0)
                    .availRing(idx % 8, 0).availIdx((k + 1) & 0xffff).kick().fetch(idx, 0).bufWrite(0, 0x200000, 512)
                    .usedRing(idx % 8, 0, 512).usedIdx((k + 1) & 0xffff).irq();
            assertEquals(0, fx.engine.queue(0).ind.count());
            if (k == 0) {
                bytes = fx.engine.stateBytes();
            }
            assertEquals(bytes, fx.engine.stateBytes(), "the state does not grow with the tables");
        }
        assertEquals(Set.of(), fx.rules(), fx.toString());
        int cap = QueueState.indirectCapacity(8);
        assertTrue(bytes < 16 << 10, "a small queue's state: " + bytes);

        Fx hoard = Fx.split(8, INDIRECT);
        for (int k = 0; k <= 3 * cap; k++) {
            hoard.indirect(0x1000_0000L + 0x1000L * k, 0, 0x1000, 16, R, 0);
        }
        assertEquals(3, hoard.found.size(), hoard.toString());
        assertEquals(Set.of("T2"), hoard.rules());
        assertTrue(hoard.engine.queue(0).ind.count() <= cap);
        assertTrue(hoard.found.get(0).message().startsWith("more than " + cap + " indirect table entries written and not made"),
                hoard.toString());

        // the same table made available twice, written once: the second time its buffers are unknown
        Fx reuse = Fx.split(8, INDIRECT).indirect(0x50000, 0, 0x1000, 16, N, 1).indirect(0x50000, 1, 0x2000, 64, W, 0)
                .desc(0, 0x50000, 32, I, 0).availRing(0, 0).availIdx(1).kick().fetch(0, 0).bufWrite(0, 0x2000, 64)
                .usedRing(0, 0, 64).usedIdx(1).irq();
        reuse.availRing(1, 0).availIdx(2).kick().fetch(1, 0).bufWrite(0, 0x9000, 64).usedRing(1, 0, 64).usedIdx(2).irq().finish();
        assertEquals(Set.of(), reuse.rules(), reuse.toString());
    }

    /** One round: head 0 made available at avail idx k, fetched, used. */
    static Fx round(Fx fx, int k) {
        int size = fx.engine.queue(0).size();
        return fx.availRing(k % size, 0).availIdx(k + 1).kick().fetch(k, 0).usedRing(k % size, 0, 0).usedIdx(k + 1).irq();
    }

    /**
     * Issue 23 item 4: a chain made available again unchanged is not walked again (a 32,768-descriptor
     * chain made available 100,000 times took minutes), so whatever could change it must make it walked
     * again: a descriptor written, a descriptor taken by another chain. Ownership follows the chain's head
     * without a walk on release.
     */
    @Test
    void aChainMadeAvailableAgainIsCheckedAgainWhenItChanged() {
        Fx fx = Fx.split(8).desc(0, 0x1000, 16, N, 1).desc(1, 0x2000, 16, N, 2).desc(2, 0x3000, 16, R, 0);
        for (int k = 0; k < 5; k++) {
            round(fx, k);
        }
        assertEquals(Set.of(), fx.rules(), fx.toString());
        SplitQueueState q = (SplitQueueState) fx.engine.queue(0);
        assertEquals(-1, q.descOwner(1), "released with its head");
        fx.desc(2, 0x3000, 16, N, 0); // now a loop 0 -> 1 -> 2 -> 0
        round(fx, 5);
        assertEquals(Set.of("S4b"), fx.rules(), fx.toString());

        // another chain takes descriptor 2 (while head 0 is free) and is outstanding: head 0 reaches it
        Fx two = Fx.split(8).desc(0, 0x1000, 16, N, 1).desc(1, 0x2000, 16, N, 2).desc(2, 0x3000, 16, R, 0);
        round(two, 0);
        two.desc(5, 0x5000, 16, N, 2).availRing(1, 5).availIdx(2);
        assertEquals(5, ((SplitQueueState) two.engine.queue(0)).descOwner(2));
        two.availRing(2, 0).availIdx(3);
        assertEquals(Set.of("S6b"), two.rules(), two.toString());

        // a descriptor of a chain the device holds is still its own: rewriting it is S6c
        Fx held = Fx.split(8).desc(0, 0x1000, 16, N, 1).desc(1, 0x2000, 16, R, 0);
        round(held, 0);
        held.availRing(1, 0).availIdx(2).kick().fetch(1, 0);
        assertEquals(0, ((SplitQueueState) held.engine.queue(0)).descOwner(1));
        held.desc(1, 0x9000, 16, R, 0);
        assertEquals(Set.of("S6c"), held.rules(), held.toString());
    }

    @Test
    void i1UsedOutOfOrder() {
        Fx fx = published(Fx.split(8, IN_ORDER), 0, 0);
        fx = published(fx, 3, 1).usedRing(0, 3, 1);
        only(fx.usedIdx(1), "I1");
    }

    @Test
    void i1BatchedUseIsAllowed() {
        Fx fx = published(Fx.split(8, IN_ORDER), 0, 0);
        fx = published(fx, 3, 1).usedRing(0, 3, 1).usedIdx(2).irq().finish();
        assertEquals(Set.of(), fx.rules(), fx.toString());
        assertEquals(1, fx.engine.queue(0).batchHistogram()[1]);
    }

    @Test
    void i2DriverSkipsRingOrder() {
        Fx fx = Fx.split(8, IN_ORDER).request(1, 8).availRing(0, 1);
        only(fx.availIdx(1), "I2");
    }

    /** Issue 23 item 10 (§2.7.5.3.1): with IN_ORDER, indirect table entries chain 0, 1, 2, ... */
    @Test
    void i2IndirectEntriesNotSequential() {
        Fx fx = Fx.split(8, IN_ORDER, INDIRECT).indirect(0x50000, 0, 0x1000, 16, N, 2).indirect(0x50000, 2, 0x2000, 64, W, 0)
                .desc(0, 0x50000, 48, I, 0).availRing(0, 0);
        only(fx.availIdx(1), "I2");
        assertTrue(fx.toString().contains("entry 0 of the indirect table at 0x50000 (head 0) chains to 2, not to 1"), fx.toString());
        Fx ok = Fx.split(8, IN_ORDER, INDIRECT).indirect(0x50000, 0, 0x1000, 16, N, 1).indirect(0x50000, 1, 0x2000, 64, W, 0)
                .desc(0, 0x50000, 32, I, 0).availRing(0, 0).availIdx(1);
        assertEquals(Set.of(), ok.rules(), ok.toString());
    }

    @Test
    void i3UsedIdxAdvancedBeyondTheBatch() {
        Fx fx = published(Fx.split(8, IN_ORDER), 0, 0);
        fx = published(fx, 3, 1).usedRing(0, 0, 1);
        only(fx.usedIdx(2), "I3");
    }

    // ---- packed ----------------------------------------------------------------------------------

    @Test
    void aCorrectPackedHistoryWithWrapIsClean() {
        Fx fx = Fx.packed(4);
        fx.prequest(0, 0, true).kick().fetch(0, 0).bufWrite(0, 0x200000, 4096).usedDesc(0, 0, 4097, AV | US | W).irq();
        // the next request wraps: positions 3, 0, 1 with 3 in lap 1 and 0, 1 in lap 2
        fx.pdesc(0, 0x201000, 4096, 1, W | N | US).pdesc(1, 0x300001, 1, 1, W | US).pdesc(3, 0x101000, 16, 1, N | AV)
                .kick().fetch(3, 1).usedDesc(3, 1, 1, AV | US | W).irq().finish();
        assertEquals(Set.of(), fx.rules(), fx.toString());
        PackedQueueState q = (PackedQueueState) fx.engine.queue(0);
        assertEquals(2, q.buffersUsed());
        assertFalse(q.driverWrapCounter());
        assertEquals(2, q.deviceUsedPosition());
    }

    @Test
    void p1MisalignedRing() {
        Fx fx = new Fx(new RingLayout(true, 4, 0x10008, 0x20000, 0x20004).toQueueInfo(0), NeedEvent.LINUX);
        only(fx.ev(VirtioEvent.KICK_SKIP), "P1");
    }

    @Test
    void p2WrongWrapBits() {
        only(Fx.packed(4).pdesc(0, 0x1000, 16, 0, AV | US), "P2");
    }

    @Test
    void p2UsedDescriptorBitsDiffer() {
        Fx fx = Fx.packed(4).prequest(0, 0, true).kick().fetch(0, 0);
        only(fx.usedDesc(0, 0, 1, AV | W), "P2");
    }

    @Test
    void p3aHeadBeforeTail() {
        Fx fx = Fx.packed(4).pdesc(0, 0x1000, 16, 0, N | AV);
        only(fx.pdesc(1, 0x2000, 1, 0, W | AV), "P3a");
    }

    @Test
    void p3bWritableBeforeReadable() {
        Fx fx = Fx.packed(4).pdesc(1, 0x2000, 16, 0, AV);
        only(fx.pdesc(0, 0x1000, 1, 0, W | N | AV), "P3b");
    }

    @Test
    void p4UsedAtWrongPosition() {
        Fx fx = Fx.packed(8).prequest(0, 0, true).kick().fetch(0, 0);
        only(fx.usedDesc(1, 0, 1, AV | US | W), "P4");
    }

    @Test
    void p4DoubleUse() {
        Fx fx = Fx.packed(8).prequest(0, 0, true).prequest(3, 1, true).kick().fetch(0, 0).fetch(3, 1)
                .usedDesc(0, 0, 1, AV | US | W);
        only(fx.usedDesc(3, 0, 1, AV | US | W), "P4");
    }

    @Test
    void p5IndirectEntryWithNext() {
        Fx fx = Fx.packed(4, INDIRECT).pindirect(0x50000, 0, 0x1000, 16, N).pindirect(0x50000, 1, 0x2000, 1, W);
        only(fx.pdesc(0, 0x50000, 32, 0, I | AV), "P5");
    }

    /**
     * Issue 23 (§2.8.5, §2.8.7): a packed indirect table is one descriptor list, its entries one after the
     * other; more entries than the queue size is P3b. It was cut at the queue size without a word.
     */
    @Test
    void p3bIndirectTableLongerThanTheQueue() {
        Fx fx = Fx.packed(4, INDIRECT);
        for (int j = 0; j < 5; j++) {
            fx.pindirect(0x50000, j, 0x1000 + 0x100 * j, 16, j < 4 ? 0 : W);
        }
        only(fx.pdesc(0, 0x50000, 5 * 16, 0, I | AV), "P3b");
        assertTrue(fx.toString().contains("indirect table at 0x50000 has 5 entries, more than the queue size 4"),
                fx.toString());
        Fx ok = Fx.packed(4, INDIRECT); // as many entries as the queue size: fine
        for (int j = 0; j < 4; j++) {
            ok.pindirect(0x50000, j, 0x1000 + 0x100 * j, 16, j < 3 ? 0 : W);
        }
        ok.pdesc(0, 0x50000, 4 * 16, 0, I | AV);
        assertEquals(Set.of(), ok.rules(), ok.toString());
    }

    @Test
    void p6ReservedEventFlags() {
        only(Fx.packed(4).ev(VirtioEvent.DEVICE_EVENT, 0, 3), "P6");
    }

    @Test
    void p6MissedKickWithDescEvent() {
        Fx fx = Fx.packed(8, EVENT_IDX).ev(VirtioEvent.DEVICE_EVENT, 0x8000 | 0, 2).prequest(0, 0, true);
        only(fx.kickSkip(), "P6");
    }

    /** Issue 23 item 12 (§2.9, §2.8.16): packed notification data with the wrong wrap bit is its own rule, not P6. */
    @Test
    void p8NotificationDataWithTheWrongWrapBit() {
        Fx fx = Fx.packed(8, NOTIF).prequest(0, 0, true);
        // next_off 3, next_wrap 1 (bit 15 of the upper half), queue 0
        only(fx.ev(VirtioEvent.KICK, (3L << 16) | 0), "P8");
        assertTrue(fx.toString().contains("notification data 0x30000 should be 0x80030000"), fx.toString());
        Fx ok = Fx.packed(8, NOTIF).prequest(0, 0, true).ev(VirtioEvent.KICK, ((0x8000L | 3) << 16) | 0);
        assertEquals(Set.of(), ok.rules(), ok.toString());
    }

    @Test
    void p7DeviceSkipsAhead() {
        Fx fx = Fx.packed(8).prequest(0, 0, true).prequest(3, 1, true).kick();
        only(fx.fetch(3, 1), "P7");
    }

    @Test
    void i4PackedBatchNotOverItsFirstDescriptor() {
        Fx fx = Fx.packed(8, IN_ORDER).prequest(0, 0, true).prequest(3, 1, true).kick().fetch(0, 0).fetch(3, 1);
        only(fx.usedDesc(3, 1, 1, AV | US | W), "I4");
    }

    @Test
    void i4PackedBatchIsAllowed() {
        Fx fx = Fx.packed(8, IN_ORDER).prequest(0, 0, true).prequest(3, 1, true).kick().fetch(0, 0).fetch(3, 1)
                .usedDesc(0, 1, 1, AV | US | W).irq().finish();
        assertEquals(Set.of(), fx.rules(), fx.toString());
        assertEquals(6, ((PackedQueueState) fx.engine.queue(0)).deviceUsedPosition());
    }

    // ---- need_event formulas ----------------------------------------------------------------------

    /** used_event = 1; the device publishes used.idx 0 -> 1: the new index equals the event index. */
    static Fx equalIndex(NeedEvent ne) {
        Fx fx = new Fx(RingLayout.split(0x10000, 8).toQueueInfo(0), ne, EVENT_IDX);
        published(fx, 0, 0);
        published(fx, 3, 1);
        return fx.ev(VirtioEvent.USED_EVENT, 1).usedRing(0, 0, 1).usedIdx(1).irqSkip();
    }

    /**
     * Issue 23 item 14: the header's needEvent (the producer's formula) is honoured as NVMe honours it, and
     * the user's choice (--need-event) wins over it.
     */
    @Test
    void theHeaderNamesTheFormulaTheOptionOverridesIt() {
        QueueInfo q = RingLayout.split(0x10000, 8).toQueueInfo(0);
        long f = VirtioFeatures.bit(VirtioFeatures.VERSION_1) | VirtioFeatures.bit(EVENT_IDX);
        java.util.function.BiFunction<String, CheckOptions, Fx> play = (named, options) -> {
            DeviceInfo d = new DeviceInfo(0, "virtio-blk", null, f, null,
                    named == null ? null : java.util.Map.of("needEvent", named), java.util.List.of(q));
            Fx fx = new Fx((VirtioEngine) new VirtioModel().newEngine(d, TraceLevel.MEMORY, options));
            published(fx, 0, 0);
            published(fx, 3, 1);
            return fx.ev(VirtioEvent.USED_EVENT, 1).usedRing(0, 0, 1).usedIdx(1).irqSkip();
        };
        assertEquals(Set.of("S3c"), play.apply("spdk", CheckOptions.DEFAULT).rules());
        assertEquals(Set.of(), play.apply("linux", CheckOptions.DEFAULT).rules());
        assertEquals(Set.of(), play.apply(null, CheckOptions.DEFAULT).rules());
        assertEquals(Set.of(), play.apply("bogus", CheckOptions.DEFAULT).rules());
        assertEquals(Set.of(), play.apply("spdk", CheckOptions.DEFAULT.withNeedEvent(NeedEvent.LINUX)).rules());
        assertEquals(Set.of("S3c"), play.apply("linux", CheckOptions.DEFAULT.withNeedEvent(NeedEvent.SPDK)).rules());
    }

    @Test
    void linuxAndSpdkFormulasDifferByOne() {
        assertEquals(Set.of(), equalIndex(NeedEvent.LINUX).rules());
        assertEquals(Set.of("S3c"), equalIndex(NeedEvent.SPDK).rules());
        assertFalse(NeedEvent.LINUX.needEvent(1, 1, 0));
        assertTrue(NeedEvent.LINUX.needEvent(0, 1, 0));
        assertTrue(NeedEvent.SPDK.needEvent(1, 1, 0));
        assertTrue(NeedEvent.LINUX.needEvent(65535, 2, 65534)); // wraps at 2^16
    }

    // ---- state as a value -------------------------------------------------------------------------

    @Test
    void copiesAreIndependentValues() {
        Fx fx = published(Fx.split(8, EVENT_IDX), 0, 0);
        VirtioEngine snap = fx.engine.copy();
        assertTrue(snap.stateEquals(fx.engine));
        fx.usedRing(0, 0, 1).usedIdx(1);
        assertFalse(snap.stateEquals(fx.engine));
        Fx other = published(Fx.split(8, EVENT_IDX), 0, 0).usedRing(0, 0, 1).usedIdx(1);
        assertTrue(other.engine.stateEquals(fx.engine));
        Fx p = Fx.packed(4).prequest(0, 0, true);
        VirtioEngine ps = p.engine.copy();
        p.kick();
        assertFalse(ps.stateEquals(p.engine));
        assertTrue(ps.copy().stateEquals(ps));
    }

    @AfterAll
    static void everyRuleHasATest() {
        Set<String> missing = new java.util.TreeSet<>();
        for (Rule r : VirtioRules.ALL) {
            if (!TESTED.contains(r.id())) {
                missing.add(r.id());
            }
        }
        assertEquals(Set.of(), missing, "rules without a test that makes them fire alone");
    }
}
