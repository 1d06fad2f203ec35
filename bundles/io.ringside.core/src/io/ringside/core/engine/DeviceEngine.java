package io.ringside.core.engine;

import java.util.List;
import java.util.Map;

import io.ringside.core.check.ViolationSink;
import io.ringside.core.memory.RingImage;
import io.ringside.core.state.StateNode;
import io.ringside.core.state.StateNode.Detail;
import io.ringside.core.trace.TraceEvent;

/**
 * The replay state of one device: applies events, checks rules, counts metrics. Its state is a
 * compact value: {@link #copy()} gives an independent deep copy (checkpoints of the index, stepping
 * back), and {@link #stateEquals(DeviceEngine)} compares two states (tests: seek equals replay).
 */
public interface DeviceEngine {

    /** Applies one event addressed to this device, reporting the rules it breaks. */
    void apply(TraceEvent e, ViolationSink sink);

    /** End of trace: report what was left inconsistent (stalls, requests never completed...). */
    default void finish(long lastEvent, ViolationSink sink) {
    }

    DeviceEngine copy();

    boolean stateEquals(DeviceEngine other);

    /**
     * One map per queue (and epoch, for imports), keys in the order of the {@code stats --json}
     * contract: {@code queue}, {@code layout}, then the model's counters. Values are Long, Integer,
     * Double, String or Boolean.
     */
    List<Map<String, Object>> queueStats();

    /** Adds this device's contribution to the {@code totals} of {@code stats --json}. */
    void addTotals(Map<String, Long> totals);

    /**
     * The state as one typed tree (a new one each call), which every consumer reads: {@code show} (its
     * model's {@link DeviceModel#describe} text) and {@code show --json}, the debugger's Variables, the
     * Statistics page, the EMF view model. Things a trace cannot show are {@link StateNode.Kind#UNKNOWN}.
     * {@link Detail#FULL} adds the ring images (tables) the views draw; the summary costs less (the
     * Statistics page samples it every few hundred events).
     */
    StateNode state(Detail detail);

    /**
     * Writes this device's rings into guest memory as the state has them, naming the regions (the
     * debugger's Memory view); nothing by default (a device whose trace does not show its rings).
     */
    default void writeRings(RingImage image) {
    }

    /**
     * Bytes this state holds, roughly (what a {@link #copy()} costs), or -1 when the engine does not
     * say: the index keeps its checkpoints within a memory budget by it. Engines whose state grows with
     * what a trace asks for during the replay (queues created by commands) report it.
     */
    default long stateBytes() {
        return -1;
    }
}
