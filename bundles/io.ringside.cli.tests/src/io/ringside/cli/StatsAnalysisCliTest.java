package io.ringside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tukaani.xz.XZInputStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * {@code stats --json}: every queue-and-epoch entry carries {@code latency.device} {count, p50, p90, p99,
 * max} in nanoseconds, here compared with device latencies taken from the files' text (a QEMU log, an
 * emulator trace) by a few regular expressions and a sort.
 */
class StatsAnalysisCliTest {

    /** The JSON document as maps, lists, longs, doubles, strings, booleans and nulls. */
    static Object parse(String json) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            p.nextToken();
            return value(p);
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String k = p.currentName();
                    p.nextToken();
                    m.put(k, value(p));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_NUMBER_INT -> {
                return p.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return p.getDoubleValue();
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> {
                return p.getBooleanValue();
            }
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> queues(String... args) throws IOException {
        MainTest.Run r = MainTest.run(args);
        assertEquals(0, r.rc(), r.err());
        Map<String, Object> doc = (Map<String, Object>) parse(r.out());
        assertNotNull(doc.get("overall"));
        return (List<Map<String, Object>>) doc.get("queues");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> device(Map<String, Object> entry) {
        Map<String, Object> lat = (Map<String, Object>) entry.get("latency");
        Map<String, Object> d = (Map<String, Object>) lat.get("device");
        assertTrue(d.keySet().containsAll(List.of("count", "p50", "p90", "p99", "max")), d.toString());
        return d;
    }

    static long nearestRank(List<Long> v, double p) {
        List<Long> s = new ArrayList<>(v);
        Collections.sort(s);
        return s.get(Math.max(1, (int) Math.ceil(p / 100 * s.size())) - 1);
    }

    static void assertLatency(List<Long> want, Map<String, Object> got) {
        assertEquals((long) want.size(), got.get("count"));
        for (String k : new String[] { "p50", "p90", "p99" }) {
            long w = nearestRank(want, Double.parseDouble(k.substring(1)));
            long g = (Long) got.get(k);
            assertTrue(Math.abs(g - w) <= w / 1000, k + ": " + g + " vs " + w); // exact or within 0.1 %
        }
        assertEquals(Collections.max(want), got.get("max"));
    }

    @Test
    void everyEntryOfEveryKindOfTraceHasTheDeviceLatency() throws IOException {
        for (String f : new String[] { QemuCliTest.log("a_virtio-blk_split.trace.log.xz").toString(),
                QemuCliTest.log("d_nvme_smp1.trace.log.xz").toString(),
                QemuCliTest.repo().resolve("samples/traces/virtio-packed.rstrace").toString(),
                QemuCliTest.repo().resolve("samples/traces/nvme-2queues.rstrace").toString() }) {
            List<Map<String, Object>> qs = queues("stats", "--json", f);
            assertTrue(qs.size() > 0, f);
            for (Map<String, Object> q : qs) {
                Map<String, Object> d = device(q);
                long n = (Long) d.get("count");
                for (String k : new String[] { "p50", "p90", "p99", "max" }) {
                    if (n == 0) {
                        assertEquals(null, d.get(k), f);
                    } else {
                        assertInstanceOf(Long.class, d.get(k), f + " " + k);
                    }
                }
            }
        }
    }

    /** NVMe: pci_nvme_io_cmd to pci_nvme_enqueue_req_completion of the same cid, I/O queue 1 of Linux's epoch. */
    @Test
    void nvmeLogDeviceLatencyFromTheText() throws IOException {
        Path log = QemuCliTest.log("d_nvme_smp1.trace.log.xz");
        Pattern cmd = Pattern.compile("@(\\d+)\\.(\\d{6}):pci_nvme_io_cmd cid (\\d+) nsid \\S+ sqid 1 ");
        Pattern done = Pattern.compile("@(\\d+)\\.(\\d{6}):pci_nvme_enqueue_req_completion cid (\\d+) cqid 1 ");
        Map<String, Long> fetched = new HashMap<>();
        List<Long> lat = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new XZInputStream(Files.newInputStream(log)),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.contains("pci_nvme_mmio_start_success")) { // a controller enable: Linux's epoch begins again
                    fetched.clear();
                    lat.clear();
                }
                Matcher m = cmd.matcher(line);
                if (m.find()) {
                    fetched.put(m.group(3), Long.parseLong(m.group(1)) * 1_000_000_000L + Long.parseLong(m.group(2)) * 1000);
                }
                m = done.matcher(line);
                if (m.find() && fetched.containsKey(m.group(3))) {
                    long t = Long.parseLong(m.group(1)) * 1_000_000_000L + Long.parseLong(m.group(2)) * 1000;
                    lat.add(t - fetched.remove(m.group(3)));
                }
            }
        }
        Map<String, Object> io = null;
        for (Map<String, Object> q : queues("stats", "--json", log.toString())) {
            if ((Long) q.get("queue") == 1 && (Long) q.get("epoch") == 1) {
                io = q;
            }
        }
        assertEquals(2699, lat.size());
        assertLatency(lat, device(io));
    }

    /** An emulator trace: fetch to used_ring of the same head, simulated nanoseconds. */
    @Test
    void emulatorTraceDeviceLatencyFromTheText() throws IOException {
        Path f = QemuCliTest.repo().resolve("samples/traces/virtio-split-eventidx.rstrace");
        Pattern ev = Pattern.compile("\"ev\":\"(fetch|used_ring)\",\"t\":(\\d+),.*\"(?:head|id)\":(\\d+)");
        Map<String, Long> fetched = new HashMap<>();
        List<Long> lat = new ArrayList<>();
        for (String line : Files.readAllLines(f)) {
            Matcher m = ev.matcher(line);
            if (m.find()) {
                long t = Long.parseLong(m.group(2));
                if (m.group(1).equals("fetch")) {
                    fetched.put(m.group(3), t);
                } else {
                    lat.add(t - fetched.remove(m.group(3)));
                }
            }
        }
        assertEquals(150, lat.size());
        assertLatency(lat, device(queues("stats", "--json", f.toString()).get(0)));
    }

    @Test
    void textIsATableOfQueuesThatFits120Columns() throws IOException {
        String log = QemuCliTest.log("d_nvme_smp1.trace.log.xz").toString();
        List<Map<String, Object>> qs = queues("stats", "--json", log);
        MainTest.Run r = MainTest.run("stats", log);
        assertEquals(0, r.rc(), r.err());
        String[] lines = r.out().split("\n");
        for (String l : lines) {
            assertTrue(l.length() <= 120, l.length() + ": " + l);
        }
        assertTrue(lines[1].matches("dev queue epoch layout +requests +IOPS +depth +max +p50 us +p99 us +max us +kick/req"
                + " +irq/req +req/kick +cpl/irq +ooo"), lines[1]);
        // a row per queue and epoch, in the order of the JSON entries, then the whole trace
        for (int i = 0; i < qs.size(); i++) {
            Map<String, Object> q = qs.get(i);
            String[] cells = lines[2 + i].trim().split(" +");
            assertEquals(List.of("0", String.valueOf(q.get("queue")), String.valueOf(q.get("epoch")), "nvme",
                    String.valueOf(q.get("requests"))), List.of(cells).subList(0, 5), lines[2 + i]);
            Map<String, Object> d = device(q);
            if ((Long) d.get("count") > 0) {
                assertEquals(MetricsTable.num((Long) d.get("p50") / 1000.0, 1), cells[8], lines[2 + i]);
                assertEquals(MetricsTable.num((Long) d.get("max") / 1000.0, 1), cells[10], lines[2 + i]);
            }
        }
        assertTrue(lines[2 + qs.size()].startsWith("all "), lines[2 + qs.size()]);
        assertTrue(lines[3 + qs.size()].startsWith("mmioDoorbellsPerCommand 2.088"), r.out());
        assertTrue(lines[4 + qs.size()].startsWith("totals: commandsAfterDbbuf 2709, "), r.out());
    }

    @Test
    void verboseListsEveryValue() {
        String log = QemuCliTest.log("a_virtio-blk_split.trace.log.xz").toString();
        MainTest.Run r = MainTest.run("stats", "--verbose", log);
        assertEquals(0, r.rc(), r.err());
        // two queue epochs and the whole trace, each with its latencies by name
        assertEquals(3, r.out().split("\n  latency\\.device\\.p50 ", -1).length - 1, r.out());
        assertTrue(r.out().contains("\n  lastAvailIdx           2575\n"), r.out());
        assertTrue(r.out().contains("\noverall:\n  requests               2576\n"), r.out());
        assertTrue(r.out().contains("\ntotals:\n  filled                 2576\n"), r.out());
    }
}
