package io.ringside.debug.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;

import io.ringside.debug.core.model.RingsideDebugTarget;

/** Run to Event...: asks for an event number and runs there, forwards or backwards. */
public final class RunToEventHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        RingsideDebugTarget t = RingsideDebugUI.currentTarget();
        if (t == null || !t.isSuspended()) {
            return null;
        }
        long size = t.timeline().eventCount();
        InputDialog d = new InputDialog(HandlerUtil.getActiveShell(event), "Run to Event",
                "Event number (0 to " + (size - 1) + (t.timeline().complete() ? "" : "+") + "), -1 for the start:",
                String.valueOf(Math.max(0, t.position())), s -> {
                    try {
                        long n = Long.parseLong(s.trim());
                        return n < -1 ? "not an event number" : null;
                    } catch (NumberFormatException e) {
                        return "not a number";
                    }
                });
        if (d.open() == Window.OK) {
            t.runToEvent(Long.parseLong(d.getValue().trim()));
        }
        return null;
    }
}
