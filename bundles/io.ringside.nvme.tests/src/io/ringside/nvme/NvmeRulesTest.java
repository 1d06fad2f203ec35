package io.ringside.nvme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.ringside.core.check.Rule;
import io.ringside.nvme.internal.NvmeRules;

/** Every NVMe rule has a test that breaks exactly it and sees it fire. */
class NvmeRulesTest {

    private static void firesOnly(NvmeFixture f, Rule rule) {
        List<String> ids = f.ruleIds();
        assertTrue(ids.contains(rule.id()), rule.id() + " did not fire; got " + ids + "\n" + f.dump());
        assertEquals(Set.of(rule.id()), new HashSet<>(ids), f.dump());
        String msg = f.sink.violations().get(0).toString();
        assertTrue(msg.contains(rule.section()), msg);
    }

    private static NvmeFixture plain() {
        return new NvmeFixture(1, 4, false, 0);
    }

    private static NvmeFixture shadow() {
        return new NvmeFixture(1, 8, true, 0);
    }

    @Test
    void n1aSqFull() {
        NvmeFixture f = plain(); // size 4: at most 3 unfetched entries
        f.write(1, 1).write(1, 2).write(1, 3).sqe(1, 3, 4);
        firesOnly(f, NvmeRules.N1A);
        assertTrue(f.dump().contains("is full"), f.dump());
    }

    @Test
    void n1aSqeNotAtTail() {
        NvmeFixture f = plain();
        f.sqe(1, 2, 1);
        firesOnly(f, NvmeRules.N1A);
    }

    @Test
    void n1bCqFull() {
        NvmeFixture f = new NvmeFixture(1, 4, false, 0);
        // 4 commands can be outstanding (the SQ recycles fetched slots) but the CQ holds only 3
        f.submit(1, 1).submit(1, 2).submit(1, 3).fetchAll(1, 1, 2, 3);
        f.complete(1, 1).complete(1, 2).complete(1, 3); // CQ now full: head 0, tail 3
        f.submit(1, 4).fetchAll(1, 4).complete(1, 4);
        firesOnly(f, NvmeRules.N1B);
    }

    @Test
    void n1cFetchFromEmptySq() {
        NvmeFixture f = plain();
        f.write(1, 1).fetchEv(1, 0, 1); // written but no doorbell: the controller cannot see it
        firesOnly(f, NvmeRules.N1C);
    }

    @Test
    void n2aSqTailBeyondQueueSize() {
        NvmeFixture f = plain();
        f.write(1, 1).sqDb(1, 4);
        firesOnly(f, NvmeRules.N2A);
    }

    @Test
    void n2bTailOverUnwrittenEntries() {
        NvmeFixture f = plain();
        f.write(1, 1).sqDb(1, 2);
        firesOnly(f, NvmeRules.N2B);
    }

    @Test
    void n2cCqHeadBeyondQueueSize() {
        NvmeFixture f = plain();
        f.submit(1, 1).fetchAll(1, 1).complete(1, 1).consumeEv(1, 0, 1).cqDb(1, 9);
        firesOnly(f, NvmeRules.N2C);
    }

    @Test
    void n2dCqHeadPassesTail() {
        NvmeFixture f = plain();
        f.submit(1, 1).fetchAll(1, 1).complete(1, 1).consumeEv(1, 0, 1).cqDb(1, 2);
        firesOnly(f, NvmeRules.N2D);
        assertTrue(f.dump().contains("past the controller's tail 1"), f.dump());
    }

    @Test
    void n2dCqHeadPassesUnconsumedEntry() {
        NvmeFixture f = plain();
        f.submit(1, 1).submit(1, 2).fetchAll(1, 1, 2).complete(1, 1).complete(1, 2).consumeEv(1, 0, 1).cqDb(1, 2);
        firesOnly(f, NvmeRules.N2D);
    }

    @Test
    void n2eDoorbellForMissingQueue() {
        NvmeFixture f = plain();
        f.sqDbAt(3, 1, Nvme.sqTailDoorbell(3, 0));
        firesOnly(f, NvmeRules.N2E);
    }

