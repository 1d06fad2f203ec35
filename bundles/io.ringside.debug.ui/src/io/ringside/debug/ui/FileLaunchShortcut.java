package io.ringside.debug.ui;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;

/**
 * A launch shortcut on one file (a trace, a workload): the file of the selection or of the editor is
 * launched with the configuration that names it in one attribute, made on first use.
 */
abstract class FileLaunchShortcut implements org.eclipse.debug.ui.ILaunchShortcut {

    @Override
    public final void launch(ISelection selection, String mode) {
        if (selection instanceof IStructuredSelection s && !s.isEmpty()) {
            IFile f = Adapters.adapt(s.getFirstElement(), IFile.class);
            if (f != null) {
                launchFile(f, mode);
            }
        }
    }

    @Override
    public final void launch(IEditorPart editor, String mode) {
        if (editor.getEditorInput() instanceof IFileEditorInput in) {
            launchFile(in.getFile(), mode);
        }
    }

    abstract void launchFile(IFile file, String mode);

    /** Launches the configuration {@code maker} gives the file; a failure is shown as "{@code what} FILE" with its status. */
    static void launch(IFile file, String mode, String what, ConfigurationMaker maker) {
        try {
            DebugUITools.launch(maker.make(file), mode);
        } catch (CoreException e) {
            ErrorDialog.openError(null, "Ringside", what + " " + file.getName(), e.getStatus());
        }
    }

    /** Makes the configuration of a file. */
    @FunctionalInterface
    interface ConfigurationMaker {
        ILaunchConfiguration make(IFile file) throws CoreException;
    }

    /**
     * The configuration of {@code typeId} whose {@code attribute} is {@code value}, or a new one named after
     * {@code name}, set up by {@code init} and mapped to {@code file}.
     */
    static ILaunchConfiguration configuration(String typeId, String attribute, String value, String name, IFile file,
            java.util.function.Consumer<ILaunchConfigurationWorkingCopy> init) throws CoreException {
        ILaunchManager m = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = m.getLaunchConfigurationType(typeId);
        for (ILaunchConfiguration c : m.getLaunchConfigurations(type)) {
            if (value.equals(c.getAttribute(attribute, ""))) {
                return c;
            }
        }
        ILaunchConfigurationWorkingCopy wc = type.newInstance(null, m.generateLaunchConfigurationName(name));
        wc.setAttribute(attribute, value);
        init.accept(wc);
        wc.setMappedResources(new IResource[] { file });
        return wc.doSave();
    }
}
