package io.ringside.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.ringside.core.analysis.LatencyHistogram;
import io.ringside.core.analysis.LifecycleSink;
import io.ringside.core.analysis.Metrics;
import io.ringside.core.analysis.RequestAnalysis;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceReader;
import io.ringside.core.trace.TraceWriter;
import io.ringside.emulator.nvme.NvmeOptions;
import io.ringside.nvme.NvmeModel;
import io.ringside.virtio.VirtioModel;

/**
 * The request analysis of emulator traces (memory level, simulated times known to the nanosecond)
 * against a reference that reads the written JSON lines with regular expressions: per queue the requests,
 * bytes, notifications sent and suppressed, interrupts, out-of-order completions and every latency
 * distribution, compared value for value at p50, p90, p99 and the extremes.
 */
class LifecycleEmulatorTest {

    private static final Pattern EVENT = Pattern.compile("^\\{\"ev\":\"(\\w+)\",\"t\":(\\d+),\"d\":(\\d+),\"q\":(\\d+)(.*)$");
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(-?\\d+)");
    private static final Pattern NVME_QUEUE = Pattern.compile(
            "\\{\"index\":(\\d+),\"layout\":\"nvme\",\"size\":(\\d+),\"props\":\\{[^}]*\"cqid\":(\\d+)");

    /** One queue's figures as the reference counts them. */
    static final class Queue {
        final Map<String, List<Long>> lat = new HashMap<>();
        final Map<String, Long> count = new HashMap<>();
        final LinkedHashMap<Long, long[]> inFlight = new LinkedHashMap<>(); // key -> {fetch, submit}, fetch order
        final ArrayDeque<long[]> submits = new ArrayDeque<>(); // {time, count}
        final List<Long> sinceIrq = new ArrayList<>();
        final ArrayDeque<long[]> unconsumed = new ArrayDeque<>(); // {completion, submit}

        void add(String what, long n) {
            count.merge(what, n, Long::sum);
        }

        void sample(String what, long v) {
            lat.computeIfAbsent(what, k -> new ArrayList<>()).add(v);
        }

        void fetch(long key, long t) {
            long submitted = -1;
            long[] s = submits.peekFirst();
            if (s != null) {
                submitted = s[0];
                sample("submitToFetch", t - s[0]);
                if (--s[1] == 0) {
                    submits.removeFirst();
                }
            }
            inFlight.put(key, new long[] { t, submitted });
            add("fetched", 1);
        }

        void complete(long key, long t, long bytes) {
            add("requests", 1);
            if (bytes >= 0) {
                add("bytes", bytes);
            }
            long[] f = inFlight.get(key);
            if (f != null) {
                if (inFlight.keySet().iterator().next() != key) {
                    add("outOfOrder", 1);
                }
                inFlight.remove(key);
                sample("device", t - f[0]);
            }
            sinceIrq.add(t);
            unconsumed.addLast(new long[] { t, f == null ? -1 : f[1] });
        }

        void interrupt(long t) {
            add("interrupts", 1);
            for (long c : sinceIrq) {
                sample("completionToInterrupt", t - c);
            }
            sinceIrq.clear();
        }

        void consume(long t) {
            long[] c = unconsumed.pollFirst();
            if (c != null) {
                sample("completionToConsume", t - c[0]);
                if (c[1] >= 0) {
                    sample("submitToConsume", t - c[1]);
                }
            }
        }
    }