    @Test
    void n3aWrongPhaseTag() {
        NvmeFixture f = plain();
        f.submit(1, 1).fetchAll(1, 1).cqeEv(1, 0, 1, 1, 1, 0 /* phase 0 on the first pass */);
        firesOnly(f, NvmeRules.N3A);
    }

    @Test
    void n3bHostConsumesStaleEntry() {
        NvmeFixture f = plain();
        f.submit(1, 1).fetchAll(1, 1).consumeEv(1, 0, 1); // nothing posted yet: phase still 0 in memory
        firesOnly(f, NvmeRules.N3B);
    }

    @Test
    void n4aCompletionNamesWrongSq() {
        NvmeFixture f = new NvmeFixture(2, 4, false, 0);
        f.submit(1, 1).fetchAll(1, 1).cqeEv(1, 0, 1, 2, 0, 1);
        firesOnly(f, NvmeRules.N4A);
    }

    @Test
    void n4bWrongSqHead() {
        NvmeFixture f = plain();
        f.submit(1, 1).fetchAll(1, 1).cqeEv(1, 0, 1, 1, 0 /* head is 1 */, 1);
        firesOnly(f, NvmeRules.N4B);
    }

    @Test
    void n4cCompletionForUnknownCid() {
        NvmeFixture f = plain();
        f.submit(1, 1).fetchAll(1, 1).complete(1, 99);
        firesOnly(f, NvmeRules.N4C);
    }

    @Test
    void n4cDoubleCompletion() {
        NvmeFixture f = plain();
        f.submit(1, 1).fetchAll(1, 1).complete(1, 1).complete(1, 1);
        firesOnly(f, NvmeRules.N4C);
    }

    @Test
    void n4dDuplicateOutstandingCid() {
        NvmeFixture f = plain();
        f.submit(1, 5).fetchAll(1, 5).write(1, 5);
        firesOnly(f, NvmeRules.N4D);
    }

    @Test
    void n4eCommandsNeverCompleted() {
        NvmeFixture f = plain();
        f.submit(1, 5).fetchAll(1, 5).finish();
        firesOnly(f, NvmeRules.N4E);
    }

    @Test
    void n5aWrongDoorbellStride() {
        NvmeFixture f = new NvmeFixture(1, 4, false, 1); // DSTRD 1: stride 8, SQ1 tail at 0x1010
        f.write(1, 1).sqDbAt(1, 1, 0x1008); // a host that assumed DSTRD 0
        firesOnly(f, NvmeRules.N5A);
        assertTrue(f.dump().contains("0x1010"), f.dump());
    }

    @Test
    void n5bShadowSlotAtWrongAddress() {
        NvmeFixture f = shadow();
        f.write(1, 1).ev(NvmeEvent.SQ_SHADOW, 1, 1, NvmeFixture.DBS + 4).sqEiRead(1, 0).sqDb(1, 1);
        firesOnly(f, NvmeRules.N5B);
    }

    @Test
    void n6aMisalignedDoorbellBufferAccepted() {
        NvmeFixture f = NvmeFixture.adminSetup(8);
        f.adminSqe(0, 3, Nvme.ADMIN_DBBUF_CONFIG, 0x60010, 0x61000, 0, 0).sqDb(0, 1);
        f.fetchEv(0, 0, 3).cqeEv(0, 0, 3, 0, 1, 1 /* success */);
        firesOnly(f, NvmeRules.N6A);
    }

    @Test
    void n6aMisalignedDoorbellBufferRejectedIsFine() {
        NvmeFixture f = NvmeFixture.adminSetup(8);
        f.adminSqe(0, 3, Nvme.ADMIN_DBBUF_CONFIG, 0x60010, 0x61000, 0, 0).sqDb(0, 1);
        f.fetchEv(0, 0, 3).cqeEv(0, 0, 3, 0, 1, (Nvme.SC_INVALID_FIELD << 1) | 1);
        assertEquals(List.of(), f.ruleIds(), f.dump());
        assertEquals(false, f.engine.dbbufEnabled());
    }

