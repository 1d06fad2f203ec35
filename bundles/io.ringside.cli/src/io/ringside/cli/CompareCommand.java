package io.ringside.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ringside compare}: not implemented yet (exit 2). */
@Command(name = "compare", mixinStandardHelpOptions = true, description = "Compare configurations side by side (not implemented yet).")
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "ARGS")
    List<String> args;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("ringside compare: not implemented yet");
        spec.commandLine().getErr().flush();
        return 2;
    }
}
