package io.ringside.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * What a command runs with: its output and error streams and the whole command line as given.
 *
 * @param args every argument after {@code ringside}, the command's name and {@code --debug} included
 */
record Invocation(PrintWriter out, PrintWriter err, List<String> args) {

    /** {@code ringside} and the arguments, as generated traces record it. */
    String commandLine() {
        return "ringside " + String.join(" ", args);
    }
}
