package io.ringside.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tukaani.xz.XZInputStream;

import io.ringside.core.analysis.LatencyHistogram;
import io.ringside.core.analysis.LifecycleSink;
import io.ringside.core.analysis.Metrics;
import io.ringside.core.analysis.RequestAnalysis;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.TraceEvent;

/**
 * The request analysis of the real QEMU 7.2 logs against a reference that reads the log text itself
 * (regular expressions over the lines, lists of samples, sorting): per queue and epoch the requests,
 * device latency (virtqueue_pop to virtqueue_fill of the element; pci_nvme_*_cmd to
 * pci_nvme_enqueue_req_completion of the cid on its SQ's CQ), completion to interrupt, submit to fetch
 * (NVMe), kicks, MMIO doorbells, interrupts and out-of-order completions.
 */
class LifecycleRealLogTest {

    private static final Pattern LINE = Pattern.compile("^\\d+@(\\d+)\\.(\\d{6}):(\\S+) ?(.*)$");

    /** The figures of one queue's epoch, as the reference counts them. */
    static final class Ref {
        final List<Long> device = new ArrayList<>();
        final List<Long> toIrq = new ArrayList<>();
        final List<Long> wait = new ArrayList<>();
        long requests;
        long kicks;
        long interrupts;
        long outOfOrder;
        // request tracking: key -> fetch time, in fetch order
        final LinkedHashMap<Long, Long> inFlight = new LinkedHashMap<>();
        final List<Long> pendingIrq = new ArrayList<>();
        final List<long[]> submits = new ArrayList<>(); // (time, count), oldest first

        void fetch(long key, long t) {
            if (!submits.isEmpty()) {
                long[] s = submits.get(0);
                wait.add(t - s[0]);
                if (--s[1] == 0) {
                    submits.remove(0);
                }
            }
            inFlight.put(key, t);
        }

        void complete(long key, long t) {
            requests++;
            Long f = inFlight.get(key);
            if (f != null) {
                if (!inFlight.keySet().iterator().next().equals(key)) {
                    outOfOrder++;
                }
                inFlight.remove(key);
                device.add(t - f);
            }
            pendingIrq.add(t);
        }

        void interrupt(long t) {
            interrupts++;
            for (long c : pendingIrq) {
                toIrq.add(t - c);
            }
            pendingIrq.clear();
        }
    }

    static long nearestRank(List<Long> values, double p) {
        List<Long> s = new ArrayList<>(values);
        Collections.sort(s);
        int rank = (int) Math.ceil(p / 100 * s.size());
        return s.get(Math.max(1, rank) - 1);
    }

    static Map<String, String> args(String text) {
        Map<String, String> m = new HashMap<>();
        Matcher kv = Pattern.compile("(\\w+)[ =](0x[0-9a-f]+|\\d+)").matcher(text);
        while (kv.find()) {
            m.putIfAbsent(kv.group(1), kv.group(2));
        }
        return m;
    }

    static long num(String s) {
        return s.startsWith("0x") ? Long.parseUnsignedLong(s.substring(2), 16) : Long.parseLong(s);
    }

    interface LineHandler {
        void line(long t, String event, Map<String, String> a);
    }

