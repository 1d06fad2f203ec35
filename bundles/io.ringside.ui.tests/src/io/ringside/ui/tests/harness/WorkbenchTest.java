package io.ringside.ui.tests.harness;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * JUnit 5 extension for workbench tests: a screenshot when a test fails (named after the test),
 * and stray dialogs closed after each test. Use with {@code @ExtendWith(WorkbenchTest.class)}.
 */
public final class WorkbenchTest implements TestWatcher, AfterEachCallback {

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
    }
}
