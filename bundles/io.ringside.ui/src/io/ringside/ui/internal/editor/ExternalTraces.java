package io.ringside.ui.internal.editor;

import java.net.URI;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

/**
 * Traces opened from outside the workspace ({@code ./ringside ide /path/file.rstrace}, File > Open
 * File...) are linked into the "External traces" project, so that their violations can be problem
 * markers (markers live on workspace resources) and the Problems view can reopen them. The link points
 * at the file where it is; nothing is copied. A file already in the workspace (or linked before) is
 * used as it is.
 */
public final class ExternalTraces {

    /** Name of the project holding links to traces opened from outside the workspace. */
    public static final String PROJECT = "External traces";

    private ExternalTraces() {
    }

    /** The workspace file for a trace in the local file system, linking it when needed; null if impossible. */
    public static IFile link(Path trace) {
        IWorkspace ws = ResourcesPlugin.getWorkspace();
        IWorkspaceRoot root = ws.getRoot();
        URI uri = trace.toAbsolutePath().normalize().toUri();
        for (IFile f : root.findFilesForLocationURI(uri)) {
            if (f.exists() && f.getProject().isOpen()) {
                return f;
            }
        }
        IFile[] out = new IFile[1];
        try {
            ws.run(monitor -> {
                IProject p = root.getProject(PROJECT);
                if (!p.exists()) {
                    p.create(monitor);
                }
                if (!p.isOpen()) {
                    p.open(monitor);
                }
                out[0] = freeName(p, trace, uri);
                if (!out[0].exists()) {
                    out[0].createLink(uri, IResource.NONE, monitor);
                }
            }, root, IWorkspace.AVOID_UPDATE, null);
            return out[0];
        } catch (CoreException | RuntimeException e) {
            ILog.of(ExternalTraces.class).log(Status.warning("Cannot link " + trace + " into the workspace project '"
                    + PROJECT + "': its violations are not listed in the Problems view", e));
            return null;
        }
    }

    /** The file name, or "name (2)", "name (3)"... when another trace of that name is linked already. */
    private static IFile freeName(IProject p, Path trace, URI uri) {
        String name = trace.getFileName().toString();
        int dot = name.indexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 1;; i++) {
            IFile f = p.getFile(i == 1 ? name : stem + " (" + i + ")" + ext);
            if (!f.exists() || uri.equals(f.getLocationURI())) {
                return f;
            }
        }
    }
}
