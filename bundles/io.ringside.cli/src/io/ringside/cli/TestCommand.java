package io.ringside.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ringside test}: handled by the ./ringside launcher, not by this JVM. */
@Command(name = "test", mixinStandardHelpOptions = true, description = "Build and run the test suites (run by the ./ringside launcher).")
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "ARGS")
    List<String> args;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("ringside test: this command is run by the ./ringside launcher, not by the command-line JVM");
        spec.commandLine().getErr().flush();
        return 2;
    }
}
