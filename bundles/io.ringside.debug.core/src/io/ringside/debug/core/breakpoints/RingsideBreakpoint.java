package io.ringside.debug.core.breakpoints;

import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.Breakpoint;

import io.ringside.debug.BreakSpec;
import io.ringside.debug.core.RingsideDebug;

/**
 * A Ringside breakpoint: a {@link BreakSpec} in its text form ({@code violation=S2}, {@code event=kick@q1},
 * {@code watch=avail.idx:delta > 1}...) kept in a persistent marker, on the trace file it belongs to or on
 * the workspace root for breakpoints that apply to every trace (suspend on violation, watchpoints). The
 * platform restores it across restarts and lists it in the Breakpoints view.
 */
public class RingsideBreakpoint extends Breakpoint {

    /** Marker attribute holding the text form of the spec. */
    public static final String SPEC = "io.ringside.debug.spec";

    /** For the breakpoint manager, which restores breakpoints from their markers. */
    public RingsideBreakpoint() {
    }

    /**
     * Creates and registers a breakpoint.
     *
     * @param resource the trace file, or null for every trace (the workspace root)
     * @param spec the text form; checked here (an invalid one throws with the parser's message)
     */
    public static RingsideBreakpoint create(IResource resource, String spec) throws CoreException {
        BreakSpec parsed;
        try {
            parsed = BreakSpec.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new CoreException(Status.error(e.getMessage()));
        }
        IResource on = resource != null ? resource : ResourcesPlugin.getWorkspace().getRoot();
        RingsideBreakpoint b = new RingsideBreakpoint();
        IWorkspaceRunnable body = monitor -> {
            IMarker m = on.createMarker(RingsideDebug.BREAKPOINT_MARKER);
            b.setMarker(m);
            m.setAttributes(Map.of(IMarker.MESSAGE, "Ringside " + parsed.label()
                    + (resource == null ? " (every trace)" : " in " + resource.getName()), SPEC, spec.trim(),
                    org.eclipse.debug.core.model.IBreakpoint.ID, RingsideDebug.MODEL_ID,
                    org.eclipse.debug.core.model.IBreakpoint.ENABLED, Boolean.TRUE,
                    org.eclipse.debug.core.model.IBreakpoint.PERSISTED, Boolean.TRUE));
        };
        ResourcesPlugin.getWorkspace().run(body, on, 0, null);
        DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(b);
        return b;
    }

    @Override
    public String getModelIdentifier() {
        return RingsideDebug.MODEL_ID;
    }

    /** The text form of the spec. */
    public String getSpec() {
        IMarker m = getMarker();
        return m == null ? "" : m.getAttribute(SPEC, "");
    }

    public BreakSpec toSpec() {
        return BreakSpec.parse(getSpec());
    }

    /** What the Breakpoints view shows. */
    public String getLabel() {
        IMarker m = getMarker();
        return m == null ? getSpec() : m.getAttribute(IMarker.MESSAGE, getSpec());
    }
}
