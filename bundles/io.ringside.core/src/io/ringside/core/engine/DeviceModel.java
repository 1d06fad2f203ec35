package io.ringside.core.engine;

import java.util.List;

import io.ringside.core.check.Rule;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.EventType;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceLevel;

/**
 * A kind of device the engine understands (virtio, NVMe). The command line and the IDE collect the
 * models they ship and build an {@link io.ringside.core.trace.EventRegistry} and {@link Replay} from
 * them.
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
    default io.ringside.core.analysis.Lifecycle lifecycle(DeviceInfo device, TraceLevel level) {
        return null;
    }
}
