package io.ringside.cli;

import io.ringside.cli.args.Args;

/**
 * A {@code ringside} subcommand: it declares its command line on an {@link Args} (options and parameters
 * bound to its own fields), then runs with the values parsed into it. {@link Main} builds only the command
 * that is run.
 */
interface Command {

    /** Declares the description, options and parameters (help, version and {@code --debug} are added by Main). */
    void declare(Args args);

    /**
     * Runs after the command line parsed; returns the exit code. An exception becomes a one-line error on
     * stderr with exit code 2 (see {@link Main#message}).
     */
    int run(Invocation inv) throws Exception;

    /** The file the command reads (or writes), for errors that do not name one (running out of memory). */
    default Object input() {
        return null;
    }
}
