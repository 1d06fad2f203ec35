package io.ringside.debug.core.launching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.Extensions;
import io.ringside.core.index.IndexOptions;
import io.ringside.core.index.TraceIndex;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceWriter;
import io.ringside.debug.core.RingsideDebug;
import io.ringside.debug.core.TraceWrittenListener;
import io.ringside.debug.core.internal.launching.TraceLaunchDelegate;
import io.ringside.debug.core.model.RingsideDebugTarget;
import io.ringside.emulator.DeviceEmulator;
import io.ringside.emulator.Emulators;
import io.ringside.emulator.Fault;
import io.ringside.emulator.Workload;
import io.ringside.emulator.WorkloadReader;

/**
 * "Ringside Emulator": runs the embedded reference emulator. In debug mode it runs live: its events go
 * into the debug session as they are made and into a trace file as it goes; the emulator runs at most
 * {@link #LOOKAHEAD} events ahead of the debugger's cursor, so while the session is suspended the emulator
 * waits too, and stepping steps it. In run mode it writes the whole trace (with progress, cancellable),
 * by default into the workspace project {@link #TRACES_PROJECT}, and tells {@link TraceWrittenListener}s,
 * so the IDE opens it.
 */
public class EmulatorLaunchDelegate extends LaunchConfigurationDelegate {

    public static final Object JOB_FAMILY = EmulatorLaunchDelegate.class;
    /** How far the emulator may run ahead of the cursor. */
    public static final long LOOKAHEAD = 4096;
    /** The workspace project run mode writes traces into when the configuration names no file. */
    public static final String TRACES_PROJECT = "Emulator traces";

