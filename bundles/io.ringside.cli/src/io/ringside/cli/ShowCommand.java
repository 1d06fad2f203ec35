package io.ringside.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.Replay;
import io.ringside.core.index.IndexOptions;
import io.ringside.core.index.TraceCursor;
import io.ringside.core.index.TraceIndex;
import io.ringside.core.trace.TraceEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ringside show FILE --at N}: the ring state after event N. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Print the ring state after event N (from 0).")
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Trace to replay.")
    Path file;

    @Option(names = "--at", paramLabel = "N", required = true, description = "Event number (from 0).")
    long at;

    @Option(names = "--json", description = "Print the state as JSON.")
    boolean json;

    @Option(names = "--need-event", paramLabel = "linux|spdk", description = "Notification formula to expect (default linux).")
    String needEvent;

    @Override
    public Integer call() throws Exception {
        if (at < 0) {
            throw new CliException("--at must be 0 or more, not " + at);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // the checkpoint index (cached beside other indexes, see docs/index-format.md) makes this a seek:
        // bounded memory and time whatever the trace length
        TraceIndex ix;
        try {
            ix = TraceIndex.open(file, Tools.formats(), Tools.models(), ReplayRun.options(needEvent),
                    IndexOptions.defaults(), new ConsoleProgress(err, ConsoleProgress.stderrIsTerminal()));
        } catch (IllegalArgumentException ex) {
            throw new CliException(file + ": " + ex.getMessage());
        }
        try (ix; TraceCursor cur = ix.cursor()) {
            if (at >= ix.eventCount()) {
                throw new CliException(file + " has " + ix.eventCount() + " events (0.." + (ix.eventCount() - 1)
                        + "); --at " + at + " is past the end");
            }
            cur.seek(at);
            return print(out, cur);
        }
    }

    private int print(PrintWriter out, TraceCursor cur) throws java.io.IOException {
        TraceEvent e = cur.event();
        Replay replay = cur.state();
        long count = cur.violationCount(0, at);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", at);
            m.put("event", eventTree(e));
            m.put("violations", count);
            List<Object> vs = new ArrayList<>();
            for (Violation v : cur.violations(0, at, 1000)) {
                Map<String, Object> vm = new LinkedHashMap<>();
                vm.put("event", v.event());
                vm.put("rule", v.ruleId());
                vm.put("section", v.section());
                vm.put("severity", v.severity().name());
                vm.put("message", v.message());
                vs.add(vm);
            }
            m.put("violationList", vs);
            List<Object> devs = new ArrayList<>();
            for (DeviceEngine en : replay.engines()) {
                devs.add(en.toTree());
            }
            m.put("devices", devs);
            Json.write(out, m, true);
            return 0;
        }
        out.println("after event " + e + (e.line() > 0 ? "  (line " + e.line() + ")" : ""));
        for (DeviceEngine en : replay.engines()) {
            out.println(en.describe());
        }
        long c = count;
        out.println(c == 0 ? "no violations up to here" : c + " violation(s) up to here, the last: "
                + cur.lastViolationUpTo(at));
        out.flush();
        return 0;
    }

    static Map<String, Object> eventTree(TraceEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", e.seq());
        m.put("ev", e.type().id());
        m.put("t", e.time());
        if (e.device() >= 0) {
            m.put("d", e.device());
        }
        if (e.queue() >= 0) {
            m.put("q", e.queue());
        }
        String[] f = e.type().fields();
        for (int i = 0; i < f.length; i++) {
            if (e.has(i)) {
                m.put(f[i], e.get(i));
            }
        }
        if (e.note() != null) {
            m.put("note", e.note());
        }
        return m;
    }
}
