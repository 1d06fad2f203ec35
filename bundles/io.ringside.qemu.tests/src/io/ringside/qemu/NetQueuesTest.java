package io.ringside.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * virtio-net: the queue roles (VIRTIO 1.3 §5.1.2) on QEMU 11.1's virtio-net log ({@code q}) and on
 * multi-queue and firmware (iPXE) variants: receive and transmit queues by index, the control queue where
 * the features say or where its buffers have a device-readable command, and the option ROM's epoch kept
 * apart from Linux's.
 */
class NetQueuesTest {

    static final Path Q = RepoFiles.sample("q_virtio-net_packed.trace.log.xz");
    static final QemuOptions NET = QemuOptions.DEFAULT.withDeviceType(QemuOptions.parseDeviceType("0=virtio-net"));

    @TempDir
    Path dir;

    private static Map<Integer, String> roles(DeviceSettingsTest.Run r) {
        Map<Integer, String> m = new LinkedHashMap<>();
        for (Map<String, Object> q : r.stats()) {
            m.put((Integer) q.get("queue"), (String) q.get("role"));
        }
        return m;
    }

    @Test
    void theRealLogsQueuesAreReceiveTransmitAndControl() throws IOException {
        // independently: per vq pointer, pops, and whether any popped buffer had a device-readable part
        Map<String, long[]> raw = new HashMap<>();
        Matcher m = Pattern.compile(" virtqueue_pop vq (0x[0-9a-f]+) elem 0x[0-9a-f]+ in_num (\\d+) out_num (\\d+)").matcher("");
        for (String line : RealTraceTest.rawLines(Q)) {
            if (m.reset(line).find()) {
                long[] c = raw.computeIfAbsent(m.group(1), k -> new long[2]);
                c[0]++;
                c[1] |= Long.parseLong(m.group(3)) > 0 ? 1 : 0;
            }
        }
        for (QemuOptions o : List.of(NET, NET.withFeatures(QemuOptions.parseFeatures(
                RealTraceTest.consoleFeatures(RepoFiles.sample("q_virtio-net_packed.console.txt")))))) {
            DeviceSettingsTest.Run r = DeviceSettingsTest.run(Q, o);
            assertEquals(Map.of(0, "rx0", 1, "tx0", 2, "ctrl"), roles(r));
            assertEquals("0=rx0,1=tx0,2=ctrl", r.source().header().devices().get(0).string("queueRoles", null));
            for (Map<String, Object> q : r.stats()) {
                String vq = "0x" + Long.toHexString(r.source().header().devices().get(0).queue((Integer) q.get("queue"))
                        .prop("vqAddr", 0));
                assertEquals(raw.get(vq)[0], q.get("popped"), vq);
                if ((Integer) q.get("queue") % 2 == 0) { // of the even queues, only the control queue pops readable buffers
                    assertEquals(raw.get(vq)[1] == 1, q.get("role").equals("ctrl"), vq);
                }
            }
            assertEquals(0, r.violations().count());
        }
        DeviceSettingsTest.Run withFeatures = DeviceSettingsTest.run(Q, NET.withFeatures(QemuOptions.parseFeatures(
                RealTraceTest.consoleFeatures(RepoFiles.sample("q_virtio-net_packed.console.txt")))));
        assertEquals("packed", withFeatures.stats().get(0).get("layout"));
        String state = describeAt(Q, NET, 20_000);
        assertTrue(state.contains("q0 (rx0) packed or split with IN_ORDER: popped "), state);
        assertTrue(state.contains("receive queue: the buffers the driver posted wait for packets (QEMU pops one per packet);"
                + " an idle receive queue is not a stall"), state);
        assertTrue(state.contains("q2 (ctrl)"), state);
    }

    /** The engine's description of the state after {@code n} events. */
    private static String describeAt(Path log, QemuOptions o, long n) throws IOException {
        try (QemuLogSource src = QemuLogSource.open(log, o)) {
            io.ringside.core.engine.Replay rp = RealTraceTest.MODELS.replay(src.header(),
                    io.ringside.core.engine.CheckOptions.DEFAULT);
            io.ringside.core.trace.TraceEvent e = new io.ringside.core.trace.TraceEvent();
            for (long i = 0; i < n && src.next(e); i++) {
                rp.apply(e, new io.ringside.core.engine.Replay.Collector(0));
            }
            return rp.describe(0);
        }
    }

    /** A virtio-net log: per queue index, pops of (in_num, out_num), filled and flushed when split. */
    private Path log(String name, boolean split, int[][] pops) throws IOException {
        StringBuilder sb = new StringBuilder("virtio_set_status vdev 0x10 val 0\n");
        long elem = 0x100;
        for (int q = 0; q < pops.length; q++) {
            sb.append("virtio_queue_notify vdev 0x10 n ").append(q).append(" vq 0x2").append(q).append('\n');
            if (pops[q] == null) {
                continue;
            }
            sb.append("virtqueue_pop vq 0x2").append(q).append(" elem 0x").append(Long.toHexString(++elem)).append(" in_num ")
                    .append(pops[q][0]).append(" out_num ").append(pops[q][1]).append('\n');
            sb.append("virtqueue_fill vq 0x2").append(q).append(" elem 0x").append(Long.toHexString(elem)).append(" len 1 idx 0\n");
            if (split) {
                sb.append("virtqueue_flush vq 0x2").append(q).append(" count 1\n");
            }
        }
        Path p = dir.resolve(name);
        Files.writeString(p, sb);
        return p;
    }

