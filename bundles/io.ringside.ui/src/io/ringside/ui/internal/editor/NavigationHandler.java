package io.ringside.ui.internal.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** Runs the navigation commands (step, step in queue, violations, go to) on the active trace editor. */
public final class NavigationHandler extends AbstractHandler {

    public static final String PREFIX = "io.ringside.ui.commands.";

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof TraceEditor ed)) {
            return null;
        }
        String id = event.getCommand().getId().substring(PREFIX.length());
        switch (id) {
            case "stepForward" -> ed.step(1);
            case "stepBack" -> ed.step(-1);
            case "queueForward" -> ed.stepInQueue(1);
            case "queueBack" -> ed.stepInQueue(-1);
            case "nextViolation" -> ed.nextViolation(1);
            case "previousViolation" -> ed.nextViolation(-1);
            case "goTo" -> ed.eventsPage().goToDialog();
            default -> {
            }
        }
        return null;
    }
}
