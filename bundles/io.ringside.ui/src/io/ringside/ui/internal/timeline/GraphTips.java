package io.ringside.ui.internal.timeline;

import java.util.Locale;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.DefaultToolTip;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;

import io.ringside.ui.trace.TimeFormat;
import io.ringside.ui.trace.timeline.Lane;
import io.ringside.ui.trace.timeline.Timeline;

/**
 * The time graph's tooltips: a request's steps with their times, events and latencies; a marker's kind,
 * time and event; a lane's whole name; zoomed out, the requests in flight around the pointer.
 */
final class GraphTips extends DefaultToolTip {

    private final TimeGraph graph;

    GraphTips(TimeGraph graph) {
        super(graph, ToolTip.RECREATE, false);
        this.graph = graph;
        setPopupDelay(250);
        setShift(new Point(12, 12));
        setFont(JFaceResources.getTextFont());
    }

    @Override
    protected boolean shouldCreateToolTip(Event ev) {
        return super.shouldCreateToolTip(ev) && !graph.mouse().dragging() && textAt(ev.x, ev.y) != null;
    }

    @Override
    protected String getText(Event ev) {
        return textAt(ev.x, ev.y);
    }

    /** The tooltip at a point: a request's steps and latencies, a marker, a lane's whole name; else null. */
    String textAt(int x, int y) {
        TimeGraph.Hit h = graph.hitAt(x, y);
        if (h == null) {
            return null;
        }
        Lane l = h.lane();
        TimeFormat format = graph.timeFormat();
        if (h.request() >= 0) {
            return requestText(l, h.request());
        }
        if (h.marker() >= 0) {
            long t = l.markerTime(h.marker());
            return GraphPainter.MARK_NAMES[l.markerKind(h.marker())] + " at " + format.point(t) + "\nevent "
                    + fmt(l.markerEvent(h.marker())) + "\n" + l.group() + " · " + l.label();
        }
        if (x < TimeGraph.NAME_W) {
            return l.group() + " · " + l.label() + String.format(Locale.ROOT, "\n%,d requests", l.size());
        }
        Lane.Summary s = l.summary();
        int b0 = s.bucket(graph.timeAt(x));
        int b1 = Math.max(b0, s.bucket(graph.timeAt(x + 1) - 1));
        int n = s.overlapping(0, b0, b1);
        return n == 0 ? null : String.format(Locale.ROOT, "%,d request(s) in flight around %s (zoom in to see each)", n,
                format.point(graph.timeAt(x)));
    }

    /** A request's steps, with times and event numbers, and its latencies. */
    String requestText(Lane l, int i) {
        Timeline timeline = graph.timeline();
        StringBuilder sb = new StringBuilder();
        String op = timeline.colourName(l.colour(i));
        sb.append(l.group()).append(" · ").append(l.label()).append(" — ").append(op).append('\n');
        long start = l.start(i);
        if (l.startEvent(i) != l.fetchEvent(i)) {
            step(sb, "submitted", start, start, l.startEvent(i));
        }
        step(sb, "fetched", l.fetch(i), start, l.fetchEvent(i));
        if (l.end(i) >= 0) {
            step(sb, "completed", l.end(i), start, l.endEvent(i));
            int irq = l.firstMarkerAt(l.end(i));
            while (irq < l.markers() && l.markerKind(irq) != Lane.INTERRUPT) {
                irq++;
            }
            if (irq < l.markers()) {
                step(sb, "next interrupt", l.markerTime(irq), start, l.markerEvent(irq));
            }
            sb.append("device latency (fetch to completion): ").append(TimeFormat.duration(l.end(i) - l.fetch(i)));
            if (start != l.fetch(i)) {
                sb.append("\nsubmit to completion: ").append(TimeFormat.duration(l.end(i) - start));
            }
        } else {
            sb.append("not completed in the trace");
        }
        if (l.bytes(i) >= 0) {
            sb.append(String.format(Locale.ROOT, "\n%,d bytes", l.bytes(i)));
        }
        return sb.toString();
    }

    private void step(StringBuilder sb, String what, long t, long start, long event) {
        sb.append(String.format(Locale.ROOT, "%-15s %s", what, graph.timeFormat().point(t)));
        if (t != start) {
            sb.append("  (+").append(TimeFormat.duration(t - start)).append(')');
        }
        sb.append("  event ").append(fmt(event)).append('\n');
    }

    private static String fmt(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
