package io.ringside.core.index;

import java.util.concurrent.CancellationException;

/**
 * Thrown when the {@link io.ringside.core.util.ProgressMonitor} of an index build, or of a long cursor
 * search, asks to stop. Nothing half-built is left behind: cache files are only renamed into place
 * when complete.
 */
public final class IndexCanceledException extends CancellationException {

    private static final long serialVersionUID = 1L;

    public IndexCanceledException(String message) {
        super(message);
    }
}
