package io.ringside.cli.args;

/**
 * A mistake on the command line (unknown option, missing or bad value, ...): printed as
 * {@code ringside: MESSAGE} and {@code Try 'COMMAND --help'.}, exit code 2.
 */
public final class ArgsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String command;

    /** @param command the command line's name, as typed: {@code ringside stats} */
    public ArgsException(String command, String message) {
        super(message, null, false, false); // a user error: no stack trace to fill in
        this.command = command;
    }

    /** The command whose {@code --help} to suggest: {@code ringside stats}. */
    public String command() {
        return command;
    }
}
