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
import io.ringside.virtio.PackedDevice;
import io.ringside.virtio.PackedDriver;
import io.ringside.virtio.RingEmitter;
import io.ringside.virtio.RingLayout;
import io.ringside.virtio.SplitDevice;
import io.ringside.virtio.SplitDriver;
import io.ringside.virtio.VirtqueueDevice;
import io.ringside.virtio.VirtqueueDriver;

/**
 * One run of the {@link VirtioEmulator}: the workload, the clock, the fault to plant, and the loop that
 * moves the guest's side ({@link VirtioDriverSide}: requests into the driver, reclaiming) and the device's
 * ({@link VirtioDeviceSide}: fetching, serving and using requests, interrupting).
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
    final VirtioDriverSide driverSide;
    final VirtioDeviceSide deviceSide;
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
        driverSide = new VirtioDriverSide(this);
        deviceSide = new VirtioDeviceSide(this);
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
            driverSide.reclaim();
            irqPending = false;
            progress = true;
        }
        int added = 0;
        int need = driver.descriptorsFor(driverSide.elementsPerRequest);
        while (added < w.batch() && submitted < w.requests() && driverSide.freeTagCount > 0
                && driver.numFree() >= need + (is("vq-in-order-driver") ? 1 : 0)) {
            driverSide.submit();
            added++;
        }
        if (added > 0) {
            driver.publish();
            now += 50;
            driverSide.afterPublishFaults();
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
            progress |= deviceSide.deviceTurn();
        }
        if (!progress && stopReason == null) {
            if (!devActive && device.hasAvailable()) {
                now += 100_000; // the driver times out and notifies again
                driver.forceKick();
                devActive = true;
            } else if (driver.hasUsed()) {
                now += 100_000; // the driver times out and polls the used ring
                driverSide.reclaim();
            } else {
                stopReason = "no progress: the driver and the device are both waiting (" + driver.outstanding()
                        + " request(s) outstanding)";
            }
        }
    }
}
