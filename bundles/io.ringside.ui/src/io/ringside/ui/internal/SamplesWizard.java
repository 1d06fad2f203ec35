package io.ringside.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.part.ISetSelectionTarget;

import io.ringside.ui.RingsideUI;

/**
 * File > New > Project... > Ringside > Ringside samples: a project with the sample traces and workloads
 * that ship with Ringside (the same one the workbench creates on its first start), under a name of
 * the user's choice.
 */
public final class SamplesWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private Page page;
    private IProject created;

    @Override
    public void init(IWorkbench wb, IStructuredSelection selection) {
        this.workbench = wb;
        setWindowTitle("New Ringside Samples Project");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    /** The project the last {@link #performFinish()} created, or null. */
    public IProject createdProject() {
        return created;
    }

    @Override
    public boolean performFinish() {
        String name = page.name();
        IStatus[] result = new IStatus[1];
        WorkspaceModifyOperation op = new WorkspaceModifyOperation() {
            @Override
            protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
                result[0] = SamplesProject.createProject(name, monitor);
            }
        };
        try {
            getContainer().run(true, false, op);
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause() == null ? e : e.getCause();
            page.setErrorMessage("Could not create the project: " + t.getMessage());
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        if (result[0] != null && !result[0].isOK()) {
            ErrorDialog.openError(getShell(), "Ringside samples", "Could not copy the samples", result[0]);
            return false;
        }
        created = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (workbench != null && workbench.getActiveWorkbenchWindow() != null
                && workbench.getActiveWorkbenchWindow().getActivePage() != null) {
            var view = workbench.getActiveWorkbenchWindow().getActivePage().findView("org.eclipse.ui.navigator.ProjectExplorer");
            if (view instanceof ISetSelectionTarget t) {
                t.selectReveal(new StructuredSelection(created));
            }
        }
        return true;
    }

    /** The only page: the project's name, and where the samples come from. */
    static final class Page extends WizardPage {

        private Text name;

        Page() {
            super("samples");
            setTitle("Ringside samples");
            setDescription("A project with sample traces: generated ones of each configuration and real QEMU logs.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            c.setLayout(new GridLayout(2, false));
            new Label(c, SWT.NONE).setText("Project name:");
            name = new Text(c, SWT.BORDER);
            name.setData(RingsideUI.TEST_ID, "samples.name");
            name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            name.setText(freeName());
            name.addListener(SWT.Modify, e -> validate());
            Label from = new Label(c, SWT.WRAP);
            Path src = SamplesProject.sourceFolder();
            from.setText("Samples are copied from " + (src == null ? "(no samples folder found)" : src.toString()));
            from.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
            setControl(c);
            validate();
        }

        String name() {
            return name.getText().strip();
        }

        private static String freeName() {
            var root = ResourcesPlugin.getWorkspace().getRoot();
            String base = RingsideUI.SAMPLES_PROJECT;
            if (!root.getProject(base).exists()) {
                return base;
            }
            for (int i = 2;; i++) {
                if (!root.getProject(base + " " + i).exists()) {
                    return base + " " + i;
                }
            }
        }

        private void validate() {
            String n = name();
            IWorkspace ws = ResourcesPlugin.getWorkspace();
            Path src = SamplesProject.sourceFolder();
            String error = null;
            if (src == null || !Files.isDirectory(src)) {
                error = "No samples folder found" + (src == null ? "" : " at " + src);
            } else if (n.isEmpty()) {
                error = "Enter a project name";
            } else if (!ws.validateName(n, org.eclipse.core.resources.IResource.PROJECT).isOK()) {
                error = ws.validateName(n, org.eclipse.core.resources.IResource.PROJECT).getMessage();
            } else if (ws.getRoot().getProject(n).exists()) {
                error = "A project named '" + n + "' exists already";
            }
            setErrorMessage(error);
            setPageComplete(error == null);
        }
    }
}
