package io.ringside.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.ringside.core.analysis.RequestAnalysis;
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
    /** The request analysis of the whole trace, when asked for. */
    final RequestAnalysis analysis;

    /** What a request analysis of the replay records: the window length of its series (0: none) and who gets them. */
    record Analysis(long windowNs, RequestAnalysis.WindowListener listener) {
    }

    private ReplayRun(TraceHeader header, Replay replay, Replay.Collector violations, long events, TraceEvent at,
            List<String> warnings, RequestAnalysis analysis) {
        this.header = header;
        this.replay = replay;
        this.violations = violations;
        this.events = events;
        this.at = at;
        this.warnings = warnings;
        this.analysis = analysis;
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

    /** {@link #run(Path, CheckOptions, ProgressMonitor, long, int, Analysis)} without a request analysis. */
    static ReplayRun run(Path file, CheckOptions options, ProgressMonitor mon, long stopAt, int keep) throws IOException {
        return run(file, options, mon, stopAt, keep, null);
    }

    /**
     * @param stopAt last event to apply (show), or -1 for the whole trace (then end-of-trace checks run)
     * @param analysis the request analysis to run alongside, or null
     */
    static ReplayRun run(Path file, CheckOptions options, ProgressMonitor mon, long stopAt, int keep, Analysis analysis)
            throws IOException {
        DeviceModels models = Tools.models();
        try (EventSource src = Tools.open(file, models)) {
            Replay replay;
            try {
                replay = models.replay(src.header(), options);
            } catch (IllegalArgumentException e) {
                throw new CliException(file + ": " + e.getMessage());
            }
            // the analysis runs on a thread of its own (ended, whatever happens, when this block is left)
            try (AnalysisThread an = analysis == null ? null : new AnalysisThread(
                    RequestAnalysis.of(src.header(), models.models(), analysis.windowNs(), analysis.listener()))) {
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
                            if (an != null) {
                                an.apply(e);
                            }
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
                return new ReplayRun(src.header(), replay, col, n, at, src.warnings(), an == null ? null : an.finish());
            }
        }
    }
}
