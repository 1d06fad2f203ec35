package io.ringside.core.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ringside.core.check.Rule;
import io.ringside.core.check.Severity;
import io.ringside.core.check.ViolationSink;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.DeviceModel;
import io.ringside.core.state.StateNode.Detail;
import io.ringside.core.state.StateNode;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.EventType;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceLevel;

/**
 * A small device model for index tests: each queue is an array of counters written by {@code toy_put}
 * (rule TOY1: a counter never goes down) and bumped by {@code toy_tick}; an order-sensitive hash of
 * everything applied makes any replay mistake visible in {@link DeviceEngine#stateEquals}.
 */
final class ToyModel implements DeviceModel {

    static final Rule TOY1 = new Rule("TOY1", "test", Severity.ERROR, "A counter never goes down");
    static final Rule TOY2 = new Rule("TOY2", "test", Severity.WARNING, "Queue left with odd ticks at the end");

    enum Ev implements EventType {
        PUT("toy_put", "slot", "value"), TICK("toy_tick");

        private final String id;
        private final String[] fields;

        Ev(String id, String... fields) {
            this.id = id;
            this.fields = fields;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String[] fields() {
            return fields;
        }

        @Override
        public int requiredMask() {
            return this == PUT ? 3 : 0;
        }

        @Override
        public TraceLevel level() {
            return TraceLevel.MEMORY;
        }

        @Override
        public String description() {
            return "toy";
        }
    }

    @Override
    public String name() {
        return "toy";
    }

    @Override
    public boolean accepts(DeviceInfo device, TraceLevel level) {
        return "toy".equals(device.type());
    }

    @Override
    public List<? extends EventType> eventTypes() {
        return List.of(Ev.values());
    }

    @Override
    public List<Rule> rules() {
        return List.of(TOY1, TOY2);
    }

    @Override
    public DeviceEngine newEngine(DeviceInfo device, TraceLevel level, CheckOptions options) {
        return new Engine(device);
    }

    static final class Engine implements DeviceEngine {
        final int id;
        final long[][] cells;
        final long[] ticks;
        long hash;
        long applied;

        Engine(DeviceInfo d) {
            id = d.id();
            int max = 0;
            for (QueueInfo q : d.queues()) {
                max = Math.max(max, q.index() + 1);
            }
            cells = new long[max][];
            for (QueueInfo q : d.queues()) {
                cells[q.index()] = new long[Math.max(1, q.size())];
            }
            ticks = new long[max];
        }

        Engine(Engine o) {
            id = o.id;
            cells = new long[o.cells.length][];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = o.cells[i] == null ? null : o.cells[i].clone();
            }
            ticks = o.ticks.clone();
            hash = o.hash;
            applied = o.applied;
        }

        @Override
        public void apply(TraceEvent e, ViolationSink sink) {
            if (!(e.type() instanceof Ev ev)) {
                return;
            }
            int q = e.queue();
            applied++;
            hash = hash * 1_000_003 + e.seq() * 31 + ev.ordinal();
            if (q < 0 || q >= cells.length || cells[q] == null) {
                return;
            }
            if (ev == Ev.TICK) {
                ticks[q]++;
                return;
            }
            long[] c = cells[q];
            int slot = (int) Math.floorMod(e.get(0), (long) c.length);
            long v = e.get(1);
            if (v < c[slot]) {
                sink.report(TOY1.at(e.seq(), id, q, "counter " + slot + " went from " + c[slot] + " to " + v));
            }
            c[slot] = v;
            hash = hash * 31 + v;
        }

        @Override
        public void finish(long lastEvent, ViolationSink sink) {
            for (int q = 0; q < ticks.length; q++) {
                if (cells[q] != null && (ticks[q] & 1) != 0) {
                    sink.report(TOY2.at(lastEvent, id, q, "odd ticks: " + ticks[q]));
                }
            }
        }

        @Override
        public DeviceEngine copy() {
            return new Engine(this);
        }

        @Override
        public boolean stateEquals(DeviceEngine other) {
            if (!(other instanceof Engine o) || o.hash != hash || o.applied != applied || !Arrays.equals(o.ticks, ticks)) {
                return false;
            }
            return Arrays.deepEquals(cells, o.cells);
        }

        @Override
        public List<Map<String, Object>> queueStats() {
            List<Map<String, Object>> l = new ArrayList<>();
            for (int q = 0; q < cells.length; q++) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("queue", q);
                m.put("ticks", ticks[q]);
                l.add(m);
            }
            return l;
        }

        @Override
        public void addTotals(Map<String, Long> totals) {
            totals.merge("applied", applied, Long::sum);
        }

        @Override
        public StateNode state(Detail detail) {
            StateNode m = StateNode.root();
            m.put("device", id);
            m.put("applied", applied);
            m.put("hash", hash);
            return m;
        }
    }
}
