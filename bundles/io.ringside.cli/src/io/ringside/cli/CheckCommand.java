package io.ringside.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import io.ringside.core.check.Severity;
import io.ringside.core.check.Violation;

/** {@code ringside check FILE}: replays a trace and prints every rule it breaks. Exit 0 clean, 1 violations, 2 unreadable. */
final class CheckCommand implements Command {

    Path file;

    String needEvent;

    int max = 100;

    @Override
    public void declare(Args a) {
        a.description("Replay a trace and report spec violations. Exit 0: clean, 1: violations, 2: unreadable input.");
        QemuLogOptions.declare(a);
        a.param("FILE", Args.PATH, v -> file = v, "Trace (.rstrace, .rstrace.gz, or any format Ringside reads).");
        a.option("--need-event", "linux|spdk", Args.STRING, v -> needEvent = v,
                "Notification formula to expect (default linux).");
        a.option("--max", "N", Args.INT, v -> max = v, "Violations to print at most (default 100; all are counted).");
    }

    @Override
    public int run(Invocation inv) throws Exception {
        PrintWriter out = inv.out();
        PrintWriter err = inv.err();
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
