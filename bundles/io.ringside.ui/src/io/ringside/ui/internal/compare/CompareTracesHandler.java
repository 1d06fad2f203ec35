package io.ringside.ui.internal.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import io.ringside.core.analysis.RequestAnalysis;
import io.ringside.core.analysis.RunComparison;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.Extensions;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.OpenOptions;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceFormat;
import io.ringside.ui.internal.qemu.QemuSettings;

/**
 * Compare With &gt; Each Other (Ringside traces) on two or more traces selected in the Project Explorer:
 * the request analysis of each (what {@code ringside compare A B} computes: {@link RunComparison}) in a
 * job, shown in the Comparison view as a table and a plot.
 */
public final class CompareTracesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        ISelection sel = HandlerUtil.getCurrentSelectionChecked(event);
        List<IFile> files = new ArrayList<>();
        if (sel instanceof IStructuredSelection ss) {
            for (Object o : ss) {
                IFile f = Adapters.adapt(o, IFile.class);
                if (f != null && f.getLocation() != null) {
                    files.add(f);
                }
            }
        }
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        if (files.size() < 2) {
            MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), "Compare Traces",
                    "Select two traces or more to compare them.");
            return null;
        }
        run(page, files);
        return null;
    }

    /** Analyses the traces in a job and shows their comparison (or why there is none). */
    public static Job run(IWorkbenchPage page, List<IFile> files) {
        Job job = new Job("Comparing " + files.size() + " traces") {
            @Override
            protected IStatus run(IProgressMonitor m) {
                m.beginTask(getName(), files.size());
                List<RunComparison.Run> runs = new ArrayList<>();
                String error = null;
                RunComparison c = null;
                try {
                    for (IFile f : files) {
                        m.subTask(f.getName());
                        RunComparison.Run r = analyse(f.getLocation().toPath(), f.getName(), QemuSettings.load(f).options(), m);
                        if (r == null) {
                            return Status.CANCEL_STATUS;
                        }
                        runs.add(r);
                        m.worked(1);
                    }
                    c = RunComparison.of(runs);
                } catch (IOException | IllegalArgumentException e) {
                    error = e.getMessage();
                }
                RunComparison done = c;
                String why = error;
                PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
                    try {
                        ComparisonView v = (ComparisonView) page.showView(ComparisonView.ID);
                        if (done != null) {
                            v.showTraces(done);
                        } else {
                            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Compare Traces", why);
                        }
                    } catch (PartInitException e) {
                        // the workbench is closing
                    }
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == ComparisonView.JOB_FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    /**
     * One trace's request analysis, every event through its devices' lifecycles; null when canceled.
     * {@code options}: a QEMU log's remembered device settings, as the trace editor opens it with.
     */
    static RunComparison.Run analyse(Path file, String name, OpenOptions options, IProgressMonitor m) throws IOException {
        TraceFormat format = Extensions.probe(file);
        DeviceModels models = Extensions.models();
        try (EventSource src = format.open(file, models, options)) {
            RequestAnalysis a = RequestAnalysis.of(src.header(), models.models(), 0, null);
            TraceEvent e = new TraceEvent();
            for (long n = 0; src.next(e); n++) {
                if ((n & 4095) == 0 && m.isCanceled()) {
                    return null;
                }
                a.apply(e);
            }
            a.finish();
            return new RunComparison.Run(name, src.header(), a);
        }
    }
}
