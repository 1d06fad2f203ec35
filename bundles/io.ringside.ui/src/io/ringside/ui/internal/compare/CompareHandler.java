package io.ringside.ui.internal.compare;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Ringside &gt; Compare Configurations... (and on a workload file's context menu): the comparison dialog,
 * starting from the selected workload file if there is one, then the comparison in a job and the
 * Comparison view.
 */
public final class CompareHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow w = HandlerUtil.getActiveWorkbenchWindow(event);
        if (w == null || w.getActivePage() == null) {
            return null;
        }
        String workload = null;
        ISelection sel = HandlerUtil.getCurrentSelection(event);
        if (sel instanceof IStructuredSelection s && s.getFirstElement() != null) {
            IFile f = Adapters.adapt(s.getFirstElement(), IFile.class);
            if (f != null && "json".equals(f.getFileExtension())) {
                workload = f.getFullPath().toString();
            }
        }
        ComparisonView.open(w.getActivePage(), ComparisonView.presetFor(workload));
        return null;
    }
}
