package io.ringside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on real QEMU logs: opened as they are by check/stats/show, and converted by import. */
class QemuCliTest {

    @TempDir
    Path dir;

    static Path repo() {
        String p = System.getProperty("ringside.repo");
        if (p != null) {
            return Path.of(p);
        }
        Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (d != null && !(Files.isDirectory(d.resolve("bundles")) && Files.exists(d.resolve(".gitignore")))) {
            d = d.getParent();
        }
        return d;
    }

    static Path log(String name) {
        return repo().resolve("samples/traces/qemu").resolve(name);
    }

    @Test
    void checkOpensCompressedLogsDirectly() {
        for (String name : new String[] { "a_virtio-blk_split.trace.log.xz", "b_virtio-blk_packed.trace.log.xz",
                "d_nvme_smp1.trace.log.xz" }) {
            MainTest.Run r = MainTest.run("check", log(name).toString());
            assertEquals(0, r.rc(), name + ": real QEMU with Linux checks clean\n" + r.out() + r.err());
            assertTrue(r.out().contains("no violations"), r.out());
        }
    }

    @Test
    void statsRebuildsTheIndicesQmpReported() throws IOException {
        MainTest.Run r = MainTest.run("stats", "--json", log("a_virtio-blk_split.trace.log.xz").toString());
        assertEquals(0, r.rc(), r.err());
        String qmp = Files.readString(log("a_virtio-blk_split.qmp-virtio-status.txt"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"last-avail-idx\": (\\d+).*\"used-idx\": (\\d+)").matcher(qmp);
        assertTrue(m.find(), "the QMP file holds the queue status");
        // the last epoch (Linux, after the firmware's) ends with the indices QEMU itself reported
        assertTrue(r.out().contains("\"lastAvailIdx\" : " + m.group(1)), r.out());
        assertTrue(r.out().contains("\"usedIdx\" : " + m.group(2)), r.out());
    }

    @Test
    void importWritesATraceThatReplaysToTheSameStats() {
        Path out = dir.resolve("d.rstrace");
        MainTest.Run i = MainTest.run("import", log("d_nvme_smp1.trace.log.xz").toString(), "-o", out.toString());
        assertEquals(0, i.rc(), i.err());
        assertTrue(Files.isRegularFile(out));
        assertTrue(i.out().contains("wrote " + out), i.out());
        MainTest.Run fromLog = MainTest.run("stats", "--json", log("d_nvme_smp1.trace.log.xz").toString());
        MainTest.Run fromTrace = MainTest.run("stats", "--json", out.toString());
        assertEquals(0, fromTrace.rc(), fromTrace.err());
        assertEquals(fromLog.out(), fromTrace.out(), "the imported trace gives the log's statistics");
        assertTrue(fromTrace.out().contains("\"mmioDoorbellsPerCommand\""), fromTrace.out());
        assertEquals(0, MainTest.run("check", out.toString()).rc());
    }

    /**
     * The reader range-checks operation-level fields (OpEvent.fieldBits): every real log's import must read
     * back, with the events and findings of the log itself.
     */
    @Test
    void everyImportedLogReadsBackWithinItsFieldWidths() throws IOException {
        List<Path> logs;
        try (java.util.stream.Stream<Path> s = Files.list(repo().resolve("samples/traces/qemu"))) {
            logs = s.filter(p -> p.toString().endsWith(".trace.log.xz")).sorted().toList();
        }
        assertTrue(logs.size() >= 6, logs.toString());
        for (Path l : logs) {
            Path out = dir.resolve(l.getFileName() + ".rstrace");
            assertEquals(0, MainTest.run("import", l.toString(), "-o", out.toString()).rc(), l.toString());
            MainTest.Run fromLog = MainTest.run("check", l.toString());
            MainTest.Run fromTrace = MainTest.run("check", out.toString());
            assertEquals(fromLog.rc(), fromTrace.rc(), l + ": " + fromTrace.err());
            assertEquals(fromLog.out().replace(l.toString(), out.toString()), fromTrace.out(), l.toString());
        }
    }

    @Test
    void importRefusesWhatIsNotAQemuLog() throws IOException {
        Path notLog = dir.resolve("notes.txt");
        Files.writeString(notLog, "just some text\nnothing traced here\n");
        Path out = dir.resolve("x.rstrace");
        MainTest.Run r = MainTest.run("import", notLog.toString(), "-o", out.toString());
        assertEquals(2, r.rc());
        assertTrue(r.err().contains("does not look like a QEMU trace log"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void badArgumentsStopUnlessLenient() throws IOException {
        Path bad = dir.resolve("bad.log");
        Files.writeString(bad, "virtio_set_status vdev 0x55d0c0 val 0\n"
                + "virtqueue_pop vq 0x55d0 elem 0x7f00 in_num notanumber out_num 1\n");
        MainTest.Run strict = MainTest.run("check", bad.toString());
        assertEquals(2, strict.rc(), strict.out() + strict.err());
        assertTrue(strict.err().contains(":2:"), "names the line: " + strict.err());
        MainTest.Run lenient = MainTest.run("check", "--lenient", bad.toString());
        assertEquals(0, lenient.rc(), lenient.out() + lenient.err());
    }
}
