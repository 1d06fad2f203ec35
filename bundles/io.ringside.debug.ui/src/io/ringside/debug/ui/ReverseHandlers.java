package io.ringside.debug.ui;

import org.eclipse.debug.ui.actions.DebugCommandHandler;

import io.ringside.debug.core.model.ReverseCommands;

/**
 * Command handlers of reverse execution: the platform's {@link DebugCommandHandler} asks the selected debug
 * element for the command's handler interface and keeps the toolbar button and key enabled accordingly.
 */
public final class ReverseHandlers {

    private ReverseHandlers() {
    }

    public static final class StepInto extends DebugCommandHandler {
        @Override
        protected Class<?> getCommandType() {
            return ReverseCommands.IReverseStepIntoHandler.class;
        }
    }

    public static final class StepOver extends DebugCommandHandler {
        @Override
        protected Class<?> getCommandType() {
            return ReverseCommands.IReverseStepOverHandler.class;
        }
    }

    public static final class StepReturn extends DebugCommandHandler {
        @Override
        protected Class<?> getCommandType() {
            return ReverseCommands.IReverseStepReturnHandler.class;
        }
    }

    public static final class Resume extends DebugCommandHandler {
        @Override
        protected Class<?> getCommandType() {
            return ReverseCommands.IReverseResumeHandler.class;
        }
    }
}