    @Test
    void n6bShadowWithoutDoorbellBufferConfig() {
        NvmeFixture f = plain();
        f.write(1, 1).sqShadow(1, 1).sqDb(1, 1);
        firesOnly(f, NvmeRules.N6B);
    }

    @Test
    void n7aHostSkipsNeededDoorbell() {
        NvmeFixture f = shadow();
        f.write(1, 1).sqShadow(1, 1).sqEiRead(1, 0).write(1, 2); // need_event(0, 1, 0) is true: no MMIO
        firesOnly(f, NvmeRules.N7A);
    }

    @Test
    void n7aAtEndOfTrace() {
        NvmeFixture f = shadow();
        f.write(1, 1).sqShadow(1, 1).sqEiRead(1, 0).finish();
        assertTrue(f.ruleIds().contains("N7a"), f.dump());
    }

    @Test
    void n7bUnneededDoorbell() {
        NvmeFixture f = shadow();
        f.submit(1, 1); // EventIdx 0, 0 -> 1: MMIO needed
        f.write(1, 2).sqShadow(1, 2).sqEiRead(1, 0).sqDb(1, 2); // EventIdx still 0: 1 -> 2 needs none
        firesOnly(f, NvmeRules.N7B);
    }

    @Test
    void n7cShadowReReadWithoutEventIdx() {
        NvmeFixture f = shadow();
        f.submit(1, 1).sqShadowRead(1, 1); // the controller knows tail 1 (MMIO) but EventIdx is still 0
        firesOnly(f, NvmeRules.N7C);
    }

    @Test
    void n7dStallOnFullCqWithStaleEventIdx() {
        NvmeFixture f = new NvmeFixture(1, 4, true, 0);
        // four commands outstanding, CQ of 4 holds 3
        f.submit(1, 1).submit(1, 2).submit(1, 3).fetchAll(1, 1, 2, 3);
        f.complete(1, 1).complete(1, 2).complete(1, 3);
        f.irq(1);
        f.submit(1, 4).fetchAll(1, 4);
        // the controller wants to post cid 4: it reads the shadow head (still 0) and sees a full CQ;
        // a QEMU 7.1 controller does so without updating the CQ EventIdx first
        f.cqShadowRead(1, 0);
        // the host drains the CQ; EventIdx 0, head 0 -> 3: need_event(0, 3, 0) is false: no MMIO
        f.consumeEv(1, 0, 1).consumeEv(1, 1, 2).consumeEv(1, 2, 3).cqShadow(1, 3).cqEiRead(1, 0);
        f.finish();
        List<String> ids = f.ruleIds();
        assertTrue(ids.contains("N7d"), f.dump());
        assertTrue(f.dump().contains("stall"), f.dump());
    }

    @Test
    void n7eShadowReadDoesNotMatchBuffer() {
        NvmeFixture f = shadow();
        f.submit(1, 1).sqEventIdx(1, 1).sqShadowRead(1, 3);
        firesOnly(f, NvmeRules.N7E);
    }

    @Test
    void n8EventfdWithoutShadow() {
        NvmeFixture f = plain();
        f.write(1, 1).sqEventfd(1, 1);
        firesOnly(f, NvmeRules.N8);
    }

    @Test
    void n8EventfdWithShadowIsFine() {
        NvmeFixture f = shadow();
        f.write(1, 1).sqShadow(1, 1).sqEiRead(1, 0).sqEventfd(1, 1).fetchAll(1, 1);
        assertEquals(List.of(), f.ruleIds(), f.dump());
        assertEquals(1, f.engine.sq(1).eventfdSignals());
        assertEquals(0, f.engine.sq(1).mmioDoorbells());
    }

    @Test
    void everyRuleHasATestHere() {
        Set<String> tested = new HashSet<>();
        for (java.lang.reflect.Method m : getClass().getDeclaredMethods()) {
            if (m.isAnnotationPresent(Test.class) && m.getName().matches("n\\d[a-e]?.*")) {
                tested.add(m.getName().replaceAll("^n(\\d[a-e]?).*", "N$1"));
            }
        }
        for (Rule r : NvmeRules.ALL) {
            assertTrue(tested.contains(r.id()), "no test for " + r.id());
        }
    }
}
