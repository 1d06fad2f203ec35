package io.ringside.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ringside.core.check.Violation;
import io.ringside.qemu.internal.PopOrder;

/**
 * VIRTIO_F_IN_ORDER at the operation level, on QEMU 11.1's in-order virtio-blk log ({@code k}) and planted
 * variants of it: the indices QMP reported, the fills that overtook an earlier pop (counted here by a
 * straightforward reference), and rule Q7 firing on a swapped pair of fills, naming both elements.
 */
class InOrderTest {

    static final Path K = RepoFiles.sample("k_virtio-blk_split_inorder.trace.log.xz");
    private static final Pattern OP = Pattern.compile("(virtqueue_pop|virtqueue_fill) vq (0x[0-9a-f]+) elem (0x[0-9a-f]+)");

    @TempDir
    Path dir;

    static QemuOptions guest() throws IOException {
        return DeviceSettingsTest.features(RealTraceTest.consoleFeatures(RepoFiles.sample("k_virtio-blk_split_inorder.console.txt")));
    }

    /** The fills after the last reset that overtook an earlier pop: a list of the unfilled pops in order. */
    private static long overtakingInLastEpoch(List<String> lines) {
        List<String> unfilled = new ArrayList<>();
        long n = 0;
        for (String l : lines) {
            if (l.endsWith("virtio_set_status vdev 0x561eb4d7f180 val 0")) {
                unfilled.clear();
                n = 0;
                continue;
            }
            Matcher m = OP.matcher(l);
            if (m.find()) {
                if (m.group(1).equals("virtqueue_pop")) {
                    unfilled.add(m.group(3));
                } else {
                    n += unfilled.indexOf(m.group(3)) > 0 ? 1 : 0;
                    unfilled.remove(m.group(3));
                }
            }
        }
        return n;
    }

    @Test
    void theRealInOrderLogChecksCleanWithItsFeatures() throws IOException {
        DeviceSettingsTest.Run r = DeviceSettingsTest.run(K, guest());
        assertEquals(0, r.violations().count(), () -> r.violations().violations().toString());
        Map<String, Object> linux = r.stats().get(r.stats().size() - 1);
        List<String> raw = RealTraceTest.rawLines(K);
        // the Linux epoch is the last one with pops; count it in the raw log up to the power-off resets
        long overtaking = overtakingInLastEpoch(raw.subList(0, lastPop(raw) + 1));
        assertTrue(overtaking > 50, "QEMU completes virtio-blk requests out of order: " + overtaking);
        assertEquals(overtaking, linux.get("overtakingFills"));
        Path qmp = RepoFiles.sample("k_virtio-blk_split_inorder.qmp-virtio-status.txt");
        assertEquals(RealTraceTest.qmp(qmp, "used-idx"), linux.get("usedIdx"));
    }

