package io.ringside.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ringside.core.util.ProgressMonitor;

class ComparisonTest {

    @Test
    void runsTheCrossProductInOrderAndMeasuresEachConfiguration() throws Exception {
        Comparison c = Comparison.of(Workload.defaults("nvme").withRequests(400),
                List.of("shadow-doorbell=off,on", "queue-depth=1,4"), null);
        assertEquals(4, c.size());
        assertEquals(Map.of("shadow-doorbell", "on", "queue-depth", "1"), c.settings(2));
        List<Comparison.Run> runs = c.run(null);
        assertEquals(List.of("shadow-doorbell=off queue-depth=1", "shadow-doorbell=off queue-depth=4",
                "shadow-doorbell=on queue-depth=1", "shadow-doorbell=on queue-depth=4"),
                runs.stream().map(Comparison.Run::label).toList());
        for (Comparison.Run r : runs) {
            assertEquals(0, r.violations(), r.label());
            assertTrue(r.requests() >= 400, r.label() + ": " + r.requests());
            assertTrue(r.iops() > 0, r.label());
            assertEquals(r.perRequest().get("mmioSq") + r.perRequest().get("mmioCq"), r.perRequest().get("mmioExits"), 1e-9);
        }
        // without shadow doorbells every command rings the SQ tail and the CQ head doorbell: two exits
        assertEquals(2.0, runs.get(0).perRequest().get("mmioExits"), 1e-9);
        // with them and several commands in flight, need_event skips doorbells
        assertTrue(runs.get(3).perRequest().get("mmioExits") < 1.5, runs.get(3).toString());
        assertTrue(runs.get(3).perRequest().get("shadowOnly") > 0, runs.get(3).toString());
    }

    @Test
    void virtioEventIdxSuppressesNotifications() throws Exception {
        Comparison c = Comparison.of(Workload.defaults("virtio-blk").withRequests(500).withQueueDepth(16).withBatch(4),
                List.of("event-idx=off,on"), null);
        List<Comparison.Run> runs = c.run(null);
        assertEquals(List.of("kicks", "kicksSuppressed", "interrupts", "interruptsSuppressed"),
                c.metrics().stream().map(Comparison.Metric::key).toList());
        double off = runs.get(0).perRequest().get("kicks") + runs.get(0).perRequest().get("interrupts");
        double on = runs.get(1).perRequest().get("kicks") + runs.get(1).perRequest().get("interrupts");
        assertTrue(on < off, "EVENT_IDX sends fewer notifications: " + on + " against " + off);
    }

    @Test
    void aPlantedFaultIsCountedInEveryRun() throws Exception {
        Comparison c = Comparison.of(Workload.defaults("virtio-blk").withRequests(300), List.of("layout=split"),
                "vq-avail-backwards");
        assertTrue(c.run(null).get(0).violations() > 0);
    }

    @Test
    void badSettingsAreErrorsBeforeAnythingRuns() {
        Workload v = Workload.defaults("virtio-blk");
        assertEquals("layout must be split or packed, not 'x'",
                assertThrows(IllegalArgumentException.class, () -> Comparison.of(v, List.of("layout=split,x"), null))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Comparison.of(v, List.of("bogus=1"), null))
                .getMessage().startsWith("cannot vary 'bogus' for virtio (keys: layout,"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Comparison.of(v, List.of("layout"), null))
                .getMessage().startsWith("--vary takes KEY=V1,V2,..."));
        assertEquals("--vary makes 1000000 runs; at most 256", assertThrows(IllegalArgumentException.class,
                () -> Comparison.of(v, List.of("seed=1,2,3,4,5,6,7,8,9,10", "queue-depth=1,2,3,4,5,6,7,8,9,10",
                        "batch=1,2,3,4,5,6,7,8,9,10", "queue-size=1,2,3,4,5,6,7,8,9,10", "requests=1,2,3,4,5,6,7,8,9,10",
                        "completion=a,b,c,d,e,f,g,h,i,j"), null)).getMessage());
        assertEquals("unknown virtio-blk fault 'nope' (see: ringside generate --list-faults)",
                assertThrows(IllegalArgumentException.class, () -> Comparison.of(v, List.of(), "nope")).getMessage());
        assertEquals("no emulator for device 'floppy'", assertThrows(IllegalArgumentException.class,
                () -> Comparison.of(v.withDevice("floppy"), List.of(), null)).getMessage());
    }

    @Test
    void aCanceledComparisonReturnsTheRunsDoneSoFar() throws Exception {
        Comparison c = Comparison.of(Workload.defaults("virtio-blk").withRequests(200), List.of("queue-depth=1,2,4,8"), null);
        long[] done = { 0 };
        ProgressMonitor stopAfterOne = new ProgressMonitor() {
            @Override
            public void begin(String task, long total) {
                assertEquals(4, total);
            }

            @Override
            public void worked(long d) {
                done[0] = d;
            }

            @Override
            public boolean isCanceled() {
                return done[0] >= 1;
            }

            @Override
            public void done() {
            }
        };
        List<Comparison.Run> runs = c.run(stopAfterOne);
        assertEquals(1, runs.size());
        assertEquals("queue-depth=1", runs.get(0).label());
    }

    @Test
    void theSvgHasABarPerPlottedFigureAndConfiguration() throws Exception {
        Comparison c = Comparison.of(Workload.defaults("nvme").withRequests(200), List.of("shadow-doorbell=off,on"), null);
        String svg = c.svg(c.run(null));
        assertTrue(svg.startsWith("<svg "), svg);
        assertEquals(2 * c.plotted().size(), svg.split("<rect x=\"\\d+\" y=\"\\d+\" width=\"12\" height=\"\\d+\" fill=\"#[0-9a-f]{6}\"><title>", -1).length - 1);
        assertTrue(svg.contains("shadow-doorbell=on: SQ tail MMIO exits "), svg);
    }
}
