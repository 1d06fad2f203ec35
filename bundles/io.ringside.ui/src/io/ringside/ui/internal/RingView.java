package io.ringside.ui.internal;

import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import io.ringside.model.trace.Queue;
import io.ringside.model.trace.Trace;
import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.editor.TraceEditor;
import io.ringside.ui.internal.editor.TraceEditorFollower;
import io.ringside.ui.internal.emf.RingsidePropertySheetPage;
import io.ringside.ui.internal.rings.RingPainter;

/**
 * The ring diagrams of the active trace editor at its cursor. It draws the EMF model of the trace and
 * redraws when EMF notifications say the model changed (the cursor moved). Clicking a descriptor, ring
 * slot, queue entry or doorbell selects its EMF object (shown in Properties); clicking a queue makes it
 * the queue "step within queue" follows.
 */
public final class RingView extends ViewPart {

    /** Text shown while no trace is open. */
    public static final String EMPTY_MESSAGE = "No trace open. Open a .rstrace file or a QEMU trace log "
            + "from the Ringside samples project to see its rings.";

    private Composite root;
    private Label empty;
    private ScrolledComposite scroll;
    private Canvas canvas;
    private RingPainter painter;
    private TraceEditor editor;
    private Trace model;
    private boolean redrawPending;
    private long lastPaintNanos;
    private final SelectionProvider selection = new SelectionProvider();
    private final EContentAdapter watcher = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification n) {
            super.notifyChanged(n);
            scheduleRedraw();
        }
    };
    private TraceEditorFollower follower;

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayout gl = new GridLayout(1, false);
        gl.marginWidth = 0;
        gl.marginHeight = 0;
        root.setLayout(gl);
        empty = new Label(root, SWT.WRAP);
        empty.setText(EMPTY_MESSAGE);
        empty.setData(RingsideUI.TEST_ID, "rings.empty");
        empty.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        scroll = new ScrolledComposite(root, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas = new Canvas(scroll, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setData(RingsideUI.TEST_ID, "rings.canvas");
        scroll.setContent(canvas);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(false);
        painter = new RingPainter(canvas.getDisplay());
        canvas.addPaintListener(e -> {
            long t0 = System.nanoTime();
            Rectangle r = canvas.getClientArea();
            e.gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            e.gc.fillRectangle(r);
            if (model != null) {
                int h = painter.paint(e.gc, model, scroll.getClientArea().width);
                if (Math.abs(h - canvas.getSize().y) > 2) {
                    int height = h;
                    canvas.getDisplay().asyncExec(() -> {
                        if (!canvas.isDisposed()) {
                            canvas.setSize(scroll.getClientArea().width, height);
                        }
                    });
                }
            }
            lastPaintNanos = System.nanoTime() - t0;
        });
        scroll.addListener(SWT.Resize, e -> {
            canvas.setSize(scroll.getClientArea().width, Math.max(canvas.getSize().y, 100));
            canvas.redraw();
        });
        canvas.addListener(SWT.MouseDown, e -> {
            EObject o = painter.objectAt(e.x, e.y);
            if (o != null) {
                selection.setSelection(new StructuredSelection(o));
                if (o instanceof Queue q && editor != null) {
                    editor.selectQueue(q);
                }
            }
        });
        getSite().setSelectionProvider(selection);
        follower = TraceEditorFollower.follow(getSite().getPage(), () -> editor, this::show);
    }

    private void show(TraceEditor ed) {
        if (model != null) {
            model.eAdapters().remove(watcher);
        }
        if (ed != editor) {
            // a selected cell belongs to the previous trace's model: Properties must not keep showing it
            selection.setSelection(StructuredSelection.EMPTY);
        }
        editor = ed;
        model = ed == null ? null : ed.model();
        if (model != null) {
            model.eAdapters().add(watcher);
        }
        boolean has = model != null;
        empty.setVisible(!has);
        ((GridData) empty.getLayoutData()).exclude = has;
        scroll.setVisible(has);
        ((GridData) scroll.getLayoutData()).exclude = !has;
        root.layout(true, true);
        if (has) {
            canvas.setSize(scroll.getClientArea().width, Math.max(canvas.getSize().y, 200));
        }
        canvas.redraw();
    }

    private void scheduleRedraw() {
        if (redrawPending || canvas == null || canvas.isDisposed()) {
            return;
        }
        redrawPending = true;
        canvas.getDisplay().asyncExec(() -> {
            redrawPending = false;
            if (!canvas.isDisposed()) {
                canvas.redraw();
            }
        });
    }

    /** The editor whose rings are shown, or null. */
    public TraceEditor editor() {
        return editor;
    }

    /** What the last paint drew (tests). */
    public List<RingPainter.Hit> hits() {
        return painter.hits();
    }

    public List<String> lines() {
        return painter.lines();
    }

    public Canvas canvas() {
        return canvas;
    }

    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    /** Selects a model object as a click would (tests, links from other parts). */
    public void select(EObject o) {
        selection.setSelection(new StructuredSelection(o));
    }

    /** Paints into an offscreen image and discards it: forces a full paint now (tests, measurements). */
    public void paintNow() {
        canvas.redraw();
        canvas.update();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(new RingsidePropertySheetPage());
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        (model == null ? root : canvas).setFocus();
    }

    @Override
    public void dispose() {
        if (follower != null) {
            follower.dispose();
        }
        if (model != null) {
            model.eAdapters().remove(watcher);
        }
        super.dispose();
    }

    /** The view's selection: the EMF object last clicked. */
    private static final class SelectionProvider implements ISelectionProvider {
        private ISelection current = StructuredSelection.EMPTY;
        private final List<ISelectionChangedListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener l) {
            listeners.add(l);
        }

        @Override
        public ISelection getSelection() {
            return current;
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener l) {
            listeners.remove(l);
        }

        @Override
        public void setSelection(ISelection s) {
            current = s;
            SelectionChangedEvent e = new SelectionChangedEvent(this, s);
            listeners.forEach(l -> l.selectionChanged(e));
        }
    }
}
