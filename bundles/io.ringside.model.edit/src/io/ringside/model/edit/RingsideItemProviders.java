package io.ringside.model.edit;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import io.ringside.model.nvme.provider.NvmeItemProviderAdapterFactory;
import io.ringside.model.trace.provider.TraceItemProviderAdapterFactory;
import io.ringside.model.virtio.provider.VirtioItemProviderAdapterFactory;

/** The item providers of every Ringside model package, composed: what trees and Properties use. */
public final class RingsideItemProviders {

    private RingsideItemProviders() {
    }

    /** A new composed factory; dispose it with its viewer. */
    public static ComposedAdapterFactory create() {
        ComposedAdapterFactory f = new ComposedAdapterFactory();
        f.addAdapterFactory(new TraceItemProviderAdapterFactory());
        f.addAdapterFactory(new VirtioItemProviderAdapterFactory());
        f.addAdapterFactory(new NvmeItemProviderAdapterFactory());
        f.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        return f;
    }
}
