package io.ringside.debug.core.model;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.IRequest;
import org.eclipse.debug.core.commands.AbstractDebugCommand;
import org.eclipse.debug.core.commands.IDebugCommandHandler;
import org.eclipse.debug.core.commands.IEnabledStateRequest;

/**
 * Reverse execution as debug commands, the way CDT contributes reverse debugging: one handler interface
 * per command (the UI's command handlers ask the selected debug element for an adapter of that type),
 * implemented over {@link RingsideDebugTarget}.
 */
public final class ReverseCommands {

    private ReverseCommands() {
    }

    public interface IReverseStepIntoHandler extends IDebugCommandHandler {
    }

    public interface IReverseStepOverHandler extends IDebugCommandHandler {
    }

    public interface IReverseStepReturnHandler extends IDebugCommandHandler {
    }

    public interface IReverseResumeHandler extends IDebugCommandHandler {
    }

    /** What the command does on the target, for the element it was executed on. */
    enum Kind {
        STEP_INTO, STEP_OVER, STEP_RETURN, RESUME
    }

    abstract static class Base extends AbstractDebugCommand {
        private final Kind kind;

        Base(Kind kind) {
            this.kind = kind;
        }

        private static RingsideDebugElement element(Object o) {
            return o instanceof RingsideDebugElement e ? e : null;
        }

        @Override
        protected Object getTarget(Object element) {
            return element(element);
        }

        @Override
        protected boolean isExecutable(Object[] targets, IProgressMonitor monitor, IEnabledStateRequest request)
                throws CoreException {
            for (Object t : targets) {
                RingsideDebugElement e = element(t);
                if (e == null || !e.getRingsideTarget().canReverse()) {
                    return false;
                }
            }
            return targets.length > 0;
        }

        @Override
        protected void doExecute(Object[] targets, IProgressMonitor monitor, IRequest request) throws CoreException {
            for (Object t : targets) {
                RingsideDebugElement e = element(t);
                RingsideThread thread = e instanceof RingsideThread th ? th
                        : e instanceof RingsideStackFrame f ? (RingsideThread) f.getThread() : null;
                e.getRingsideTarget().reverse(kind, thread);
            }
        }
    }

    public static final class ReverseStepInto extends Base implements IReverseStepIntoHandler {
        public ReverseStepInto() {
            super(Kind.STEP_INTO);
        }
    }

    public static final class ReverseStepOver extends Base implements IReverseStepOverHandler {
        public ReverseStepOver() {
            super(Kind.STEP_OVER);
        }
    }

    public static final class ReverseStepReturn extends Base implements IReverseStepReturnHandler {
        public ReverseStepReturn() {
            super(Kind.STEP_RETURN);
        }
    }

    public static final class ReverseResume extends Base implements IReverseResumeHandler {
        public ReverseResume() {
            super(Kind.RESUME);
        }
    }
}
