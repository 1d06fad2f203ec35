package io.ringside.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.ringside.core.check.Severity;
import io.ringside.core.check.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ringside check FILE}: replays a trace and prints every rule it breaks. Exit 0 clean, 1 violations, 2 unreadable. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Replay a trace and report spec violations. Exit 0: clean, 1: violations, 2: unreadable input.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LenientOption lenient;

    @Parameters(paramLabel = "FILE", description = "Trace (.rstrace, .rstrace.gz, or any format Ringside reads).")
    Path file;

    @Option(names = "--need-event", paramLabel = "linux|spdk", description = "Notification formula to expect (default linux).")
    String needEvent;

    @Option(names = "--max", paramLabel = "N", defaultValue = "100", description = "Violations to print at most (default 100; all are counted).")
    int max;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReplayRun r = ReplayRun.run(file, ReplayRun.options(needEvent),
                new ConsoleProgress(err, ConsoleProgress.stderrIsTerminal()), -1, Math.max(0, max));
        for (String w : r.warnings) {
            err.println("warning: " + w);
        }
        for (Violation v : r.violations.violations()) {
            out.println(v);
        }
        long count = r.violations.count();
        if (count > r.violations.violations().size()) {
            out.println("... " + (count - r.violations.violations().size()) + " more");
        }
        long warnings = 0;
        for (Violation v : r.violations.violations()) {
            if (v.severity() == Severity.WARNING) {
                warnings++;
            }
        }
        out.println(file + ": " + r.events + " events, " + (count == 0 ? "no violations"
                : count + " violation(s) (" + r.violations.errors() + " error(s)" + (warnings > 0 ? ", " + warnings + " warning(s) shown" : "") + ")"));
        out.flush();
        err.flush();
        return count == 0 ? 0 : 1;
    }
}
