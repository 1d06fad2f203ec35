package io.ringside.core.check;

/** How bad a violation is. */
public enum Severity {
    /** Breaks a MUST of the specification: the other side may misbehave or hang. */
    ERROR,
    /** Breaks a SHOULD, or is legal but almost certainly a bug (for example a missed notification). */
    WARNING,
    /** Worth knowing (for example a notification that was not needed). */
    INFO
}
