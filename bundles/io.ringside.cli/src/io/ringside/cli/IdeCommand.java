package io.ringside.cli;

import java.util.ArrayList;
import java.util.List;

import io.ringside.cli.args.Args;

/** {@code ringside ide}: handled by the ./ringside launcher, not by this JVM. */
final class IdeCommand implements Command {

    final List<String> args = new ArrayList<>();

    @Override
    public void declare(Args a) {
        a.description("Start the Ringside workbench (run by the ./ringside launcher).");
        a.param("ARGS", Args.STRING, args::add).optional().repeatable();
    }

    @Override
    public int run(Invocation inv) {
        inv.err().println("ringside ide: this command is run by the ./ringside launcher, not by the command-line JVM");
        inv.err().flush();
        return 2;
    }
}
