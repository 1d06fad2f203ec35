package io.ringside.debug.core.internal.launching;

import org.eclipse.core.resources.IResource;
import org.eclipse.debug.core.model.ISourceLocator;
import org.eclipse.debug.core.model.IStackFrame;

import io.ringside.debug.core.model.RingsideStackFrame;

/**
 * The "source" of a trace replay's frames is the trace itself: the debug platform opens it in the trace
 * editor when a frame is selected (as it opens a source file at a line), and the model presentation moves
 * the editor to the frame's event.
 */
public final class TraceSourceLocator implements ISourceLocator {

    private final Object trace;

    /** The trace's workspace file when it has one ({@code resource}), else its path. */
    TraceSourceLocator(IResource resource, java.nio.file.Path file) {
        this.trace = resource != null && resource.getType() == IResource.FILE ? resource : file.toAbsolutePath();
    }

    @Override
    public Object getSourceElement(IStackFrame frame) {
        return frame instanceof RingsideStackFrame ? trace : null;
    }
}
