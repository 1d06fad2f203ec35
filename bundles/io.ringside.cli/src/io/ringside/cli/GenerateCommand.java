package io.ringside.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import io.ringside.cli.args.Args;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceWriter;
import io.ringside.emulator.DeviceEmulator;
import io.ringside.emulator.Emulators;
import io.ringside.emulator.Fault;
import io.ringside.emulator.Workload;
import io.ringside.emulator.WorkloadReader;

/** {@code ringside generate}: runs a reference emulator on a workload and writes a memory-level trace. */
final class GenerateCommand implements Command {

    String device;
    String workload;
    String layout;
    boolean inOrder;
    boolean noEventIdx;
    boolean indirect;
    Integer queueSize;
    Integer ioQueues;
    String shadowDoorbell;
    String ioeventfd;
    String needEventFormula;
    Long requests;
    Long seed;
    Integer queueDepth;
    Integer batch;
    String completion;
    String inject;
    boolean listFaults;
    Path output;

    @Override
    public void declare(Args a) {
        a.description("Run the reference emulator on a workload and write a memory-level trace (.rstrace, .rstrace.gz).");
        a.option("--device", "TYPE", Args.STRING, v -> device = v,
                "Device to emulate: virtio-blk (default) or another registered emulator.");
        a.option("--workload", "FILE|NAME", Args.STRING, v -> workload = v,
                "Workload JSON file, or the name of one in samples/workloads/.");
        a.option("--layout", "split|packed", Args.STRING, v -> layout = v, "Virtqueue layout.");
        a.flag("--in-order", v -> inOrder = v, "Negotiate VIRTIO_F_IN_ORDER.");
        a.flag("--no-event-idx", v -> noEventIdx = v,
                "Do not negotiate VIRTIO_RING_F_EVENT_IDX (flags-based suppression).");
        a.flag("--indirect", v -> indirect = v, "Negotiate VIRTIO_RING_F_INDIRECT_DESC and use indirect tables.");
        a.option("--queue-size", "N", Args.INT, v -> queueSize = v, "Virtqueue size, or NVMe I/O SQ/CQ size.");
        a.option("--io-queues", "N", Args.INT, v -> ioQueues = v, "NVMe: I/O queue pairs (1..64).");
        a.option("--shadow-doorbell", "on|off", Args.STRING, v -> shadowDoorbell = v,
                "NVMe: use the shadow doorbell buffer (Doorbell Buffer Config).");
        a.option("--ioeventfd", "on|off", Args.STRING, v -> ioeventfd = v,
                "NVMe: KVM ioeventfd on SQ doorbells (armed only with shadow doorbells).");
        a.option("--need-event", "linux|spdk", Args.STRING, v -> needEventFormula = v,
                "NVMe: the host's shadow doorbell need_event formula.");
        a.option("--requests", "N", Args.LONG, v -> requests = v, "Number of requests.");
        a.option("--seed", "N", Args.LONG, v -> seed = v, "Random seed (same seed, same trace).");
        a.option("--queue-depth", "N", Args.INT, v -> queueDepth = v, "Requests in flight at most.");
        a.option("--batch", "N", Args.INT, v -> batch = v, "Requests the driver adds per publish.");
        a.option("--completion", "in-order|random", Args.STRING, v -> completion = v,
                "Order the device completes requests in.");
        a.option("--inject", "FAULT", Args.STRING, v -> inject = v, "Plant one known bug (see --list-faults).");
        a.flag("--list-faults", v -> listFaults = v, "List the faults --inject accepts, one per line, name first.");
        a.option("-o, --output", "FILE", Args.PATH, v -> output = v, "Trace to write (.gz compresses).");
    }

    @Override
    public Object input() {
        return output;
    }

