package io.ringside.core.check;

/**
 * How bad a violation is, worst first. {@code check} exits 1 for errors only, unless told
 * ({@code --fail-on warning|info}).
 */
public enum Severity {
    /** Breaks a MUST of the specification: the other side may misbehave or hang. */
    ERROR,
    /** Breaks a SHOULD, or is legal but almost certainly a bug (for example a missed notification). */
    WARNING,
    /** Worth knowing (for example a notification that was not needed). */
    INFO;

    /** The severity of a name ({@code error}, {@code warning}, {@code info}, any case). */
    public static Severity fromName(String name) {
        for (Severity s : values()) {
            if (s.name().equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("a severity is error, warning or info, not '" + name + "'");
    }
}
