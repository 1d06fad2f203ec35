package io.ringside.ui.tests.harness;

/**
 * Something a UI test waits for. {@link #test()} runs on the UI thread (see {@link UI#waitUntil}),
 * {@link #describe()} says what was expected when the wait times out.
 */
public interface Condition {

    boolean test() throws Exception;

    String describe();

    static Condition of(String description, java.util.concurrent.Callable<Boolean> test) {
        return new Condition() {
            @Override
            public boolean test() throws Exception {
                return Boolean.TRUE.equals(test.call());
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }
}
