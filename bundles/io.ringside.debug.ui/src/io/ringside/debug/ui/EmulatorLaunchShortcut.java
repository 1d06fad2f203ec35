package io.ringside.debug.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;

import io.ringside.debug.core.RingsideDebug;

/**
 * Run As / Debug As &gt; Ringside Emulator on a workload file: reuses the workload's launch configuration
 * or makes one (the workload's own settings; the tab can override them). Run writes the trace into the
 * workspace and opens it; Debug runs the emulator live in the debugger.
 */
public final class EmulatorLaunchShortcut implements ILaunchShortcut {

    @Override
    public void launch(ISelection selection, String mode) {
        if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
            IFile f = Adapters.adapt(s.getFirstElement(), IFile.class);
            if (f != null) {
                launch(f, mode);
            }
        }
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        if (editor.getEditorInput() instanceof IFileEditorInput in) {
            launch(in.getFile(), mode);
        }
    }

    /** Launches the emulator on a workload file (public for tests). */
    public static void launch(IFile workload, String mode) {
        try {
            DebugUITools.launch(configurationFor(workload), mode);
        } catch (CoreException e) {
            ErrorDialog.openError(null, "Ringside", "Cannot run the emulator on " + workload.getName(), e.getStatus());
        }
    }

    public static ILaunchConfiguration configurationFor(IFile workload) throws CoreException {
        ILaunchManager m = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = m.getLaunchConfigurationType(RingsideDebug.EMULATOR_LAUNCH_TYPE);
        String path = workload.getLocation().toOSString();
        for (ILaunchConfiguration c : m.getLaunchConfigurations(type)) {
            if (path.equals(c.getAttribute(RingsideDebug.ATTR_WORKLOAD, ""))) {
                return c;
            }
        }
        String name = workload.getName().endsWith(".json")
                ? workload.getName().substring(0, workload.getName().length() - 5) : workload.getName();
        ILaunchConfigurationWorkingCopy wc = type.newInstance(null, m.generateLaunchConfigurationName(name));
        wc.setAttribute(RingsideDebug.ATTR_WORKLOAD, path); // only the file: its own settings apply
        wc.setMappedResources(new org.eclipse.core.resources.IResource[] { workload });
        return wc.doSave();
    }
}
