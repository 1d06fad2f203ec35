package io.ringside.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.ringside.cli.args.Args;
import io.ringside.core.analysis.RunComparison;
import io.ringside.core.util.AtomicFile;
import io.ringside.emulator.Comparison;
import io.ringside.emulator.Emulators;
import io.ringside.emulator.Workload;
import io.ringside.emulator.WorkloadReader;
import io.ringside.emulator.nvme.NvmeOptions;

/**
 * {@code ringside compare WORKLOAD --vary KEY=V1,V2 [--vary ...]}: runs the reference emulator over the
 * cross product of the varied settings ({@link Comparison}), prints the cost of each configuration per
 * request side by side and optionally writes an SVG plot of it. {@code ringside compare A B [C...]} on
 * trace files: the request analysis of each ({@link RunComparison}), the whole trace and every queue
 * matched by device type, role and index, with each figure's ratio to A, and the plot of latencies and
 * rates over time.
 */
final class CompareCommand implements Command {

    final List<String> inputs = new ArrayList<>();

    final List<String> vary = new ArrayList<>();

    Long requests;

    Long seed;

    String inject;

    Path plot;

    boolean json;

    @Override
    public void declare(Args a) {
        a.description("Compare runs: two or more traces (A B...: latency, IOPS, depth, exits and interrupts per request,",
                "batching, per queue and for the whole trace, with the ratio of each to A), or a workload run by the",
                "emulator over the cross product of --vary settings (NVMe: MMIO doorbell exits, eventfd signals,",
                "shadow-only updates and interrupts per command; virtio: kicks and interrupts per request).");
        a.param("WORKLOAD|TRACE", Args.STRING, inputs::add,
                "Trace files of the same device kind (own format or QEMU logs), or one workload: a JSON file, a",
                "sample name (samples/workloads/), or a device: nvme, virtio-blk. - reads standard input (a pipe",
                "is copied to a temporary file first).").repeatable();
        a.option("--vary", "KEY=V1,V2,...", Args.STRING, vary::add,
                "A setting and its values (repeatable; runs the cross product).",
                "nvme: " + NvmeOptions.KEYS + ".",
                "virtio: " + Comparison.VIRTIO_KEYS + ".")
                .repeatable();
        a.option("--requests", "N", Args.LONG, v -> requests = v, "Requests per run (default: the workload's).");
        a.option("--seed", "N", Args.LONG, v -> seed = v, "Random seed of every run.");
        a.option("--inject", "FAULT", Args.STRING, v -> inject = v,
                "Plant a fault in every run (e.g. nvme-missing-cq-eventidx: QEMU 7.1's controller).");
        a.option("-o, --plot", "FILE.svg", Args.PATH, v -> plot = v,
                "Write an SVG plot: traces: latency distributions, IOPS, exits and interrupts per request over",
                "time; workload: notifications per request.");
        a.flag("--json", v -> json = v, "Print the rows as JSON.");
    }

