package io.ringside.ui.internal.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * A JFace tree content provider over EMF.Edit item providers (the role emf.edit.ui's
 * AdapterFactoryContentProvider plays; that bundle is not on Maven Central). Model changes reported by
 * the item providers refresh the viewer, coalesced into one refresh per UI turn.
 */
public class EmfContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private final AdapterFactory factory;
    private StructuredViewer viewer;
    private boolean refreshPending;

    public EmfContentProvider(AdapterFactory factory) {
        this.factory = factory;
        if (factory instanceof IChangeNotifier n) {
            n.addListener(this);
        }
    }

    @Override
    public void inputChanged(Viewer v, Object oldInput, Object newInput) {
        this.viewer = v instanceof StructuredViewer sv ? sv : null;
    }

    @Override
    public Object[] getElements(Object input) {
        Object p = factory.adapt(input, IStructuredItemContentProvider.class);
        if (p instanceof IStructuredItemContentProvider c) {
            return c.getElements(input).toArray();
        }
        return input instanceof Collection<?> c ? c.toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        Object p = factory.adapt(parent, ITreeItemContentProvider.class);
        return p instanceof ITreeItemContentProvider c ? c.getChildren(parent).toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        Object p = factory.adapt(element, ITreeItemContentProvider.class);
        return p instanceof ITreeItemContentProvider c ? c.getParent(element) : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        Object p = factory.adapt(element, ITreeItemContentProvider.class);
        return p instanceof ITreeItemContentProvider c && c.hasChildren(element);
    }

    @Override
    public void notifyChanged(org.eclipse.emf.common.notify.Notification notification) {
        StructuredViewer v = viewer;
        if (v == null || refreshPending) {
            return;
        }
        Control c = v.getControl();
        if (c == null || c.isDisposed()) {
            return;
        }
        refreshPending = true;
        c.getDisplay().asyncExec(() -> {
            refreshPending = false;
            if (!c.isDisposed()) {
                v.refresh(true);
            }
        });
    }

    @Override
    public void dispose() {
        if (factory instanceof IChangeNotifier n) {
            n.removeListener(this);
        }
    }
}
