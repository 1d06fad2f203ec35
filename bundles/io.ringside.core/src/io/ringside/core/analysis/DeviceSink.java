package io.ringside.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One device of a {@link RequestAnalysis}: the sink of its model's {@link Lifecycle}. Each step lands in
 * the queue's open {@link QueueSegment} and in up to four metrics at once (the queue's, the whole trace's,
 * and their current windows'), and matches earlier steps for the latencies. Epochs end at a device reset:
 * the queues' segments close, their metrics join the queue totals, and their histograms stay whole within
 * {@link RequestAnalysis#HISTOGRAM_BUDGET}. Per step it allocates nothing (tables grow by doubling).
 */
final class DeviceSink implements LifecycleSink {
    final int id;
    final Lifecycle lc;
    final int steps;
    final int kinds;
    RequestAnalysis owner;
    int epoch;
    boolean shadow;
    QueueSegment[] open = new QueueSegment[4];
    int[] occurrences = new int[4];
    final List<Metrics> closed = new ArrayList<>();
    Metrics[] totals = new Metrics[4]; // per queue, over its epochs
    private final Metrics[] targets = new Metrics[4];
    private int nTargets;

    DeviceSink(int id, Lifecycle lc) {
        this.id = id;
        this.lc = lc;
        this.steps = lc.steps();
        this.kinds = lc.notifications();
    }

    List<Metrics> queues() {
        List<Metrics> l = new ArrayList<>(closed);
        for (QueueSegment s : open) {
            if (s != null) {
                l.add(s.m);
            }
        }
        l.sort(RequestAnalysis.ORDER);
        return l;
    }

    /** The queue's open segment (opened at its first step), its metrics in {@link #targets}; null for a bad index. */
    private QueueSegment seg(int q, long t) {
        if (q < 0 || q > 0xffff) {
            return null;
        }
        if (q >= open.length) {
            int n = Math.max(q + 1, open.length * 2);
            open = Arrays.copyOf(open, n);
            occurrences = Arrays.copyOf(occurrences, n);
        }
        QueueSegment s = open[q];
        if (s == null) {
            s = newSegment(q, t);
        }
        RequestAnalysis a = owner;
        s.m.touch(t);
        a.overall.touch(t);
        targets[0] = s.m;
        targets[1] = a.overall;
        nTargets = 2;
        if (s.w != null) {
            if (!s.windowActive) {
                s.windowActive = true;
                a.windowActive.add(s);
            }
            targets[2] = s.w;
            targets[3] = a.overallWindow;
            nTargets = 4;
        }
        return s;
    }

    private QueueSegment newSegment(int q, long t) {
        RequestAnalysis a = owner;
        Metrics m = new Metrics(id, q, epoch, steps, kinds, lc);
        m.occurrence = occurrences[q];
        Metrics w = null;
        if (a.window > 0) {
            w = new Metrics(id, q, epoch, steps, kinds, lc);
            w.occurrence = m.occurrence;
            w.window(a.windowStart, a.windowEnd);
        }
        QueueSegment s = new QueueSegment(m, w, occurrences[q], steps);
        open[q] = s;
        return s;
    }

    private void closeSegment(int q, long t) {
        QueueSegment s = open[q];
        if (s == null) {
            return;
        }
        RequestAnalysis a = owner;
        int left = s.m.depth; // requests still in flight leave the whole trace's depth with the queue
        if (left > 0) {
            a.overall.depth(t, -left);
            if (a.overallWindow != null) {
                a.overallWindow.depth(t, -left);
            }
            if (s.w != null) {
                s.w.depth(t, -left);
            }
        }
        s.release();
        total(s.m);
        long bytes = s.m.footprint();
        if (a.kept + bytes <= RequestAnalysis.HISTOGRAM_BUDGET) {
            a.kept += bytes;
        } else {
            s.m.summarize(a.quantum());
        }
        closed.add(s.m);
        open[q] = null;
        occurrences[q]++;
    }

    /**
     * A latency of the queue (and of its window): the whole trace's histograms get the queue's when its
     * epoch ends or the analysis finishes (adding histograms costs less than a second record per value).
     */
    private static void record(QueueSegment s, Metrics.Latency kind, long ns) {
        s.m.record(kind, ns);
        if (s.w != null) {
            s.w.record(kind, ns);
        }
    }

    /** Adds an epoch that ended (or is open at the end) to its queue's totals. */
    void total(Metrics m) {
        if (m.queue >= totals.length) {
            totals = Arrays.copyOf(totals, Math.max(m.queue + 1, totals.length * 2));
        }
        if (totals[m.queue] == null) {
            totals[m.queue] = new Metrics(id, m.queue, -1, steps, kinds, lc);
        }
        totals[m.queue].addEpoch(m);
    }

    @Override
    public void epoch(long time) {
        long t = owner.now;
        for (int q = 0; q < open.length; q++) {
            closeSegment(q, t);
        }
        Arrays.fill(occurrences, 0);
        epoch++;
        shadow = false;
    }

    @Override
    public void open(int queue, long time) {
        seg(queue, owner.now);
    }

    @Override
    public void close(int queue, long time) {
        if (queue >= 0 && queue < open.length) {
            closeSegment(queue, owner.now);
        }
    }

    @Override
    public void shadowDoorbells(long time) {
        shadow = true;
    }

    @Override
    public void submit(int queue, long time, int count) {
        long t = owner.now;
        QueueSegment s = seg(queue, t);
        if (s == null || count <= 0) {
            return;
        }
        for (int i = 0; i < nTargets; i++) {
            targets[i].submitted += count;
        }
        if (s.submits != null) {
            s.submits.push2(t, count);
        }
    }

    @Override
    public void notify(int queue, long time, int kind) {
        QueueSegment s = seg(queue, owner.now);
        if (s == null) {
            return;
        }
        boolean mmio = kind == MMIO_SQ || kind == MMIO_CQ;
        boolean reaches = kind == KICK || kind == MMIO_SQ || kind == EVENTFD;
        for (int i = 0; i < nTargets; i++) {
            Metrics m = targets[i];
            m.notifications[kind]++;
            if (mmio) {
                if (shadow) {
                    m.mmioAfterShadow++;
                } else {
                    m.mmioBeforeShadow++;
                }
            }
            if (reaches) {
                m.kick();
            }
        }
        if (reaches || kind == MMIO_CQ) {
            owner.series.add(owner.now, reaches ? Series.KICKS : Series.MMIO_CQ, 1);
        }
    }

    @Override
    public void fetch(int queue, long time, long key, int op) {
        long t = owner.now;
        QueueSegment s = seg(queue, t);
        if (s == null) {
            return;
        }
        long submitted = -1;
        LongRing sub = s.submits;
        if (sub != null && sub.size() > 0) { // the oldest request made available is the one fetched
            submitted = sub.get(0);
            long left = sub.get(1) - 1;
            if (left > 0) {
                sub.set(1, left);
            } else {
                sub.pop();
                sub.pop();
            }
        }
        boolean tracked = false;
        if (s.inFlight != null && !s.lost) {
            long ord = s.nextOrdinal();
            long old = s.inFlight.put(key, t, submitted, ord);
            if (old == -2) {
                s.lost = true; // too many in flight: stop tracking this queue's requests
                s.inFlight.clear();
            } else {
                tracked = true;
                if (old >= 0) {
                    s.complete(old); // the earlier request with this key is given up
                }
            }
        }
        for (int i = 0; i < nTargets; i++) {
            Metrics m = targets[i];
            m.fetched++;
            m.fetchesSinceKick++;
            if (shadow) {
                m.fetchedAfterShadow++;
            } else {
                m.fetchedBeforeShadow++;
            }
            if (tracked) {
                m.depth(t, 1);
            }
            if (op >= 0 && op < 512 && m.ops != null) {
                m.ops[op]++;
            }
        }
        if (submitted >= 0) {
            record(s, Metrics.Latency.SUBMIT_TO_FETCH, t - submitted);
        }
    }

    @Override
    public void complete(int queue, long time, long key, long bytes) {
        long t = owner.now;
        QueueSegment s = seg(queue, t);
        if (s == null) {
            return;
        }
        int slot = s.inFlight == null ? -1 : s.inFlight.find(key);
        long fetched = -1;
        long submitted = -1;
        boolean outOfOrder = false;
        if (slot >= 0) {
            fetched = s.inFlight.fetchTime(slot);
            submitted = s.inFlight.submitTime(slot);
            outOfOrder = !s.complete(s.inFlight.ordinal(slot));
            s.inFlight.remove(slot);
        }
        for (int i = 0; i < nTargets; i++) {
            Metrics m = targets[i];
            m.completed++;
            m.completionsSinceInterrupt++;
            if (bytes >= 0) {
                m.bytes += bytes;
                m.sized++;
            }
            if (slot < 0) {
                m.unmatched++;
                continue;
            }
            m.depth(t, -1);
            if (outOfOrder) {
                m.outOfOrder++;
            }
        }
        Series series = owner.series;
        series.add(t, Series.REQUESTS, 1);
        if (slot >= 0) {
            record(s, Metrics.Latency.DEVICE, t - fetched);
            series.add(t, Series.LATENCY_SUM, t - fetched);
            series.add(t, Series.LATENCY_COUNT, 1);
        }
        if (s.toInterrupt != null) {
            s.toInterrupt.push(t);
        }
        if (s.toConsume != null) {
            s.toConsume.push2(t, submitted);
        }
    }

    @Override
    public void publish(int queue, long time, int count) {
        if (seg(queue, owner.now) == null) {
            return;
        }
        for (int i = 0; i < nTargets; i++) {
            targets[i].published += count;
        }
    }

    @Override
    public void interrupt(int queue, long time, boolean suppressed) {
        long t = owner.now;
        QueueSegment s = seg(queue, t);
        if (s == null) {
            return;
        }
        for (int i = 0; i < nTargets; i++) {
            Metrics m = targets[i];
            if (suppressed) {
                m.interruptsSuppressed++;
            } else {
                m.interrupts++;
                m.interrupt();
            }
        }
        if (!suppressed) {
            owner.series.add(t, Series.INTERRUPTS, 1);
        }
        LongRing r = s.toInterrupt;
        if (suppressed || r == null) {
            return;
        }
        while (r.size() > 0) {
            record(s, Metrics.Latency.COMPLETION_TO_INTERRUPT, t - r.pop());
        }
    }

    @Override
    public void consume(int queue, long time, int count) {
        long t = owner.now;
        QueueSegment s = seg(queue, t);
        if (s == null || count <= 0) {
            return;
        }
        for (int i = 0; i < nTargets; i++) {
            targets[i].consumed += count;
        }
        LongRing r = s.toConsume;
        for (int k = 0; k < count && r != null && r.size() > 0; k++) {
            long c = r.pop();
            long sub = r.pop();
            record(s, Metrics.Latency.COMPLETION_TO_CONSUME, t - c);
            if (sub >= 0) {
                record(s, Metrics.Latency.SUBMIT_TO_CONSUME, t - sub);
            }
        }
    }

    @Override
    public boolean inFlight(int queue, long key) {
        QueueSegment s = queue >= 0 && queue < open.length ? open[queue] : null;
        return s != null && s.inFlight != null && s.inFlight.find(key) >= 0;
    }
}
