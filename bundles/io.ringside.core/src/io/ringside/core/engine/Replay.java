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
            engines[i] = model.newEngine(d, header.level(), options);
            chosen[i] = model;
            ids[i] = d.id();
        }
        return new Replay(header, engines, chosen, ids, 0);
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
        private long errors;

        public Collector(int limit) {
            this.limit = limit;
        }

        @Override
        public void report(Violation v) {
            count++;
            if (v.severity() == Severity.ERROR) {
                errors++;
            }
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
            return errors;
        }
    }
}
