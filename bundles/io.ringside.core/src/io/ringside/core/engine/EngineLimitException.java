package io.ringside.core.engine;

/**
 * A trace asks an engine for more than Ringside replays (for example NVMe queues created by commands
 * whose entries add up beyond the limit): a bad input, not a spec violation. Thrown by
 * {@link DeviceEngine#apply}; whoever reads the trace reports it with the file, line and offset of the
 * event (the command line exits 2, the IDE shows the error).
 */
public final class EngineLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EngineLimitException(String message) {
        super(message);
    }

    /** This limit as the reader's one-line error at the event that hit it ({@code file:line: message}). */
    public io.ringside.core.trace.TraceFormatException at(String file, io.ringside.core.trace.TraceEvent e) {
        return new io.ringside.core.trace.TraceFormatException(file, e.line(), e.offset(), getMessage());
    }
}