    /** The reference: every queue of the trace text, by queue index. */
    static Map<Integer, Queue> reference(String text) {
        String[] lines = text.split("\n");
        Map<Integer, Integer> sizes = new HashMap<>();
        Map<Integer, Integer> owner = new HashMap<>(); // NVMe CQ -> the SQ using it
        Matcher qm = NVME_QUEUE.matcher(lines[0]);
        while (qm.find()) {
            sizes.put(Integer.parseInt(qm.group(1)), Integer.parseInt(qm.group(2)));
            owner.putIfAbsent(Integer.parseInt(qm.group(3)), Integer.parseInt(qm.group(1)));
        }
        // VIRTIO_F_IN_ORDER (bit 35): a used element may stand for its batch, every buffer fetched before it
        Matcher fe = Pattern.compile("\"features\":\"0x([0-9a-f]+)\"").matcher(lines[0]);
        boolean inOrder = fe.find() && (Long.parseUnsignedLong(fe.group(1), 16) >>> 35 & 1) == 1;
        Map<Integer, Queue> queues = new HashMap<>();
        Map<Integer, Long> lastIndex = new HashMap<>(); // avail.idx (virtio), published SQ tail (NVMe)
        for (int i = 1; i < lines.length; i++) {
            Matcher m = EVENT.matcher(lines[i]);
            if (!m.matches()) {
                continue;
            }
            String ev = m.group(1);
            long t = Long.parseLong(m.group(2));
            int q = Integer.parseInt(m.group(4));
            Map<String, Long> f = new HashMap<>();
            Matcher fm = FIELD.matcher(m.group(5));
            while (fm.find()) {
                f.put(fm.group(1), Long.parseLong(fm.group(2)));
            }
            Queue r = queues.computeIfAbsent(ev.startsWith("nvme_c") || ev.equals("nvme_irq") ? owner.get(q) : q,
                    k -> new Queue());
            switch (ev) {
                case "avail_idx" -> {
                    long v = f.get("value");
                    long delta = v - lastIndex.getOrDefault(q, 0L) & 0xffff;
                    lastIndex.put(q, v);
                    if (delta > 0) {
                        r.submits.addLast(new long[] { t, delta });
                    }
                    r.add("submitted", delta);
                }
                case "nvme_sq_db", "nvme_sq_shadow" -> {
                    if (ev.equals("nvme_sq_db")) {
                        r.add(f.get("eventfd") == 1 ? "eventfd" : "mmioSq", 1);
                    }
                    long v = f.get("value");
                    long delta = Math.floorMod(v - lastIndex.getOrDefault(q, 0L), sizes.get(q));
                    lastIndex.put(q, v);
                    if (delta > 0) {
                        r.submits.addLast(new long[] { t, delta });
                    }
                    r.add("submitted", delta);
                }
                case "kick" -> r.add("kicks", 1);
                case "kick_skip" -> r.add("kicksSuppressed", 1);
                case "nvme_cq_db" -> r.add("mmioCq", 1);
                case "fetch" -> r.fetch(f.get("head"), t);
                case "nvme_sq_fetch" -> r.fetch(f.get("cid"), t);
                case "used_ring", "used_desc" -> {
                    long id = f.get("id");
                    while (inOrder && r.inFlight.containsKey(id) && r.inFlight.keySet().iterator().next() != id) {
                        r.complete(r.inFlight.keySet().iterator().next(), t, -1);
                    }
                    r.complete(id, t, f.get("len"));
                }
                case "nvme_cqe" -> queues.computeIfAbsent(f.get("sqid").intValue(), k -> new Queue()).complete(f.get("cid"), t,
                        -1);
                case "irq", "nvme_irq" -> r.interrupt(t);
                case "irq_skip" -> r.add("interruptsSuppressed", 1);
                case "nvme_cq_consume" -> r.consume(t);
                default -> {
                }
            }
        }
        return queues;
    }

    static long nearestRank(List<Long> v, double p) {
        List<Long> s = new ArrayList<>(v);
        Collections.sort(s);
        return s.get(Math.max(1, (int) Math.ceil(p / 100 * s.size())) - 1);
    }

