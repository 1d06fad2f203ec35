package io.ringside.debug.core.launching;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IStreamsProxy;

/**
 * A run-mode emulator run as the launch's process: the Debug view lists it while the emulator writes the
 * trace, Terminate cancels it, and the launch ends with it (exit value 0: the trace was written; 1: it
 * failed or was canceled, and the file kept what it held before).
 */
final class EmulatorRun extends PlatformObject implements IProcess {

    private final ILaunch launch;
    private final String label;
    private final Map<String, String> attributes = new HashMap<>();
    private volatile Job job;
    private volatile boolean terminated;
    private volatile int exitValue = -1;

    EmulatorRun(ILaunch launch, String label) {
        this.launch = launch;
        this.label = label;
    }

    /** Starts the job that does the run; it calls {@link #done} at its end. */
    void start(Job work) {
        job = work;
        launch.addProcess(this);
        fire(DebugEvent.CREATE);
        work.schedule();
    }

    void done(int exit) {
        exitValue = exit;
        terminated = true;
        fire(DebugEvent.TERMINATE);
    }

    private void fire(int kind) {
        DebugPlugin d = DebugPlugin.getDefault();
        if (d != null) {
            d.fireDebugEventSet(new DebugEvent[] { new DebugEvent(this, kind) });
        }
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public ILaunch getLaunch() {
        return launch;
    }

    @Override
    public IStreamsProxy getStreamsProxy() {
        return null;
    }

    @Override
    public synchronized void setAttribute(String key, String value) {
        attributes.put(key, value);
    }

    @Override
    public synchronized String getAttribute(String key) {
        return attributes.get(key);
    }

    @Override
    public int getExitValue() throws DebugException {
        if (!terminated) {
            throw new DebugException(org.eclipse.core.runtime.Status.error("the emulator is still running"));
        }
        return exitValue;
    }

    @Override
    public boolean canTerminate() {
        return !terminated;
    }

    @Override
    public boolean isTerminated() {
        return terminated;
    }

    @Override
    public void terminate() {
        Job j = job;
        if (j != null) {
            j.cancel();
        }
    }
}
