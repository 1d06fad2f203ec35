package io.ringside.ui.internal.emf;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * A JFace label provider over EMF.Edit item providers: text from {@link IItemLabelProvider#getText},
 * images from the URLs item providers return (created once, disposed with the provider).
 */
public class EmfLabelProvider extends LabelProvider {

    private final AdapterFactory factory;
    private final Map<Object, Image> images = new HashMap<>();

    public EmfLabelProvider(AdapterFactory factory) {
        this.factory = factory;
    }

    @Override
    public String getText(Object element) {
        Object p = factory.adapt(element, IItemLabelProvider.class);
        return p instanceof IItemLabelProvider l ? l.getText(element) : String.valueOf(element);
    }

    @Override
    public Image getImage(Object element) {
        Object p = factory.adapt(element, IItemLabelProvider.class);
        return p instanceof IItemLabelProvider l ? image(l.getImage(element)) : null;
    }

    /** An SWT image for what an item provider returns as its image (a URL, usually), or null. */
    Image image(Object key) {
        if (key == null) {
            return null;
        }
        Image img = images.get(key);
        if (img == null) {
            ImageDescriptor d = null;
            if (key instanceof URL url) {
                d = ImageDescriptor.createFromURL(url);
            } else if (key instanceof ImageDescriptor id) {
                d = id;
            } else if (key instanceof org.eclipse.emf.edit.provider.ComposedImage ci && !ci.getImages().isEmpty()) {
                return image(ci.getImages().get(0));
            }
            if (d == null) {
                return null;
            }
            img = d.createImage(false);
            if (img == null) {
                return null;
            }
            images.put(key, img);
        }
        return img;
    }

    @Override
    public void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
        super.dispose();
    }
}
