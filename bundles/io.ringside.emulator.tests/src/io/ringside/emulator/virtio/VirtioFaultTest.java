package io.ringside.emulator.virtio;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.TraceHeader;
import io.ringside.emulator.DeviceEmulator;
import io.ringside.emulator.Fault;
import io.ringside.emulator.Workload;
import io.ringside.virtio.VirtioModel;

/** Every planted fault makes the checker report the rule the fault names, in both layouts where it applies. */
class VirtioFaultTest {

    static Stream<Arguments> faults() {
        return new VirtioEmulator().faults().stream().flatMap(f -> Stream.of(Arguments.of(f, "split"), Arguments.of(f, "packed")));
    }

    /** The rule ids a fault's description promises for a layout ("S4a split, P3b packed" or "S6a"). */
    static String expectedRule(Fault f, String layout) {
        for (String part : f.rules().split(",\\s*")) {
            String[] w = part.trim().split("\\s+");
            if (w.length == 1 || w[1].equals(layout)) {
                return w[0];
            }
        }
        throw new AssertionError("no rule for " + layout + " in " + f.rules());
    }

    @ParameterizedTest
    @MethodSource("faults")
    void faultIsCaught(Fault f, String layout) throws IOException {
        VirtioEmulator em = new VirtioEmulator();
        Workload w = Workload.defaults("virtio-blk").withRequests(300).withQueueDepth(8).withBatch(2)
                .withVirtio(Workload.Virtio.DEFAULT.withLayout(layout).withQueueSize(64));
        Workload eff = em.effective(w, f);
        String lay = eff.virtio().layout();
        TraceHeader h = em.header(w, f, null);
        Replay replay = Replay.of(h, List.of(new VirtioModel()), CheckOptions.DEFAULT);
        Replay.Collector col = new Replay.Collector(1000);
        long[] seq = { 0 };
        DeviceEmulator.Result res = em.run(w, f, e -> {
            e.seq(seq[0]++);
            replay.apply(e, col);
        }, null);
        replay.finish(seq[0] - 1, col);
        Set<String> ids = new TreeSet<>();
        for (Violation v : col.violations()) {
            ids.add(v.ruleId());
        }
        String want = expectedRule(f, lay);
        assertTrue(ids.contains(want), () -> f.name() + " (" + lay + "): expected " + want + ", got " + col.violations());
        assertFalse(col.count() > 20, () -> f.name() + " (" + lay + "): " + col.count() + " violations, a cascade: "
                + col.violations().subList(0, 10) + " stopped=" + res.stopReason());
    }
}
