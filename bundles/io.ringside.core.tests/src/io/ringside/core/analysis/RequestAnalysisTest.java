package io.ringside.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ringside.core.check.Rule;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.DeviceModel;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.EventType;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceLevel;

/**
 * The analysis on a hand-made lifecycle whose every figure is worked out by hand below: latencies of
 * each kind, time-weighted depth, out-of-order completions, batching, epochs and re-created queues,
 * windows.
 */
class RequestAnalysisTest {

    /** One event per sink call: the field is the count or the key (and bytes for DONE). */
    enum Ev implements EventType {
        SUBMIT, KICK, FETCH, DONE, IRQ, CONSUME, RESET, CREATE, DELETE;

        @Override
        public String id() {
            return name().toLowerCase();
        }

        @Override
        public String[] fields() {
            return new String[] { "a", "b" };
        }

        @Override
        public TraceLevel level() {
            return TraceLevel.MEMORY;
        }

        @Override
        public String description() {
            return id();
        }
    }

    static final class TestLifecycle implements Lifecycle {
        @Override
        public int steps() {
            return Step.mask(Step.values());
        }

        @Override
        public int notifications() {
            return 1 << LifecycleSink.KICK;
        }

        @Override
        public String opName(int op) {
            return "op" + op;
        }

        @Override
        public void apply(TraceEvent e, LifecycleSink s) {
            int q = e.queue();
            long t = e.time();
            switch ((Ev) e.type()) {
                case SUBMIT -> s.submit(q, t, (int) e.get(0));
                case KICK -> s.notify(q, t, LifecycleSink.KICK);
                case FETCH -> s.fetch(q, t, e.get(0), 2);
                case DONE -> s.complete(q, t, e.get(0), e.get(1));
                case IRQ -> s.interrupt(q, t, false);
                case CONSUME -> s.consume(q, t, (int) e.get(0));
                case RESET -> s.epoch(t);
                case CREATE -> s.open(q, t);
                case DELETE -> s.close(q, t);
            }
        }
    }

    static final class TestModel implements DeviceModel {
        @Override
        public String name() {
            return "test";
        }

        @Override
        public boolean accepts(DeviceInfo device, TraceLevel level) {
            return true;
        }

        @Override
        public List<? extends EventType> eventTypes() {
            return List.of(Ev.values());
        }

        @Override
        public List<Rule> rules() {
            return List.of();
        }

        @Override
        public DeviceEngine newEngine(DeviceInfo device, TraceLevel level, CheckOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Lifecycle lifecycle(DeviceInfo device, TraceLevel level) {
            return new TestLifecycle();
        }
    }

    private final TraceEvent e = new TraceEvent();

    private void at(RequestAnalysis a, long t, Ev ev, int q, long... v) throws Exception {
        e.reset(ev).time(t).device(3).queue(q);
        for (int i = 0; i < v.length; i++) {
            e.set(i, v[i]);
        }
        a.apply(e);
    }

    record Row(long start, int queue, int epoch, Metrics m, long completed, double depthMean) {
    }

    private RequestAnalysis run(long window, List<Row> rows) throws Exception {
        TraceHeader h = new TraceHeader("test", TraceLevel.MEMORY,
                List.of(new DeviceInfo(3, "test", null, 0, null, null, List.of())), Map.of());
        RequestAnalysis a = RequestAnalysis.of(h, List.of(new TestModel()), window,
                (an, start, m) -> rows.add(new Row(start, m.queue(), m.epoch(), m, m.requests(), m.depthMean())));
        at(a, 0, Ev.SUBMIT, 0, 3);
        at(a, 10, Ev.KICK, 0);
        at(a, 100, Ev.FETCH, 0, 1);
        at(a, 200, Ev.FETCH, 0, 2);
        at(a, 300, Ev.FETCH, 0, 3);
        at(a, 400, Ev.DONE, 0, 2, 512); // 1 is older: out of order
        at(a, 500, Ev.IRQ, 0);
        at(a, 700, Ev.DONE, 0, 1, 1024);
        at(a, 800, Ev.DONE, 0, 3, 0);
        at(a, 1000, Ev.IRQ, 0);
        at(a, 1100, Ev.CONSUME, 0, 3);
        at(a, 2000, Ev.RESET, 0);
        at(a, 2100, Ev.FETCH, 0, 9);
        at(a, 2050, Ev.DONE, 0, 9, -1); // time runs backwards: taken as 2100
        at(a, 2200, Ev.CREATE, 5);
        at(a, 2300, Ev.DELETE, 5);
        at(a, 2400, Ev.CREATE, 5);
        at(a, 2450, Ev.FETCH, 5, 1);
        a.finish();
        return a;
    }

