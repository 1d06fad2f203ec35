package io.ringside.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ringside.cli.args.Args;
import io.ringside.core.check.Severity;
import io.ringside.core.check.Violation;

/**
 * {@code ringside check FILE}: replays a trace and prints every rule it breaks. Exit 0 when no violation
 * reaches the {@code --fail-on} severity (errors by default), 1 when one does, 2 when the input is unreadable.
 */
final class CheckCommand implements Command {

    Path file;

    String needEvent;

    int max = 100;

    String failOn = "error";

    boolean json;

    @Override
    public void declare(Args a) {
        a.description("Replay a trace and report spec violations. Exit 0: no errors, 1: errors (or what --fail-on names), "
                + "2: unreadable input.");
        QemuLogOptions.declare(a);
        a.param("FILE", Args.PATH, v -> file = v, "Trace (.rstrace, .rstrace.gz, or any format Ringside reads); - for "
                + "standard input (a pipe is copied to a temporary file first).");
        a.option("--need-event", "linux|spdk", Args.STRING, v -> needEvent = v,
                "Notification formula to expect (default: the trace header's, else linux).");
        a.option("--max", "N", Args.INT, v -> max = v, "Violations to print at most (default 100; all are counted).");
        a.option("--fail-on", "error|warning|info", Args.STRING, v -> failOn = v,
                "Exit 1 for violations of this severity or worse (default error: warnings and info are printed, "
                        + "not failed).");
        a.flag("--json", v -> json = v, "Print the result as JSON: counts and the violations (event, device, queue, "
                + "rule, severity, section, message); the same exit status.");
    }

    /** {@code 3 error(s), 1 warning(s), 2 info}, the severities that occur. */
    private static String bySeverity(ReplayRun r) {
        StringBuilder sb = new StringBuilder();
        for (Severity s : Severity.values()) {
            long n = r.violations.count(s);
            if (n > 0) {
                sb.append(sb.isEmpty() ? "" : ", ").append(n).append(switch (s) {
                    case ERROR -> " error(s)";
                    case WARNING -> " warning(s)";
                    case INFO -> " info";
                });
            }
        }
        return sb.toString();
    }

    private static Severity severity(String v) {
        try {
            return Severity.fromName(v);
        } catch (IllegalArgumentException e) {
            throw new CliException("--fail-on: " + e.getMessage());
        }
    }

    @Override
    public Object input() {
        return file;
    }

    @Override
    public int run(Invocation inv) throws Exception {
        Severity threshold = severity(failOn);
        file = inv.input(file);
        PrintWriter out = inv.out();
        PrintWriter err = inv.err();
        ReplayRun r = ReplayRun.run(file, ReplayRun.options(needEvent),
                new ConsoleProgress(err, ConsoleProgress.stderrIsTerminal()), -1, Math.max(0, max));
        for (String w : r.warnings) {
            err.println("warning: " + w);
        }
        int rc = r.violations.atLeast(threshold) == 0 ? 0 : 1;
        if (json) {
            Json.write(out, tree(inv.inputs().shown(file.toString()), r, threshold, rc), true);
            return rc;
        }
        for (Violation v : r.violations.violations()) {
            out.println(v);
        }
        long count = r.violations.count();
        if (count > r.violations.violations().size()) {
            out.println("... " + (count - r.violations.violations().size()) + " more");
        }
        out.println(file + ": " + r.events + " events, " + (count == 0 ? "no violations"
                : count + " violation(s) (" + bySeverity(r) + ")"));
        out.flush();
        err.flush();
        return rc;
    }

    /** {@code check --json}: for CI and scripts; keys in a fixed order, absent device or queue as null. */
    private static Map<String, Object> tree(String file, ReplayRun r, Severity threshold, int rc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("events", r.events);
        m.put("violations", r.violations.count());
        m.put("errors", r.violations.count(Severity.ERROR));
        m.put("warnings", r.violations.count(Severity.WARNING));
        m.put("info", r.violations.count(Severity.INFO));
        m.put("failOn", threshold.name());
        m.put("exitStatus", rc);
        List<Object> list = new ArrayList<>();
        for (Violation v : r.violations.violations()) {
            Map<String, Object> vm = new LinkedHashMap<>();
            vm.put("event", v.event());
            vm.put("device", v.device() < 0 ? null : v.device());
            vm.put("queue", v.queue() < 0 ? null : v.queue());
            vm.put("rule", v.ruleId());
            vm.put("severity", v.severity().name());
            vm.put("section", v.section());
            vm.put("message", v.message());
            list.add(vm);
        }
        m.put("violationList", list);
        m.put("notListed", r.violations.count() - list.size());
        m.put("readerWarnings", r.warnings);
        return m;
    }
}