    @Override
    public void launch(ILaunchConfiguration config, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        Workload w = workload(config);
        DeviceEmulator em = Emulators.forDevice(w.device());
        if (em == null) {
            throw new CoreException(Status.error("No emulator for device '" + w.device() + "'; devices: " + Emulators.devices()));
        }
        String faultName = config.getAttribute(RingsideDebug.ATTR_FAULT, "");
        Fault fault = faultName.isBlank() ? null : em.fault(faultName);
        if (!faultName.isBlank() && fault == null) {
            throw new CoreException(Status.error("The " + w.device() + " emulator plants no fault '" + faultName + "'"));
        }
        TraceHeader header;
        try {
            header = em.header(w, fault, "Ringside Emulator launch " + config.getName());
        } catch (IllegalArgumentException e) {
            throw new CoreException(Status.error(e.getMessage()));
        }
        if (ILaunchManager.RUN_MODE.equals(mode)) {
            writeInJob(config, launch, em, w, fault, header);
            return;
        }
        Path out = output(config, false);
        CheckOptions options = TraceLaunchDelegate.checkOptions(config);
        TraceIndex timeline;
        TraceWriter writer;
        try {
            // the timeline the debugger reads while the emulator writes it (events on disk, bounded memory)
            timeline = TraceIndex.live("emulator " + w.device(), header, Extensions.models(), options,
                    IndexOptions.defaults(), LOOKAHEAD);
            Files.createDirectories(out.toAbsolutePath().getParent());
            writer = new TraceWriter(out, header);
        } catch (IOException e) {
            throw new CoreException(Status.error("Cannot write the trace " + out + ": " + e.getMessage(), e));
        }
        Job run = new Job("Ringside emulator: " + w.device() + " (" + out.getFileName() + ")") {
            @Override
            protected IStatus run(IProgressMonitor m) {
                try {
                    DeviceEmulator.Result r = em.run(w, fault, e -> {
                        timeline.accept(e);
                        writer.write(e);
                    }, TraceLaunchDelegate.monitor(m));
                    writer.close();
                    timeline.finish();
                    return Status.info("emulator: " + r.requests() + " requests, " + r.events() + " events");
                } catch (IOException | RuntimeException e) {
                    writer.abort();
                    timeline.fail(e.getMessage());
                    return timeline.complete() && e instanceof IOException ? Status.CANCEL_STATUS
                            : Status.error("The emulator stopped: " + e.getMessage(), e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
        run.setSystem(false);
        run.schedule();
        RingsideDebugTarget target = new RingsideDebugTarget(launch, "emulator " + w.device() + " -> " + out.getFileName(),
                timeline, out, TraceLaunchDelegate.resolve(out.toString()), run::cancel);
        launch.addDebugTarget(target);
        target.start(config.getAttribute(RingsideDebug.ATTR_STOP_AT_START, false));
    }

    /**
     * Run mode: the emulator writes the trace in a job, the launch's process while it runs, into the
     * configured file or {@link #TRACES_PROJECT}; {@link TraceWrittenListener}s hear of it when it is complete.
     */
    private static void writeInJob(ILaunchConfiguration config, ILaunch launch, DeviceEmulator em, Workload w, Fault fault,
            TraceHeader header) throws CoreException {
        Path out = output(config, true);
        EmulatorRun process = new EmulatorRun(launch, "Ringside emulator: " + w.device() + " -> " + out);
        Job job = new Job("Ringside emulator: writing " + out.getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor m) {
                int exit = 1;
                try {
                    String summary = write(em, w, fault, header, out, m);
                    if (summary == null) {
                        return Status.CANCEL_STATUS;
                    }
                    exit = 0;
                    TraceWrittenListener.fire(out, summary);
                    return Status.info("Ringside emulator wrote " + out + ": " + summary);
                } catch (IOException | CoreException | RuntimeException e) {
                    return Status.error("The emulator could not write " + out + ": " + e.getMessage(), e);
                } finally {
                    process.done(exit);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
        job.setSystem(false);
        process.start(job);
    }

    /**
     * Run mode: the whole trace into {@code out} (an existing file is replaced only when the run completes),
     * and the workspace refreshed; returns one line of what was written, or null when canceled.
     */
    private static String write(DeviceEmulator em, Workload w, Fault fault, TraceHeader header, Path out,
            IProgressMonitor monitor) throws IOException, CoreException {
        Files.createDirectories(out.getParent());
        TraceWriter writer = new TraceWriter(out, header);
        DeviceEmulator.Result r;
        try {
            r = em.run(w, fault, writer::write, TraceLaunchDelegate.monitor(monitor));
        } catch (IOException | RuntimeException e) {
            writer.abort();
            throw e;
        }
        if (monitor.isCanceled()) {
            writer.abort(); // the file keeps what it held before
            return null;
        }
        writer.close();
        for (IFile f : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(out.toUri())) {
            f.refreshLocal(IResource.DEPTH_ZERO, null);
        }
        return w.device() + ": " + r.requests() + " requests, " + r.events() + " events"
                + (r.stopped() ? "; stopped early: " + r.stopReason() : "");
    }

    /** {@code <TRACES_PROJECT>/<name>.rstrace}, the project made and opened if needed. */
    private static IFile projectFile(String configName) throws CoreException {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(TRACES_PROJECT);
        if (!p.exists()) {
            p.create(null);
        }
        if (!p.isOpen()) {
            p.open(null);
        }
        String name = configName.replaceAll("[^A-Za-z0-9._ +-]", "_").strip();
        return p.getFile((name.isEmpty() ? "emulator" : name) + ".rstrace");
    }

    /**
     * The trace file of a launch: the configuration's, else in run mode {@code <TRACES_PROJECT>/<name>.rstrace},
     * in debug mode a temporary file.
     */
    static Path output(ILaunchConfiguration config, boolean run) throws CoreException {
        String o = config.getAttribute(RingsideDebug.ATTR_OUTPUT, "");
        if (!o.isBlank()) {
            return Path.of(o).toAbsolutePath();
        }
        if (run) {
            return projectFile(config.getName()).getLocation().toPath();
        }
        try {
            return Files.createTempFile("ringside-emulator-", ".rstrace");
        } catch (IOException e) {
            throw new CoreException(Status.error("Cannot create a temporary trace file: " + e.getMessage(), e));
        }
    }

    /** The workload of a configuration: its workload file (if any) with the options of the tab applied. */
    public static Workload workload(ILaunchConfiguration c) throws CoreException {
        String file = c.getAttribute(RingsideDebug.ATTR_WORKLOAD, "");
        Workload w;
        try {
            w = file.isBlank() ? Workload.defaults(c.getAttribute(RingsideDebug.ATTR_DEVICE, "virtio-blk"))
                    : WorkloadReader.read(Path.of(file));
        } catch (IOException e) {
            throw new CoreException(Status.error(e.getMessage(), e));
        }
        if (c.hasAttribute(RingsideDebug.ATTR_DEVICE)) {
            w = w.withDevice(c.getAttribute(RingsideDebug.ATTR_DEVICE, w.device()));
        }
        if (c.hasAttribute(RingsideDebug.ATTR_REQUESTS)) {
            w = w.withRequests(c.getAttribute(RingsideDebug.ATTR_REQUESTS, (int) w.requests()));
        }
        if (c.hasAttribute(RingsideDebug.ATTR_QUEUE_DEPTH)) {
            w = w.withQueueDepth(c.getAttribute(RingsideDebug.ATTR_QUEUE_DEPTH, w.queueDepth()));
        }
        if (c.hasAttribute(RingsideDebug.ATTR_BATCH)) {
            w = w.withBatch(c.getAttribute(RingsideDebug.ATTR_BATCH, w.batch()));
        }
        if (c.hasAttribute(RingsideDebug.ATTR_SEED)) {
            w = w.withSeed(c.getAttribute(RingsideDebug.ATTR_SEED, (int) w.seed()));
        }
        Workload.Virtio v = w.virtio();
        v = v.withLayout(c.getAttribute(RingsideDebug.ATTR_LAYOUT, v.layout()))
                .withQueueSize(c.getAttribute(RingsideDebug.ATTR_QUEUE_SIZE, v.queueSize()))
                .withEventIdx(c.getAttribute(RingsideDebug.ATTR_EVENT_IDX, v.eventIdx()))
                .withInOrder(c.getAttribute(RingsideDebug.ATTR_IN_ORDER, v.inOrder()))
                .withIndirect(c.getAttribute(RingsideDebug.ATTR_INDIRECT, v.indirect()));
        Workload.Nvme n = w.nvme();
        n = new Workload.Nvme(c.getAttribute(RingsideDebug.ATTR_IO_QUEUES, n.ioQueues()),
                c.getAttribute(RingsideDebug.ATTR_QUEUE_SIZE, n.queueSize()),
                c.getAttribute(RingsideDebug.ATTR_SHADOW_DOORBELL, n.shadowDoorbell()),
                c.getAttribute(RingsideDebug.ATTR_IOEVENTFD, n.ioeventfd()),
                c.getAttribute(RingsideDebug.ATTR_NEED_EVENT, n.needEvent()), n.interruptCoalescing(), n.slowGuest());
        return w.withVirtio(v).withNvme(n);
    }
}