    @Test
    void figuresOfOneQueueEpoch() throws Exception {
        RequestAnalysis a = run(0, new ArrayList<>());
        Metrics m = a.queue(3, 0, 0, 0);
        assertEquals(3, m.requests());
        assertEquals(3, m.fetched());
        assertEquals(3, m.submitted());
        assertEquals(3, m.consumed());
        assertEquals(0, m.start());
        assertEquals(1100, m.span());
        LatencyHistogram dev = m.latency(Metrics.Latency.DEVICE); // 200, 600, 500
        assertEquals(3, dev.count());
        assertEquals(500, dev.percentile(50, 1));
        assertEquals(600, dev.percentile(99, 1));
        assertEquals(200, dev.min());
        assertEquals(100, m.latency(Metrics.Latency.SUBMIT_TO_FETCH).min()); // 100, 200, 300
        assertEquals(300, m.latency(Metrics.Latency.SUBMIT_TO_FETCH).max());
        LatencyHistogram irq = m.latency(Metrics.Latency.COMPLETION_TO_INTERRUPT); // 100, 300, 200
        assertEquals(3, irq.count());
        assertEquals(200, irq.percentile(50, 1));
        LatencyHistogram consume = m.latency(Metrics.Latency.COMPLETION_TO_CONSUME); // 700, 400, 300
        assertEquals(400, consume.percentile(50, 1));
        assertEquals(1100, m.latency(Metrics.Latency.SUBMIT_TO_CONSUME).min());
        assertEquals(1, m.outOfOrder());
        // depth 1, 2, 3 from 100, 200, 300; 2 from 400; 1 from 700; 0 from 800: area 1300 over 1100 ns
        assertEquals(1300.0 / 1100, m.depthMean(), 1e-12);
        assertEquals(3, m.depthMax());
        assertEquals(1536, m.bytes());
        assertEquals(3 * 1e9 / 1100, m.iops(), 1e-6);
        Map<String, Object> map = a.toMap(m);
        @SuppressWarnings("unchecked")
        Map<String, Object> batching = (Map<String, Object>) map.get("batching");
        assertEquals(3.0, batching.get("requestsPerKick"));
        assertEquals(1.5, batching.get("completionsPerInterrupt"));
        assertEquals(2L, batching.get("maxCompletionsPerInterrupt"));
        assertEquals(Map.of("op2", 3L), map.get("ops"));
        @SuppressWarnings("unchecked")
        Map<String, Object> device = (Map<String, Object>) ((Map<String, Object>) map.get("latency")).get("device");
        assertEquals(List.of("count", "p50", "p90", "p99", "p999", "max", "min", "mean"), List.copyOf(device.keySet()));
        assertEquals(500L, device.get("p50"));
    }

    @Test
    void epochsAndRecreatedQueues() throws Exception {
        RequestAnalysis a = run(0, new ArrayList<>());
        List<Metrics> qs = a.queues(3);
        assertEquals(4, qs.size());
        Metrics e1 = qs.get(1);
        assertEquals(0, e1.queue());
        assertEquals(1, e1.epoch());
        assertEquals(1, e1.requests());
        assertEquals(0, e1.latency(Metrics.Latency.DEVICE).max()); // 2050 counted as 2100
        assertEquals(1, e1.sized() + 1); // bytes -1: unknown
        assertEquals(5, qs.get(2).queue());
        assertEquals(0, qs.get(2).occurrence());
        assertEquals(0, qs.get(2).fetched());
        assertEquals(1, qs.get(3).occurrence());
        assertEquals(1, qs.get(3).fetched());
        assertEquals(0, a.queue(3, 7, 1, 0).requests()); // a queue without steps: empty metrics
        assertNull(a.queue(4, 0, 0, 0)); // no such device
        Metrics all = a.overall();
        assertEquals(4, all.requests());
        assertEquals(5, all.fetched());
        assertEquals(2450, all.span());
        assertEquals(1, all.depthMax() - 2); // 3 at most
    }

