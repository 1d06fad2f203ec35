package io.ringside.debug.ui;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.ui.IDebugEditorPresentation;
import org.eclipse.debug.ui.IDebugModelPresentation;
import org.eclipse.debug.ui.IValueDetailListener;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;

import io.ringside.debug.core.breakpoints.RingsideBreakpoint;
import io.ringside.debug.core.model.RingsideStackFrame;

/**
 * Labels of Ringside breakpoints and values (the rest uses the platform's default labels), and the trace
 * as the frames' source: a trace replay's frame opens the trace editor (the launch's source locator gives
 * the trace file) and moves its cursor to the frame's event.
 */
public final class RingsidePresentation extends LabelProvider implements IDebugModelPresentation, IDebugEditorPresentation {

    /** The Ringside trace editor (io.ringside.ui), named here without depending on its bundle. */
    static final String TRACE_EDITOR_ID = "io.ringside.ui.editors.trace";

    @Override
    public void setAttribute(String attribute, Object value) {
    }

    @Override
    public Image getImage(Object element) {
        return null;
    }

    @Override
    public String getText(Object element) {
        if (element instanceof RingsideBreakpoint b) {
            return b.getLabel();
        }
        return null;
    }

    @Override
    public void computeDetail(IValue value, IValueDetailListener listener) {
        String s;
        try {
            s = value.getValueString();
        } catch (Exception e) {
            s = e.getMessage();
        }
        listener.detailComputed(value, s);
    }

    @Override
    public IEditorInput getEditorInput(Object element) {
        return inputFor(element);
    }

    /** The trace editor's input for a trace: a workspace file, or a {@link Path} outside the workspace; else null. */
    static IEditorInput inputFor(Object element) {
        if (element instanceof IFile f) {
            return new FileEditorInput(f);
        }
        if (element instanceof Path p) { // a trace outside the workspace: the editor links it in
            return new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(p.toUri()));
        }
        return null;
    }

    @Override
    public String getEditorId(IEditorInput input, Object element) {
        if (!(element instanceof IFile || element instanceof Path)) {
            return null;
        }
        return PlatformUI.getWorkbench().getEditorRegistry().findEditor(TRACE_EDITOR_ID) != null ? TRACE_EDITOR_ID : null;
    }

    /** Moves the trace editor to the frame's event; true: the platform has no text position to select. */
    @Override
    public boolean addAnnotations(IEditorPart editorPart, IStackFrame frame) {
        if (frame instanceof RingsideStackFrame f && f.shownEvent() >= 0) {
            EditorFollower.seek(editorPart, f.shownEvent());
            return true;
        }
        return false;
    }

    @Override
    public void removeAnnotations(IEditorPart editorPart, IThread thread) {
        // nothing to remove: the editor's own cursor marks the event
    }
}
