package io.ringside.emulator;

import java.io.IOException;
import java.util.List;

import io.ringside.core.trace.EventSink;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.util.ProgressMonitor;

/**
 * A reference emulator of one kind of device: a driver and a device over guest memory, run on a
 * workload, emitting memory-level events. Registered in {@link Emulators#all()}.
 */
public interface DeviceEmulator {

    /** What the emulator's run produced. */
    record Result(long requests, long events, boolean stopped, String stopReason) {
    }

    /** The workload {@code device} this emulator runs ({@code virtio-blk}, {@code nvme}). */
    String device();

    /** The faults it can plant, in a stable order. */
    List<Fault> faults();

    /**
     * The workload as it will run: with the fault's needs turned on.
     *
     * @throws IllegalArgumentException with a user-readable message when the workload cannot run
     */
    Workload effective(Workload w, Fault fault);

    /** The trace header of a run (write it before the events). */
    TraceHeader header(Workload w, Fault fault, String commandLine);

    /**
     * Runs the workload, sending every event to {@code sink}.
     *
     * @param fault a fault of {@link #faults()} to plant once, or null
     */
    Result run(Workload w, Fault fault, EventSink sink, ProgressMonitor monitor) throws IOException;

    default Fault fault(String name) {
        for (Fault f : faults()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }
}
