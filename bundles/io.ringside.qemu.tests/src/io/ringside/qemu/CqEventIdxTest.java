package io.ringside.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ringside.core.check.Violation;

/**
 * Rule Q8, the CQ EventIdx a controller with shadow doorbells writes before it reads a new CQ head (the
 * QEMU 7.1/7.2 hang, fixed in 8.0): clean on QEMU 11.1's NVMe log ({@code n}), firing on it with
 * {@code pci_nvme_update_cq_eventidx} lines deleted, and said to be uncheckable on QEMU 7.2's ({@code d}),
 * which never traces those writes.
 */
class CqEventIdxTest {

    static final Path N = RepoFiles.sample("n_nvme_qemu11_smp2.trace.log.xz");
    static final Path D = RepoFiles.sample("d_nvme_smp1.trace.log.xz");
    private static final Pattern HEAD = Pattern.compile("pci_nvme_(update_cq_head|mmio_doorbell_cq) cqid (\\d+) new_head (\\d+)");

    @TempDir
    Path dir;

    private static List<Violation> q8(DeviceSettingsTest.Run r) {
        return r.violations().violations().stream().filter(v -> v.ruleId().equals("Q8")).toList();
    }

    /**
     * The shadow CQ head reads that bring a new head with no EventIdx write before them, counted on the
     * text: a reference for the engine.
     */
    private static long unannounced(List<String> lines) {
        Map<String, String> head = new HashMap<>();
        Map<String, Boolean> written = new HashMap<>();
        boolean dbbuf = false;
        long n = 0;
        Matcher ei = Pattern.compile("pci_nvme_update_cq_eventidx cqid (\\d+) ").matcher("");
        for (String l : lines) {
            dbbuf |= l.contains(" pci_nvme_dbbuf_config ");
            if (l.contains(" pci_nvme_mmio_start_success")) { // a controller reset: new queues
                head.clear();
                written.clear();
                dbbuf = false;
            }
            if (ei.reset(l).find()) {
                written.put(ei.group(1), true);
            }
            Matcher m = HEAD.matcher(l);
            if (m.find()) {
                boolean shadow = m.group(1).equals("update_cq_head");
                if (shadow && dbbuf && !written.getOrDefault(m.group(2), false)
                        && !m.group(3).equals(head.getOrDefault(m.group(2), "0"))) {
                    n++;
                }
                if (shadow) {
                    written.put(m.group(2), false);
                }
                head.put(m.group(2), m.group(3));
            }
        }
        return n;
    }

    @Test
    void theQemu11LogChecksClean() throws IOException {
        DeviceSettingsTest.Run r = DeviceSettingsTest.run(N, QemuOptions.DEFAULT);
        assertEquals(0, r.violations().count(), () -> r.violations().violations().toString());
        assertEquals(0, unannounced(RealTraceTest.rawLines(N)));
        assertEquals("[]", r.source().warnings().toString());
    }

    @Test
    void deletedCqEventIdxWritesFireQ8() throws IOException {
        List<String> lines = new ArrayList<>(RealTraceTest.rawLines(N));
        // every one of them gone: the QEMU 7.1/7.2 controller
        Path all = dir.resolve("none.log");
        Files.write(all, lines.stream().filter(l -> !l.contains(" pci_nvme_update_cq_eventidx ")).toList());
        DeviceSettingsTest.Run r = DeviceSettingsTest.run(all, QemuOptions.DEFAULT);
        long expected = unannounced(RealTraceTest.rawLines(all));
        assertTrue(expected > 10, "shadow reads with a new head (most heads arrive by MMIO first): " + expected);
        assertEquals(expected, r.violations().count(), "every new head read without an EventIdx write");
        // one gone, before a read that brings a new head: one violation, at that read
        Map<String, String> head = new HashMap<>();
        int at = -1;
        for (int i = 0; i + 1 < lines.size() && at < 0; i++) {
            Matcher h = HEAD.matcher(lines.get(i + 1));
            if (i > lines.size() / 2 && lines.get(i).contains(" pci_nvme_update_cq_eventidx ") && h.find()
                    && !h.group(3).equals(head.get(h.group(2)))) {
                at = i;
            }
            Matcher m = HEAD.matcher(lines.get(i));
            if (m.find()) {
                head.put(m.group(2), m.group(3));
            }
        }
        String removed = lines.remove(at);
        Path one = dir.resolve("one.log");
        Files.write(one, lines);
        assertEquals(1, unannounced(lines), removed);
        DeviceSettingsTest.Run r1 = DeviceSettingsTest.run(one, QemuOptions.DEFAULT);
        assertEquals(1, q8(r1).size(), () -> removed + ": " + r1.violations().violations());
        Violation v = q8(r1).get(0);
        assertTrue(v.message().contains("from the shadow doorbell without writing the CQ's EventIdx since its last read"),
                v.message());
        assertEquals("NVMe Base 2.0 §5.8 (Doorbell Buffer Config), NVMe 1.3 §7.13", v.section());
    }

    @Test
    void onQemu72LogsTheRuleCannotBeCheckedAndTheWarningSaysSo() throws IOException {
        DeviceSettingsTest.Run r = DeviceSettingsTest.run(D, QemuOptions.DEFAULT);
        assertEquals(0, r.violations().count());
        String w = r.source().warnings().toString();
        assertTrue(w.contains("rule Q8 (the controller writes a CQ's EventIdx before it reads a new CQ head from the shadow"
                + " doorbell) cannot be checked on this log, neither passed nor failed: QEMU 7.x does not trace its CQ"
                + " EventIdx writes"), w);
        // QEMU 7.2's shadow CQ reads bring new heads with no EventIdx write traced: were the rule applied, it would fail
        long reads = RealTraceTest.rawLines(D).stream().filter(l -> l.contains(":pci_nvme_shadow_doorbell_cq ")).count();
        assertTrue(reads > 1000, "7.2 shadow CQ head reads: " + reads);
    }
}
