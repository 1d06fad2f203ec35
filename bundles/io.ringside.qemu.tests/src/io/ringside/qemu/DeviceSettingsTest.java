package io.ringside.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ringside.core.engine.Replay;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.OpenOptions;
import io.ringside.core.trace.TraceFormatException;

/**
 * {@code --virtio-features} and {@code --virtio-device} on real logs: what the log alone cannot tell
 * (fills without flushes: packed, or split with IN_ORDER), the epochs the features apply to (not the
 * firmware's), and settings that name no device or contradict the log (one error naming the option and
 * the line).
 */
class DeviceSettingsTest {

    static final Path K = RepoFiles.sample("k_virtio-blk_split_inorder.trace.log.xz");
    static final Path A = RepoFiles.sample("a_virtio-blk_split.trace.log.xz");
    static final Path B = RepoFiles.sample("b_virtio-blk_packed.trace.log.xz");
    static final Path N = RepoFiles.sample("n_nvme_qemu11_smp2.trace.log.xz");

    @TempDir
    Path dir;

    static QemuOptions features(String... specs) {
        QemuOptions o = QemuOptions.DEFAULT;
        for (String s : specs) {
            o = o.withFeatures(QemuOptions.parseFeatures(s));
        }
        return o;
    }

    record Run(QemuLogSource source, List<Map<String, Object>> stats, Replay.Collector violations) {
    }

    static Run run(Path log, QemuOptions o) throws IOException {
        RealTraceTest.Run r = RealTraceTest.replay(log, o);
        return new Run(r.source(), r.replay().engines().get(0).queueStats(), r.violations());
    }

    private static String message(Path log, QemuOptions o) {
        return assertThrows(TraceFormatException.class, () -> run(log, o)).getMessage();
    }

    @Test
    void parsingFeatureWordsAndDevices() {
        QemuOptions.Features f = QemuOptions.parseFeatures("0x130000000");
        assertTrue(f.device().all());
        assertEquals(0x130000000L, f.word());
        assertEquals(0x10930006e54L, QemuOptions.parseFeatures("10930006e54").word());
        // the guest's sysfs: character i is bit i (128 of them on Linux 7.2)
        String sysfs = "0010101001110110000000000000110010010000100000000000000000000000" + "0".repeat(64);
        assertEquals(0x10930006e54L, QemuOptions.parseFeatures(sysfs).word());
        assertEquals(0x561eb4d7f180L, QemuOptions.parseFeatures("0x561eb4d7f180=0x1").device().pointer());
        assertEquals(2, QemuOptions.parseFeatures("2=0x1").device().index());
        assertEquals(-1L, QemuOptions.parseFeatures("ffffffffffffffff").word());
        for (String bad : new String[] {"", "0x", "xyz", "0x1ffffffffffffffff", "0101", "x=0x1", "=0x1", "-1=0x1", "1=0xg"}) {
            if (bad.equals("0101")) {
                assertEquals(0x101L, QemuOptions.parseFeatures(bad).word(), "short 0/1 strings are hex");
                continue;
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QemuOptions.parseFeatures(bad), bad);
            assertTrue(e.getMessage().contains("'"), e.getMessage());
        }
        assertEquals("virtio-net", QemuOptions.parseDeviceType("0=Virtio-Net").type());
        for (String bad : new String[] {"virtio-net", "0=net", "0=", "0x=virtio-net"}) {
            assertThrows(IllegalArgumentException.class, () -> QemuOptions.parseDeviceType(bad), bad);
        }
        assertEquals("", QemuOptions.DEFAULT.withLenient(true).variant(), "lenient decides no event");
        assertEquals("features=*:0x130000000;device=0:virtio-net", features("0x130000000")
                .withDeviceType(QemuOptions.parseDeviceType("0=virtio-net")).variant());
    }

