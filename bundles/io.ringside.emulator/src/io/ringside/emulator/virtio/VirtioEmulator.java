package io.ringside.emulator.virtio;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.ringside.core.engine.NeedEvent;
import io.ringside.core.memory.GuestMemory;
import io.ringside.core.trace.CoreEvent;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.EventSink;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceLevel;
import io.ringside.core.util.ProgressMonitor;
import io.ringside.emulator.DeviceEmulator;
import io.ringside.emulator.Fault;
import io.ringside.emulator.Workload;
import io.ringside.virtio.Chain;
import io.ringside.virtio.ChainException;
import io.ringside.virtio.PackedDevice;
import io.ringside.virtio.PackedDriver;
import io.ringside.virtio.RingEmitter;
import io.ringside.virtio.RingLayout;
import io.ringside.virtio.SplitDevice;
import io.ringside.virtio.SplitDriver;
import io.ringside.virtio.VirtioFeatures;
import io.ringside.virtio.VirtqueueDevice;
import io.ringside.virtio.VirtqueueDriver;

/**
 * The virtio reference emulator: a virtio-blk-like driver and device on one virtqueue over guest
 * memory. Requests are {@code [header 16 B, readable][data, writable for reads / readable for
 * writes][status 1 B, writable]}; the device completes them in order or at random (always in order
 * under IN_ORDER, with one used entry per batch), re-arms notifications the way QEMU and Linux do, and
 * every ring write, fetch, buffer write and notification decision becomes a memory-level event. Data
 * contents are not modelled. See docs/virtio.md.
 */
public final class VirtioEmulator implements DeviceEmulator {

    public static final String DEVICE = "virtio-blk";
    public static final String PRODUCER = "ringside-emulator 0.1 (virtio)";

    static final long RING_BASE = 0x10000;
    static final long HDR_BASE = 0x4000_0000L;
    static final long STATUS_BASE = 0x4800_0000L;
    static final long DATA_BASE = 0x1_0000_0000L;
    static final int MAX_INDIRECT = 4;
    static final int VIRTIO_BLK_T_IN = 0;
    static final int VIRTIO_BLK_T_OUT = 1;

    /** What a fault needs and how it is planted. */
    private record Spec(Fault fault, String layout, Boolean inOrder, Boolean eventIdx, Boolean indirect,
            boolean concurrency, boolean terminal) {
    }

    private static Spec spec(String name, String desc, String rules, String layout, Boolean inOrder, Boolean eventIdx,
            Boolean indirect, boolean concurrency, boolean terminal) {
        List<String> needs = new ArrayList<>();
        if (layout != null) {
            needs.add("--layout " + layout);
        }
        if (inOrder != null) {
            needs.add(inOrder ? "--in-order" : "no IN_ORDER");
        }
        if (eventIdx != null) {
            needs.add(eventIdx ? "EVENT_IDX" : "--no-event-idx");
        }
        if (indirect != null) {
            needs.add(indirect ? "--indirect" : "no indirect");
        }
        return new Spec(new Fault(name, desc, rules, String.join(", ", needs)), layout, inOrder, eventIdx, indirect,
                concurrency, terminal);
    }

