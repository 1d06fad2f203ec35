package io.ringside.core.check;

/**
 * A rule the checker enforces. {@code id} is short and stable ({@code S2}, {@code P6}, {@code N7},
 * {@code Q1}, ...), {@code section} cites the specification ({@code "VIRTIO 1.3 §2.7.13"},
 * {@code "NVMe Base 2.0 §3.3.1"}), {@code title} says the rule in one line.
 */
public record Rule(String id, String section, Severity severity, String title) {

    /** Builds a violation of this rule at an event. */
    public Violation at(long event, int device, int queue, String message) {
        return new Violation(this, event, device, queue, message);
    }
}
