package io.ringside.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ringside.core.engine.EngineLimitException;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceFormatException;
import io.ringside.qemu.internal.Translator;

/**
 * Numbers a QEMU log cannot hold (a field beyond its C type's range, negative where unsigned), a log cut
 * inside a line, and logs that ask for more NVMe queues than Ringside replays: one error naming file, line
 * and field from both readers alike; {@code --lenient} skips and counts the bad lines.
 */
class QemuLimitsTest {

    @TempDir
    Path dir;

    /** The error of both readers (they must agree), strict. */
    private TraceFormatException error(String text) throws IOException {
        Path p = dir.resolve("bad.log");
        Files.writeString(p, text);
        TraceFormatException s = assertThrows(TraceFormatException.class, () -> QemuLogSource.openStreaming(p, false));
        TraceFormatException f = assertThrows(TraceFormatException.class, () -> QemuLogSource.open(p, false, 1024, 0, 2));
        assertEquals(s.getMessage(), f.getMessage());
        assertEquals(s.line(), f.line());
        assertEquals(s.offset(), f.offset());
        return s;
    }

    private static final String START = "virtio_set_status vdev 0x1 val 0\n";

    @Test
    void numbersBeyondTheirTypesRangeNameFileLineAndField() throws IOException {
        String[][] cases = {
                {"virtqueue_fill vq 0x1 elem 0x2 len 18446744073709551616 idx 0", "field 'len' = 18446744073709551616 is out of the range of its type, uint32 (0 to 4294967295)"},
                {"virtqueue_fill vq 0x1 elem 0x2 len -1 idx 0", "field 'len' = -1 is out of the range of its type, uint32"},
                {"virtqueue_fill vq 0x1 elem 0x2 len 4294967296 idx 0", "field 'len' = 4294967296 is out of the range"},
                {"virtqueue_pop vq 0x1 elem 0x2 in_num 99999999999999999999 out_num 1", "field 'in_num' = 99999999999999999999"},
                {"pci_nvme_create_cq create completion queue, addr=0x1ffdc000, cqid=1, vector=0, qsize=4294967295, qflags=1, ien=0",
                        "QEMU event pci_nvme_create_cq: field 'qsize' = 4294967295 is out of the range of its type, uint16 (0 to 65535)"},
                {"pci_nvme_admin_cmd cid 65536 sqid 0 opc 0x6 opname 'NVME_ADM_CMD_IDENTIFY'", "field 'cid' = 65536"},
                {"pci_nvme_admin_cmd cid 1 sqid 0 opc 0x106 opname 'NVME_ADM_CMD_IDENTIFY'", "field 'opc' = 0x106 is out of the range of its type, uint8 (0 to 0xff)"},
                {"virtio_set_status vdev 0x1 val 256", "field 'val' = 256 is out of the range of its type, uint8"},
                {"virtio_queue_notify vdev 0x1 n 2147483648 vq 0x2", "field 'n' = 2147483648 is out of the range of its type, int32 (-2147483648 to 2147483647)"},
                {"pci_nvme_mmio_doorbell_sq sqid 1 new_tail -5", "field 'new_tail' = -5"},
                {"virtqueue_fill vq 0x10000000000000000 elem 0x2 len 1 idx 0", "field 'vq' = 0x10000000000000000 is out of the range of its type, a pointer"},
        };
        for (String[] c : cases) {
            TraceFormatException e = error(START + c[0] + "\n" + START);
            assertEquals(2, e.line(), c[0]);
            assertTrue(e.getMessage().contains(c[1]), c[0] + ": " + e.getMessage());
            assertTrue(e.getMessage().contains("(--lenient skips such lines)"), e.getMessage());
            Path p = dir.resolve("lenient.log");
            Files.writeString(p, START + c[0] + "\n" + START);
            for (QemuLogSource src : List.of(QemuLogSource.openStreaming(p, true), QemuLogSource.open(p, true))) {
                try (src) {
                    assertEquals(1, src.skippedBadLines(), c[0]);
                    assertEquals(2, src.qemuEvents());
                }
            }
        }
        // the edges of the ranges are numbers QEMU prints
        Path ok = dir.resolve("ok.log");
        Files.writeString(ok, START + "virtqueue_fill vq 0xffffffffffffffff elem 0x2 len 4294967295 idx 0\n"
                + "virtio_queue_notify vdev 0x1 n -2147483648 vq 0x2\n"
                + "pci_nvme_block_status offset -9223372036854775808 bytes 9223372036854775807 pnum 0 ret 0x0 zeroed 0\n"
                + "pci_nvme_map_addr addr 0xffffffffffffffff len 18446744073709551615\n");
        try (QemuLogSource src = QemuLogSource.openStreaming(ok, false)) {
            assertEquals(5, src.qemuEvents());
        }
        try (QemuLogSource src = QemuLogSource.open(ok, false)) {
            assertEquals(5, src.qemuEvents());
        }
    }

