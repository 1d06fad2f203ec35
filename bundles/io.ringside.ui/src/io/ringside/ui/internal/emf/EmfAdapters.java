package io.ringside.ui.internal.emf;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;

import io.ringside.model.edit.RingsideItemProviders;

/**
 * Adapts Ringside EMF objects to {@link IPropertySource} for the Properties view (registered in
 * plugin.xml for {@link EObject}), and holds the workbench's shared item provider factory.
 */
public final class EmfAdapters implements IAdapterFactory {

    private static ComposedAdapterFactory shared;

    /** The item providers shared by the workbench's viewers and the Properties view (UI thread). */
    public static synchronized ComposedAdapterFactory factory() {
        if (shared == null) {
            shared = RingsideItemProviders.create();
        }
        return shared;
    }

    /** The property source of an object, or null. */
    public static EmfPropertySource propertySource(Object o) {
        AdapterFactory f = factory();
        Object p = f.adapt(o, IItemPropertySource.class);
        return p instanceof IItemPropertySource s ? new EmfPropertySource(o, s) : null;
    }

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType == IPropertySource.class && adaptable instanceof EObject) {
            return adapterType.cast(propertySource(adaptable));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IPropertySource.class };
    }
}
