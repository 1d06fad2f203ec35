package io.ringside.nvme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.LongSupplier;

import io.ringside.core.trace.CoreEvent;
import io.ringside.core.trace.EventSink;
import io.ringside.core.trace.TraceEvent;

/**
 * Turns the memory writes and reads of an NVMe host and controller into events of one device: one reused
 * {@link TraceEvent}, stamped with the clock. A sink's I/O error is rethrown unchecked (the emulator's
 * callers report it).
 */
public final class NvmeEmitter {

    private final TraceEvent ev = new TraceEvent();
    private final EventSink sink;
    private final int device;
    private final LongSupplier clock;
    private long count;

    public NvmeEmitter(EventSink sink, int device, LongSupplier clock) {
        this.sink = sink;
        this.device = device;
        this.clock = clock;
    }

    /** Starts an event of queue pair {@code q}; set fields on the returned event, then {@link #emit()}. */
    public TraceEvent start(NvmeEvent type, int q) {
        return ev.reset(type).time(clock.getAsLong()).device(device).queue(q);
    }

    public void emit() {
        try {
            sink.accept(ev);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
    }

    /** Emits a marker note (fault injections, phases of the run, a stall). */
    public void mark(String note) {
        ev.reset(CoreEvent.MARK).time(clock.getAsLong()).device(device).note(note);
        emit();
    }

    /** Events emitted so far. */
    public long count() {
        return count;
    }
}