    /**
     * The registry opens a QEMU log with a format's open options: the options travel there as the format's
     * settings and come back the same (lenient, each value in order), and the one registered format's
     * variant (what keys a cached index) is the options' own.
     */
    @Test
    void optionsTravelAsTheFormatsOpenOptions() {
        QemuOptions o = QemuOptions.DEFAULT.withLenient(true).withFeatures(QemuOptions.parseFeatures("0=0x130000000"))
                .withFeatures(QemuOptions.parseFeatures("0x10000000"))
                .withDeviceType(QemuOptions.parseDeviceType("1=virtio-net"));
        OpenOptions open = o.openOptions();
        assertTrue(open.lenient());
        assertEquals(List.of("0=0x130000000", "0x10000000"), open.values(QemuOptions.FEATURES));
        assertEquals(List.of("1=virtio-net"), open.values(QemuOptions.DEVICE));
        QemuOptions back = QemuOptions.of(open);
        assertTrue(back.lenient());
        assertEquals("features=0:0x130000000;features=*:0x10000000;device=1:virtio-net", back.variant());
        assertEquals(back.variant(), new QemuLogFormat().variant(open));
        assertEquals("", new QemuLogFormat().variant(OpenOptions.DEFAULT.withLenient(true)));
        assertThrows(IllegalArgumentException.class,
                () -> QemuOptions.of(OpenOptions.DEFAULT.with(QemuOptions.DEVICE, "0=net")));
    }

    @Test
    void withoutFeaturesAQemu11InOrderLogIsPackedOrSplitWithInOrderAndSaysSo() throws IOException {
        Run r = run(K, QemuOptions.DEFAULT);
        Map<String, Object> linux = r.stats().get(1);
        assertEquals("packed or split with IN_ORDER", linux.get("layout"));
        assertEquals("2545 if split with IN_ORDER, unknown if packed", linux.get("lastAvailIdx"));
        assertEquals("2545 if split with IN_ORDER, unknown if packed", linux.get("usedIdx"));
        assertEquals("split", r.stats().get(0).get("layout"), "the firmware's epoch flushes: split without IN_ORDER");
        assertEquals("unknown", r.source().header().devices().get(0).queues().get(0).layout());
        assertTrue(r.source().warnings().toString().contains("queues fill without virtqueue_flush in epoch(s) 1: packed or"
                + " split with IN_ORDER (QEMU 9.1+); the log cannot tell which"), r.source().warnings().toString());
        assertEquals(0, r.violations().count());
    }

    @Test
    void aQemu72LogWithFillsAndNoFlushIsPackedAsBefore() throws IOException {
        // QEMU 7.2 (virtio_notify_irqfd, no 8.2 deferred eventfd writes) had no VIRTIO_F_IN_ORDER (9.1+)
        Run r = run(B, QemuOptions.DEFAULT);
        assertEquals("packed", r.stats().get(1).get("layout"));
        assertEquals("[]", r.source().warnings().toString());
    }

    @Test
    void theGuestsFeaturesApplyToLinuxNotToTheFirmware() throws IOException {
        Run r = run(K, features(RealTraceTest.consoleFeatures(RepoFiles.sample("k_virtio-blk_split_inorder.console.txt"))));
        Map<String, Object> linux = r.stats().get(1);
        assertEquals("split", linux.get("layout"));
        assertEquals(true, linux.get("inOrder"));
        assertEquals(Boolean.FALSE, r.stats().get(0).getOrDefault("inOrder", false));
        Path qmp = RepoFiles.sample("k_virtio-blk_split_inorder.qmp-virtio-status.txt");
        assertEquals(RealTraceTest.qmp(qmp, "last-avail-idx"), linux.get("lastAvailIdx"));
        assertEquals(RealTraceTest.qmp(qmp, "used-idx"), linux.get("usedIdx"));
        DeviceInfo d = r.source().header().devices().get(0);
        assertEquals(0x10930006e54L, d.features());
        assertEquals("split", d.queues().get(0).layout());
        assertEquals("0x10930006e54 (given: --virtio-features)", d.string("features", null));
        assertTrue(d.string("featuresNotIn", "").startsWith("epoch(s) 0"), d.strings().toString());
        assertTrue(r.source().warnings().toString().contains("applies to epoch(s) 1, not to 0, whose virtqueue_flush shows a"
                + " split ring without IN_ORDER"), r.source().warnings().toString());
        assertEquals(0, r.violations().count(), () -> r.violations().violations().toString());
    }

