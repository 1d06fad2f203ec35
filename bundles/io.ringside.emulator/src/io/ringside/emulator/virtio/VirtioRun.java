package io.ringside.emulator.virtio;

import java.io.IOException;
import java.util.SplittableRandom;

import io.ringside.core.engine.NeedEvent;
import io.ringside.core.memory.GuestMemory;
import io.ringside.core.trace.CoreEvent;
import io.ringside.core.trace.EventSink;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.util.ProgressMonitor;
import io.ringside.emulator.DeviceEmulator.Result;
import io.ringside.emulator.Workload;
import io.ringside.virtio.Chain;
import io.ringside.virtio.ChainException;
import io.ringside.virtio.PackedDevice;
import io.ringside.virtio.PackedDriver;
import io.ringside.virtio.RingEmitter;
import io.ringside.virtio.RingLayout;
import io.ringside.virtio.SplitDevice;
import io.ringside.virtio.SplitDriver;
import io.ringside.virtio.VirtqueueDevice;
import io.ringside.virtio.VirtqueueDriver;

/**
 * One run of the {@link VirtioEmulator}: all state of the driver, the device and the workload, and the loop
 * that moves them.
 */
final class VirtioRun {
    final Workload w;
    final Workload.Virtio v;
    final VirtioFault fault;
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

    VirtioRun(Workload w, VirtioFault fault, EventSink sink, ProgressMonitor mon) {
        this.w = w;
        this.v = w.virtio();
        this.fault = fault;
        this.sink = sink;
        this.mon = mon;
        this.rnd = new SplittableRandom(w.seed());
        this.n = v.queueSize();
        this.em = new RingEmitter(sink, 0, 0, () -> now);
        long features = VirtioEmulator.features(v);
        RingLayout l = VirtioEmulator.layout(v);
        long pool = GuestMemory.align(l.end(), 4096);
        if (v.packed()) {
            driver = new PackedDriver(mem, l, features, NeedEvent.LINUX, em, pool, VirtioEmulator.MAX_INDIRECT);
            device = new PackedDevice(mem, l, features, NeedEvent.LINUX, em);
        } else {
            driver = new SplitDriver(mem, l, features, NeedEvent.LINUX, em, pool, VirtioEmulator.MAX_INDIRECT);
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
        long hdr = VirtioEmulator.HDR_BASE + 16L * tag;
        long st = VirtioEmulator.STATUS_BASE + tag;
        long data = VirtioEmulator.DATA_BASE + stride * tag;
        mem.write32(hdr, read ? VirtioEmulator.VIRTIO_BLK_T_IN : VirtioEmulator.VIRTIO_BLK_T_OUT);
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
        boolean read = mem.read32(hdr) == VirtioEmulator.VIRTIO_BLK_T_IN;
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
