package io.ringside.core.engine;

import java.util.List;

import io.ringside.core.analysis.Lifecycle;
import io.ringside.core.check.Rule;
import io.ringside.core.state.StateNode;
import io.ringside.core.internal.state.StateText;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.EventType;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceLevel;

/**
 * A kind of device Ringside replays (memory-level virtio and NVMe, the operation-level QEMU models): the
 * extension point for device kinds. A model is registered once, in its bundle's
 * {@code src/META-INF/services/io.ringside.core.engine.DeviceModel} ({@link Extensions}), and supplies
 * everything the tools need of its devices: the events it reads, its rules, its engine
 * ({@link #newEngine}) whose {@link DeviceEngine#state state tree} every view reads and whose
 * {@link DeviceEngine#writeRings ring image} the Memory view shows, the text {@code show} prints of that
 * tree ({@link #describe}), the fields a watchpoint can watch ({@link #watchFields}), the replay state a
 * device needs ({@link #stateBytes}) and how its events map onto request lifecycles ({@link #lifecycle}).
 */
public interface DeviceModel {

    /** Short name: {@code virtio}, {@code nvme}. */
    String name();

    /**
     * Whether this model replays a device of the header at the given level (a memory-level virtio
     * model and an operation-level one can both exist for {@code virtio-blk}).
     */
    boolean accepts(DeviceInfo device, TraceLevel level);

    /** Every event type this model reads and writes. */
    List<? extends EventType> eventTypes();

    /** Every rule this model checks, in a stable order. */
    List<Rule> rules();

    DeviceEngine newEngine(DeviceInfo device, TraceLevel level, CheckOptions options);

    /**
     * What {@code show} prints of a device's full state tree ({@link DeviceEngine#state}; several lines,
     * no trailing newline). The default lists the tree's summary, indented ({@link StateText}).
     */
    default String describe(StateNode device) {
        return StateText.outline(device);
    }

    /** The ring fields of this model's queues a watchpoint can watch (a constant list). */
    default List<WatchField> watchFields() {
        return List.of();
    }

    /** This model's watchable field of an id, or null. */
    default WatchField watchField(String id) {
        for (WatchField f : watchFields()) {
            if (f.id().equals(id)) {
                return f;
            }
        }
        return null;
    }

    /**
     * Bytes of replay state a device of a header needs from the first event (what {@link #newEngine}
     * allocates, and each checkpoint copies), checked against {@link Replay#MAX_STATE_BYTES} before anything
     * is allocated. The default is generous: 2 KiB per device, 512 bytes per queue and 224 per entry.
     */
    default long stateBytes(DeviceInfo device) {
        long b = 2048;
        for (QueueInfo q : device.queues()) {
            b += 512 + 224L * Math.max(1, q.size());
        }
        return b;
    }

    /**
     * How this device's events map onto request lifecycle steps, for the request analysis ({@code stats},
     * {@code compare}, the workbench): a new, independent mapping per call, or null when the model has
     * none.
     */
    default Lifecycle lifecycle(DeviceInfo device, TraceLevel level) {
        return null;
    }
}
