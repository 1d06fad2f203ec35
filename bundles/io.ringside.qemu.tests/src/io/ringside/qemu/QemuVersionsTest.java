package io.ringside.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ringside.core.engine.DeviceEngine;

/**
 * How the events of each QEMU generation are counted (docs/qemu-import.md, "QEMU versions covered"):
 * interrupts are {@code virtio_notify} and {@code virtio_notify_irqfd} (gone in 10.2), and 8.2's
 * {@code virtio_notify_irqfd_deferred_fn}, the eventfd write of batched interrupts, is counted apart.
 */
class QemuVersionsTest {

    @TempDir
    Path dir;

    /** A virtio-blk queue's pops, fills and flushes in the given prefix, with the interrupt lines given. */
    private RealTraceTest.Run run(String prefix, String... interrupts) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append(prefix).append("virtio_set_status vdev 0x10 val 0\n");
        sb.append(prefix).append("virtio_queue_notify vdev 0x10 n 0 vq 0x20\n");
        for (int i = 0; i < 3; i++) {
            sb.append(prefix).append("virtqueue_pop vq 0x20 elem 0x3").append(i).append(" in_num 1 out_num 1\n");
            sb.append(prefix).append("virtio_blk_req_complete vdev 0x10 req 0x3").append(i).append(" status 0\n");
            sb.append(prefix).append("virtqueue_fill vq 0x20 elem 0x3").append(i).append(" len 1 idx 0\n");
            sb.append(prefix).append("virtqueue_flush vq 0x20 count 1\n");
        }
        for (String irq : interrupts) {
            sb.append(prefix).append(irq).append(" vdev 0x10 vq 0x20\n");
        }
        Path log = dir.resolve("v.log");
        Files.writeString(log, sb);
        return RealTraceTest.replay(log);
    }

    private static Map<String, Object> queue(RealTraceTest.Run r) {
        List<Map<String, Object>> stats = r.replay().engines().get(0).queueStats();
        assertEquals(1, stats.size());
        return stats.get(0);
    }

    private static Map<String, Long> totals(RealTraceTest.Run r) {
        Map<String, Long> t = new LinkedHashMap<>();
        for (DeviceEngine en : r.replay().engines()) {
            en.addTotals(t);
        }
        return t;
    }

    @Test
    void qemu72CountsNotifyAndNotifyIrqfd() throws IOException {
        RealTraceTest.Run r = run("7@1795246799.000001:", "virtio_notify", "virtio_notify_irqfd", "virtio_notify_irqfd");
        assertEquals(3L, queue(r).get("interrupts"));
        assertFalse(queue(r).containsKey("irqfdSignals"), "no batched interrupts before 8.2");
        assertEquals("virtio-blk", r.source().header().devices().get(0).type());
    }

    @Test
    void qemu82To100CountsTheDeferredEventfdWritesApart() throws IOException {
        RealTraceTest.Run r = run("7@1795246799.000001:", "virtio_notify_irqfd", "virtio_notify_irqfd",
                "virtio_notify_irqfd_deferred_fn", "virtio_notify_irqfd", "virtio_notify_irqfd_deferred_fn");
        assertEquals(3L, queue(r).get("interrupts"), "interrupts raised: virtio_notify_irqfd");
        assertEquals(2L, queue(r).get("irqfdSignals"), "eventfd writes, after batching");
        assertEquals(2L, totals(r).get("irqfdSignals"));
        assertEquals(0, r.violations().count());
    }

    @Test
    void qemu102AndLaterHaveOnlyVirtioNotify() throws IOException {
        RealTraceTest.Run r = run("2026-12-05T23:55:41.000001Z ", "virtio_notify", "virtio_notify",
                "virtio_notify_irqfd_deferred_fn", "virtio_notify");
        assertEquals(3L, queue(r).get("interrupts"));
        assertEquals(1L, queue(r).get("irqfdSignals"));
        assertEquals(1796514941_000001_000L, firstTime(), "ISO 8601 time, microseconds kept");
    }

    @Test
    void aQueueFirstSeenInADeferredSignalBelongsToItsDevice() throws IOException {
        Path log = dir.resolve("d.log");
        Files.writeString(log, "virtio_set_status vdev 0x10 val 0\n" + "virtio_notify_irqfd_deferred_fn vdev 0x10 vq 0x40\n"
                + "virtqueue_pop vq 0x40 elem 0x1 in_num 1 out_num 0\n" + "virtqueue_fill vq 0x40 elem 0x1 len 1 idx 0\n"
                + "virtqueue_flush vq 0x40 count 1\n");
        RealTraceTest.Run r = RealTraceTest.replay(log);
        assertEquals(1, r.source().header().devices().size());
        assertEquals(1, r.source().header().devices().get(0).queues().size());
        assertEquals(1L, queue(r).get("irqfdSignals"));
        assertEquals(1L, queue(r).get("popped"));
    }

    private long firstTime() throws IOException {
        try (QemuLogSource src = QemuLogSource.open(dir.resolve("v.log"), false)) {
            io.ringside.core.trace.TraceEvent e = new io.ringside.core.trace.TraceEvent();
            src.next(e);
            return e.time();
        }
    }
}
