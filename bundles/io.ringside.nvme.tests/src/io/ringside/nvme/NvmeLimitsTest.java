package io.ringside.nvme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.EngineLimitException;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.QueueInfo;

/** The bound on the memory a trace can make the NVMe engine allocate for its queues. */
class NvmeLimitsTest {

    @Test
    void queuesCreatedByAdminCommandsStopAtTheLimitWithAClearError() {
        NvmeFixture f = NvmeFixture.adminSetup(256);
        int slot = 0;
        int cid = 100;
        int created = 0;
        try {
            for (int qid = 2; qid < 200; qid++) { // 64 Ki-entry CQ and SQ pairs: about 1 MiB each
                f.adminSqe(slot, cid, Nvme.ADMIN_CREATE_CQ, 0x400000L * qid, 0, qid | (65535L << 16), 1 | ((long) qid << 16));
                f.sqDb(0, slot + 1).fetchEv(0, slot, cid).cqeEv(0, slot, cid, 0, slot + 1, 0).consumeEv(0, slot, cid).cqDb(0, slot + 1);
                slot++;
                cid++;
                f.adminSqe(slot, cid, Nvme.ADMIN_CREATE_SQ, 0x400000L * qid + 0x200000, 0, qid | (65535L << 16), 1 | ((long) qid << 16));
                f.sqDb(0, slot + 1).fetchEv(0, slot, cid).cqeEv(0, slot, cid, 0, slot + 1, 0).consumeEv(0, slot, cid).cqDb(0, slot + 1);
                slot++;
                cid++;
                created++;
            }
            fail("200 queue pairs of 64 Ki entries were accepted: " + f.engine.stateBytes() + " bytes");
        } catch (EngineLimitException e) {
            assertTrue(e.getMessage().contains("entries would bring its queues to")
                    && e.getMessage().contains("more than Ringside replays (32 MiB; -Dringside.nvme.maxQueueMiB raises it)"),
                    e.getMessage());
        }
        assertTrue(created > 10, "only " + created + " pairs before the limit");
        assertTrue(f.engine.stateBytes() <= NvmeEngine.MAX_QUEUE_BYTES, f.engine.stateBytes() + " bytes");
        assertEquals(65536, f.engine.cq(2).size(), "queues below the limit were created");
    }

    @Test
    void aHeaderDeclaringHugeQueuesIsRefusedBeforeAllocating() {
        List<QueueInfo> qs = new ArrayList<>();
        for (int y = 0; y <= 4096; y++) { // 4 GiB if allocated
            qs.add(new QueueInfo(y, Nvme.LAYOUT, 65536, Map.of()));
        }
        DeviceInfo d = new DeviceInfo(0, Nvme.DEVICE_TYPE, "nvme0", 0, new LinkedHashMap<>(), Map.of(), qs);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NvmeEngine(d, CheckOptions.DEFAULT));
        assertTrue(e.getMessage().contains("4097 queues would hold more than Ringside replays (32 MiB"), e.getMessage());
    }

    @Test
    void stateBytesGrowWithTheQueues() {
        NvmeFixture small = NvmeFixture.adminSetup(8);
        NvmeFixture large = NvmeFixture.adminSetup(4096);
        assertTrue(large.engine.stateBytes() - small.engine.stateBytes() >= 2 * (4096 - 8) * 7L,
                small.engine.stateBytes() + " vs " + large.engine.stateBytes());
        assertEquals(large.engine.stateBytes(), large.engine.copy().stateBytes());
    }
}
