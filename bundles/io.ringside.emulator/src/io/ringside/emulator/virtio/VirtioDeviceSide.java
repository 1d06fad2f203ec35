package io.ringside.emulator.virtio;

import java.io.IOException;

import io.ringside.virtio.Chain;
import io.ringside.virtio.ChainException;
import io.ringside.virtio.SplitDevice;

/**
 * The device's side of a {@link VirtioRun} (a virtio-blk backend): it fetches the available requests,
 * decodes them, serves and uses them in rounds (in order, or picked at random), publishes, and decides on
 * the interrupt; the device's faults are planted on the way.
 */
final class VirtioDeviceSide {

    private final VirtioRun r;
    private final Chain fetched = new Chain(8);
    /** Buffer ids fetched and not used yet, in the order they will be used. */
    private final int[] pending;
    private int pendingCount;
    private final long[] idDataAddr;
    private final long[] idDataLen;
    private final long[] idStatusAddr;
    private final long[] idHdrAddr;
    private final boolean[] idRead;

    VirtioDeviceSide(VirtioRun r) {
        this.r = r;
        pending = new int[r.n];
        idDataAddr = new long[r.n];
        idDataLen = new long[r.n];
        idStatusAddr = new long[r.n];
        idHdrAddr = new long[r.n];
        idRead = new boolean[r.n];
    }

    boolean deviceTurn() throws IOException {
        boolean progress = false;
        r.now += 2000;
        r.device.disableNotifications();
        int id;
        try {
            while ((id = r.device.pop(fetched)) >= 0) {
                decode(id);
                pending[pendingCount++] = id;
                progress = true;
            }
        } catch (ChainException e) {
            r.stopReason = "the device stopped: " + e.getMessage();
            return true;
        }
        int rounds = 1 + r.rnd.nextInt(2);
        boolean inOrder = r.v.inOrder() || !r.w.randomCompletion();
        for (int round = 0; round < rounds && pendingCount > 0 && r.stopReason == null; round++) {
            int c = 1 + r.rnd.nextInt(pendingCount);
            if (r.fault != null && r.armed && !r.planted && r.fault.concurrency() && pendingCount >= 3) {
                c = 2; // two buffers used together, at least one still held
            }
            if (!inOrder) {
                for (int q = 0; q < c; q++) { // pick c at random into the front
                    int j = q + r.rnd.nextInt(pendingCount - q);
                    int t = pending[q];
                    pending[q] = pending[j];
                    pending[j] = t;
                }
            }
            complete(c);
            r.now += 1000 + r.rnd.nextInt(4000);
            progress = true;
        }
        if (pendingCount == 0 && r.stopReason == null) {
            r.device.enableNotifications();
            if (!r.device.hasAvailable()) {
                r.devActive = false;
            }
        }
        return progress;
    }

    private void decode(int id) {
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
        boolean read = r.mem.read32(hdr) == VirtioEmulator.VIRTIO_BLK_T_IN;
        idHdrAddr[id] = hdr;
        idRead[id] = read;
        idStatusAddr[id] = statusEl < 0 ? 0 : fetched.addr(statusEl) + fetched.len(statusEl) - 1;
        idDataAddr[id] = dataEl < 0 ? 0 : fetched.addr(dataEl);
        idDataLen[id] = dataEl < 0 ? 0 : fetched.len(dataEl);
    }

    private long serve(int id) throws IOException {
        long written = 1;
        if (idRead[id] && idDataLen[id] > 0) {
            r.device.writeData(id, idDataAddr[id], idDataLen[id]);
            written += idDataLen[id];
        }
        if (r.is("vq-write-readonly")) {
            r.plant("device writes into the request header");
            r.device.writeData(id, idHdrAddr[id], 16);
        }
        r.device.writeData(id, idStatusAddr[id], 1);
        if (r.is("vq-len-overflow")) {
            r.plant("used length larger than the writable bytes");
            written += 4096;
        }
        return written;
    }

    private void complete(int c) throws IOException {
        if (r.v.inOrder()) {
            if (c >= 2 && r.is("vq-in-order")) {
                r.plant("buffer " + pending[1] + " used before " + pending[0] + ", each published on its own");
                int b1 = pending[0];
                int b2 = pending[1];
                long l1 = serve(b1);
                long l2 = serve(b2);
                r.device.use(b2, l2, 1);
                r.device.flush();
                r.device.use(b1, l1, 1);
                r.device.flush();
                long last = 0;
                for (int q = 2; q < c; q++) {
                    last = serve(pending[q]);
                }
                if (c > 2) {
                    r.device.use(pending[c - 1], last, c - 2);
                }
            } else {
                long last = 0;
                for (int q = 0; q < c; q++) {
                    last = serve(pending[q]);
                }
                r.device.use(pending[c - 1], last, c);
            }
        } else {
            for (int q = 0; q < c; q++) {
                r.device.use(pending[q], serve(pending[q]), 1);
            }
        }
        int lastId = pending[c - 1];
        for (int q = 0; q < c; q++) {
            r.driverSide.idOut[pending[q]] = false;
        }
        System.arraycopy(pending, c, pending, 0, pendingCount - c);
        pendingCount -= c;
        boolean terminal = false;
        if (pendingCount > 0 && !r.v.packed() && r.is("vq-double-use")) {
            r.plant("head " + lastId + " returned a second time");
            r.device.use(lastId, 1, 1);
            terminal = true;
        } else if (pendingCount > 0 && !r.v.packed() && r.is("vq-invented-id")) {
            int bogus = -1;
            for (int i = r.n - 1; i >= 0; i--) {
                if (!r.driverSide.idOut[i] && !isPending(i)) {
                    bogus = i;
                    break;
                }
            }
            if (bogus >= 0) {
                r.plant("used id " + bogus + " was never made available");
                r.device.use(bogus, 1, 1);
                terminal = true;
            }
        } else if (pendingCount > 0 && r.v.packed() && r.is("vq-packed-double-use")) {
            r.plant("buffer id " + lastId + " used a second time");
            r.device.use(lastId, 1, 1);
            terminal = true;
        }
        r.device.flush();
        if (!r.v.packed() && r.is("vq-used-overrun")) {
            r.plant("used.idx written past avail.idx, then corrected");
            ((SplitDevice) r.device).faultUsedIdxOverrun();
        }
        boolean skip = r.is("vq-missed-interrupt") && r.device.notificationNeeded();
        if (skip) {
            r.plant("irq_skip although an interrupt is needed");
        }
        if (r.device.notifyDriver(skip)) {
            r.irqPending = true;
        }
        if (terminal) {
            r.stopReason = "the injected fault " + r.fault.fault().name() + " leaves the queue in a state the driver cannot recover from";
        }
    }

    private boolean isPending(int id) {
        for (int i = 0; i < pendingCount; i++) {
            if (pending[i] == id) {
                return true;
            }
        }
        return false;
    }
}