    @Override
    public int run(Invocation inv) throws Exception {
        PrintWriter out = inv.out();
        PrintWriter err = inv.err();
        if (listFaults) {
            for (DeviceEmulator em : Emulators.all()) {
                if (device == null || device.equals(em.device())) {
                    for (Fault f : em.faults()) {
                        out.println(f.line());
                    }
                }
            }
            out.flush();
            return 0;
        }
        if (output == null) {
            throw new CliException("generate needs an output file: -o FILE");
        }
        Workload w;
        if (workload != null) {
            Path p = Tools.sample("workloads", workload, ".json");
            if (p == null) {
                throw new CliException("no workload file or sample named '" + workload + "'");
            }
            w = WorkloadReader.read(p);
        } else {
            w = Workload.defaults(device != null ? device : "virtio-blk");
        }
        if (device != null) {
            w = w.withDevice(device);
        }
        w = overrides(w);
        DeviceEmulator em = Emulators.forDevice(w.device());
        if (em == null) {
            throw new CliException("no emulator for device '" + w.device() + "' (available: "
                    + String.join(", ", Emulators.devices()) + ")");
        }
        Fault fault = null;
        if (inject != null) {
            fault = em.fault(inject);
            if (fault == null) {
                DeviceEmulator other = Emulators.byFault(inject);
                throw new CliException(other != null
                        ? "fault '" + inject + "' is for device " + other.device() + ", not " + w.device()
                        : "unknown fault '" + inject + "' (see: ringside generate --list-faults)");
            }
        }
        Workload eff = em.effective(w, fault);
        TraceHeader header = em.header(w, fault, inv.commandLine());
        ConsoleProgress progress = new ConsoleProgress(err, ConsoleProgress.stderrIsTerminal());
        TraceWriter tw = new TraceWriter(output, header);
        DeviceEmulator.Result res;
        try {
            res = em.run(w, fault, tw::write, progress);
            tw.close();
        } catch (Exception | Error e) {
            tw.abort();
            throw e;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("wrote ").append(output).append(": ").append(tw.count()).append(" events, ").append(res.requests())
                .append(" requests (").append(eff.device());
        if (eff.device().startsWith("virtio")) {
            Workload.Virtio v = eff.virtio();
            sb.append(", ").append(v.layout()).append(" ring of ").append(v.queueSize())
                    .append(v.eventIdx() ? ", EVENT_IDX" : "").append(v.inOrder() ? ", IN_ORDER" : "")
                    .append(v.indirect() ? ", indirect" : "");
        }
        sb.append(", seed ").append(eff.seed()).append(')');
        if (fault != null) {
            sb.append("; injected ").append(fault.name()).append(" (").append(fault.rules()).append(')');
        }
        err.println(sb);
        if (res.stopped()) {
            err.println("note: the emulator stopped early: " + res.stopReason());
        }
        err.flush();
        return 0;
    }

    private Workload overrides(Workload w) {
        boolean virtio = w.device().startsWith("virtio");
        if (!virtio && (layout != null || inOrder || noEventIdx || indirect)) {
            throw new CliException("--layout, --in-order, --no-event-idx and --indirect apply to virtio devices, not "
                    + w.device());
        }
        if (!w.device().equals("nvme") && (ioQueues != null || shadowDoorbell != null || ioeventfd != null
                || needEventFormula != null)) {
            throw new CliException("--io-queues, --shadow-doorbell, --ioeventfd and --need-event apply to nvme, not " + w.device());
        }
        if (w.device().equals("nvme")) {
            w = io.ringside.emulator.nvme.NvmeOptions.apply(w, ioQueues, queueSize, shadowDoorbell, ioeventfd,
                    needEventFormula);
        }
        if (virtio) {
            Workload.Virtio v = w.virtio();
            if (layout != null) {
                if (!layout.equals("split") && !layout.equals("packed")) {
                    throw new CliException("--layout must be split or packed, not '" + layout + "'");
                }
                v = v.withLayout(layout);
            }
            if (inOrder) {
                v = v.withInOrder(true);
            }
            if (noEventIdx) {
                v = v.withEventIdx(false);
            }
            if (indirect) {
                v = v.withIndirect(true);
            }
            if (queueSize != null) {
                if (queueSize < 1 || queueSize > 32768) {
                    throw new CliException("--queue-size must be in 1..32768, not " + queueSize);
                }
                v = v.withQueueSize(queueSize);
            }
            w = w.withVirtio(v);
        }
        if (requests != null) {
            String problem = WorkloadReader.requestsProblem("--requests", requests);
            if (problem != null) {
                throw new CliException(problem);
            }
            w = w.withRequests(requests);
        }
        if (seed != null) {
            w = w.withSeed(seed);
        }
        if (queueDepth != null) {
            if (queueDepth < 1 || queueDepth > 65536) {
                throw new CliException("--queue-depth must be in 1..65536");
            }
            w = w.withQueueDepth(queueDepth);
        }
        if (batch != null) {
            if (batch < 1 || batch > 65536) {
                throw new CliException("--batch must be in 1..65536");
            }
            w = w.withBatch(batch);
        }
        if (completion != null) {
            if (!completion.equals("in-order") && !completion.equals("random")) {
                throw new CliException("--completion must be in-order or random, not '" + completion + "'");
            }
            w = w.withCompletion(completion);
        }
        return w;
    }
}