    /** Runs a workload, writes its trace, analyses the file and compares every queue with the reference. */
    static RequestAnalysis check(Workload w) throws IOException {
        DeviceEmulator em = Emulators.forDevice(w.device());
        TraceHeader h = em.header(w, null, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TraceWriter tw = new TraceWriter(bytes, h);
        long[] seq = { 0 };
        em.run(w, null, e -> tw.write(e.seq(seq[0]++)), null);
        tw.close();
        DeviceModels models = new DeviceModels(List.of(new VirtioModel(), NvmeModel.INSTANCE));
        RequestAnalysis a;
        try (TraceReader r = new TraceReader(new ByteArrayInputStream(bytes.toByteArray()), "mem", models.registry())) {
            a = RequestAnalysis.of(r.header(), models.models(), 0, null);
            TraceEvent e = new TraceEvent();
            while (r.next(e)) {
                a.apply(e);
            }
            a.finish();
        }
        Map<Integer, Queue> ref = reference(bytes.toString(StandardCharsets.UTF_8));
        List<Metrics> qs = a.queues(0);
        long requests = 0;
        for (Metrics m : qs) {
            Queue r = ref.getOrDefault(m.queue(), new Queue());
            String what = w.device() + " queue " + m.queue();
            Map<String, Long> got = new HashMap<>();
            got.put("requests", m.requests());
            got.put("fetched", m.fetched());
            got.put("submitted", m.submitted());
            got.put("bytes", m.bytes());
            got.put("kicks", m.notifications(LifecycleSink.KICK));
            got.put("kicksSuppressed", m.notifications(LifecycleSink.KICK_SUPPRESSED));
            got.put("mmioSq", m.notifications(LifecycleSink.MMIO_SQ));
            got.put("mmioCq", m.notifications(LifecycleSink.MMIO_CQ));
            got.put("eventfd", m.notifications(LifecycleSink.EVENTFD));
            got.put("interrupts", m.interrupts());
            got.put("interruptsSuppressed", m.interruptsSuppressed());
            got.put("outOfOrder", m.outOfOrder());
            for (Map.Entry<String, Long> e : got.entrySet()) {
                assertEquals(r.count.getOrDefault(e.getKey(), 0L), e.getValue(), what + " " + e.getKey());
            }
            for (Metrics.Latency l : Metrics.Latency.values()) {
                LatencyHistogram hist = m.latency(l);
                List<Long> want = r.lat.getOrDefault(l.key(), List.of());
                if (hist == null) {
                    assertTrue(want.isEmpty(), what + " " + l.key() + " shown by the trace");
                    continue;
                }
                assertEquals(want.size(), hist.count(), what + " " + l.key() + " count");
                if (want.isEmpty()) {
                    continue;
                }
                for (double p : new double[] { 50, 90, 99 }) {
                    long wv = nearestRank(want, p);
                    long gv = hist.percentile(p, a.quantum());
                    assertTrue(Math.abs(gv - wv) <= wv / 1000, what + " " + l.key() + " p" + p + ": " + gv + " vs " + wv);
                }
                assertEquals(Collections.max(want), hist.max(), what + " " + l.key() + " max");
                assertEquals(Collections.min(want), hist.min(), what + " " + l.key() + " min");
            }
            requests += m.requests();
        }
        assertEquals(requests, a.overall().requests());
        return a;
    }

    @Test
    void virtioSplitPackedAndInOrder() throws IOException {
        Workload base = Workload.defaults("virtio-blk").withRequests(3000).withQueueDepth(16).withBatch(4)
                .withCompletion("random");
        RequestAnalysis split = check(base);
        assertTrue(split.overall().outOfOrder() > 0, "random completion is out of order");
        check(base.withVirtio(base.virtio().withEventIdx(false)));
        check(base.withVirtio(base.virtio().withLayout("packed")));
        RequestAnalysis inOrder = check(base.withVirtio(base.virtio().withInOrder(true)));
        assertEquals(0, inOrder.overall().outOfOrder(), "IN_ORDER completes in order");
        check(base.withVirtio(base.virtio().withLayout("packed").withInOrder(true)));
    }

    @Test
    void nvmeShadowDoorbellsEventfdAndQueues() throws IOException {
        Workload base = Workload.defaults("nvme").withRequests(2000);
        RequestAnalysis off = check(NvmeOptions.vary(base, "shadow-doorbell", "off"));
        RequestAnalysis on = check(NvmeOptions.vary(base, "shadow-doorbell", "on"));
        check(NvmeOptions.vary(NvmeOptions.vary(base, "shadow-doorbell", "on"), "ioeventfd", "on"));
        check(NvmeOptions.vary(NvmeOptions.vary(base, "io-queues", "2"), "queue-depth", "8"));
        // the shadow doorbell saves MMIO exits per command (docs/performance.md, "NVMe doorbells")
        double exitsOff = (double) (off.overall().notifications(LifecycleSink.MMIO_SQ)
                + off.overall().notifications(LifecycleSink.MMIO_CQ)) / off.overall().requests();
        double exitsOn = (double) (on.overall().notifications(LifecycleSink.MMIO_SQ)
                + on.overall().notifications(LifecycleSink.MMIO_CQ)) / on.overall().requests();
        assertTrue(exitsOn < exitsOff, exitsOn + " < " + exitsOff);
    }
}
