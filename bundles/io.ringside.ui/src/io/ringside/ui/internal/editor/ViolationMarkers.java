package io.ringside.ui.internal.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import io.ringside.core.check.Severity;
import io.ringside.core.check.Violation;
import io.ringside.ui.RingsideUI;

/**
 * Violations as problem markers on the trace file (Problems view: rule id, spec section and message;
 * the location is the event number). Double-clicking one opens the editor at that event.
 */
public final class ViolationMarkers {

    public static final String MARKER_TYPE = "io.ringside.ui.violation";
    /** Markers created per trace at most (the editor's status line gives the full count). */
    public static final int MAX_MARKERS = 2000;

    private ViolationMarkers() {
    }

    public static void schedule(IFile file, List<Violation> violations, long total) {
        WorkspaceJob job = new WorkspaceJob("Reporting violations of " + file.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                if (!file.exists()) {
                    return Status.OK_STATUS;
                }
                int n = (int) Math.min(violations.size(), MAX_MARKERS);
                SubMonitor sub = SubMonitor.convert(monitor, getName(), n + 1);
                file.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
                sub.worked(1);
                for (int i = 0; i < n; i++) {
                    Violation v = violations.get(i);
                    Map<String, Object> a = new HashMap<>();
                    a.put(IMarker.MESSAGE, v.ruleId() + " (" + v.section() + "): " + v.message());
                    a.put(IMarker.SEVERITY, v.severity() == Severity.ERROR ? IMarker.SEVERITY_ERROR
                            : v.severity() == Severity.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO);
                    a.put(IMarker.LOCATION, "event " + v.event() + (v.device() >= 0 ? " d" + v.device() : "")
                            + (v.queue() >= 0 ? " q" + v.queue() : ""));
                    a.put(TraceEditor.EVENT_ATTR, (int) Math.min(Integer.MAX_VALUE, v.event()));
                    a.put("ruleId", v.ruleId());
                    a.put("section", v.section());
                    a.put(IMarker.TRANSIENT, Boolean.TRUE);
                    file.createMarker(MARKER_TYPE, a);
                    sub.worked(1);
                }
                if (total > n) {
                    Map<String, Object> a = new HashMap<>();
                    a.put(IMarker.MESSAGE, (total - n) + " more violation(s) not listed; the editor steps through all of them");
                    a.put(IMarker.SEVERITY, IMarker.SEVERITY_INFO);
                    a.put(IMarker.TRANSIENT, Boolean.TRUE);
                    file.createMarker(MARKER_TYPE, a);
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == RingsideUI.INDEX_JOB_FAMILY;
            }
        };
        job.setRule(file);
        job.schedule();
    }
}
