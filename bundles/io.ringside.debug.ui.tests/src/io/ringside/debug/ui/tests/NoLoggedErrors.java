package io.ringside.debug.ui.tests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.ringside.ui.tests.harness.UI;

/**
 * Fails a debugger test when anything logged an error to the Eclipse log while it ran, including its
 * {@code @AfterEach} (terminating the launches): exceptions thrown in the event loop by the Debug and
 * Variables views' lazy trees go to the log, not to the test. Pending UI work is run and given a moment
 * to settle before the check.
 */
public final class NoLoggedErrors implements BeforeEachCallback, AfterEachCallback {

    private static final List<IStatus> ERRORS = new CopyOnWriteArrayList<>();
    private static final ILogListener LISTENER = (status, plugin) -> collect(status);
    private static boolean installed;

    private static void collect(IStatus status) {
        if (status.matches(IStatus.ERROR) && !UI.isKnownPlatformRace(status)) {
            ERRORS.add(status);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        synchronized (NoLoggedErrors.class) {
            if (!installed) {
                Platform.addLogListener(LISTENER);
                installed = true;
            }
        }
        ERRORS.clear();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        UI.flushEvents();
        UI.sleep(300);
        UI.flushEvents();
        if (!ERRORS.isEmpty()) {
            IStatus first = ERRORS.get(0);
            Throwable cause = first.getException();
            AssertionError e = new AssertionError(ERRORS.size() + " error(s) in the Eclipse log during "
                    + context.getDisplayName() + ", first: " + first.getPlugin() + ": " + first.getMessage()
                    + (cause == null ? "" : " (" + cause + ")"), cause);
            ERRORS.clear();
            throw e;
        }
    }
}