    @Test
    void packedDeclaredForTheSameLogIsTakenAtItsWord() throws IOException {
        // fills without flushes fit packed too: the log cannot refute it, the indices are then unknown
        Run r = run(K, features("0x530000000"));
        assertEquals("packed", r.stats().get(1).get("layout"));
        assertEquals("unknown", r.stats().get(1).get("lastAvailIdx"));
    }

    @Test
    void featuresThatContradictEveryEpochAreAnErrorNamingTheOptionAndTheLine() throws IOException {
        // a split ring without IN_ORDER (flushes in every epoch), declared IN_ORDER
        String m = message(A, features("0x930000000"));
        int firstFlush = RealTraceTest.firstLine(A, "virtqueue_flush");
        assertTrue(m.startsWith(A + ":" + firstFlush + ": --virtio-features 0x930000000: device 0 (virtio-blk@0x55d140fe0600)"
                + " negotiated VIRTIO_F_IN_ORDER, but every epoch of it with used buffers shows virtqueue_flush (the first here)"), m);
        // packed declared on the same log
        assertTrue(message(A, features("0x430000000")).contains("negotiated VIRTIO_F_RING_PACKED, but every epoch"));
    }

    @Test
    void devicesThatDoNotExistAreAnError() throws IOException {
        assertTrue(message(K, features("0x1234=0x1")).endsWith("--virtio-features 0x1234=0x1: no virtio device 0x1234 in"
                + " the log; its virtio devices: 0 virtio-blk@0x561eb4d7f180"), message(K, features("0x1234=0x1")));
        assertTrue(message(K, features("1=0x1")).contains("no virtio device 1 in the log"));
        assertTrue(message(N, features("0=0x1")).contains("device 0 is the NVMe controller, not a virtio device"));
        assertTrue(message(N, features("0x1")).endsWith("--virtio-features 0x1: the log has no virtio device"));
        assertTrue(message(K, features("0=0x1", "0x561eb4d7f180=0x2")).contains("is given features twice"));
        // the device named wins over every device
        Run r = run(K, features("0x530000000", "0x561eb4d7f180=0x930000000"));
        assertEquals("split", r.stats().get(1).get("layout"));
    }

    @Test
    void deviceTypesAreTakenUnlessTheLogShowsAnother() throws IOException {
        Path q = RepoFiles.sample("q_virtio-net_packed.trace.log.xz");
        QemuOptions net = QemuOptions.DEFAULT.withDeviceType(QemuOptions.parseDeviceType("0=virtio-net"));
        assertEquals("virtio", run(q, QemuOptions.DEFAULT).source().header().devices().get(0).type());
        assertEquals("virtio-net", run(q, net).source().header().devices().get(0).type());
        String m = message(K, net);
        int firstBlk = RealTraceTest.firstLine(K, "virtio_blk_");
        assertTrue(m.startsWith(K + ":" + firstBlk + ": --virtio-device 0=virtio-net: the log shows virtio-blk events for"
                + " device 0"), m);
    }

    @Test
    void aSplitRingWithoutInOrderDeclaredForFillsWithoutFlushesNamesTheFirstFill() throws IOException {
        Path log = dir.resolve("fills.log");
        Files.writeString(log, "virtio_set_status vdev 0x10 val 0\nvirtio_queue_notify vdev 0x10 n 0 vq 0x20\n"
                + "virtqueue_pop vq 0x20 elem 0x1 in_num 1 out_num 1\nvirtqueue_fill vq 0x20 elem 0x1 len 1 idx 0\n"
                + "virtio_notify vdev 0x10 vq 0x20\n");
        String m = message(log, features("0x130000000"));
        assertTrue(m.startsWith(log + ":4: --virtio-features 0x130000000: device 0 (virtio@0x10) negotiated a split ring"
                + " without VIRTIO_F_IN_ORDER, but no epoch of it shows virtqueue_flush"), m);
    }
}
