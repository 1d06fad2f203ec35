package io.ringside.core.engine;

import java.util.ArrayList;
import java.util.List;

import io.ringside.core.check.Rule;
import io.ringside.core.check.Severity;
import io.ringside.core.check.Violation;
import io.ringside.core.check.ViolationSink;
import io.ringside.core.memory.RingImage;
import io.ringside.core.state.StateNode;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;

/**
 * The replay state of a whole trace: one {@link DeviceEngine} per device of the header, events
 * dispatched by device id. {@link #copy()} is a checkpoint.
 */
public final class Replay {

    /** An event names a device the header does not declare. */
    public static final Rule T1 = new Rule("T1", "docs/trace-format.md \"Events\"", Severity.ERROR,
            "Every event names a device declared in the header");

    /**
     * Most replay state a header may ask for, summed over its devices ({@link DeviceModel#stateBytes}):
     * 48 MiB by default, {@code -Dringside.maxStateMiB=N} to change. The live state, a checkpoint and a
     * cursor's copy then fit in a 256 MiB heap with room for the rest.
     */
    public static final long MAX_STATE_BYTES = Math.max(1, Long.getLong("ringside.maxStateMiB", 48)) << 20;

    private final TraceHeader header;
    private final DeviceEngine[] engines;
    /** The model of each engine (shared by copies: models are stateless). */
    private final DeviceModel[] models;
    private final int[] ids;
    private long applied;

    private Replay(TraceHeader header, DeviceEngine[] engines, DeviceModel[] models, int[] ids, long applied) {
        this.header = header;
        this.engines = engines;
        this.models = models;
        this.ids = ids;
        this.applied = applied;
    }

    /**
     * Builds the engines for a header.
     *
     * @throws IllegalArgumentException naming the device when no model accepts its type
     */
    public static Replay of(TraceHeader header, List<? extends DeviceModel> models, CheckOptions options) {
        List<DeviceInfo> devs = header.devices();
        DeviceEngine[] engines = new DeviceEngine[devs.size()];
        DeviceModel[] chosen = new DeviceModel[devs.size()];
        int[] ids = new int[devs.size()];
        long bytes = 0;
        for (int i = 0; i < devs.size(); i++) {
            DeviceInfo d = devs.get(i);
            DeviceModel model = null;
            for (DeviceModel m : models) {
                if (m.accepts(d, header.level())) {
                    model = m;
                    break;
                }
            }
            if (model == null) {
                throw new IllegalArgumentException(
                        "device " + d.id() + " has type '" + d.type() + "', which no Ringside device model replays at "
                                + header.level().id() + " level");
            }
            chosen[i] = model;
            bytes += model.stateBytes(d);
        }
        if (bytes > MAX_STATE_BYTES) { // checked before allocating: a header within the format's limits can still ask for too much
            int queues = 0;
            for (DeviceInfo d : devs) {
                queues += d.queues().size();
            }
            throw new IllegalArgumentException("the header's " + devs.size() + " device(s) and " + queues
                    + " queue(s) need " + mib(bytes) + " of replay state, more than Ringside replays (" + mib(MAX_STATE_BYTES)
                    + "; -Dringside.maxStateMiB=N in JAVA_OPTS raises it)");
        }
        for (int i = 0; i < devs.size(); i++) {
            engines[i] = chosen[i].newEngine(devs.get(i), header.level(), options);
            ids[i] = devs.get(i).id();
        }
        return new Replay(header, engines, chosen, ids, 0);
    }

    /** Bytes as MiB with one decimal, rounded up ("48.1 MiB"). */
    public static String mib(long bytes) {
        long tenths = (bytes * 10 + (1 << 20) - 1) >> 20;
        return tenths / 10 + "." + tenths % 10 + " MiB";
    }

    public TraceHeader header() {
        return header;
    }

    /** Events applied so far. */
    public long applied() {
        return applied;
    }

    /** The engine of a device id, or null. */
    public DeviceEngine engine(int deviceId) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == deviceId) {
                return engines[i];
            }
        }
        return null;
    }

    public List<DeviceEngine> engines() {
        return List.of(engines);
    }

    /** The model replaying a device id, or null. */
    public DeviceModel model(int deviceId) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == deviceId) {
                return models[i];
            }
        }
        return null;
    }

    /** The model that replays each engine of {@link #engines()}, in the same order. */
    public List<DeviceModel> models() {
        return List.of(models);
    }

    /** The rings of every device as this state has them (the debugger's Memory view). */
    public RingImage ringImage() {
        RingImage image = new RingImage();
        for (DeviceEngine en : engines) {
            en.writeRings(image);
        }
        return image;
    }

    /** {@code show}'s text of the state of the {@code i}-th device of {@link #engines()} (its model's words). */
    public String describe(int i) {
        return models[i].describe(engines[i].state(StateNode.Detail.FULL));
    }

    public void apply(TraceEvent e, ViolationSink sink) {
        applied++;
        int d = e.device();
        if (d == TraceEvent.NONE) {
            return; // markers and other device-less events change no state
        }
        // few devices per trace: a linear scan beats a map
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == d) {
                engines[i].apply(e, sink);
                return;
            }
        }
        sink.report(new Violation(T1, e.seq(), d, e.queue(),
                "event " + e.type().id() + " names device " + d + ", which the header does not declare"));
    }

    public void finish(long lastEvent, ViolationSink sink) {
        for (DeviceEngine en : engines) {
            en.finish(lastEvent, sink);
        }
    }

    public Replay copy() {
        DeviceEngine[] c = new DeviceEngine[engines.length];
        for (int i = 0; i < engines.length; i++) {
            c[i] = engines[i].copy();
        }
        return new Replay(header, c, models, ids.clone(), applied);
    }

    /**
     * Bytes of the engines' states that report it ({@link DeviceEngine#stateBytes()}), 0 when none
     * does.
     */
    public long stateBytes() {
        long b = 0;
        for (DeviceEngine en : engines) {
            long s = en.stateBytes();
            if (s > 0) {
                b += s;
            }
        }
        return b;
    }

    public boolean stateEquals(Replay o) {
        if (o.engines.length != engines.length || o.applied != applied) {
            return false;
        }
        for (int i = 0; i < engines.length; i++) {
            if (!engines[i].stateEquals(o.engines[i])) {
                return false;
            }
        }
        return true;
    }

    /** A sink that keeps the first {@code limit} violations and counts all of them. */
    public static final class Collector implements ViolationSink {
        private final int limit;
        private final List<Violation> kept = new ArrayList<>();
        private long count;
        private final long[] bySeverity = new long[Severity.values().length];

        public Collector(int limit) {
            this.limit = limit;
        }

        @Override
        public void report(Violation v) {
            count++;
            bySeverity[v.severity().ordinal()]++;
            if (kept.size() < limit) {
                kept.add(v);
            }
        }

        public List<Violation> violations() {
            return kept;
        }

        public long count() {
            return count;
        }

        public long errors() {
            return bySeverity[Severity.ERROR.ordinal()];
        }

        /** Violations of a severity. */
        public long count(Severity s) {
            return bySeverity[s.ordinal()];
        }

        /** Violations of {@code threshold} or worse (ERROR is the worst). */
        public long atLeast(Severity threshold) {
            long n = 0;
            for (int i = 0; i <= threshold.ordinal(); i++) {
                n += bySeverity[i];
            }
            return n;
        }
    }
}
