package io.ringside.debug.ui;

import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTabGroup;
import org.eclipse.debug.ui.CommonTab;
import org.eclipse.debug.ui.ILaunchConfigurationTab;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import io.ringside.debug.core.RingsideDebug;

/** The Trace tab of "Ringside Trace Replay": the file and the rule options. */
public final class TraceTab extends TabSupport {

    private Text trace;
    private Combo needEvent;
    private Button stopAtStart;

    @Override
    public void createControl(Composite parent) {
        Composite c = grid(parent);
        trace = text(c, "Trace file:", "trace.file", true);
        // "trace": the formula the trace's header names, else linux (as the command line without --need-event)
        needEvent = combo(c, "Need-event formula:", "trace.needEvent", "trace", "linux", "spdk");
        stopAtStart = check(c, "Suspend before the first event (otherwise run to the first breakpoint)", "trace.stopAtStart");
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy wc) {
        wc.setAttribute(RingsideDebug.ATTR_NEED_EVENT, "trace");
        wc.setAttribute(RingsideDebug.ATTR_STOP_AT_START, false);
    }

    @Override
    public void initializeFrom(ILaunchConfiguration c) {
        trace.setText(get(c, RingsideDebug.ATTR_TRACE, ""));
        select(needEvent, get(c, RingsideDebug.ATTR_NEED_EVENT, "trace"));
        stopAtStart.setSelection(get(c, RingsideDebug.ATTR_STOP_AT_START, false));
        setDirty(false);
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy wc) {
        wc.setAttribute(RingsideDebug.ATTR_TRACE, trace.getText().trim());
        wc.setAttribute(RingsideDebug.ATTR_NEED_EVENT, needEvent.getText());
        wc.setAttribute(RingsideDebug.ATTR_STOP_AT_START, stopAtStart.getSelection());
    }

    @Override
    public boolean isValid(ILaunchConfiguration c) {
        setErrorMessage(null);
        if (get(c, RingsideDebug.ATTR_TRACE, "").isBlank()) {
            setErrorMessage("Choose a trace file (.rstrace, .rstrace.gz or a QEMU trace log)");
            return false;
        }
        return true;
    }

    @Override
    public String getName() {
        return "Trace";
    }

    /** Tabs of the launch type. */
    public static final class Group extends AbstractLaunchConfigurationTabGroup {
        @Override
        public void createTabs(ILaunchConfigurationDialog dialog, String mode) {
            setTabs(new ILaunchConfigurationTab[] { new TraceTab(), new CommonTab() });
        }
    }
}
