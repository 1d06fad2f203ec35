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

import io.ringside.core.util.AtomicFile;
import io.ringside.emulator.Comparison;
import io.ringside.emulator.Emulators;
import io.ringside.emulator.Workload;
import io.ringside.emulator.WorkloadReader;
import io.ringside.emulator.nvme.NvmeOptions;

/**
 * {@code ringside compare WORKLOAD --vary KEY=V1,V2 [--vary ...]}: runs the reference emulator over the
 * cross product of the varied settings ({@link Comparison}), prints the cost of each configuration per
 * request side by side and optionally writes an SVG plot of it.
 */
final class CompareCommand implements Command {

    String workload;

    final List<String> vary = new ArrayList<>();

    Long requests;

    Long seed;

    String inject;

    Path plot;

    boolean json;

    @Override
    public void declare(Args a) {
        a.description("Run the emulator over the cross product of --vary settings and compare the cost per request:",
                "NVMe: MMIO doorbell exits, eventfd signals, shadow-only updates and interrupts per command;",
                "virtio: kicks and interrupts per request (sent and suppressed).");
        a.param("WORKLOAD", Args.STRING, v -> workload = v,
                "Workload JSON file, a sample name (samples/workloads/), or a device: nvme, virtio-blk.");
        a.option("--vary", "KEY=V1,V2,...", Args.STRING, vary::add,
                "A setting and its values (repeatable; runs the cross product).",
                "nvme: " + NvmeOptions.KEYS + ".",
                "virtio: " + Comparison.VIRTIO_KEYS + ".")
                .repeatable();
        a.option("--requests", "N", Args.LONG, v -> requests = v, "Requests per run (default: the workload's).");
        a.option("--seed", "N", Args.LONG, v -> seed = v, "Random seed of every run.");
        a.option("--inject", "FAULT", Args.STRING, v -> inject = v,
                "Plant a fault in every run (e.g. nvme-missing-cq-eventidx: QEMU 7.1's controller).");
        a.option("-o, --plot", "FILE.svg", Args.PATH, v -> plot = v, "Write an SVG plot of notifications per request.");
        a.flag("--json", v -> json = v, "Print the rows as JSON.");
    }

    @Override
    public int run(Invocation inv) throws Exception {
        PrintWriter out = inv.out();
        PrintWriter err = inv.err();
        Workload base = load(workload);
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
