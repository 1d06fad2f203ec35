package io.ringside.core.util;

/**
 * Progress of long work (indexing, generating, importing), reported by the engine and shown by the
 * command line as a progress line and by the IDE as a progress monitor.
 */
public interface ProgressMonitor {

    /** Starts a task; {@code total} is in the task's units (events, bytes), or -1 when unknown. */
    void begin(String task, long total);

    /** Reports the amount done so far (absolute, not a delta). */
    void worked(long done);

    /** Whether the user asked to stop; long loops check it now and then. */
    default boolean isCanceled() {
        return false;
    }

    void done();

    ProgressMonitor NULL = new ProgressMonitor() {
        @Override
        public void begin(String task, long total) {
        }

        @Override
        public void worked(long done) {
        }

        @Override
        public void done() {
        }
    };
}
