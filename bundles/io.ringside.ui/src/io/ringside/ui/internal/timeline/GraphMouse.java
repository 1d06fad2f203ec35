package io.ringside.ui.internal.timeline;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * The time graph's mouse and keys: the wheel zooms around the pointer (Shift+wheel and the horizontal
 * wheel pan; over the lane names it scrolls the lanes), dragging with the left button selects a range and
 * zooms to it, the middle or right button drags to pan (the time under the pointer stays under it), a
 * click reports what it hit; arrows pan, +/- zoom, Home zooms to fit.
 */
final class GraphMouse {

    private final TimeGraph graph;
    private int dragX = -1;
    private int dragNowX = -1;
    private int dragButton;
    private long dragT0;
    private long dragT1;

    private GraphMouse(TimeGraph graph) {
        this.graph = graph;
    }

    /** Listens to a graph's mouse and keys. */
    static GraphMouse attach(TimeGraph graph) {
        GraphMouse m = new GraphMouse(graph);
        graph.addListener(SWT.MouseVerticalWheel, m::wheel);
        graph.addListener(SWT.MouseHorizontalWheel, e -> graph.pan(-e.count * (graph.rangeEnd() - graph.rangeStart()) / 20));
        graph.addListener(SWT.MouseDown, m::mouseDown);
        graph.addListener(SWT.MouseMove, m::mouseMove);
        graph.addListener(SWT.MouseUp, m::mouseUp);
        graph.addListener(SWT.KeyDown, m::key);
        return m;
    }

    /** Whether a button is held down over the plot (no tooltip then). */
    boolean dragging() {
        return dragX >= 0;
    }

    /** The x range [from, to] being selected with the left button, or null. */
    int[] selection() {
        if (dragX < 0 || dragButton != 1 || Math.abs(dragNowX - dragX) <= 2) {
            return null;
        }
        return new int[] { Math.min(dragX, dragNowX), Math.max(dragX, dragNowX) };
    }

    private void wheel(Event e) {
        if (graph.timeline() == null) {
            return;
        }
        e.doit = false;
        if ((e.stateMask & SWT.SHIFT) != 0) {
            graph.pan(-e.count * (graph.rangeEnd() - graph.rangeStart()) / 20);
        } else if (e.x >= TimeGraph.NAME_W) {
            graph.zoom(e.count > 0 ? 0.8 : 1.25, e.x);
        } else {
            ScrollBar sb = graph.getVerticalBar();
            sb.setSelection(sb.getSelection() - e.count * 20);
            graph.scrollTo(sb.getSelection());
        }
    }

    private void mouseDown(Event e) {
        graph.setFocus();
        if (graph.timeline() == null || e.x < TimeGraph.NAME_W) {
            return;
        }
        dragX = e.x;
        dragNowX = e.x;
        dragButton = e.button;
        dragT0 = graph.rangeStart();
        dragT1 = graph.rangeEnd();
    }

    private void mouseMove(Event e) {
        if (dragX < 0) {
            return;
        }
        dragNowX = e.x;
        if (dragButton != 1) { // pan: the time under the pointer stays under it
            long dt = (long) ((dragX - e.x) / (double) graph.plotWidth() * (dragT1 - dragT0));
            graph.setRange(dragT0 + dt, dragT1 + dt);
        } else {
            graph.redraw();
        }
    }

    private void mouseUp(Event e) {
        if (dragX < 0) {
            return;
        }
        int from = dragX;
        dragX = -1;
        if (dragButton == 1 && Math.abs(e.x - from) > 3) {
            graph.setRange(graph.timeAt(Math.min(from, e.x)), graph.timeAt(Math.max(from, e.x)));
        } else if (dragButton == 1) {
            graph.click(e.x, e.y);
        }
        graph.redraw();
    }

    private void key(Event e) {
        if (graph.timeline() == null) {
            return;
        }
        long w = graph.rangeEnd() - graph.rangeStart();
        int mid = TimeGraph.NAME_W + graph.plotWidth() / 2;
        switch (e.keyCode) {
            case SWT.ARROW_LEFT -> graph.pan(-w / 10);
            case SWT.ARROW_RIGHT -> graph.pan(w / 10);
            case SWT.HOME -> graph.zoomToFit();
            case '+', '=', SWT.KEYPAD_ADD -> graph.zoom(0.5, mid);
            case '-', SWT.KEYPAD_SUBTRACT -> graph.zoom(2, mid);
            default -> {
            }
        }
    }
}
