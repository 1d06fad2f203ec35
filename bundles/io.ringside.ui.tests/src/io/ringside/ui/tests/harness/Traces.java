package io.ringside.ui.tests.harness;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.RingView;
import io.ringside.ui.internal.editor.TraceEditor;

/**
 * Page-object style helpers for trace editors: put a test trace into the workspace, open it the way a
 * user does (default editor for its content type), wait for indexing, read the ring view.
 */
public final class Traces {

    public static final String PROJECT = "ringside-ui-tests";

    private Traces() {
    }

    /** The repository folder ({@code -Dringside.repo}, else walk up from the working directory). */
    public static Path repo() {
        String p = System.getProperty("ringside.repo");
        if (p != null) {
            return Paths.get(p);
        }
        Path d = Paths.get("").toAbsolutePath();
        while (d != null && !(Files.isDirectory(d.resolve("bundles")) && Files.exists(d.resolve(".gitignore")))) {
            d = d.getParent();
        }
        if (d == null) {
            throw new IllegalStateException("cannot find the repository from " + Paths.get("").toAbsolutePath());
        }
        return d;
    }

    /** A file of {@code bundles/io.ringside.ui.tests/testfiles/}. */
    public static Path testFile(String name) {
        return repo().resolve("bundles/io.ringside.ui.tests/testfiles").resolve(name);
    }

    /** Copies a file into the test project (once) and returns the workspace file. */
    public static IFile workspaceFile(Path source) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(null);
        }
        if (!project.isOpen()) {
            project.open(null);
        }
        IFile f = project.getFile(source.getFileName().toString());
        if (!f.exists()) {
            try (InputStream in = Files.newInputStream(source)) {
                f.create(in, IResource.FORCE, null);
            }
        }
        return f;
    }

    /** Opens a workspace file with its default editor, which must be the trace editor; waits for indexing. */
    public static TraceEditor open(IFile file) {
        IEditorPart part = UI.sync(() -> {
            try {
                return IDE.openEditor(UI.page(), file, true);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        if (!(part instanceof TraceEditor ed)) {
            throw new AssertionError(file.getName() + " opened in " + (part == null ? "nothing" : part.getClass().getName())
                    + ", not the Ringside trace editor");
        }
        UI.waitUntil(Condition.of("indexing of " + file.getName() + " finished",
                () -> ed.isReady() && ed.eventsPage().rowCount() == ed.session().eventCount()),
                Duration.ofSeconds(60));
        UI.waitForJobs(RingsideUI.INDEX_JOB_FAMILY, Duration.ofSeconds(60));
        return ed;
    }

    public static TraceEditor open(String testFile) throws Exception {
        return open(workspaceFile(testFile(testFile)));
    }

    /** The Rings view (shown), after its pending redraws. */
    public static RingView rings() {
        RingView v = UI.sync(() -> (RingView) UI.page().showView(RingsideUI.RING_VIEW_ID));
        UI.flushEvents();
        UI.run(v::paintNow);
        return v;
    }

    /** Closes every editor without saving. */
    public static void closeEditors() {
        UI.run(() -> UI.page().closeAllEditors(false));
    }

    static void delete(IFile f) throws CoreException {
        f.delete(true, null);
    }
}
