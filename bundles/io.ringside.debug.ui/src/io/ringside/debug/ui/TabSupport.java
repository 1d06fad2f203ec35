package io.ringside.debug.ui;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Small building blocks of the Ringside launch tabs: labelled fields bound to attributes. */
abstract class TabSupport extends AbstractLaunchConfigurationTab {

    static final String ID_KEY = "io.ringside.id";

    Composite grid(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        setControl(c);
        return c;
    }

    Text text(Composite c, String label, String id, boolean browse) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER);
        t.setData(ID_KEY, id);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, browse ? 1 : 2, 1));
        t.addModifyListener(e -> changed());
        if (browse) {
            Button b = new Button(c, SWT.PUSH);
            b.setText("Browse...");
            b.addListener(SWT.Selection, e -> {
                FileDialog d = new FileDialog(c.getShell(), SWT.OPEN);
                String f = d.open();
                if (f != null) {
                    t.setText(f);
                }
            });
        }
        return t;
    }

    Combo combo(Composite c, String label, String id, String... items) {
        new Label(c, SWT.NONE).setText(label);
        Combo k = new Combo(c, SWT.READ_ONLY);
        k.setItems(items);
        k.setData(ID_KEY, id);
        k.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        k.addListener(SWT.Selection, e -> changed());
        return k;
    }

    Button check(Composite c, String label, String id) {
        Button b = new Button(c, SWT.CHECK);
        b.setText(label);
        b.setData(ID_KEY, id);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        b.addListener(SWT.Selection, e -> changed());
        return b;
    }

    void changed() {
        setDirty(true);
        updateLaunchConfigurationDialog();
    }

    static String get(ILaunchConfiguration c, String attr, String dflt) {
        try {
            return c.getAttribute(attr, dflt);
        } catch (CoreException e) {
            return dflt;
        }
    }

    static int get(ILaunchConfiguration c, String attr, int dflt) {
        try {
            return c.getAttribute(attr, dflt);
        } catch (CoreException e) {
            return dflt;
        }
    }

    static boolean get(ILaunchConfiguration c, String attr, boolean dflt) {
        try {
            return c.getAttribute(attr, dflt);
        } catch (CoreException e) {
            return dflt;
        }
    }

    static void select(Combo c, String value) {
        int i = c.indexOf(value);
        c.select(Math.max(0, i));
    }

    /** Puts an integer attribute from a text field; false (with an error message set) when it is not a number. */
    boolean putInt(ILaunchConfigurationWorkingCopy wc, String attr, Text t) {
        try {
            wc.setAttribute(attr, Integer.parseInt(t.getText().trim()));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean isInt(Text t, int min) {
        try {
            return Integer.parseInt(t.getText().trim()) >= min;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