    @Test
    void windows() throws Exception {
        List<Row> rows = new ArrayList<>();
        run(500, rows);
        List<Row> all = rows.stream().filter(r -> r.queue() < 0).toList();
        assertEquals(List.of(0L, 500L, 1000L, 1500L, 2000L), all.stream().map(Row::start).toList());
        assertEquals(List.of(1L, 2L, 0L, 0L, 1L), all.stream().map(Row::completed).toList());
        // [0, 500): depth 1, 2, 3 from 100, 200, 300, 2 from 400: area 800
        assertEquals(800.0 / 500, all.get(0).depthMean(), 1e-12);
        List<String> queues = rows.stream().filter(r -> r.queue() >= 0).map(r -> r.start() + ":" + r.queue() + "/" + r.epoch())
                .toList();
        assertEquals(List.of("0:0/0", "500:0/0", "1000:0/0", "2000:0/1", "2000:5/1", "2000:5/1"), queues);
    }

    @Test
    void queueTotalsOverEpochsAndTheSeries() throws Exception {
        RequestAnalysis a = run(0, new ArrayList<>());
        List<Metrics> totals = a.queueTotals();
        assertEquals(List.of(0, 5), totals.stream().map(Metrics::queue).toList());
        Metrics q0 = totals.get(0);
        assertEquals(-1, q0.epoch());
        assertEquals(4, q0.requests()); // 3 in epoch 0, 1 in epoch 1
        assertEquals(1100, q0.span()); // 1100 + 0
        assertEquals(1300.0 / 1100, q0.depthMean(), 1e-12);
        assertEquals(4, q0.latency(Metrics.Latency.DEVICE).count());
        assertEquals(1, totals.get(1).fetched()); // both occurrences of queue 5
        Series s = a.series();
        assertEquals(1024, s.width());
        assertEquals(3, s.size()); // buckets 0 (0..1023 ns) to 2 (2048..3071)
        assertEquals(3, s.get(Series.REQUESTS, 0));
        assertEquals(1, s.get(Series.REQUESTS, 2));
        assertEquals((200 + 600 + 500) / 3.0, s.meanLatency(0), 1e-9);
        assertEquals(1, s.get(Series.KICKS, 0));
        assertEquals(2, s.get(Series.INTERRUPTS, 0));
    }

    @Test
    void seriesDoublesItsBucketsAndKeepsTheCounts() {
        Series s = new Series();
        long t = 5_000;
        long n = 0;
        for (int i = 0; i < 100_000; i++) {
            s.add(t, Series.REQUESTS, 1);
            n++;
            t += 37 + i % 1000;
        }
        assertTrue(s.size() <= Series.MAX && s.size() > Series.MAX / 2, s.size() + " buckets");
        long sum = 0;
        for (int i = 0; i < s.size(); i++) {
            sum += s.get(Series.REQUESTS, i);
        }
        assertEquals(n, sum);
        assertTrue(s.width() * Series.MAX >= t - 5_000);
        assertEquals(5_000, s.start());
    }

    @Test
    void oneHeapSettingGivesOneHistogramBudget() {
        long mib = 1L << 20;
        // what Runtime.maxMemory() said in three runs of one -Xmx256m command (parallel collector)
        for (long max : new long[] { 248_512_512L, 250_609_664L, 256_901_120L }) {
            assertEquals(32 * mib, RequestAnalysis.histogramBudget(max), "maxMemory " + max);
        }
        assertEquals(64 * mib, RequestAnalysis.histogramBudget(1000 * mib), "an eighth of 1 GiB is over the cap");
        assertEquals(16 * mib, RequestAnalysis.histogramBudget(100 * mib), "100 MiB is nearer 128 MiB than 64");
        assertEquals(8 * mib, RequestAnalysis.histogramBudget(80 * mib), "80 MiB is nearer 64 MiB than 128");
        assertEquals(64 * mib, RequestAnalysis.histogramBudget(Long.MAX_VALUE), "no limit");
    }
}