    @Test
    void aLogCutInsideALineSaysSo() throws IOException {
        for (String cut : new String[] {"virtqueue_fi", "virt", "2026-12-05T23:55:41.169785Z virtqueue_fi",
                "virtqueue_fill vq 0x1 elem 0x2 len 1", "pci_nvme_io_cmd cid 1 nsid 0x1 sqid 1 opc 0x2 opname 'NVME_NV"}) {
            String text = (cut.startsWith("2026") ? "2026-12-05T23:55:41.169784Z " : "") + START + cut;
            TraceFormatException e = error(text);
            assertEquals(2, e.line(), cut);
            assertTrue(e.getMessage().contains("the log ends inside this line (no newline after it): a trace event cut short"),
                    e.getMessage());
        }
        // with its newline the same line is an unknown event name (a later QEMU's), counted
        Path p = dir.resolve("ends.log");
        Files.writeString(p, START + "virtqueue_fi\n");
        try (QemuLogSource src = QemuLogSource.open(p, false)) {
            assertEquals(Map.of("virtqueue_fi", 1L), src.unmodelledByName());
        }
        // a complete event without its newline is read (QEMU might have been stopped after it)
        Files.writeString(p, START + "virtqueue_flush vq 0x1 count 1");
        try (QemuLogSource src = QemuLogSource.open(p, false)) {
            assertEquals(2, src.qemuEvents());
        }
    }

    @Test
    void thousandsOfNvmeQueuesAreRefusedBeforeTheyFillTheMemory() throws IOException {
        // 65,534 create lines: the importer lists at most TraceReader.MAX_QUEUES queue ids
        StringBuilder sb = new StringBuilder("12@1795246799.000001:pci_nvme_mmio_start_success setting controller enable bit succeeded\n");
        for (int q = 1; q <= 32767; q++) {
            sb.append("12@1795246799.000002:pci_nvme_create_cq create completion queue, addr=0x1000, cqid=").append(q)
                    .append(", vector=0, qsize=1023, qflags=1, ien=1\n");
            sb.append("12@1795246799.000003:pci_nvme_create_sq create submission queue, addr=0x2000, sqid=").append(q)
                    .append(", cqid=").append(q).append(", qsize=1023, qflags=1\n");
        }
        TraceFormatException e = error(sb.toString());
        assertEquals(1 + 2 * Translator.MAX_NVME_QUEUES + 1, e.line(), "the create line of queue id " + (Translator.MAX_NVME_QUEUES + 1));
        assertTrue(e.getMessage().contains("too large for the importer: more than 4096 NVMe completion queue ids created"),
                e.getMessage());
    }

    @Test
    void theEngineKeepsItsQueueStateWithinItsBudget() {
        // an operation-level trace of any producer: queues created by events, not by a QEMU log's lines
        OpNvmeEngine en = new OpNvmeEngine(new DeviceInfo(0, "nvme", "nvme", 0, Map.of(), Map.of(), List.of()));
        TraceEvent e = new TraceEvent();
        e.reset(OpEvent.NVME_ENABLE).device(0).set(0, 64).set(1, 64);
        en.apply(e, v -> { });
        int created = 0;
        EngineLimitException x = null;
        try {
            for (int q = 1; q <= OpNvmeEngine.MAX_QID; q++) {
                e.reset(OpEvent.NVME_CREATE_CQ).device(0).queue(q).set(0, 1024).set(1, 0);
                en.apply(e, v -> { });
                e.reset(OpEvent.NVME_CREATE_SQ).device(0).queue(q).set(0, 1024).set(1, q);
                en.apply(e, v -> { });
                created++;
            }
        } catch (EngineLimitException ex) {
            x = ex;
        }
        assertTrue(x != null && x.getMessage().contains("beyond what Ringside replays (32 MiB; -Dringside.nvme.maxQueueMiB raises it)"),
                String.valueOf(x));
        assertTrue(created > 10_000, created + " queue pairs before the budget");
        assertTrue(en.stateBytes() <= OpNvmeEngine.MAX_STATE_BYTES, en.stateBytes() + " bytes");
        assertTrue(en.copy().stateEquals(en));
    }
}
