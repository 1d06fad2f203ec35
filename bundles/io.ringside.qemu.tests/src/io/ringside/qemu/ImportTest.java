package io.ringside.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.Extensions;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.OpenOptions;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceFormat;
import io.ringside.core.trace.TraceFormatException;
import io.ringside.core.trace.TraceLevel;
import io.ringside.core.trace.TraceReader;

class ImportTest {

    @Test
    void importWritesAnOperationLevelTraceThatReplaysTheSame(@TempDir Path dir) throws IOException {
        Path log = RepoFiles.sample("d_nvme_smp1.trace.log.xz");
        Path out = dir.resolve("d.rstrace");
        QemuImport.Result r = QemuImport.run(log, out, false, null);
        assertEquals(47183, r.lines());
        assertEquals(TraceLevel.OPERATION, r.header().level());
        assertEquals("nvme", r.header().devices().get(0).type());
        assertEquals(2, r.header().devices().get(0).queues().size(), "admin queue and I/O queue 1 in the header");
        assertEquals("47183", r.header().meta().get("qemu.events"));
        RealTraceTest.Run direct = RealTraceTest.replay(log);
        try (TraceReader tr = TraceReader.open(out, RealTraceTest.MODELS.registry())) {
            Replay rp = RealTraceTest.MODELS.replay(tr.header(), CheckOptions.DEFAULT);
            Replay.Collector col = new Replay.Collector(5);
            TraceEvent e = new TraceEvent();
            long n = 0;
            while (tr.next(e)) {
                rp.apply(e, col);
                n++;
            }
            assertEquals(r.events(), n);
            assertEquals(direct.ops(), n);
            assertEquals(0, col.count());
            assertEquals(direct.replay().engines().get(0).queueStats(), rp.engines().get(0).queueStats());
        }
    }

    @Test
    void probeRecognisesQemuLogsByContent(@TempDir Path dir) throws IOException {
        QemuLogFormat f = new QemuLogFormat();
        assertTrue(f.probe(dir.resolve("x"), "noise\n12@1.000001:virtqueue_pop vq 0x1 elem 0x2 in_num 1 out_num 1\n".getBytes()));
        assertTrue(f.probe(dir.resolve("x"), "pci_nvme_mmio_doorbell_sq sqid 1 new_tail 3\n".getBytes()));
        assertFalse(f.probe(dir.resolve("x"), "{\"format\":\"ringside-trace\"}\n".getBytes()));
        assertFalse(f.probe(dir.resolve("x"), "hello world\n".getBytes()));
    }

    /**
     * The format and the two operation-level models are registered once, in this bundle's
     * META-INF/services, and found through the registry (in OSGi through SPI Fly): a real xz log is
     * probed as a QEMU log and replays with the operation-level models.
     */
    @Test
    void theRegistryFindsTheFormatAndModelsOfThisBundle() throws IOException {
        List<String> models = Extensions.deviceModels().stream().map(m -> m.name()).toList();
        assertTrue(models.containsAll(List.of("nvme-op", "virtio-op")), models.toString());
        assertEquals(List.of("rstrace", "qemu-log"), Extensions.traceFormats().stream().map(TraceFormat::name).toList());
        Path log = RepoFiles.sample("d_nvme_smp1.trace.log.xz");
        assertEquals("qemu-log", Extensions.probe(log).name());
        DeviceModels dm = Extensions.models();
        try (EventSource src = Extensions.open(log, dm, OpenOptions.DEFAULT)) {
            Replay rp = dm.replay(src.header(), CheckOptions.DEFAULT);
            assertEquals("nvme", src.header().devices().get(0).type());
            assertTrue(rp.engines().get(0) instanceof OpNvmeEngine);
        }
    }

    @Test
    void aFileWithoutEventsIsNotAQemuLog(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("text.log");
        Files.writeString(p, "just\nsome text\n");
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> QemuLogSource.open(p, false));
        assertTrue(e.getMessage().contains("not a QEMU trace log"), e.getMessage());
    }

    @Test
    void failedImportLeavesNoFile(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("bad.log");
        Files.writeString(p, "1@1.000001:virtio_set_status vdev 0x1 val 0\n1@1.000002:virtqueue_flush vq 0x1 count x\n");
        Path out = dir.resolve("bad.rstrace");
        assertThrows(TraceFormatException.class, () -> QemuImport.run(p, out, false, null));
        assertFalse(Files.exists(out));
        QemuImport.Result r = QemuImport.run(p, out, true, null);
        assertEquals(1, r.skippedBadLines());
        assertTrue(Files.exists(out));
        assertTrue(r.warnings().get(0).contains("--lenient skipped 1"), r.warnings().toString());
    }

    @Test
    void queueWithoutLoggedNumberAndNoDevice(@TempDir Path dir) throws IOException {
        // an ioeventfd-style log: no virtio_queue_notify, so no queue number and no vdev
        Path p = dir.resolve("nonotify.log");
        Files.writeString(p, String.join("\n", List.of(
                "1@1.000001:virtqueue_pop vq 0x7f10 elem 0x55a0 in_num 1 out_num 1",
                "1@1.000002:virtqueue_fill vq 0x7f10 elem 0x55a0 len 1 idx 0",
                "1@1.000003:virtqueue_flush vq 0x7f10 count 1")) + "\n");
        RealTraceTest.Run run = RealTraceTest.replay(p);
        assertEquals("virtio", run.source().header().devices().get(0).type());
        assertEquals(0L, run.source().header().devices().get(0).queues().get(0).prop("indexKnown", -1));
        assertEquals(1L, run.replay().engines().get(0).queueStats().get(0).get("lastAvailIdx"));
    }
}
