package io.ringside.virtio;

import java.io.IOException;
import java.util.function.LongSupplier;

import io.ringside.core.trace.EventSink;
import io.ringside.core.trace.TraceEvent;

/** Turns ring writes into events of one queue: one reused {@link TraceEvent}, stamped with the clock. */
public final class RingEmitter {

    private final TraceEvent ev = new TraceEvent();
    private final EventSink sink;
    private final int device;
    private final int queue;
    private final LongSupplier clock;
    private long count;

    public RingEmitter(EventSink sink, int device, int queue, LongSupplier clock) {
        this.sink = sink;
        this.device = device;
        this.queue = queue;
        this.clock = clock;
    }

    /** Starts an event; set fields on the returned event, then {@link #emit()}. */
    public TraceEvent start(VirtioEvent type) {
        return ev.reset(type).time(clock.getAsLong()).device(device).queue(queue);
    }

    public void emit() throws IOException {
        count++;
        sink.accept(ev);
    }

    public void emit1(VirtioEvent type, long v) throws IOException {
        start(type).set(0, v);
        emit();
    }

    public void emit0(VirtioEvent type) throws IOException {
        start(type);
        emit();
    }

    /**
     * Emits the outcome of a notification decision: {@code sent} (KICK, IRQ) when {@code send}, else
     * {@code skipped} (KICK_SKIP, IRQ_SKIP); returns {@code send}.
     */
    public boolean notification(boolean send, VirtioEvent sent, VirtioEvent skipped) throws IOException {
        emit0(send ? sent : skipped);
        return send;
    }

    public long count() {
        return count;
    }

    public int queue() {
        return queue;
    }
}
