package io.ringside.debug.core.launching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.NeedEvent;
import io.ringside.core.trace.EventSource;
import io.ringside.core.util.ProgressMonitor;
import io.ringside.debug.RecordedTimeline;
import io.ringside.debug.Traces;
import io.ringside.debug.core.RingsideDebug;
import io.ringside.debug.core.model.RingsideDebugTarget;

/**
 * "Ringside Trace Replay": opens a trace (its own format or a QEMU log), reads it in a job with progress
 * while the debug session already runs on the events read so far, and runs to the first breakpoint.
 */
public class TraceLaunchDelegate extends LaunchConfigurationDelegate {

    /** Job family of the trace-reading jobs (tests wait on it). */
    public static final Object JOB_FAMILY = TraceLaunchDelegate.class;

    @Override
    public void launch(ILaunchConfiguration config, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        String trace = config.getAttribute(RingsideDebug.ATTR_TRACE, "");
        if (trace.isBlank()) {
            throw new CoreException(Status.error("No trace file: choose one on the Trace tab"));
        }
        IResource resource = resolve(trace);
        Path file = resource != null && resource.getLocation() != null ? resource.getLocation().toPath() : Path.of(trace);
        if (!Files.isRegularFile(file)) {
            throw new CoreException(Status.error("No such trace file: " + trace));
        }
        CheckOptions options = checkOptions(config);
        DeviceModels models = Traces.models();
        EventSource src;
        try {
            src = Traces.open(file, models);
        } catch (IOException e) {
            throw new CoreException(Status.error("Cannot open " + file + ": " + e.getMessage(), e));
        }
        RecordedTimeline timeline = new RecordedTimeline(file.toString(), src.header(), models, options, Long.MAX_VALUE);
        Job reader = new Job("Reading " + file.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor m) {
                try (src) {
                    timeline.load(src, monitor(m));
                    return Status.OK_STATUS;
                } catch (IOException | RuntimeException e) {
                    return Status.error("Reading " + file + " stopped: " + e.getMessage(), e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
        reader.schedule();
        RingsideDebugTarget target = new RingsideDebugTarget(launch, file.getFileName().toString(), timeline, file,
                resource, reader::cancel);
        launch.addDebugTarget(target);
        target.start(config.getAttribute(RingsideDebug.ATTR_STOP_AT_START, false));
    }

    static CheckOptions checkOptions(ILaunchConfiguration config) throws CoreException {
        String ne = config.getAttribute(RingsideDebug.ATTR_NEED_EVENT, NeedEvent.LINUX.id());
        try {
            return CheckOptions.DEFAULT.withNeedEvent(NeedEvent.fromId(ne));
        } catch (IllegalArgumentException e) {
            throw new CoreException(Status.error(e.getMessage()));
        }
    }

    /** A workspace file for a workspace path, or null for a plain file system path. */
    static IResource resolve(String trace) {
        try {
            IFile f = ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromOSString(trace));
            if (f.exists()) {
                return f;
            }
            IFile[] byLocation = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(Path.of(trace).toUri());
            return byLocation.length > 0 ? byLocation[0] : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static ProgressMonitor monitor(IProgressMonitor m) {
        return new ProgressMonitor() {
            long last;

            @Override
            public void begin(String task, long total) {
                m.beginTask(task, IProgressMonitor.UNKNOWN);
            }

            @Override
            public void worked(long done) {
                m.subTask(done + " events");
                m.worked((int) Math.max(0, done - last));
                last = done;
            }

            @Override
            public boolean isCanceled() {
                return m.isCanceled();
            }

            @Override
            public void done() {
                m.done();
            }
        };
    }
}
