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
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;

import io.ringside.debug.core.RingsideDebug;

/** Debug As &gt; Ringside Trace: reuses the trace's launch configuration or makes one. */
public final class TraceLaunchShortcut implements ILaunchShortcut {

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

    /** Launches a trace file in the debugger (public for tests). */
    public static void launch(IFile file, String mode) {
        try {
            DebugUITools.launch(configurationFor(file), mode);
        } catch (CoreException e) {
            org.eclipse.jface.dialogs.ErrorDialog.openError(null, "Ringside", "Cannot debug " + file.getName(),
                    e.getStatus());
        }
    }

    public static ILaunchConfiguration configurationFor(IFile file) throws CoreException {
        ILaunchManager m = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = m.getLaunchConfigurationType(RingsideDebug.TRACE_LAUNCH_TYPE);
        String path = file.getFullPath().toString();
        for (ILaunchConfiguration c : m.getLaunchConfigurations(type)) {
            if (path.equals(c.getAttribute(RingsideDebug.ATTR_TRACE, ""))) {
                return c;
            }
        }
        ILaunchConfigurationWorkingCopy wc = type.newInstance(null, m.generateLaunchConfigurationName(file.getName()));
        wc.setAttribute(RingsideDebug.ATTR_TRACE, path);
        wc.setAttribute(RingsideDebug.ATTR_NEED_EVENT, "linux");
        wc.setMappedResources(new org.eclipse.core.resources.IResource[] { file });
        return wc.doSave();
    }
}