    private static final List<Spec> SPECS = List.of(
            spec("vq-invented-id", "the device returns a used id that was never made available", "S6a", "split", null,
                    null, null, true, true),
            spec("vq-double-use", "the device returns the same head twice", "S6a", "split", null, null, null, true, true),
            spec("vq-packed-double-use", "the device writes a second used descriptor for a buffer id", "P4", "packed",
                    null, null, null, true, true),
            spec("vq-in-order", "the device uses a buffer before one made available earlier (IN_ORDER)", "I1", "split",
                    true, null, null, true, false),
            spec("vq-in-order-driver", "the driver skips a descriptor instead of the next in ring order (IN_ORDER)",
                    "I2", "split", true, null, null, false, false),
            spec("vq-packed-wrap", "the driver writes a descriptor with the AVAIL/USED bits of the wrong wrap counter",
                    "P2", "packed", null, null, false, false, false),
            spec("vq-packed-head-first", "the driver makes a chain's head available before the rest of the chain", "P3a",
                    "packed", null, null, false, false, false),
            spec("vq-avail-backwards", "the driver moves avail.idx backwards (then forwards again)", "S2a", "split", null,
                    null, null, false, false),
            spec("vq-used-overrun", "the device publishes used.idx past avail.idx (then the right value)", "S2b", "split",
                    null, null, null, false, false),
            spec("vq-chain-loop", "the driver makes available a chain whose last descriptor points back to its head",
                    "S4b", "split", null, null, false, false, true),
            spec("vq-write-before-read", "the driver puts a device-writable descriptor before a readable one",
                    "S4a split, P3b packed", null, null, null, null, false, false),
            spec("vq-missed-interrupt", "the device does not interrupt although used.idx crossed used_event",
                    "S3c split, P6 packed", null, null, true, null, false, false),
            spec("vq-missed-kick", "the driver does not notify although avail.idx crossed avail_event",
                    "S3b split, P6 packed", null, null, true, null, false, false),
            spec("vq-len-overflow", "the device reports more bytes written than the buffer's writable length",
                    "S5c split, P4 packed", null, null, null, null, false, false),
            spec("vq-write-readonly", "the device writes into the request header, a device-readable buffer", "S5a",
                    null, null, null, null, false, false),
            spec("vq-nested-indirect", "the driver sets INDIRECT inside an indirect table", "S7 split, P5 packed", null,
                    null, null, true, false, false),
            spec("vq-indirect-unnegotiated", "the driver uses an indirect table without VIRTIO_RING_F_INDIRECT_DESC", "S7",
                    "split", null, null, false, false, false),
            spec("vq-bad-flags", "the driver sets avail.flags = NO_INTERRUPT although EVENT_IDX is negotiated", "S3a",
                    "split", null, true, null, false, false),
            spec("vq-packed-event-flags", "the driver writes event suppression flags DESC without EVENT_IDX", "P6",
                    "packed", null, false, null, false, false));

    @Override
    public String device() {
        return DEVICE;
    }

    @Override
    public List<Fault> faults() {
        List<Fault> l = new ArrayList<>();
        for (Spec s : SPECS) {
            l.add(s.fault());
        }
        return l;
    }

    private static Spec specOf(Fault f) {
        if (f == null) {
            return null;
        }
        for (Spec s : SPECS) {
            if (s.fault().name().equals(f.name())) {
                return s;
            }
        }
        throw new IllegalArgumentException("fault '" + f.name() + "' is not a virtio fault");
    }

    @Override
    public Workload effective(Workload w, Fault fault) {
        if (!DEVICE.equals(w.device())) {
            throw new IllegalArgumentException("the virtio emulator runs device \"" + DEVICE + "\", not \"" + w.device() + "\"");
        }
        Workload.Virtio v = w.virtio();
        Spec s = specOf(fault);
        if (s != null) {
            if (s.layout() != null) {
                v = v.withLayout(s.layout());
            }
            if (s.inOrder() != null) {
                v = v.withInOrder(s.inOrder());
            }
            if (s.eventIdx() != null) {
                v = v.withEventIdx(s.eventIdx());
            }
            if (s.indirect() != null) {
                v = v.withIndirect(s.indirect());
            }
            if (s.concurrency()) {
                w = w.withQueueDepth(Math.max(w.queueDepth(), 8)).withBatch(Math.max(w.batch(), 4));
            }
            if (w.requests() < 8) {
                w = w.withRequests(8);
            }
        }
        int n = v.queueSize();
        if (n < 1 || n > RingLayout.MAX_SIZE) {
            throw new IllegalArgumentException("queue size " + n + " is not in 1..32768");
        }
        if (!v.packed() && Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("a split queue needs a power-of-2 size, not " + n + " (use --layout packed for other sizes)");
        }
        if (n < 3 && !v.indirect()) {
            throw new IllegalArgumentException("queue size " + n + " cannot hold a request of 3 descriptors (use --indirect or a larger queue)");
        }
        return w.withVirtio(v);
    }

