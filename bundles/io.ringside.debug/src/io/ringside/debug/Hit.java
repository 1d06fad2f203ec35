package io.ringside.debug;

/**
 * A breakpoint that hit at an event, with what happened in words: the violation, or the watched field's
 * old and new value.
 */
public record Hit(BreakSpec spec, long event, String message) {

    @Override
    public String toString() {
        return "#" + event + " " + spec.label() + ": " + message;
    }
}
