package io.ringside.qemu.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import io.ringside.core.trace.TraceEvent;
import io.ringside.qemu.OpEvent;
import io.ringside.qemu.QemuLogSource;

/**
 * The host side of {@code GuestMatch}: the NVMe commands a QEMU log shows the controller fetching
 * ({@code pci_nvme_admin_cmd}, {@code pci_nvme_io_cmd}) and completing, in fetch order, grouped by
 * controller epoch (enable to reset); and the virtio buffers popped and filled, for logs with no NVMe.
 */
public final class HostCommands {

    /** Commands in fetch order: started = fetched, ended = completion posted; key sqid << 16 | cid. */
    public final NvmeCommands cmds = new NvmeCommands();
    /** Epochs that have commands. */
    private int epochs;
    private int[] epochNo = new int[16]; // 0 before the log's first enable, then 1, 2, ...
    private long[] epochStart = new long[16];
    private int[] epochFirst = new int[16]; // first command index

    private long pops;
    private long fills;
    private long lastNs = -1;

    private HostCommands() {
    }

    /** Reads the QEMU log's commands. */
    public static HostCommands read(Path log, boolean lenient) throws IOException {
        HostCommands h = new HostCommands();
        h.readLog(log, lenient);
        return h;
    }

    private void readLog(Path log, boolean lenient) throws IOException {
        // (cq, cid) -> command fetched from an SQ of that CQ, not completed. The completion event names the CQ,
        // not the SQ: with several SQs on one CQ (Linux has one each) the later of two equal cids is taken
        Map<Integer, Integer> open = new HashMap<>();
        Map<Integer, Integer> sqToCq = new HashMap<>();
        int epoch = 0;
        long epochBegin = -1;
        try (QemuLogSource src = QemuLogSource.open(log, lenient)) {
            TraceEvent e = new TraceEvent();
            while (src.next(e)) {
                if (epochBegin < 0) {
                    epochBegin = e.time();
                }
                lastNs = e.time();
                if (!(e.type() instanceof OpEvent op)) {
                    continue;
                }
                switch (op) {
                case NVME_ENABLE -> {
                    epoch++;
                    epochBegin = e.time();
                    open.clear();
                }
                case NVME_DISABLE -> open.clear();
                case NVME_CREATE_SQ -> sqToCq.put(e.queue() & 0xffff, (int) e.get(1, e.queue()) & 0xffff);
                case NVME_COMMAND -> {
                    if (cmds.full()) {
                        throw NvmeCommands.tooMany(log.toString(), e.line(), e.offset());
                    }
                    if (epochs == 0 || epochNo[epochs - 1] != epoch) {
                        addEpoch(epoch, epochBegin);
                    }
                    int sq = e.queue() & 0xffff;
                    int cid = (int) (e.get(0) & 0xffff);
                    int h = cmds.add(sq << 16 | cid, (int) e.get(1), e.time());
                    open.put(sqToCq.getOrDefault(sq, sq) << 16 | cid, h); // SQ 0 is the admin queue, on CQ 0
                }
                case NVME_COMPLETION -> {
                    Integer h = open.remove((e.queue() & 0xffff) << 16 | (int) (e.get(0) & 0xffff));
                    if (h != null) {
                        cmds.complete(h, e.time(), (int) e.get(1, -1));
                    }
                }
                case POP -> pops++;
                case FILL -> fills++;
                default -> {
                }
                }
            }
        }
    }

    private void addEpoch(int no, long start) {
        if (epochs == epochNo.length) {
            epochNo = Arrays.copyOf(epochNo, epochs * 2);
            epochStart = Arrays.copyOf(epochStart, epochs * 2);
            epochFirst = Arrays.copyOf(epochFirst, epochs * 2);
        }
        epochNo[epochs] = no;
        epochStart[epochs] = start;
        epochFirst[epochs] = cmds.n;
        epochs++;
    }

    /** Epochs that have commands, indexed from 0 in the methods below. */
    public int epochs() {
        return epochs;
    }

    /** The controller epoch's number (0 before the log's first enable, then 1, 2, ...). */
    public int epochNo(int ep) {
        return epochNo[ep];
    }

    /** When the epoch began (host clock, ns). */
    public long epochStart(int ep) {
        return epochStart[ep];
    }

    /** The epoch's first command. */
    public int epochFirst(int ep) {
        return epochFirst[ep];
    }

    /** After the epoch's last command. */
    public int epochEnd(int ep) {
        return ep + 1 < epochs ? epochFirst[ep + 1] : cmds.n;
    }

    /**
     * The epoch of command {@code h}: the last that begins at or before it (epochs are added with their
     * first command, so their firsts increase strictly).
     */
    public int epochOf(int h) {
        int ep = Arrays.binarySearch(epochFirst, 0, epochs, h);
        return ep >= 0 ? ep : -ep - 2;
    }

    /** virtio buffers popped (virtqueue_pop). */
    public long pops() {
        return pops;
    }

    /** virtio buffers filled (virtqueue_fill). */
    public long fills() {
        return fills;
    }

    /** The time of the log's last event (-1: none). */
    public long lastNs() {
        return lastNs;
    }
}