    private static int lastPop(List<String> raw) {
        for (int i = raw.size() - 1; i >= 0; i--) {
            if (raw.get(i).contains(" virtqueue_pop ")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Swaps the fills of the first two buffers that are both in flight and filled in order, A's right after
     * an interrupt and followed by one ({@code pop A, pop B, notify, fill A, notify, fill B}): swapped, B's
     * fill overtakes A and the interrupt after it announces B before A. Returns {A, B} after writing the log.
     */
    private String[] plantSwap(Path out) throws IOException {
        List<String> lines = new ArrayList<>(RealTraceTest.rawLines(K));
        List<String> inFlight = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = OP.matcher(lines.get(i));
            if (!m.find()) {
                continue;
            }
            if (m.group(1).equals("virtqueue_pop")) {
                inFlight.add(m.group(3));
                continue;
            }
            String a = m.group(3);
            if (inFlight.size() >= 2 && inFlight.get(0).equals(a) && !inFlight.get(1).equals(a)) {
                String b = inFlight.get(1);
                int fillB = nextFill(lines, i + 1, b);
                if (fillB > 0 && interruptFirst(lines, i + 1, 1) && interruptFirst(lines, i - 1, -1)) {
                    String la = lines.get(i);
                    lines.set(i, lines.get(fillB).replaceFirst("^\\S+ ", la.substring(0, la.indexOf(' ') + 1)));
                    lines.set(fillB, la.replaceFirst("^\\S+ ", lines.get(fillB).substring(0, lines.get(fillB).indexOf(' ') + 1)));
                    Files.write(out, lines);
                    return new String[] {a, b};
                }
            }
            inFlight.remove(a);
        }
        throw new AssertionError("no pair of fills to swap");
    }

    private static int nextFill(List<String> lines, int from, String elem) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(" virtqueue_fill ") && lines.get(i).contains(" elem " + elem + " ")) {
                return i;
            }
            if (lines.get(i).contains(" virtqueue_fill ")) {
                return -1; // another fill first
            }
        }
        return -1;
    }

    /** Whether the first fill or interrupt from line {@code from} on, stepping by {@code step} (1 or -1), is an interrupt. */
    private static boolean interruptFirst(List<String> lines, int from, int step) {
        for (int i = from; i >= 0 && i < lines.size(); i += step) {
            if (lines.get(i).contains(" virtqueue_fill ")) {
                return false;
            }
            if (lines.get(i).contains(" virtio_notify ")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aSwappedPairOfFillsFiresQ7NamingBothElements() throws IOException {
        Path log = dir.resolve("swapped.log");
        String[] ab = plantSwap(log);
        DeviceSettingsTest.Run r = DeviceSettingsTest.run(log, guest());
        List<Violation> q7 = r.violations().violations().stream().filter(v -> v.ruleId().equals("Q7")).toList();
        assertEquals(1, q7.size(), () -> r.violations().violations().toString());
        String m = q7.get(0).message();
        assertTrue(m.contains("element " + ab[1] + " waits behind element " + ab[0]), m);
        assertTrue(m.contains(ab[1] + " was used before " + ab[0]), m);
        assertEquals("VIRTIO 1.3 §2.7.9, §2.8.20-21 (IN_ORDER), §2.7.10 (EVENT_IDX)", q7.get(0).section());
        // without IN_ORDER (a packed ring) the same log is legal out-of-order completion
        DeviceSettingsTest.Run plain = DeviceSettingsTest.run(log, DeviceSettingsTest.features("0x530000000"));
        assertFalse(plain.violations().violations().stream().anyMatch(v -> v.ruleId().equals("Q7")));
        // and without EVENT_IDX an interrupt need not mean used.idx moved: Q7 cannot tell
        DeviceSettingsTest.Run noEventIdx = DeviceSettingsTest.run(log, DeviceSettingsTest.features("0x910000000"));
        assertFalse(noEventIdx.violations().violations().stream().anyMatch(v -> v.ruleId().equals("Q7")));
    }

    @Test
    void heldBackFillsArePublishedWithTheBufferTheyWaitedFor() throws IOException {
        // pop 1, 2, 3; fill 2 and 3 (held back: no interrupt), fill 1 (all three published), interrupt
        Path log = dir.resolve("held.log");
        Files.writeString(log, """
                virtio_set_status vdev 0x10 val 0
                virtio_queue_notify vdev 0x10 n 0 vq 0x20
                virtqueue_pop vq 0x20 elem 0x1 in_num 1 out_num 1
                virtqueue_fill vq 0x20 elem 0x1 len 1 idx 0
                virtio_notify vdev 0x10 vq 0x20
                virtqueue_pop vq 0x20 elem 0x1 in_num 1 out_num 1
                virtqueue_pop vq 0x20 elem 0x2 in_num 1 out_num 1
                virtqueue_pop vq 0x20 elem 0x3 in_num 1 out_num 1
                virtqueue_fill vq 0x20 elem 0x2 len 1 idx 0
                virtqueue_fill vq 0x20 elem 0x3 len 1 idx 0
                virtqueue_fill vq 0x20 elem 0x1 len 1 idx 0
                virtio_notify vdev 0x10 vq 0x20
                virtqueue_pop vq 0x20 elem 0x4 in_num 1 out_num 1
                virtqueue_pop vq 0x20 elem 0x5 in_num 1 out_num 1
                virtqueue_fill vq 0x20 elem 0x5 len 1 idx 0
                """);
        DeviceSettingsTest.Run clean = DeviceSettingsTest.run(log, DeviceSettingsTest.features("0x830000000"));
        assertEquals(0, clean.violations().count(), () -> clean.violations().violations().toString());
        Map<String, Object> q = clean.stats().get(0);
        assertEquals(6L, q.get("lastAvailIdx"));
        assertEquals(4L, q.get("usedIdx"), "1, 2, 3 published in order after 1's fill; 5 waits for 4");
        assertEquals(3L, q.get("overtakingFills"));
        // an interrupt now (nothing published since the last) would announce 5 before 4
        Files.writeString(log, Files.readString(log) + "virtio_notify vdev 0x10 vq 0x20\n");
        DeviceSettingsTest.Run r = DeviceSettingsTest.run(log, DeviceSettingsTest.features("0x830000000"));
        assertEquals(1, r.violations().count());
        assertTrue(r.violations().violations().get(0).message().startsWith("interrupt while element 0x5 waits behind element 0x4"));
    }

    @Test
    void theFirstInterruptOfAnEpochIsNotJudged() throws IOException {
        // QEMU notifies at the first opportunity after a reset whatever used.idx did
        Path log = dir.resolve("first.log");
        Files.writeString(log, """
                virtio_set_status vdev 0x10 val 0
                virtio_queue_notify vdev 0x10 n 0 vq 0x20
                virtqueue_pop vq 0x20 elem 0x1 in_num 1 out_num 1
                virtqueue_pop vq 0x20 elem 0x2 in_num 1 out_num 1
                virtqueue_fill vq 0x20 elem 0x2 len 1 idx 0
                virtio_notify vdev 0x10 vq 0x20
                virtqueue_fill vq 0x20 elem 0x1 len 1 idx 0
                virtio_notify vdev 0x10 vq 0x20
                """);
        assertEquals(0, DeviceSettingsTest.run(log, DeviceSettingsTest.features("0x830000000")).violations().count());
    }

    @Test
    void popOrderIsACompactBoundedValue() {
        PopOrder o = new PopOrder();
        for (long e = 1; e <= 40; e++) { // grows past its first ring
            o.pop(e, false);
        }
        assertEquals(1, o.fill(3));
        assertEquals(0, o.fill(1));
        assertEquals(1, o.published());
        PopOrder c = o.copy();
        assertTrue(c.same(o));
        assertEquals(0, c.fill(2));
        assertEquals(3, c.published(), "2 releases 3, which waited");
        assertFalse(c.same(o));
        o.pop(2, true); // 2 popped again while in flight: the first one was dropped, it holds nothing back
        assertEquals(2, o.published(), "3 was waiting behind the dropped 2");
        assertEquals(-1, o.fill(99));
        PopOrder big = new PopOrder();
        for (long e = 0; e <= PopOrder.MAX; e++) {
            big.pop(e + 1, false);
        }
        assertTrue(big.lost(), "beyond " + PopOrder.MAX + " in flight the order is not tracked");
        assertEquals(-1, big.fill(1));
    }
}
