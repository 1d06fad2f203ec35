package io.ringside.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import io.ringside.ui.RingsideUI;

/**
 * The "Ringside samples" project: sample traces (generated ones of each configuration and real QEMU
 * logs) and workloads, copied from the samples folder that ships with Ringside.
 */
public final class SamplesProject {

    private SamplesProject() {
    }

    /** Where the samples come from: {@code -Dringside.samples}, else {@code samples/} beside the install. */
    public static Path sourceFolder() {
        String prop = System.getProperty(RingsideUI.SAMPLES_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return Paths.get(prop);
        }
        try {
            URL install = Platform.getInstallLocation() == null ? null : Platform.getInstallLocation().getURL();
            if (install != null && "file".equals(install.getProtocol())) {
                return Paths.get(install.getPath(), "samples");
            }
        } catch (RuntimeException e) {
            // no install location: no samples
        }
        return null;
    }

    /** Schedules the job that creates the project when it does not exist yet. */
    public static WorkspaceJob scheduleCreate() {
        WorkspaceJob job = new WorkspaceJob("Creating the Ringside samples project") {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                return createProject(monitor);
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == RingsideUI.SAMPLES_JOB_FAMILY;
            }
        };
        job.setRule(ResourcesPlugin.getWorkspace().getRoot());
        job.schedule();
        return job;
    }

    /** Creates the samples project from {@link #sourceFolder()} unless it exists. */
    public static IStatus createProject(IProgressMonitor monitor) throws CoreException {
        return createProject(RingsideUI.SAMPLES_PROJECT, monitor);
    }

    /** Creates a samples project of the given name from {@link #sourceFolder()} unless it exists. */
    public static IStatus createProject(String name, IProgressMonitor monitor) throws CoreException {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        IProject project = root.getProject(name);
        if (project.exists()) {
            if (!project.isOpen()) {
                project.open(monitor);
            }
            return Status.OK_STATUS;
        }
        Path source = sourceFolder();
        if (source == null || !Files.isDirectory(source)) {
            ILog.of(SamplesProject.class).log(Status.info("No Ringside samples folder found"
                    + (source == null ? "" : " at " + source) + "; the samples project was not created"));
            return Status.OK_STATUS;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return Status.error("Cannot read the samples folder " + source + ": " + e.getMessage(), e);
        }
        SubMonitor sub = SubMonitor.convert(monitor, "Copying Ringside samples", files.size() + 2);
        project.create(sub.split(1));
        project.open(sub.split(1));
        for (Path f : files) {
            Path rel = source.relativize(f);
            IFile target = project.getFile(rel.toString());
            ensureParents(target.getParent(), sub);
            try (InputStream in = Files.newInputStream(f)) {
                target.create(in, IResource.FORCE, sub.split(1));
            } catch (IOException e) {
                return Status.error("Cannot copy sample " + f + ": " + e.getMessage(), e);
            }
        }
        return Status.OK_STATUS;
    }

    private static void ensureParents(IContainer c, SubMonitor monitor) throws CoreException {
        if (c instanceof IFolder folder && !folder.exists()) {
            ensureParents(folder.getParent(), monitor);
            folder.create(IResource.FORCE, true, null);
        }
    }
}