    @Test
    void multiQueuePairsAndTheControlQueue() throws IOException {
        int[] rx = {1, 0};
        int[] tx = {0, 2};
        int[] ctrl = {1, 2};
        Path mq = log("mq.log", true, new int[][] {rx, tx, rx, tx, rx, tx, ctrl});
        assertEquals(Map.of(0, "rx0", 1, "tx0", 2, "rx1", 3, "tx1", 4, "rx2", 5, "tx2", 6, "ctrl"),
                roles(DeviceSettingsTest.run(mq, NET)));
        // with VIRTIO_NET_F_MQ the pairs are device configuration: the control queue is still found by its buffers
        assertEquals("ctrl", roles(DeviceSettingsTest.run(mq, NET.withFeatures(QemuOptions.parseFeatures("0x100420000")))).get(6));
        // an even queue that never popped a buffer: a receive queue or the control queue
        Path idle = log("idle.log", true, new int[][] {rx, tx, null});
        assertEquals("0=rx0,1=tx0,2=rx1 or ctrl", DeviceSettingsTest.run(idle, NET).source().header().devices().get(0)
                .string("queueRoles", null));
        // the features say: without VIRTIO_NET_F_CTRL_VQ there is none; with it and no MQ it is queue 2
        assertEquals("0=rx0,1=tx0,2=rx1", DeviceSettingsTest.run(idle, NET.withFeatures(QemuOptions.parseFeatures("0x100000000")))
                .source().header().devices().get(0).string("queueRoles", null));
        assertEquals("0=rx0,1=tx0,2=ctrl", DeviceSettingsTest.run(idle, NET.withFeatures(QemuOptions.parseFeatures("0x100020000")))
                .source().header().devices().get(0).string("queueRoles", null));
    }

    @Test
    void theOptionRomIsAnEpochOfItsOwnLikeTheBiosBeforeLinux() throws IOException {
        // iPXE drives the NIC (split, flushes) and resets it; then Linux with a packed ring
        StringBuilder sb = new StringBuilder("virtio_set_status vdev 0x10 val 0\n");
        sb.append("virtio_queue_notify vdev 0x10 n 0 vq 0x20\nvirtio_queue_notify vdev 0x10 n 1 vq 0x21\n");
        sb.append("virtqueue_pop vq 0x21 elem 0x1 in_num 0 out_num 1\nvirtqueue_fill vq 0x21 elem 0x1 len 0 idx 0\n");
        sb.append("virtqueue_flush vq 0x21 count 1\n"); // a DHCP discover
        sb.append("virtqueue_pop vq 0x20 elem 0x2 in_num 1 out_num 0\nvirtqueue_fill vq 0x20 elem 0x2 len 342 idx 0\n");
        sb.append("virtqueue_flush vq 0x20 count 1\nvirtio_notify vdev 0x10 vq 0x20\n");
        sb.append("virtio_set_status vdev 0x10 val 0\nvirtio_set_status vdev 0x10 val 0\nvirtio_set_status vdev 0x10 val 15\n");
        sb.append("virtio_queue_notify vdev 0x10 n 1 vq 0x21\n");
        sb.append("virtqueue_pop vq 0x21 elem 0x3 in_num 0 out_num 1\nvirtqueue_fill vq 0x21 elem 0x3 len 0 idx 0\n");
        sb.append("virtqueue_pop vq 0x20 elem 0x4 in_num 1 out_num 0\nvirtqueue_fill vq 0x20 elem 0x4 len 98 idx 0\n");
        Path p = dir.resolve("ipxe.log");
        Files.writeString(p, sb);
        DeviceSettingsTest.Run r = DeviceSettingsTest.run(p, NET.withFeatures(QemuOptions.parseFeatures("0x10530af8024")));
        assertEquals(4, r.stats().size(), "two queues in each of two epochs");
        assertEquals("split", r.stats().get(0).get("layout"));
        assertEquals(0, r.stats().get(0).get("epoch"));
        assertEquals("packed", r.stats().get(2).get("layout"));
        assertEquals("rx0", r.stats().get(2).get("role"));
        assertTrue(r.source().warnings().toString().contains("applies to epoch(s) 1, not to 0, whose virtqueue_flush shows a"
                + " split ring without IN_ORDER: another driver's negotiation (the firmware's, before Linux)"),
                r.source().warnings().toString());
        assertEquals(0, r.violations().count());
    }
}
