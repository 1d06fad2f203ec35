package io.ringside.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * What a command runs with: its output and error streams and the whole command line as given.
 *
 * @param args every argument after {@code ringside}, the command's name and {@code --debug} included
 * @param inputs the files the command reads, resolved by {@link #input}
 */
record Invocation(PrintWriter out, PrintWriter err, List<String> args, InputFiles inputs) {

    /**
     * The file to read for an input argument ({@code -}, a FIFO or a pipe is copied once: {@link InputFiles});
     * a command resolves each input argument once, when it starts.
     */
    Path input(Path arg) throws IOException {
        return inputs.resolve(arg, err);
    }

    /** {@code ringside} and the arguments, as generated traces record it. */
    String commandLine() {
        return "ringside " + String.join(" ", args);
    }
}
