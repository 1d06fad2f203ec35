package io.ringside.ui.internal.emf;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * The Properties view's face of an EMF object: one read-only row per EMF.Edit property descriptor
 * (name, description, category from the item provider; the value rendered by the item provider's
 * label provider). The model is a view of a replay, so nothing is editable.
 */
public final class EmfPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource source;

    public EmfPropertySource(Object object, IItemPropertySource source) {
        this.object = object;
        this.source = source;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> out = new ArrayList<>();
        for (IItemPropertyDescriptor d : source.getPropertyDescriptors(object)) {
            PropertyDescriptor pd = new PropertyDescriptor(d.getId(object), d.getDisplayName(object));
            pd.setDescription(d.getDescription(object));
            pd.setCategory(d.getCategory(object));
            IItemLabelProvider values = d.getLabelProvider(object);
            pd.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    return values.getText(element);
                }
            });
            out.add(pd);
        }
        return out.toArray(new IPropertyDescriptor[0]);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor d = source.getPropertyDescriptor(object, id);
        if (d == null) {
            return null;
        }
        Object v = d.getPropertyValue(object);
        // ItemPropertyDescriptor wraps values so that their label provider applies; show the label
        if (v instanceof org.eclipse.emf.edit.provider.IItemLabelProvider lp) {
            return lp.getText(v);
        }
        return v;
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
    }

    /** The text shown for a property (tests read Properties through this). */
    public String text(String displayName) {
        for (IItemPropertyDescriptor d : source.getPropertyDescriptors(object)) {
            if (d.getDisplayName(object).equals(displayName)) {
                Object v = d.getPropertyValue(object);
                return d.getLabelProvider(object).getText(v);
            }
        }
        return null;
    }
}
