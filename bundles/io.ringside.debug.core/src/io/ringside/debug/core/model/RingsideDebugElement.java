package io.ringside.debug.core.model;

import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IMemoryBlockRetrieval;
import org.eclipse.debug.core.model.IMemoryBlockRetrievalExtension;

import io.ringside.debug.core.RingsideDebug;

/** Common base of the Ringside debug elements (the PDA shape). */
public abstract class RingsideDebugElement extends DebugElement {

    protected RingsideDebugElement(IDebugTarget target) {
        super(target);
    }

    @Override
    public String getModelIdentifier() {
        return RingsideDebug.MODEL_ID;
    }

    public RingsideDebugTarget getRingsideTarget() {
        return (RingsideDebugTarget) getDebugTarget();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        Object cmd = getRingsideTarget() == null ? null : getRingsideTarget().commandAdapter(adapter);
        if (cmd != null) {
            return adapter.cast(cmd);
        }
        if ((adapter == IMemoryBlockRetrieval.class || adapter == IMemoryBlockRetrievalExtension.class)
                && getRingsideTarget() != null) {
            return adapter.cast(getRingsideTarget());
        }
        return super.getAdapter(adapter);
    }

    static DebugException error(String message, Throwable cause) {
        return new DebugException(Status.error(message, cause));
    }
}
