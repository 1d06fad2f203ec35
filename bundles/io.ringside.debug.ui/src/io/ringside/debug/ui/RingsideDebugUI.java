package io.ringside.debug.ui;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.debug.ui.DebugUITools;

import io.ringside.debug.core.model.RingsideDebugElement;
import io.ringside.debug.core.model.RingsideDebugTarget;

/** Shared helpers of the Ringside debug UI. */
public final class RingsideDebugUI {

    public static final String PLUGIN_ID = "io.ringside.debug.ui";

    private RingsideDebugUI() {
    }

    /** The Ringside debug target of the current debug context, or null. */
    public static RingsideDebugTarget currentTarget() {
        IAdaptable ctx = DebugUITools.getDebugContext();
        if (ctx instanceof RingsideDebugElement e) {
            return e.getRingsideTarget();
        }
        if (ctx instanceof org.eclipse.debug.core.ILaunch l && l.getDebugTarget() instanceof RingsideDebugTarget t) {
            return t;
        }
        return null;
    }
}
