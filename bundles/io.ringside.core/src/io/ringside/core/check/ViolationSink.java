package io.ringside.core.check;

/** Receives violations as an engine finds them. */
@FunctionalInterface
public interface ViolationSink {

    void report(Violation v);

    ViolationSink IGNORE = v -> {
    };
}
