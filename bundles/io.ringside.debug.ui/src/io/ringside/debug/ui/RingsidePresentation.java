package io.ringside.debug.ui;

import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.ui.IDebugModelPresentation;
import org.eclipse.debug.ui.IValueDetailListener;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorInput;

import io.ringside.debug.core.breakpoints.RingsideBreakpoint;

/** Labels of Ringside breakpoints and values; the rest uses the platform's default labels. */
public final class RingsidePresentation extends LabelProvider implements IDebugModelPresentation {

    @Override
    public void setAttribute(String attribute, Object value) {
    }

    @Override
    public Image getImage(Object element) {
        return null;
    }

    @Override
    public String getText(Object element) {
        if (element instanceof RingsideBreakpoint b) {
            return b.getLabel();
        }
        return null;
    }

    @Override
    public void computeDetail(IValue value, IValueDetailListener listener) {
        String s;
        try {
            s = value.getValueString();
        } catch (Exception e) {
            s = e.getMessage();
        }
        listener.detailComputed(value, s);
    }

    @Override
    public IEditorInput getEditorInput(Object element) {
        return null;
    }

    @Override
    public String getEditorId(IEditorInput input, Object element) {
        return null;
    }
}
