package io.ringside.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ringside.cli.args.Args;
import io.ringside.core.check.Violation;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.Replay;
import io.ringside.core.index.IndexOptions;
import io.ringside.core.index.TraceCursor;
import io.ringside.core.index.TraceIndex;
import io.ringside.core.state.StateNode.Detail;
import io.ringside.core.trace.TraceEvent;
import io.ringside.debug.BreakOn;
import io.ringside.debug.BreakSpec;
import io.ringside.debug.Breakpoints;
import io.ringside.debug.Hit;

/**
 * {@code ringside show FILE --at N}: the ring state after event N; {@code --break-on SPEC}: the state
 * where the first of the debugger's breakpoints hits (run through the checkpoint index).
 */
final class ShowCommand implements Command {

    Path file;

    Long at;

    final List<String> breakOn = new ArrayList<>();

    boolean json;

    String needEvent;

    @Override
    public void declare(Args a) {
        a.description("Print the ring state after event N (from 0), or where the first --break-on breakpoint hits.",
                "Exit 0; with --break-on: 0 when a breakpoint hit, 1 when none did; 2 on bad input.");
        QemuLogOptions.declare(a);
        a.param("FILE", Args.PATH, v -> file = v, "Trace to replay; - for standard input (a pipe is copied to a "
                + "temporary file first, and indexed without the cache).");
        a.option("--at", "N", Args.LONG, v -> at = v, "Event number (from 0). Either --at or --break-on.");
        a.option("--break-on", "SPEC", Args.STRING, breakOn::add, "Run to the first event where a breakpoint "
                + "hits (repeatable; specs below).").repeatable();
        a.flag("--json", v -> json = v, "Print the state as JSON.");
        a.option("--need-event", "linux|spdk", Args.STRING, v -> needEvent = v,
                "Notification formula to expect (default: the trace header's, else linux).");
        List<String> footer = new ArrayList<>(List.of("", "Breakpoint specs (--break-on, repeatable; the first that hits stops the run):",
                "  violation | violation=S2,N3   a rule is broken (all, or these ids; S2 matches S2a, S2b)",
                "  event=KIND                    an event of a kind (kick, irq_skip, nvme_sq_db, op_pop...)",
                "  desc=N                        descriptor N is written (desc, used_desc)",
                "  buffer=N | command=N          an event names virtio buffer N / NVMe command id N",
                "  watch=FIELD[:COND]            FIELD is written or changes and COND holds",
                "Any spec may end with @qN or @dDqN (one queue). COND uses value, old, delta, integers,",
                "== != < <= > >= + - * / %",
                "& | ^ ! && || and parentheses: 'watch=avail.idx:delta > 1', 'watch=sq.tail:value == 0'."));
        // the fields of the installed device models
        footer.addAll(BreakSpec.fieldLines("FIELD:", 100));
        footer.add("See docs/debugging.md.");
        a.footer(footer.toArray(new String[0]));
    }

    @Override
    public Object input() {
        return file;
    }

    @Override
    public int run(Invocation inv) throws Exception {
        boolean breaking = !breakOn.isEmpty();
        if ((at == null) == !breaking) {
            throw new CliException("show needs exactly one of --at N and --break-on SPEC");
        }
        if (at != null && at < 0) {
            throw new CliException("--at must be 0 or more, not " + at);
        }
        Breakpoints bps = null;
        if (breaking) {
            try {
                java.util.List<BreakSpec> specs = BreakSpec.parseAll(breakOn);
                BreakOn.checkEventKinds(specs, Tools.models().registry()); // a typo would never hit
                bps = new Breakpoints(specs);
            } catch (IllegalArgumentException ex) {
                throw new CliException("--break-on: " + ex.getMessage());
            }
        }
        file = inv.input(file);
        PrintWriter out = inv.out();
        PrintWriter err = inv.err();
        // a copy of a pipe is deleted at the end: its index is temporary too, not left in the cache
        IndexOptions options = inv.inputs().isCopy(file) ? IndexOptions.defaults().withoutPersistence()
                : IndexOptions.defaults();
        // the checkpoint index (cached beside other indexes, see docs/index-format.md) makes this a seek:
        // bounded memory and time whatever the trace length
        TraceIndex ix;
        try {
            ix = TraceIndex.open(file, Tools.models(), ReplayRun.options(needEvent),
                    options.withOpenOptions(Tools.openOptions()), new ConsoleProgress(err, ConsoleProgress.stderrIsTerminal()));
        } catch (IllegalArgumentException ex) {
            throw new CliException(file + ": " + ex.getMessage());
        }
        for (String w : ix.cacheWarnings()) { // a read-only or full cache folder: the index is temporary
            err.println("warning: " + w);
        }
        try (ix; TraceCursor cur = ix.cursor()) {
            if (breaking) {
                return breakOn(out, ix, cur, bps);
            }
            if (at >= ix.eventCount()) {
                throw new CliException(file + " has " + ix.eventCount() + " events (0.." + (ix.eventCount() - 1)
                        + "); --at " + at + " is past the end");
            }
            cur.seek(at);
            return print(out, cur, at, null);
        }
    }

    /**
     * Runs a debugger session over the index from the start to the first hit (bounded memory: events come
     * from the event cache, states from checkpoints), then prints as {@code --at} does at that event.
     */
    private int breakOn(PrintWriter out, TraceIndex ix, TraceCursor cur, Breakpoints bps) throws Exception {
        if (ix.eventCount() == 0) {
            throw new CliException(file + " has no events");
        }
        BreakOn.Result r = BreakOn.run(ix, bps);
        long n = Math.max(0, r.position());
        cur.seek(n);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("hit", r.hit());
        List<Object> hits = new ArrayList<>();
        for (Hit h : r.hits()) {
            Map<String, Object> hm = new LinkedHashMap<>();
            hm.put("spec", h.spec().label());
            hm.put("event", h.event());
            hm.put("message", h.message());
            hits.add(hm);
        }
        b.put("hits", hits);
        if (!json) {
            if (r.hit()) {
                out.println("stopped at #" + n + " by " + (r.hits().size() == 1 ? "breakpoint" : "breakpoints:"));
                for (Hit h : r.hits()) {
                    out.println("  " + h.spec().label() + ": " + h.message());
                }
            } else {
                out.println("no breakpoint hit in " + ix.eventCount() + " events (" + String.join(", ", breakOn)
                        + "); the state after the last event:");
            }
        }
        print(out, cur, n, b);
        return r.hit() ? 0 : 1;
    }

    private int print(PrintWriter out, TraceCursor cur, long at, Map<String, Object> breakpoint)
            throws java.io.IOException {
        TraceEvent e = cur.event();
        Replay replay = cur.state();
        long count = cur.violationCount(0, at);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", at);
            if (breakpoint != null) {
                m.put("breakpoint", breakpoint);
            }
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
                devs.add(en.state(Detail.SUMMARY).toPlain());
            }
            m.put("devices", devs);
            Json.write(out, m, true);
            return 0;
        }
        out.println("after event " + e + (e.line() > 0 ? "  (line " + e.line() + ")" : ""));
        for (int i = 0; i < replay.engines().size(); i++) {
            out.println(replay.describe(i));
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
