package io.ringside.ui.internal.start;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** The input of the getting-started page: there is one page, so every input equals every other. */
public final class GettingStartedInput implements IEditorInput {

    public static final GettingStartedInput INSTANCE = new GettingStartedInput();

    private GettingStartedInput() {
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return "Getting Started";
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return "Getting started with Ringside";
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }
}
