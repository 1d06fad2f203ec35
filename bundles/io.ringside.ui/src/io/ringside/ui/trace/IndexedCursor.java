package io.ringside.ui.trace;

import java.util.List;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.TraceEvent;

/**
 * The workbench cursor over the core checkpoint index ({@link io.ringside.core.index.TraceCursor}): a
 * step forward applies one event from the binary event cache, a step back or a jump starts from the
 * nearest checkpoint or from the states the core cursor keeps near it.
 */
final class IndexedCursor implements TraceCursor {

    private final io.ringside.core.index.TraceCursor core;

    IndexedCursor(io.ringside.core.index.TraceCursor core) {
        this.core = core;
    }

    @Override
    public long position() {
        return core.position();
    }

    @Override
    public void seek(long n) {
        long count = core.eventCount();
        long target = Math.max(io.ringside.core.index.TraceCursor.START, Math.min(n, count - 1));
        if (target != core.position()) {
            core.seek(target);
        }
    }

    @Override
    public Replay replay() {
        return core.state();
    }

    @Override
    public TraceEvent event() {
        return core.event();
    }

    @Override
    public List<Violation> violationsHere() {
        return core.violationsHere();
    }

    @Override
    public void close() {
        core.close();
    }
}