    @Override
    public int run(Invocation inv) throws Exception {
        PrintWriter out = inv.out();
        PrintWriter err = inv.err();
        List<Path> files = new ArrayList<>();
        for (String in : inputs) { // a workload's name stays as it is, a pipe is copied
            files.add(inv.input(Path.of(in)));
        }
        if (inputs.size() > 1 || Tools.isTrace(files.get(0))) {
            return traces(out, err, files);
        }
        Workload base = load(files.get(0).toString());
        if (requests != null) {
            String problem = io.ringside.emulator.WorkloadReader.requestsProblem("--requests", requests);
            if (problem != null) {
                throw new CliException(problem);
            }
            base = base.withRequests(requests);
        }
        if (seed != null) {
            base = base.withSeed(seed);
        }
        Comparison c = Comparison.of(base, vary, inject);
        List<Comparison.Run> rows = c.run(null);
        if (json) {
            List<Object> l = new ArrayList<>();
            for (Comparison.Run r : rows) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("settings", r.settings());
                m.put("requests", r.requests());
                m.put("violations", r.violations());
                m.put("stopped", r.stopped());
                m.put("perRequest", r.perRequest());
                if (c.nvme()) {
                    m.put("iops", Math.round(r.iops()));
                }
                l.add(m);
            }
            Map<String, Object> doc = new LinkedHashMap<>(); // in this order every time (Map.of's order is per JVM run)
            doc.put("device", base.device());
            doc.put("workload", base.name());
            doc.put("runs", l);
            Json.write(out, doc, true);
        } else {
            printTable(out, c, rows);
        }
        out.flush();
        if (plot != null) {
            AtomicFile.write(plot, c.svg(rows).getBytes(StandardCharsets.UTF_8));
            err.println("wrote " + plot);
            err.flush();
        }
        return 0;
    }

    /** {@code compare A B [C...]} on trace files. */
    private int traces(PrintWriter out, PrintWriter err, List<Path> files) throws IOException {
        if (!vary.isEmpty() || requests != null || seed != null || inject != null) {
            throw new CliException("--vary, --requests, --seed and --inject run a workload; traces are compared as they are");
        }
        if (inputs.size() < 2) {
            throw new CliException("compare needs two traces or more (or one workload with --vary), not only " + inputs.get(0));
        }
        List<RunComparison.Run> runs = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String in = inputs.get(i);
            Path f = files.get(i);
            ReplayRun r = ReplayRun.run(f, ReplayRun.options(null), new ConsoleProgress(err, ConsoleProgress.stderrIsTerminal()),
                    -1, 0, new ReplayRun.Analysis(0, null));
            for (String w : r.warnings) {
                // most warnings name their file already (QEMU logs' do); the others get it, so each says which run
                err.println("warning: " + (w.startsWith(f + ":") ? w : in + ": " + w)); // f: what the reader named
            }
            runs.add(new RunComparison.Run(in, r.header, r.analysis));
            summaries.add(String.join(", ", RunComparison.kinds(r.header)) + "; " + r.events + " events, "
                    + r.violations.count() + " violation(s)");
        }
        RunComparison c;
        try {
            c = RunComparison.of(runs);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        if (json) {
            Json.write(out, c.toMap(), true);
        } else {
            printRuns(out, c, summaries);
        }
        out.flush();
        if (plot != null) {
            AtomicFile.write(plot, c.svg().getBytes(StandardCharsets.UTF_8));
            err.println("wrote " + plot);
            err.flush();
        }
        return 0;
    }

    /** The runs, then a block per section: a row per figure, a column per run, then the ratios to A. */
    private static void printRuns(PrintWriter out, RunComparison c, List<String> summaries) {
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        int n = c.runs().size();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('A' + i)).append("  ").append(c.runs().get(i).name()).append(" (").append(summaries.get(i))
                    .append(')').append(nl);
        }
        for (RunComparison.Section s : c.sections()) {
            sb.append(nl);
            MetricsTable.cell(sb, s.title(), 26, true);
            for (int i = 0; i < n; i++) {
                MetricsTable.cell(sb, String.valueOf((char) ('A' + i)), 11, false);
            }
            for (int i = 1; i < n; i++) {
                MetricsTable.cell(sb, (char) ('A' + i) + "/A", 7, false);
            }
            MetricsTable.end(sb, nl);
            for (RunComparison.Figure f : c.figures()) {
                double first = RunComparison.value(f, s.metrics().get(0));
                MetricsTable.cell(sb, "  " + f.name(), 26, true);
                for (int i = 0; i < n; i++) {
                    MetricsTable.cell(sb, MetricsTable.num(RunComparison.value(f, s.metrics().get(i)), f.decimals()), 11,
                            false);
                }
                for (int i = 1; i < n; i++) {
                    double r = RunComparison.ratio(RunComparison.value(f, s.metrics().get(i)), first);
                    MetricsTable.cell(sb, MetricsTable.num(r, 2), 7, false);
                }
                MetricsTable.end(sb, nl);
            }
        }
        out.write(sb.toString());
    }

    private static Workload load(String name) throws IOException {
        Path p = Tools.sample("workloads", name, ".json");
        if (p != null) {
            return WorkloadReader.read(p);
        }
        if (Emulators.forDevice(name) != null) {
            return Workload.defaults(name);
        }
        throw new CliException("no workload file or sample named '" + name + "' (or a device: "
                + String.join(", ", Emulators.devices()) + ")");
    }

    private static void printTable(PrintWriter out, Comparison c, List<Comparison.Run> rows) {
        Workload base = c.base();
        boolean nvme = c.nvme();
        int lw = 14;
        for (Comparison.Run r : rows) {
            lw = Math.max(lw, r.label().length());
        }
        out.println(base.device() + " workload '" + base.name() + "', " + base.requests() + " requests per run, seed " + base.seed()
                + (nvme ? " (per command; exits = trapped MMIO doorbell writes; kIOPS = thousands of commands per"
                        + " simulated second)" : " (per request)"));
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-" + lw + "s", "configuration"));
        for (Comparison.Metric m : c.metrics()) {
            sb.append(String.format(Locale.ROOT, " %11s", m.head()));
        }
        if (nvme) {
            sb.append(String.format(Locale.ROOT, " %8s", "kIOPS"));
        }
        sb.append(String.format(Locale.ROOT, " %10s", "violations"));
        out.println(sb);
        for (Comparison.Run r : rows) {
            sb = new StringBuilder(String.format(Locale.ROOT, "%-" + lw + "s", r.label()));
            for (Comparison.Metric m : c.metrics()) {
                sb.append(String.format(Locale.ROOT, " %11.3f", r.get(m)));
            }
            if (nvme) {
                sb.append(String.format(Locale.ROOT, " %8.1f", r.iops() / 1000));
            }
            sb.append(String.format(Locale.ROOT, " %10d", r.violations()));
            if (r.stopped()) {
                sb.append("  (stopped early)");
            }
            out.println(sb);
        }
    }
}