    static long features(Workload.Virtio v) {
        long f = VirtioFeatures.bit(VirtioFeatures.VERSION_1);
        if (v.packed()) {
            f |= VirtioFeatures.bit(VirtioFeatures.RING_PACKED);
        }
        if (v.eventIdx()) {
            f |= VirtioFeatures.bit(VirtioFeatures.EVENT_IDX);
        }
        if (v.indirect()) {
            f |= VirtioFeatures.bit(VirtioFeatures.INDIRECT_DESC);
        }
        if (v.inOrder()) {
            f |= VirtioFeatures.bit(VirtioFeatures.IN_ORDER);
        }
        return f;
    }

    static RingLayout layout(Workload.Virtio v) {
        return v.packed() ? RingLayout.packed(RING_BASE, v.queueSize()) : RingLayout.split(RING_BASE, v.queueSize());
    }

    @Override
    public TraceHeader header(Workload w0, Fault fault, String commandLine) {
        Workload w = effective(w0, fault);
        Map<String, Long> props = new LinkedHashMap<>();
        props.put("queueDepth", (long) w.queueDepth());
        Map<String, String> strings = new LinkedHashMap<>();
        strings.put("needEvent", "linux");
        strings.put("completion", w.virtio().inOrder() ? "in-order" : w.completion());
        DeviceInfo d = new DeviceInfo(0, DEVICE, "vda", features(w.virtio()), props, strings,
                List.of(layout(w.virtio()).toQueueInfo(0)));
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("workload", w.name());
        if (!w.description().isEmpty()) {
            meta.put("description", w.description());
        }
        meta.put("seed", Long.toString(w.seed()));
        meta.put("requests", Long.toString(w.requests()));
        meta.put("batch", Integer.toString(w.batch()));
        meta.put("readPercent", Integer.toString(w.readPercent()));
        meta.put("sizes", w.sizes().toString());
        if (fault != null) {
            meta.put("fault", fault.name());
            meta.put("faultRules", fault.rules());
        }
        if (commandLine != null) {
            meta.put("command", commandLine);
        }
        return new TraceHeader(PRODUCER, TraceLevel.MEMORY, List.of(d), meta);
    }

    @Override
    public Result run(Workload w, Fault fault, EventSink sink, ProgressMonitor monitor) throws IOException {
        Workload eff = effective(w, fault);
        return new Run(eff, specOf(fault), sink, monitor == null ? ProgressMonitor.NULL : monitor).run();
    }

    /** One run: all state of the driver, the device and the workload. */
    private static final class Run {
        final Workload w;
        final Workload.Virtio v;
        final Spec fault;
        final EventSink sink;
        final ProgressMonitor mon;
        final SplittableRandom rnd;
        final int n;
        long now;
        final RingEmitter em;
        final GuestMemory mem = new GuestMemory(1 << 16);
        final VirtqueueDriver driver;
        final VirtqueueDevice device;
        final Chain chain = new Chain(8);
        final Chain fetched = new Chain(8);
        final long stride;
        final int elementsPerRequest = 3;

        // requests by tag (blk-mq style)
        final int[] freeTags;
        int freeTagCount;
        final int[] idToTag;
        final boolean[] idOut;
        final boolean[] tagRead;
        final long[] tagSize;

        // device
        final int[] pending;
        int pendingCount;
        final long[] idDataAddr;
        final long[] idDataLen;
        final long[] idStatusAddr;
        final long[] idHdrAddr;
        final boolean[] idRead;
        boolean devActive;
        boolean irqPending;

        long submitted;
        long completed;
        boolean armed;
        boolean planted;
        String stopReason;
        final TraceEvent mark = new TraceEvent();

        Run(Workload w, Spec fault, EventSink sink, ProgressMonitor mon) {
            this.w = w;
            this.v = w.virtio();
            this.fault = fault;
            this.sink = sink;
            this.mon = mon;
            this.rnd = new SplittableRandom(w.seed());
            this.n = v.queueSize();
            this.em = new RingEmitter(sink, 0, 0, () -> now);
            long features = features(v);
            RingLayout l = layout(v);
            long pool = GuestMemory.align(l.end(), 4096);
            if (v.packed()) {
                driver = new PackedDriver(mem, l, features, NeedEvent.LINUX, em, pool, MAX_INDIRECT);
                device = new PackedDevice(mem, l, features, NeedEvent.LINUX, em);
            } else {
                driver = new SplitDriver(mem, l, features, NeedEvent.LINUX, em, pool, MAX_INDIRECT);
                device = new SplitDevice(mem, l, features, NeedEvent.LINUX, em);
            }
            stride = GuestMemory.align(w.maxSize(), 4096);
            int tags = Math.max(1, Math.min(w.queueDepth(), n));
            freeTags = new int[tags];
            for (int i = 0; i < tags; i++) {
                freeTags[i] = tags - 1 - i;
            }
            freeTagCount = tags;
            tagRead = new boolean[tags];
            tagSize = new long[tags];
            idToTag = new int[n];
            idOut = new boolean[n];
            pending = new int[n];
            idDataAddr = new long[n];
            idDataLen = new long[n];
            idStatusAddr = new long[n];
            idHdrAddr = new long[n];
            idRead = new boolean[n];
        }