    static void read(Path log, LineHandler h) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new XZInputStream(Files.newInputStream(log)),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                Matcher m = LINE.matcher(line);
                if (m.matches()) {
                    long t = Long.parseLong(m.group(1)) * 1_000_000_000L + Long.parseLong(m.group(2)) * 1000;
                    h.line(t, m.group(3), args(m.group(4)));
                }
            }
        }
    }

    /** virtio-blk logs (one device, one queue): per epoch. */
    static Map<Integer, Ref> virtioReference(Path log) throws IOException {
        Map<Integer, Ref> epochs = new TreeMap<>();
        int[] epoch = { 0 };
        boolean[] dirty = { false };
        read(log, (t, ev, a) -> {
            if (ev.equals("virtio_set_status")) {
                if (num(a.get("val")) == 0) {
                    if (dirty[0]) {
                        epoch[0]++;
                        dirty[0] = false;
                    }
                } else {
                    dirty[0] = true;
                }
                return;
            }
            Ref r = null;
            if (ev.startsWith("virtqueue_") || ev.equals("virtio_queue_notify") || ev.startsWith("virtio_notify")) {
                r = epochs.computeIfAbsent(epoch[0], k -> new Ref());
                dirty[0] = true;
            }
            switch (ev) {
                case "virtqueue_pop" -> r.fetch(num(a.get("elem")), t);
                case "virtqueue_fill" -> r.complete(num(a.get("elem")), t);
                case "virtio_queue_notify" -> r.kicks++;
                case "virtio_notify", "virtio_notify_irqfd" -> r.interrupt(t);
                default -> {
                }
            }
        });
        return epochs;
    }

    /** The NVMe log: per epoch and SQ id. */
    static Map<String, Ref> nvmeReference(Path log) throws IOException {
        Map<String, Ref> out = new TreeMap<>();
        int[] epoch = { 0 };
        boolean[] dirty = { false };
        Map<Integer, Integer> sqCq = new HashMap<>();
        Map<Integer, Integer> sqSize = new HashMap<>();
        Map<Integer, Integer> sqTail = new HashMap<>();
        Map<Integer, Integer> cqVector = new HashMap<>();
        Map<Integer, Long> cqLast = new HashMap<>();
        long[] completions = { 0 };
        read(log, (t, ev, a) -> {
            switch (ev) {
                case "pci_nvme_mmio_start_success" -> {
                    if (dirty[0]) {
                        epoch[0]++;
                        sqCq.clear();
                        cqVector.clear();
                    }
                    dirty[0] = true;
                    sqCq.put(0, 0);
                    sqSize.put(0, 0); // the admin queue's size is in AQA: not used here
                    sqTail.put(0, 0);
                    cqVector.put(0, 0);
                    cqLast.put(0, -1L);
                    out.computeIfAbsent(epoch[0] + "/0", k -> new Ref());
                }
                case "pci_nvme_mmio_stopped", "pci_nvme_pci_reset" -> {
                    if (dirty[0]) {
                        epoch[0]++;
                        sqCq.clear();
                        cqVector.clear();
                        dirty[0] = false;
                    }
                }
                case "pci_nvme_create_cq" -> {
                    dirty[0] = true;
                    int cq = (int) num(a.get("cqid"));
                    cqVector.put(cq, (int) num(a.get("vector")));
                    cqLast.put(cq, -1L);
                }
                case "pci_nvme_create_sq" -> {
                    dirty[0] = true;
                    int sq = (int) num(a.get("sqid"));
                    sqCq.put(sq, (int) num(a.get("cqid")));
                    sqSize.put(sq, (int) num(a.get("qsize")) + 1);
                    sqTail.put(sq, 0);
                    out.computeIfAbsent(epoch[0] + "/" + sq, k -> new Ref());
                }
                case "pci_nvme_del_sq" -> sqCq.remove((int) num(a.get("sqid")));
                case "pci_nvme_mmio_doorbell_sq", "pci_nvme_shadow_doorbell_sq" -> {
                    int sq = (int) num(a.get("sqid"));
                    if (!sqCq.containsKey(sq)) {
                        return;
                    }
                    Ref r = out.get(epoch[0] + "/" + sq);
                    if (ev.equals("pci_nvme_mmio_doorbell_sq")) {
                        r.kicks++;
                    }
                    int v = (int) num(a.getOrDefault("new_tail", a.get("new_shadow_doorbell")));
                    int size = sqSize.get(sq);
                    if (size > 0 && v < size) {
                        int delta = Math.floorMod(v - sqTail.get(sq), size);
                        if (delta > 0) {
                            r.submits.add(new long[] { t, delta });
                        }
                        sqTail.put(sq, v);
                    }
                }
                case "pci_nvme_admin_cmd", "pci_nvme_io_cmd" -> {
                    dirty[0] = true;
                    int sq = (int) num(a.get("sqid"));
                    if (sqCq.containsKey(sq)) {
                        out.get(epoch[0] + "/" + sq).fetch(num(a.get("cid")), t);
                    }
                }
                case "pci_nvme_enqueue_req_completion" -> {
                    int cq = (int) num(a.get("cqid"));
                    long cid = num(a.get("cid"));
                    for (Map.Entry<Integer, Integer> s : new TreeMap<>(sqCq).entrySet()) {
                        Ref r = out.get(epoch[0] + "/" + s.getKey());
                        if (s.getValue() == cq && r.inFlight.containsKey(cid)) {
                            r.complete(cid, t);
                            break;
                        }
                    }
                    cqLast.put(cq, ++completions[0]); // the CQ that completed last ranks highest
                }
                case "pci_nvme_irq_msix", "pci_nvme_irq_pin" -> {
                    int vector = ev.equals("pci_nvme_irq_pin") ? 0 : (int) num(a.get("vector"));
                    int best = -1;
                    for (Map.Entry<Integer, Integer> c : cqVector.entrySet()) {
                        if (c.getValue() == vector && (best < 0 || cqLast.get(c.getKey()) > cqLast.get(best))) {
                            best = c.getKey();
                        }
                    }
                    for (Map.Entry<Integer, Integer> s : new TreeMap<>(sqCq).entrySet()) {
                        if (s.getValue() == best) {
                            out.get(epoch[0] + "/" + s.getKey()).interrupt(t);
                            break;
                        }
                    }
                }
                default -> {
                }
            }
        });
        return out;
    }

    record Analysed(RequestAnalysis analysis, Replay replay) {
    }

    static Analysed analyse(Path log) throws IOException {
        try (QemuLogSource src = QemuLogSource.open(log, false)) {
            Replay rp = RealTraceTest.MODELS.replay(src.header(), CheckOptions.DEFAULT);
            RequestAnalysis a = RequestAnalysis.of(src.header(), RealTraceTest.MODELS.models(), 0, null);
            Replay.Collector col = new Replay.Collector(0);
            TraceEvent e = new TraceEvent();
            while (src.next(e)) {
                rp.apply(e, col);
                a.apply(e);
            }
            a.finish();
            return new Analysed(a, rp);
        }
    }

    static void assertLatencies(List<Long> want, LatencyHistogram got, long quantum, String what) {
        assertEquals(want.size(), got.count(), what + " count");
        if (want.isEmpty()) {
            return;
        }
        for (double p : new double[] { 50, 90, 99 }) {
            long w = nearestRank(want, p);
            long g = got.percentile(p, quantum);
            // exact, or within 0.1 % (the contract of stats --json)
            assertTrue(g == w || Math.abs(g - w) <= w / 1000, what + " p" + p + ": " + g + ", reference " + w);
        }
        assertEquals(Collections.max(want), got.max(), what + " max");
        assertEquals(Collections.min(want), got.min(), what + " min");
    }

    /** The counts and latencies both sides have (kicks: the notification kind the reference counts). */
    static void assertSame(Ref r, Metrics m, int kicks, long quantum, String what) {
        assertEquals(r.requests, m.requests(), what);
        assertEquals(r.kicks, m.notifications(kicks), what);
        assertEquals(r.interrupts, m.interrupts(), what);
        assertEquals(r.outOfOrder, m.outOfOrder(), what);
        assertLatencies(r.device, m.latency(Metrics.Latency.DEVICE), quantum, what + " device");
        assertLatencies(r.toIrq, m.latency(Metrics.Latency.COMPLETION_TO_INTERRUPT), quantum, what + " irq");
    }

    /** The analysis' queue entries line up with the engine's (queue, epoch), in the same order. */
    static void assertSameEntries(Analysed an) {
        for (DeviceEngine en : an.replay().engines()) {
            List<String> engine = new ArrayList<>();
            for (Map<String, Object> q : en.queueStats()) {
                engine.add(q.get("queue") + "/" + q.get("epoch"));
            }
            List<String> analysis = new ArrayList<>();
            int device = an.replay().header().devices().get(an.replay().engines().indexOf(en)).id();
            for (Metrics m : an.analysis().queues(device)) {
                analysis.add(m.queue() + "/" + m.epoch());
            }
            assertEquals(engine, analysis);
        }
    }

    @Test
    void virtioSplitAndPackedAgainstTheLogText() throws IOException {
        for (String name : new String[] { "a_virtio-blk_split.trace.log.xz", "b_virtio-blk_packed.trace.log.xz" }) {
            Path log = RepoFiles.sample(name);
            Map<Integer, Ref> ref = virtioReference(log);
            Analysed an = analyse(log);
            assertSameEntries(an);
            RequestAnalysis a = an.analysis();
            assertEquals(1000, a.quantum());
            List<Metrics> qs = a.queues(0);
            assertEquals(ref.size(), qs.size(), name);
            for (Metrics m : qs) {
                assertSame(ref.get(m.epoch()), m, LifecycleSink.KICK, a.quantum(), name + " epoch " + m.epoch());
            }
            Metrics linux = qs.get(qs.size() - 1);
            assertEquals(2575, linux.requests()); // the Linux epoch of both logs (QMP: 2575 buffers)
            assertTrue(linux.outOfOrder() > 100, "virtio-blk completes out of order without IN_ORDER");
        }
    }

    @Test
    void nvmeAgainstTheLogText() throws IOException {
        Path log = RepoFiles.sample("d_nvme_smp1.trace.log.xz");
        Map<String, Ref> ref = nvmeReference(log);
        Analysed an = analyse(log);
        assertSameEntries(an);
        RequestAnalysis a = an.analysis();
        List<Metrics> qs = a.queues(an.replay().header().devices().get(0).id());
        assertEquals(ref.keySet(), new java.util.TreeSet<>(qs.stream().map(m -> m.epoch() + "/" + m.queue()).toList()));
        for (Metrics m : qs) {
            Ref r = ref.get(m.epoch() + "/" + m.queue());
            String what = "epoch " + m.epoch() + " SQ" + m.queue();
            assertSame(r, m, LifecycleSink.MMIO_SQ, a.quantum(), what);
            if (m.queue() > 0) { // the admin queue's size (AQA) is not read by the reference
                assertLatencies(r.wait, m.latency(Metrics.Latency.SUBMIT_TO_FETCH), a.quantum(), what + " submit");
            }
        }
        Metrics io = a.queue(0, 1, 1, 0);
        assertEquals(2699, io.requests());
        assertTrue(io.latency(Metrics.Latency.DEVICE).count() == 2699);
    }
}
