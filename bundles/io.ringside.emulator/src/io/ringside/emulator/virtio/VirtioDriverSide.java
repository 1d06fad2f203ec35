package io.ringside.emulator.virtio;

import java.io.IOException;

import io.ringside.core.memory.GuestMemory;
import io.ringside.virtio.Chain;
import io.ringside.virtio.PackedDriver;
import io.ringside.virtio.SplitDriver;

/**
 * The guest's side of a {@link VirtioRun}: virtio-blk requests by tag (blk-mq style) built into chains and
 * added to the driver, the driver's faults planted on the way, and the reclaiming of used buffers.
 */
final class VirtioDriverSide {

    private final VirtioRun r;
    private final Chain chain = new Chain(8);
    private final long stride;
    final int elementsPerRequest = 3;

    // requests by tag
    private final int[] freeTags;
    int freeTagCount;
    private final int[] idToTag;
    /** Buffer ids added and not used yet. */
    final boolean[] idOut;
    private final boolean[] tagRead;
    private final long[] tagSize;

    VirtioDriverSide(VirtioRun r) {
        this.r = r;
        stride = GuestMemory.align(r.w.maxSize(), 4096);
        int tags = Math.max(1, Math.min(r.w.queueDepth(), r.n));
        freeTags = new int[tags];
        for (int i = 0; i < tags; i++) {
            freeTags[i] = tags - 1 - i;
        }
        freeTagCount = tags;
        tagRead = new boolean[tags];
        tagSize = new long[tags];
        idToTag = new int[r.n];
        idOut = new boolean[r.n];
    }

    void submit() throws IOException {
        int tag = freeTags[--freeTagCount];
        boolean read = r.rnd.nextInt(100) < r.w.readPercent();
        long size = r.w.sizes().size() == 1 ? r.w.sizes().get(0) : r.w.sizes().get(r.rnd.nextInt(r.w.sizes().size()));
        tagRead[tag] = read;
        tagSize[tag] = size;
        long hdr = VirtioEmulator.HDR_BASE + 16L * tag;
        long st = VirtioEmulator.STATUS_BASE + tag;
        long data = VirtioEmulator.DATA_BASE + stride * tag;
        r.mem.write32(hdr, read ? VirtioEmulator.VIRTIO_BLK_T_IN : VirtioEmulator.VIRTIO_BLK_T_OUT);
        r.mem.write64(hdr + 8, (r.submitted * 8) & 0xffffffffL);
        chain.clear();
        if (r.is("vq-write-before-read")) {
            r.plant("status (writable) placed before the header (readable)");
            chain.add(st, 1, true).add(hdr, 16, false).add(data, size, read);
        } else {
            chain.add(hdr, 16, false).add(data, size, read).add(st, 1, true);
        }
        if (r.v.packed()) {
            PackedDriver pd = (PackedDriver) r.driver;
            if (r.is("vq-packed-wrap")) {
                r.plant("last descriptor of the next chain written with the wrong wrap counter");
                pd.faultTailWrap();
            } else if (r.is("vq-packed-head-first")) {
                r.plant("head descriptor made available before the rest of its chain");
                pd.faultHeadFirst();
            } else if (r.is("vq-nested-indirect")) {
                r.plant("INDIRECT set in the first entry of an indirect table");
                pd.faultNestedIndirectNext();
            }
        } else {
            SplitDriver sd = (SplitDriver) r.driver;
            if (r.is("vq-chain-loop")) {
                r.plant("the last descriptor of the next chain points back to its head");
                sd.faultLoopNextChain();
            } else if (r.is("vq-nested-indirect")) {
                r.plant("INDIRECT set in the first entry of an indirect table");
                sd.faultNestedIndirectNext();
            } else if (r.is("vq-indirect-unnegotiated")) {
                r.plant("indirect table used without VIRTIO_RING_F_INDIRECT_DESC");
                sd.faultIndirectWithoutFeature();
            } else if (r.is("vq-in-order-driver")) {
                r.plant("one descriptor skipped instead of taking the next in ring order");
                sd.faultSkipDescriptors(1);
            }
        }
        int id = r.driver.add(chain, tag);
        idToTag[id] = tag;
        idOut[id] = true;
        r.submitted++;
        r.now += 200;
    }

    void afterPublishFaults() throws IOException {
        if (r.v.packed()) {
            if (r.is("vq-packed-event-flags")) {
                r.plant("driver event suppression flags set to DESC without EVENT_IDX");
                ((PackedDriver) r.driver).faultEventFlags();
            }
        } else if (r.is("vq-avail-backwards")) {
            r.plant("avail.idx written one lower, then corrected");
            ((SplitDriver) r.driver).faultAvailIdxBackwards();
        } else if (r.is("vq-bad-flags")) {
            r.plant("avail.flags = NO_INTERRUPT with EVENT_IDX");
            ((SplitDriver) r.driver).faultAvailFlags();
        }
    }

    void reclaim() throws IOException {
        r.driver.reclaim((tag, len) -> {
            freeTags[freeTagCount++] = tag;
            r.completed++;
        });
        r.driver.enableInterrupts();
    }
}