        boolean is(String name) {
            return fault != null && !planted && armed && fault.fault().name().equals(name);
        }

        void plant(String what) throws IOException {
            planted = true;
            mark.reset(CoreEvent.MARK).time(now).device(0).queue(0)
                    .note("injected fault " + fault.fault().name() + ": " + what);
            sink.accept(mark);
        }

        Result run() throws IOException {
            mon.begin("generating " + w.requests() + " virtio-blk requests", w.requests());
            long iter = 0;
            try {
                while (completed < w.requests() && stopReason == null) {
                    if ((++iter & 1023) == 0) {
                        mon.worked(completed);
                        if (mon.isCanceled()) {
                            stopReason = "canceled";
                            break;
                        }
                    }
                    if (!armed && fault != null && submitted >= Math.max(1, w.requests() / 2)) {
                        armed = true;
                    }
                    step();
                }
            } finally {
                mon.done();
            }
            if (stopReason != null) {
                mark.reset(CoreEvent.MARK).time(now).device(0).queue(0).note("emulator stopped: " + stopReason);
                sink.accept(mark);
            }
            if (fault != null && !planted) {
                throw new IllegalStateException("fault " + fault.fault().name()
                        + " could not be planted in this workload (try more requests or a larger queue depth)");
            }
            return new Result(completed, em.count(), stopReason != null, stopReason);
        }

        void step() throws IOException {
            boolean progress = false;
            if (irqPending) {
                now += 1500;
                reclaim();
                irqPending = false;
                progress = true;
            }
            int added = 0;
            int need = driver.descriptorsFor(elementsPerRequest);
            while (added < w.batch() && submitted < w.requests() && freeTagCount > 0
                    && driver.numFree() >= need + (is("vq-in-order-driver") ? 1 : 0)) {
                submit();
                added++;
            }
            if (added > 0) {
                driver.publish();
                now += 50;
                afterPublishFaults();
                boolean skip = is("vq-missed-kick") && driver.kickNeeded();
                if (skip) {
                    plant("kick_skip although a notification is needed");
                }
                if (driver.kick(skip)) {
                    devActive = true;
                    now += 1000;
                }
                progress = true;
            }
            if (devActive) {
                progress |= deviceTurn();
            }
            if (!progress && stopReason == null) {
                if (!devActive && device.hasAvailable()) {
                    now += 100_000; // the driver times out and notifies again
                    driver.forceKick();
                    devActive = true;
                } else if (driver.hasUsed()) {
                    now += 100_000; // the driver times out and polls the used ring
                    reclaim();
                } else {
                    stopReason = "no progress: the driver and the device are both waiting (" + driver.outstanding()
                            + " request(s) outstanding)";
                }
            }
        }

