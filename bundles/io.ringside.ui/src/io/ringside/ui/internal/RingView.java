package io.ringside.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * The ring diagrams of the trace at the cursor. Until a trace editor is active it says how to get
 * one.
 */
public final class RingView extends ViewPart {

    /** Text shown while no trace is open. */
    public static final String EMPTY_MESSAGE = "No trace open. Open a .rstrace file or a QEMU trace log "
            + "from the Ringside samples project to see its rings.";

    private Composite root;

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(1, false));
        Label message = new Label(root, SWT.WRAP);
        message.setText(EMPTY_MESSAGE);
        message.setData("io.ringside.id", "rings.empty");
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    @Override
    public void setFocus() {
        root.setFocus();
    }
}
