package io.ringside.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.ringside.core.engine.DeviceEngine;

/**
 * Every real QEMU log of the samples and of {@code ../shared/traces/qemu} and {@code qemu11} (when they are
 * beside the checkout): it opens, checks clean with the features its guest negotiated (read from the
 * console file beside it, when there is one), its counts equal a count of the raw text done here, and its
 * split rings' indices equal what QEMU reported over QMP after the workload.
 */
class RealLogsTest {

    static Stream<Path> logs() throws IOException {
        List<Path> l = new ArrayList<>();
        Path shared = RepoFiles.repo().resolve("../shared/traces").normalize();
        for (Path dir : new Path[] {RepoFiles.repo().resolve("samples/traces/qemu"), shared.resolve("qemu"), shared.resolve("qemu11")}) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(p -> p.toString().endsWith(".trace.log.xz")).sorted().forEach(l::add);
                }
            }
        }
        assertTrue(l.size() >= 6, "the six sample logs at least");
        return l.stream();
    }

    private static Path beside(Path log, String suffix) {
        return log.resolveSibling(log.getFileName().toString().replace(".trace.log.xz", suffix));
    }

    /** Per QMP queue index: {last-avail-idx, used-idx}. */
    static Map<Integer, long[]> qmpQueues(Path qmp) throws IOException {
        Map<Integer, long[]> m = new LinkedHashMap<>();
        Pattern p = Pattern.compile("\"([a-z-]+)\": (\\d+)");
        for (String line : Files.readAllLines(qmp)) {
            if (!line.startsWith("<<< {\"return\": {") || !line.contains("\"queue-index\"")) {
                continue;
            }
            Map<String, Long> f = new LinkedHashMap<>();
            Matcher mt = p.matcher(line);
            while (mt.find()) {
                f.put(mt.group(1), Long.parseLong(mt.group(2)));
            }
            m.put(f.get("queue-index").intValue(), new long[] {f.get("last-avail-idx"), f.get("used-idx")});
        }
        return m;
    }

    @ParameterizedTest
    @MethodSource("logs")
    void opensChecksCleanCountsAndIndicesEqualTheRawLogAndQmp(Path log) throws IOException {
        Path console = beside(log, ".console.txt");
        QemuOptions o = QemuOptions.DEFAULT;
        if (Files.exists(console) && Files.readString(console).contains("features=")) {
            o = o.withFeatures(QemuOptions.parseFeatures(RealTraceTest.consoleFeatures(console)));
        }
        RealTraceTest.Run r = RealTraceTest.replay(log, o);
        assertEquals(0, r.violations().count(), () -> log + ": " + r.violations().violations());
        Map<String, Long> raw = RealTraceTest.rawCounts(log);
        assertEquals(raw, r.source().qemuEventCounts(), log + ": counts by name");
        Path summary = beside(log, ".summary.txt");
        if (Files.exists(summary)) {
            assertEquals(RealTraceTest.summaryCounts(summary), raw, log + ": the raw log is the one its summary describes");
        }
        assertEquals(0, r.source().foreignLines());
        Map<String, Long> totals = new LinkedHashMap<>();
        List<Map<String, Object>> stats = new ArrayList<>();
        for (DeviceEngine en : RealTraceTest.replay(log, o).replay().engines()) {
            en.addTotals(totals);
            stats.addAll(en.queueStats());
        }
        if (raw.containsKey("virtqueue_pop")) {
            assertEquals(raw.get("virtqueue_pop"), totals.get("popped"));
            assertEquals(raw.get("virtqueue_fill"), totals.get("filled"));
            assertEquals(raw.getOrDefault("virtio_notify_irqfd", 0L) + raw.getOrDefault("virtio_notify", 0L), totals.get("interrupts"));
            assertEquals(raw.getOrDefault("virtio_notify_irqfd_deferred_fn", 0L), totals.getOrDefault("irqfdSignals", 0L));
            assertEquals(raw.get("virtio_queue_notify"), totals.get("kicks"));
        } else {
            assertEquals(raw.get("pci_nvme_io_cmd"), totals.get("ioCommands"));
            assertEquals(raw.get("pci_nvme_io_cmd") + raw.get("pci_nvme_admin_cmd"), totals.get("popped"));
            assertEquals(raw.get("pci_nvme_enqueue_req_completion"), totals.get("filled"));
            assertEquals(raw.getOrDefault("pci_nvme_mmio_doorbell_sq", 0L), totals.get("mmioSqDoorbells"));
            assertEquals(raw.getOrDefault("pci_nvme_mmio_doorbell_cq", 0L), totals.get("mmioCqDoorbells"));
        }
        Path qmp = beside(log, ".qmp-virtio-status.txt");
        if (!Files.exists(qmp)) {
            return;
        }
        int compared = 0;
        for (Map.Entry<Integer, long[]> q : qmpQueues(qmp).entrySet()) {
            Map<String, Object> last = null; // the queue's last epoch with buffers: the one QMP saw
            for (Map<String, Object> s : stats) {
                if (s.get("queue").equals(q.getKey()) && (Long) s.get("popped") > 0) {
                    last = s;
                }
            }
            assertTrue(last != null, log + ": queue " + q.getKey());
            if ("split".equals(last.get("layout"))) {
                assertEquals(q.getValue()[0], last.get("lastAvailIdx"), log + ": queue " + q.getKey() + " last-avail-idx");
                assertEquals(q.getValue()[1], last.get("usedIdx"), log + ": queue " + q.getKey() + " used-idx");
                compared++;
            } else {
                assertEquals("packed", last.get("layout"), log + ": with its features, a ring is split or packed");
                assertEquals("unknown", last.get("lastAvailIdx"), "packed ring offsets are not in the log");
            }
        }
        assertTrue(compared > 0 || !log.toString().contains("split"), log + ": split rings compared with QMP");
    }
}
