package io.ringside.ui.internal.emf;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The Properties page of Ringside parts: shows EMF objects through {@link EmfAdapters} and refreshes
 * when the item providers report a model change (the cursor moved), once per UI turn.
 */
public final class RingsidePropertySheetPage extends PropertySheetPage implements INotifyChangedListener {

    private boolean pending;

    public RingsidePropertySheetPage() {
        setPropertySourceProvider(o -> {
            Object s = EmfAdapters.propertySource(o);
            return s == null ? org.eclipse.core.runtime.Adapters.adapt(o,
                    org.eclipse.ui.views.properties.IPropertySource.class) : (EmfPropertySource) s;
        });
        ((IChangeNotifier) EmfAdapters.factory()).addListener(this);
    }

    @Override
    public void notifyChanged(Notification notification) {
        Control c = getControl();
        if (pending || c == null || c.isDisposed()) {
            return;
        }
        pending = true;
        c.getDisplay().asyncExec(() -> {
            pending = false;
            if (!c.isDisposed()) {
                refresh();
            }
        });
    }

    @Override
    public void dispose() {
        ((IChangeNotifier) EmfAdapters.factory()).removeListener(this);
        super.dispose();
    }
}
