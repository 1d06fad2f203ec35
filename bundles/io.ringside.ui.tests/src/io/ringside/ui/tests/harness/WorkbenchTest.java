package io.ringside.ui.tests.harness;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * JUnit 5 extension for workbench tests: a screenshot when a test fails (named after the test),
 * stray dialogs closed after each test, and a test fails when anything logged an error to the Eclipse
 * log while it ran (unhandled exceptions in the event loop end up there, not in the test).
 */
public final class WorkbenchTest implements TestWatcher, BeforeEachCallback, AfterEachCallback {

    private static final List<IStatus> ERRORS = new CopyOnWriteArrayList<>();
    private static final ILogListener LISTENER = (status, plugin) -> {
        if (status.matches(IStatus.ERROR) && !UI.isKnownPlatformRace(status)) {
            ERRORS.add(status);
        }
    };
    private static boolean installed;

    @Override
    public void beforeEach(ExtensionContext context) {
        synchronized (WorkbenchTest.class) {
            if (!installed) {
                Platform.addLogListener(LISTENER);
                installed = true;
            }
        }
        ERRORS.clear();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        try {
            UI.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        UI.closeStrayShells();
        UI.flushEvents();
        if (!ERRORS.isEmpty()) {
            IStatus first = ERRORS.get(0);
            AssertionError e = new AssertionError(ERRORS.size() + " error(s) logged to the Eclipse log during the test, first: "
                    + first.getPlugin() + ": " + first.getMessage(), first.getException());
            ERRORS.clear();
            throw e;
        }
    }
}