        void submit() throws IOException {
            int tag = freeTags[--freeTagCount];
            boolean read = rnd.nextInt(100) < w.readPercent();
            long size = w.sizes().size() == 1 ? w.sizes().get(0) : w.sizes().get(rnd.nextInt(w.sizes().size()));
            tagRead[tag] = read;
            tagSize[tag] = size;
            long hdr = HDR_BASE + 16L * tag;
            long st = STATUS_BASE + tag;
            long data = DATA_BASE + stride * tag;
            mem.write32(hdr, read ? VIRTIO_BLK_T_IN : VIRTIO_BLK_T_OUT);
            mem.write64(hdr + 8, (submitted * 8) & 0xffffffffL);
            chain.clear();
            if (is("vq-write-before-read")) {
                plant("status (writable) placed before the header (readable)");
                chain.add(st, 1, true).add(hdr, 16, false).add(data, size, read);
            } else {
                chain.add(hdr, 16, false).add(data, size, read).add(st, 1, true);
            }
            if (v.packed()) {
                PackedDriver pd = (PackedDriver) driver;
                if (is("vq-packed-wrap")) {
                    plant("last descriptor of the next chain written with the wrong wrap counter");
                    pd.faultTailWrap();
                } else if (is("vq-packed-head-first")) {
                    plant("head descriptor made available before the rest of its chain");
                    pd.faultHeadFirst();
                } else if (is("vq-nested-indirect")) {
                    plant("INDIRECT set in the first entry of an indirect table");
                    pd.faultNestedIndirectNext();
                }
            } else {
                SplitDriver sd = (SplitDriver) driver;
                if (is("vq-chain-loop")) {
                    plant("the last descriptor of the next chain points back to its head");
                    sd.faultLoopNextChain();
                } else if (is("vq-nested-indirect")) {
                    plant("INDIRECT set in the first entry of an indirect table");
                    sd.faultNestedIndirectNext();
                } else if (is("vq-indirect-unnegotiated")) {
                    plant("indirect table used without VIRTIO_RING_F_INDIRECT_DESC");
                    sd.faultIndirectWithoutFeature();
                } else if (is("vq-in-order-driver")) {
                    plant("one descriptor skipped instead of taking the next in ring order");
                    sd.faultSkipDescriptors(1);
                }
            }
            int id = driver.add(chain, tag);
            idToTag[id] = tag;
            idOut[id] = true;
            submitted++;
            now += 200;
        }

        void afterPublishFaults() throws IOException {
            if (v.packed()) {
                if (is("vq-packed-event-flags")) {
                    plant("driver event suppression flags set to DESC without EVENT_IDX");
                    ((PackedDriver) driver).faultEventFlags();
                }
            } else if (is("vq-avail-backwards")) {
                plant("avail.idx written one lower, then corrected");
                ((SplitDriver) driver).faultAvailIdxBackwards();
            } else if (is("vq-bad-flags")) {
                plant("avail.flags = NO_INTERRUPT with EVENT_IDX");
                ((SplitDriver) driver).faultAvailFlags();
            }
        }

        void reclaim() throws IOException {
            driver.reclaim((tag, len) -> {
                freeTags[freeTagCount++] = tag;
                completed++;
            });
            driver.enableInterrupts();
        }

        boolean deviceTurn() throws IOException {
            boolean progress = false;
            now += 2000;
            device.disableNotifications();
            int id;
            try {
                while ((id = device.pop(fetched)) >= 0) {
                    decode(id);
                    pending[pendingCount++] = id;
                    progress = true;
                }
            } catch (ChainException e) {
                stopReason = "the device stopped: " + e.getMessage();
                return true;
            }
            int rounds = 1 + rnd.nextInt(2);
            boolean inOrder = v.inOrder() || !w.randomCompletion();
            for (int r = 0; r < rounds && pendingCount > 0 && stopReason == null; r++) {
                int c = 1 + rnd.nextInt(pendingCount);
                if (fault != null && armed && !planted && fault.concurrency() && pendingCount >= 3) {
                    c = 2; // two buffers used together, at least one still held
                }
                if (!inOrder) {
                    for (int q = 0; q < c; q++) { // pick c at random into the front
                        int j = q + rnd.nextInt(pendingCount - q);
                        int t = pending[q];
                        pending[q] = pending[j];
                        pending[j] = t;
                    }
                }
                complete(c);
                now += 1000 + rnd.nextInt(4000);
                progress = true;
            }
            if (pendingCount == 0 && stopReason == null) {
                device.enableNotifications();
                if (!device.hasAvailable()) {
                    devActive = false;
                }
            }
            return progress;
        }

