package io.ringside.debug.core.internal.launching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.Extensions;
import io.ringside.core.engine.NeedEvent;
import io.ringside.core.index.IndexCanceledException;
import io.ringside.core.index.IndexOptions;
import io.ringside.core.index.TraceIndex;
import io.ringside.core.util.ProgressMonitor;
import io.ringside.debug.core.RingsideDebug;
import io.ringside.debug.core.model.RingsideDebugTarget;

/**
 * "Ringside Trace Replay": opens a trace (its own format or a QEMU log) through the core checkpoint index
 * (built with progress in the launch job, or loaded from the index cache), and runs to the first breakpoint.
 */
public class TraceLaunchDelegate extends LaunchConfigurationDelegate {

    /** Job family of jobs reading traces for a session (none today: the launch job itself indexes the trace). */
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
        // the core checkpoint index: events in the binary event cache on disk, checkpoints within a memory
        // budget, reused from the index cache (validated) when the file was indexed before
        TraceIndex timeline;
        try {
            timeline = TraceIndex.open(file, Extensions.models(), options, IndexOptions.defaults(), monitor(monitor));
        } catch (IndexCanceledException e) {
            return; // the user canceled the launch while the trace was indexed
        } catch (IOException | RuntimeException e) {
            throw new CoreException(Status.error("Cannot open " + file + ": " + e.getMessage(), e));
        }
        RingsideDebugTarget target = new RingsideDebugTarget(launch, file.getFileName().toString(), timeline, file,
                resource, null);
        if (launch.getSourceLocator() == null) { // frames open the trace in its editor
            launch.setSourceLocator(new TraceSourceLocator(resource, file));
        }
        launch.addDebugTarget(target);
        target.start(config.getAttribute(RingsideDebug.ATTR_STOP_AT_START, false));
    }

    public static CheckOptions checkOptions(ILaunchConfiguration config) throws CoreException {
        String ne = config.getAttribute(RingsideDebug.ATTR_NEED_EVENT, "trace");
        if (ne.equals("trace")) {
            return CheckOptions.DEFAULT; // the header's formula, else linux
        }
        try {
            return CheckOptions.DEFAULT.withNeedEvent(NeedEvent.fromId(ne));
        } catch (IllegalArgumentException e) {
            throw new CoreException(Status.error(e.getMessage()));
        }
    }

    /** A workspace file for a workspace path, or null for a plain file system path. */
    public static IResource resolve(String trace) {
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

    public static ProgressMonitor monitor(IProgressMonitor m) {
        return new ProgressMonitor() {
            static final int UNITS = 1000;
            long total;
            long last;

            @Override
            public void begin(String task, long total) {
                this.total = total;
                this.last = 0;
                m.beginTask(task, total > 0 ? UNITS : IProgressMonitor.UNKNOWN);
            }

            @Override
            public void worked(long done) {
                if (total > 0) { // bytes of the trace
                    long units = Math.min(UNITS, done * UNITS / total);
                    m.worked((int) Math.max(0, units - last));
                    last = units;
                } else { // events
                    m.subTask(done + " events");
                    m.worked((int) Math.max(0, Math.min(Integer.MAX_VALUE, done - last)));
                    last = done;
                }
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
