package io.ringside.core.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.CoreEvent;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceLevel;
import io.ringside.core.trace.TraceReader;
import io.ringside.core.trace.TraceWriter;

/** Random toy traces and their reference replay (every state kept: the traces are small). */
final class ToyTraces {

    static final DeviceModels MODELS = new DeviceModels(List.of(new ToyModel()));

    private ToyTraces() {
    }

    static TraceHeader header() {
        List<DeviceInfo> devs = List.of(
                new DeviceInfo(0, "toy", "a", 0, Map.of(), Map.of(),
                        List.of(new QueueInfo(0, "toy", 8, Map.of()), new QueueInfo(1, "toy", 4, Map.of()))),
                new DeviceInfo(3, "toy", "b", 0, Map.of(), Map.of(), List.of(new QueueInfo(2, "toy", 16, Map.of()))));
        return new TraceHeader("index-test", TraceLevel.MEMORY, devs, Map.of("seed", "x"));
    }

    /** Writes {@code n} random events; counters mostly rise, sometimes fall (TOY1 violations). */
    static void write(Path file, int n, long seed) throws IOException {
        Random r = new Random(seed);
        int[][] dq = { {0, 0}, {0, 1}, {3, 2}, {3, 2}, {3, 2} };
        long time = 1000;
        try (TraceWriter w = new TraceWriter(file, header())) {
            TraceEvent e = new TraceEvent();
            for (int i = 0; i < n; i++) {
                time += r.nextInt(50);
                int k = r.nextInt(20);
                if (k == 0) {
                    e.reset(CoreEvent.MARK).time(time).note(r.nextBoolean() ? "phase " + i : "ünïcode \"q\" " + i);
                } else {
                    int[] t = dq[r.nextInt(dq.length)];
                    if (k < 6) {
                        e.reset(ToyModel.Ev.TICK).time(time).device(t[0]).queue(t[1]);
                    } else {
                        long v = r.nextInt(60) == 0 ? r.nextInt(5) : i * 3L + r.nextInt(3);
                        if (r.nextInt(40) == 0) {
                            v = 0xffff_ffff_0000L + i; // big addresses-like values
                        }
                        e.reset(ToyModel.Ev.PUT).time(time).device(t[0]).queue(t[1]).set(0, r.nextInt(16)).set(1, v);
                    }
                }
                w.write(e);
            }
        }
    }

    /** The full replay: states.get(k) has k events applied; events and their violations by number. */
    static final class Reference {
        final List<Replay> states = new ArrayList<>();
        final List<TraceEvent> events = new ArrayList<>();
        final List<List<String>> violations = new ArrayList<>();
        final List<String> finish = new ArrayList<>();

        static Reference of(Path file) throws IOException {
            Reference ref = new Reference();
            try (TraceReader rd = TraceReader.open(file, MODELS.registry())) {
                Replay r = MODELS.replay(rd.header(), CheckOptions.DEFAULT);
                ref.states.add(r.copy());
                TraceEvent e = new TraceEvent();
                while (rd.next(e)) {
                    List<String> v = new ArrayList<>();
                    r.apply(e, x -> v.add(x.toString()));
                    ref.events.add(e.copy());
                    ref.violations.add(v);
                    ref.states.add(r.copy());
                }
                r.finish(ref.events.size() - 1, x -> ref.finish.add(x.toString()));
            }
            return ref;
        }

        int totalViolations() {
            return violations.stream().mapToInt(List::size).sum() + finish.size();
        }
    }
}
