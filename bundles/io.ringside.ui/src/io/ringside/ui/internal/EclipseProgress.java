package io.ringside.ui.internal;

import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IProgressMonitor;

import io.ringside.core.util.ProgressMonitor;

/**
 * An Eclipse progress monitor as the engine's {@link ProgressMonitor}: a task with a known total is shown
 * in thousandths of it, one without as a count of events; cancelled when the user cancels or {@code stop}
 * says so (an editor that closed).
 */
public final class EclipseProgress implements ProgressMonitor {

    private final IProgressMonitor monitor;
    private final BooleanSupplier stop;
    private long total;
    private int reported;

    public EclipseProgress(IProgressMonitor monitor) {
        this(monitor, () -> false);
    }

    public EclipseProgress(IProgressMonitor monitor, BooleanSupplier stop) {
        this.monitor = monitor;
        this.stop = stop;
    }

    @Override
    public void begin(String task, long total) {
        this.total = total;
        reported = 0;
        monitor.beginTask(task, total > 0 ? 1000 : IProgressMonitor.UNKNOWN);
    }

    @Override
    public void worked(long done) {
        if (total > 0) {
            int now = (int) Math.min(1000, done * 1000 / total);
            if (now > reported) {
                monitor.worked(now - reported);
                reported = now;
            }
        } else {
            monitor.subTask(String.format("%,d events", done));
        }
    }

    @Override
    public boolean isCanceled() {
        return monitor.isCanceled() || stop.getAsBoolean();
    }

    @Override
    public void done() {
        monitor.done();
    }
}
