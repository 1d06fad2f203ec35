package io.ringside.core.check;

import io.ringside.core.util.Text;

/**
 * A broken rule at an event: what a user sees in {@code check}, the Problems view and the debugger.
 * {@code event} is the event number (from 0), {@code device} and {@code queue} are -1 when not
 * applicable. The message says what happened with the values involved, in the words a QEMU or Linux
 * developer would use.
 */
public record Violation(Rule rule, long event, int device, int queue, String message) {

    public String ruleId() {
        return rule.id();
    }

    public String section() {
        return rule.section();
    }

    public Severity severity() {
        return rule.severity();
    }

    /** {@code #123 d0 q0 ERROR S6 (VIRTIO 1.3 §2.7.8): message}, on one line (control characters escaped). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append('#').append(event);
        if (device >= 0) {
            sb.append(" d").append(device);
        }
        if (queue >= 0) {
            sb.append(" q").append(queue);
        }
        sb.append(' ').append(rule.severity()).append(' ').append(rule.id()).append(" (").append(rule.section())
                .append("): ").append(Text.escape(message));
        return sb.toString();
    }
}
