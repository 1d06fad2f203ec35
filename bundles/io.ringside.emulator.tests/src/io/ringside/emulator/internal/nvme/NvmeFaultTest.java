package io.ringside.emulator.internal.nvme;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.ringside.core.check.Violation;
import io.ringside.emulator.nvme.NvmeFault;

/** Every planted NVMe fault makes the checker report the rule it names, and the run ends (no hang). */
class NvmeFaultTest {

    @ParameterizedTest
    @EnumSource(NvmeFault.class)
    void faultIsCaught(NvmeFault f) {
        for (boolean shadow : new boolean[] { false, true }) {
            NvmeConfig c = NvmeConfig.defaults().withQueues(1, 16).withQueueDepth(4).withRequests(400)
                    .withShadowDoorbell(shadow).withIoeventfd(false).withFault(f);
            NvmeRuns.Checked k = NvmeRuns.check(c);
            Set<String> ids = new TreeSet<>();
            for (Violation v : k.violations().violations()) {
                ids.add(v.ruleId());
            }
            assertTrue(ids.contains(f.rule()), f.id() + " (shadow " + shadow + ") should fire " + f.rule() + ", got " + ids
                    + "\n" + k.violations().violations());
            assertNotNull(k.result());
        }
    }
}
