package io.ringside.debug.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

import io.ringside.debug.BreakSpec;
import io.ringside.debug.core.breakpoints.RingsideBreakpoint;

/** Creating Ringside breakpoints from the Breakpoints view and the Run menu. */
public final class BreakpointHandlers {

    /** The text forms, with the watchable fields of the installed device models. */
    public static String help() {
        return "violation, violation=S2a,N3, event=KIND, desc=N, buffer=N, command=N,\n"
                + "watch=FIELD or watch=FIELD:CONDITION (value, old, delta: e.g. delta > 1), optionally @qN or @dDqN.\n"
                + String.join("\n", BreakSpec.fieldLines("Fields:", 100));
    }

    private BreakpointHandlers() {
    }

    /** Add Ringside Breakpoint...: the text form, on the selected trace file or for every trace. */
    public static final class Add extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            IResource on = null;
            if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s && s.size() == 1) {
                on = Adapters.adapt(s.getFirstElement(), IFile.class);
            }
            if (on == null) {
                var t = RingsideDebugUI.currentTarget();
                if (t != null && t.traceFile() != null) {
                    IFile[] f = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
                            .findFilesForLocationURI(t.traceFile().toUri());
                    on = f.length > 0 ? f[0] : null;
                }
            }
            InputDialog d = new InputDialog(HandlerUtil.getActiveShell(event), "Add Ringside Breakpoint",
                    "Breakpoint" + (on == null ? " (every trace)" : " in " + on.getName()) + ":\n" + help(),
                    "watch=avail.idx:delta > 1", s -> {
                        try {
                            BreakSpec.parse(s);
                            return null;
                        } catch (IllegalArgumentException e) {
                            return e.getMessage();
                        }
                    });
            if (d.open() == Window.OK) {
                try {
                    RingsideBreakpoint.create(on, d.getValue());
                } catch (CoreException e) {
                    throw new ExecutionException(e.getMessage(), e);
                }
            }
            return null;
        }
    }

    /** Suspend on Violation: every rule, every trace. */
    public static final class OnViolation extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            try {
                RingsideBreakpoint.create(null, "violation");
            } catch (CoreException e) {
                throw new ExecutionException(e.getMessage(), e);
            }
            return null;
        }
    }
}
