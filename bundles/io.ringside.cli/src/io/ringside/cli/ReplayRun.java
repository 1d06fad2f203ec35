package io.ringside.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.EngineLimitException;
import io.ringside.core.engine.NeedEvent;
import io.ringside.core.engine.Replay;
import io.ringside.core.index.PrefetchSource;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.util.ProgressMonitor;

/** Replays a trace file through the shipped device models (check, stats, show). */
final class ReplayRun {

    final TraceHeader header;
    final Replay replay;
    final Replay.Collector violations;
    final long events;
    /** The event at {@code stopAt} (show), or null. */
    final TraceEvent at;
    final List<String> warnings;

    private ReplayRun(TraceHeader header, Replay replay, Replay.Collector violations, long events, TraceEvent at,
            List<String> warnings) {
        this.header = header;
        this.replay = replay;
        this.violations = violations;
        this.events = events;
        this.at = at;
        this.warnings = warnings;
    }

    static CheckOptions options(String needEvent) {
        if (needEvent == null) {
            return CheckOptions.DEFAULT;
        }
        try {
            return CheckOptions.DEFAULT.withNeedEvent(NeedEvent.fromId(needEvent));
        } catch (IllegalArgumentException e) {
            throw new CliException("--need-event: " + e.getMessage());
        }
    }

    /**
     * @param stopAt last event to apply (show), or -1 for the whole trace (then end-of-trace checks run)
     */
    static ReplayRun run(Path file, CheckOptions options, ProgressMonitor mon, long stopAt, int keep) throws IOException {
        DeviceModels models = Tools.models();
        try (EventSource src = Tools.open(file, models)) {
            Replay replay;
            try {
                replay = models.replay(src.header(), options);
            } catch (IllegalArgumentException e) {
                throw new CliException(file + ": " + e.getMessage());
            }
            Replay.Collector col = new Replay.Collector(keep);
            long size = Files.size(file);
            mon.begin("replaying " + file.getFileName(), size);
            long n = 0;
            TraceEvent at = null;
            // parse (or translate) on a second thread while this one replays; closed before the warnings
            // are read, so the source is no longer in use
            try (PrefetchSource in = new PrefetchSource(src)) {
                TraceEvent e;
                while ((e = in.advance()) != null) { // applied in place, not copied
                    try {
                        replay.apply(e, col);
                    } catch (EngineLimitException x) { // bad input: name the event's line and offset
                        throw x.at(src.name(), e);
                    }
                    n++;
                    if ((n & 0xffff) == 0) {
                        long pos = in.position();
                        mon.worked(pos < 0 ? n : Math.min(pos, size));
                    }
                    if (stopAt >= 0 && e.seq() == stopAt) {
                        at = e.copy(); // the source's event changes with the next read
                        break;
                    }
                }
            } finally {
                mon.done();
            }
            if (stopAt < 0) {
                replay.finish(n == 0 ? 0 : n - 1, col);
            }
            return new ReplayRun(src.header(), replay, col, n, at, src.warnings());
        }
    }
}
