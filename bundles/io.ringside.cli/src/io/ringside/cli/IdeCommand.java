package io.ringside.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ringside ide}: handled by the ./ringside launcher, not by this JVM. */
@Command(name = "ide", mixinStandardHelpOptions = true, description = "Start the Ringside workbench (run by the ./ringside launcher).")
final class IdeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "ARGS")
    List<String> args;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("ringside ide: this command is run by the ./ringside launcher, not by the command-line JVM");
        spec.commandLine().getErr().flush();
        return 2;
    }
}
