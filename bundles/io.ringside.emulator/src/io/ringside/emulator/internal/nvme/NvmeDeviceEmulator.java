package io.ringside.emulator.internal.nvme;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ringside.core.engine.NeedEvent;
import io.ringside.core.trace.EventSink;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.util.ProgressMonitor;
import io.ringside.emulator.DeviceEmulator;
import io.ringside.emulator.Fault;
import io.ringside.emulator.Workload;
import io.ringside.emulator.nvme.NvmeFault;

/** The NVMe emulator as the {@code generate} command and the IDE see it: workload in, trace out. */
public final class NvmeDeviceEmulator implements DeviceEmulator {

    public static final String DEVICE = "nvme";

    @Override
    public String device() {
        return DEVICE;
    }

    @Override
    public List<Fault> faults() {
        List<Fault> l = new ArrayList<>();
        for (NvmeFault f : NvmeFault.values()) {
            l.add(new Fault(f.id(), f.description(), f.rule(), needs(f)));
        }
        return l;
    }

    private static String needs(NvmeFault f) {
        return switch (f) {
            case STALE_SQ_EVENTIDX, MISSING_CQ_EVENTIDX, SKIP_DOORBELL, MISALIGNED_DBBUF -> "shadow doorbells";
            case EVENTFD_WITHOUT_SHADOW -> "ioeventfd, shadow doorbells off";
            case WRONG_STRIDE -> "DSTRD 1";
            default -> "";
        };
    }

    private static NvmeFault nvmeFault(Fault f) {
        if (f == null) {
            return null;
        }
        NvmeFault nf = NvmeFault.fromId(f.name());
        if (nf == null) {
            throw new IllegalArgumentException("fault '" + f.name() + "' is not an NVMe fault");
        }
        return nf;
    }

    @Override
    public Workload effective(Workload w, Fault fault) {
        if (!DEVICE.equals(w.device())) {
            throw new IllegalArgumentException("the NVMe emulator runs device \"" + DEVICE + "\", not \"" + w.device() + "\"");
        }
        Workload.Nvme n = w.nvme();
        if (n.ioQueues() < 1 || n.ioQueues() > 64) {
            throw new IllegalArgumentException("nvme.ioQueues must be 1..64, not " + n.ioQueues());
        }
        if (n.queueSize() < 2 || n.queueSize() > 4096) {
            throw new IllegalArgumentException("nvme.queueSize must be 2..4096, not " + n.queueSize());
        }
        NvmeFault f = nvmeFault(fault);
        if (f != null) {
            boolean shadow = n.shadowDoorbell();
            boolean efd = n.ioeventfd();
            if (f.needsShadow()) {
                shadow = true;
            }
            if (f == NvmeFault.EVENTFD_WITHOUT_SHADOW) {
                shadow = false;
                efd = true;
            }
            n = new Workload.Nvme(n.ioQueues(), n.queueSize(), shadow, efd, n.needEvent(),
                    n.interruptCoalescing(), n.slowGuest());
            w = w.withNvme(n);
            if (w.requests() < 16) {
                w = w.withRequests(16);
            }
        }
        return w;
    }

    /** The emulator configuration of a workload. */
    public static NvmeConfig config(Workload w, NvmeFault fault) {
        Workload.Nvme n = w.nvme();
        int[] sizes = new int[w.sizes().size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = (int) Math.min(Integer.MAX_VALUE, w.sizes().get(i));
        }
        return new NvmeConfig(n.ioQueues(), n.queueSize(), Math.max(1, w.queueDepth()), Math.max(1, w.batch()),
                n.shadowDoorbell(), n.ioeventfd(), NeedEvent.fromId(n.needEvent()), n.interruptCoalescing(), 0,
                w.requests(), w.seed(), w.readPercent(), sizes, fault, n.slowGuest() ? NvmeTiming.SLOW_GUEST : NvmeTiming.DEFAULT,
                n.slowGuest());
    }

    @Override
    public TraceHeader header(Workload w0, Fault fault, String commandLine) {
        Workload w = effective(w0, fault);
        NvmeFault f = nvmeFault(fault);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("workload", w.name());
        if (!w.description().isEmpty()) {
            meta.put("description", w.description());
        }
        meta.put("readPercent", Integer.toString(w.readPercent()));
        meta.put("sizes", w.sizes().toString());
        if (fault != null) {
            meta.put("faultRules", fault.rules());
        }
        if (commandLine != null) {
            meta.put("command", commandLine);
        }
        return new NvmeEmulator(config(w, f), EventSink.NULL).header(meta);
    }

    @Override
    public Result run(Workload w0, Fault fault, EventSink sink, ProgressMonitor monitor) throws IOException {
        Workload w = effective(w0, fault);
        NvmeEmulator em = new NvmeEmulator(config(w, nvmeFault(fault)), sink);
        em.monitor(monitor == null ? ProgressMonitor.NULL : monitor);
        NvmeEmulator.Result r;
        try {
            r = em.run();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return new Result(r.completed(), r.events(), r.stalled(), r.stallReason());
    }
}
