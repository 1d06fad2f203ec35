package io.ringside.ui.internal.editor;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import io.ringside.model.trace.GenericQueue;
import io.ringside.model.trace.Queue;
import io.ringside.model.trace.Trace;
import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.emf.EmfAdapters;
import io.ringside.ui.internal.emf.EmfContentProvider;
import io.ringside.ui.internal.emf.EmfLabelProvider;
import io.ringside.ui.internal.rings.OpQueueState;

/**
 * Outline of a trace: devices, their queues and what each holds (rings, descriptors, chains, NVMe
 * queues, doorbells), from the EMF model through the EMF.Edit item providers; a queue of an epoch a reset
 * ended is folded to its label, as the Rings view draws it. Selecting a queue makes
 * it the one "step within queue" follows; the selection shows in Properties.
 */
final class TraceOutlinePage extends ContentOutlinePage {

    private final TraceEditor editor;

    TraceOutlinePage(TraceEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer v = getTreeViewer();
        v.getControl().setData(RingsideUI.TEST_ID, "outline.tree");
        v.setContentProvider(new EmfContentProvider(EmfAdapters.factory()) {
            @Override
            public Object[] getElements(Object input) {
                // devices at the top level
                return input instanceof Trace t ? t.getDevices().toArray() : super.getElements(input);
            }

            // a queue of an epoch a reset ended is folded to its label, as the Rings view draws it
            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof GenericQueue g && OpQueueState.endedEpoch(g) ? new Object[0] : super.getChildren(parent);
            }

            @Override
            public boolean hasChildren(Object element) {
                return !(element instanceof GenericQueue g && OpQueueState.endedEpoch(g)) && super.hasChildren(element);
            }
        });
        v.setLabelProvider(new EmfLabelProvider(EmfAdapters.factory()));
        v.setInput(editor.model());
        v.expandToLevel(2);
        v.addSelectionChangedListener(e -> {
            Object o = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (o instanceof Queue q) {
                editor.selectQueue(q);
            }
        });
    }
}