        void decode(int id) {
            // the request header is the first readable element of at least 16 bytes; the status byte is the
            // last byte of the last writable element; data is what lies between (virtio-blk)
            long hdr = 0;
            int statusEl = -1;
            int dataEl = -1;
            for (int i = 0; i < fetched.count(); i++) {
                if (!fetched.writable(i) && fetched.len(i) >= 16 && hdr == 0) {
                    hdr = fetched.addr(i);
                } else if (fetched.writable(i)) {
                    if (statusEl >= 0) {
                        dataEl = statusEl;
                    }
                    statusEl = i;
                } else if (hdr != 0) {
                    dataEl = i;
                }
            }
            boolean read = mem.read32(hdr) == VIRTIO_BLK_T_IN;
            idHdrAddr[id] = hdr;
            idRead[id] = read;
            idStatusAddr[id] = statusEl < 0 ? 0 : fetched.addr(statusEl) + fetched.len(statusEl) - 1;
            idDataAddr[id] = dataEl < 0 ? 0 : fetched.addr(dataEl);
            idDataLen[id] = dataEl < 0 ? 0 : fetched.len(dataEl);
        }

        long serve(int id) throws IOException {
            long written = 1;
            if (idRead[id] && idDataLen[id] > 0) {
                device.writeData(id, idDataAddr[id], idDataLen[id]);
                written += idDataLen[id];
            }
            if (is("vq-write-readonly")) {
                plant("device writes into the request header");
                device.writeData(id, idHdrAddr[id], 16);
            }
            device.writeData(id, idStatusAddr[id], 1);
            if (is("vq-len-overflow")) {
                plant("used length larger than the writable bytes");
                written += 4096;
            }
            return written;
        }

        void complete(int c) throws IOException {
            if (v.inOrder()) {
                if (c >= 2 && is("vq-in-order")) {
                    plant("buffer " + pending[1] + " used before " + pending[0] + ", each published on its own");
                    int b1 = pending[0];
                    int b2 = pending[1];
                    long l1 = serve(b1);
                    long l2 = serve(b2);
                    device.use(b2, l2, 1);
                    device.flush();
                    device.use(b1, l1, 1);
                    device.flush();
                    long last = 0;
                    for (int q = 2; q < c; q++) {
                        last = serve(pending[q]);
                    }
                    if (c > 2) {
                        device.use(pending[c - 1], last, c - 2);
                    }
                } else {
                    long last = 0;
                    for (int q = 0; q < c; q++) {
                        last = serve(pending[q]);
                    }
                    device.use(pending[c - 1], last, c);
                }
            } else {
                for (int q = 0; q < c; q++) {
                    device.use(pending[q], serve(pending[q]), 1);
                }
            }
            int lastId = pending[c - 1];
            for (int q = 0; q < c; q++) {
                idOut[pending[q]] = false;
            }
            System.arraycopy(pending, c, pending, 0, pendingCount - c);
            pendingCount -= c;
            boolean terminal = false;
            if (pendingCount > 0 && !v.packed() && is("vq-double-use")) {
                plant("head " + lastId + " returned a second time");
                device.use(lastId, 1, 1);
                terminal = true;
            } else if (pendingCount > 0 && !v.packed() && is("vq-invented-id")) {
                int bogus = -1;
                for (int i = n - 1; i >= 0; i--) {
                    if (!idOut[i] && !isPending(i)) {
                        bogus = i;
                        break;
                    }
                }
                if (bogus >= 0) {
                    plant("used id " + bogus + " was never made available");
                    device.use(bogus, 1, 1);
                    terminal = true;
                }
            } else if (pendingCount > 0 && v.packed() && is("vq-packed-double-use")) {
                plant("buffer id " + lastId + " used a second time");
                device.use(lastId, 1, 1);
                terminal = true;
            }
            device.flush();
            if (!v.packed() && is("vq-used-overrun")) {
                plant("used.idx written past avail.idx, then corrected");
                ((SplitDevice) device).faultUsedIdxOverrun();
            }
            boolean skip = is("vq-missed-interrupt") && device.notificationNeeded();
            if (skip) {
                plant("irq_skip although an interrupt is needed");
            }
            if (device.notifyDriver(skip)) {
                irqPending = true;
            }
            if (terminal) {
                stopReason = "the injected fault " + fault.fault().name() + " leaves the queue in a state the driver cannot recover from";
            }
        }

        boolean isPending(int id) {
            for (int i = 0; i < pendingCount; i++) {
                if (pending[i] == id) {
                    return true;
                }
            }
            return false;
        }
    }
}
