package io.ringside.debug.core.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.core.runtime.ILog;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.model.IBreakpoint;

import io.ringside.debug.BreakSpec;
import io.ringside.debug.Breakpoints;
import io.ringside.debug.Hit;
import io.ringside.debug.Session;
import io.ringside.debug.core.RingsideDebug;
import io.ringside.debug.core.breakpoints.RingsideBreakpoint;

/**
 * The Ringside breakpoints of one debug session as its {@link Session} sees them: at the start of every
 * move the enabled workbench breakpoints that apply become {@link BreakSpec}s, and the specs a stop hit
 * lead back to the breakpoints the Debug view shows as hit.
 */
final class SessionBreakpoints {

    private final Map<BreakSpec, IBreakpoint> specs = new IdentityHashMap<>();

    /** The breakpoints whose specs a stop hit. */
    IBreakpoint[] hitBy(Session.Stop stop) {
        if (stop == null || stop.hits().isEmpty()) {
            return new IBreakpoint[0];
        }
        Set<IBreakpoint> l = new LinkedHashSet<>();
        synchronized (specs) {
            for (Hit h : stop.hits()) {
                IBreakpoint b = specs.get(h.spec());
                if (b != null) {
                    l.add(b);
                }
            }
        }
        return l.toArray(new IBreakpoint[0]);
    }

    /** The enabled Ringside breakpoints that apply to the session's trace, as specs for the session. */
    Breakpoints collect(Predicate<IBreakpoint> applies) {
        IBreakpointManager bm = DebugPlugin.getDefault().getBreakpointManager();
        List<BreakSpec> l = new ArrayList<>();
        synchronized (specs) {
            specs.clear();
            if (bm.isEnabled()) {
                for (IBreakpoint b : bm.getBreakpoints(RingsideDebug.MODEL_ID)) {
                    try {
                        if (b instanceof RingsideBreakpoint rb && b.isEnabled() && applies.test(b)) {
                            BreakSpec spec = rb.toSpec();
                            specs.put(spec, b);
                            l.add(spec);
                        }
                    } catch (Exception e) {
                        ILog.of(getClass()).warn("Ringside breakpoint ignored: " + e.getMessage());
                    }
                }
            }
        }
        return new Breakpoints(l);
    }
}
