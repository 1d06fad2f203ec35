package io.ringside.ui.trace.timeline;

import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.ringside.core.analysis.Lifecycle;
import io.ringside.core.analysis.RequestAnalysis;
import io.ringside.core.analysis.Step;
import io.ringside.core.check.Violation;
import io.ringside.core.engine.DeviceModel;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;

/**
 * Builds a {@link Timeline} and the trace's {@link RequestAnalysis} in one pass over a trace: each
 * device's events go through the {@link Lifecycle} its model gives the request analysis
 * ({@link DeviceModel#lifecycle}), so the bars are the requests {@code ringside stats} counts and the
 * Statistics page's figures are the analysis's own; violations become markers at their events. No SWT.
 */
public final class TimelineBuilder {

    /** The trace's events in order (the editor's session reads them from its index). */
    public interface Events {
        /** Fills the next event; false at the end. */
        boolean next(TraceEvent e) throws IOException;
    }

    private TimelineBuilder() {
    }

    /** A trace's requests: as bars on a time axis, and as the request analysis's figures. */
    public record Result(Timeline timeline, RequestAnalysis analysis, InFlightSeries inFlight) {
    }

    /**
     * @param windowNs   window of the in-flight series ({@link InFlightSeries#windowFor}), 0 for none
     * @param violations the violations to mark, in event order
     * @param cancelled  polled every 4,096 events: true stops the pass (the result is then null)
     */
    public static Result build(TraceHeader header, List<? extends DeviceModel> models, Events events, long windowNs,
            List<Violation> violations, BooleanSupplier cancelled) throws IOException {
        Timeline tl = new Timeline();
        InFlightSeries inFlight = windowNs > 0 ? new InFlightSeries(windowNs) : null;
        RequestAnalysis analysis = RequestAnalysis.of(header, models, windowNs, inFlight);
        List<DeviceInfo> devs = header.devices();
        int[] ids = new int[devs.size()];
        Lifecycle[] lcs = new Lifecycle[devs.size()];
        Timeline.DeviceSink[] sinks = new Timeline.DeviceSink[devs.size()];
        for (int i = 0; i < devs.size(); i++) {
            DeviceInfo d = devs.get(i);
            ids[i] = d.id();
            for (DeviceModel m : models) {
                if (m.accepts(d, header.level())) {
                    Lifecycle lc = m.lifecycle(d, header.level());
                    if (lc != null) {
                        lcs[i] = lc;
                        sinks[i] = tl.device(d.id(), d.type(), lc::opName);
                        sinks[i].showsSubmits((lc.steps() & Step.SUBMIT.bit()) != 0);
                    }
                    break;
                }
            }
        }
        TraceEvent e = new TraceEvent();
        int v = 0;
        long now = Long.MIN_VALUE;
        for (long seq = 0; events.next(e); seq++) {
            if ((seq & 4095) == 0 && cancelled.getAsBoolean()) {
                return null;
            }
            now = Math.max(now, e.time()); // as the analysis does: time never runs backwards
            tl.at(seq, now);
            analysis.apply(e);
            int d = e.device();
            if (d != TraceEvent.NONE) {
                for (int i = 0; i < ids.length; i++) {
                    if (ids[i] == d) {
                        if (lcs[i] != null) {
                            lcs[i].apply(e, sinks[i]);
                        }
                        break;
                    }
                }
            }
            while (v < violations.size() && violations.get(v).event() <= seq) {
                Violation x = violations.get(v++);
                if (x.event() == seq) {
                    tl.violation(x.device(), x.queue(), now);
                }
            }
        }
        tl.finish();
        analysis.finish();
        return new Result(tl, analysis, inFlight);
    }
}
