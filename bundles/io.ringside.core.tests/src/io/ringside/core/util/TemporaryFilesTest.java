package io.ringside.core.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ringside.core.trace.CoreEvent;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceLevel;
import io.ringside.core.trace.TraceWriter;

/**
 * Issue 23 item 5: temporary files are deleted at exit (what SIGINT and SIGTERM run), the ones a killed
 * process left (SIGKILL) are found stale and deleted by the next write of the same file, and a long output
 * name still fits. The signals themselves, on real processes: {@code SignalsTest} (cli).
 */
class TemporaryFilesTest {

    static final long SELF = ProcessHandle.current().pid();

    @TempDir
    Path dir;

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The PID of a process that has exited (and so, for this test, of nobody). */
    static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        long pid = p.pid();
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        return pid;
    }

    @Test
    void aTemporaryFileNamesItsProcessAndGoesAtExit() throws IOException {
        Path target = dir.resolve("out.rstrace");
        AtomicFile a = AtomicFile.create(target);
        a.stream().write(new byte[100]);
        List<String> n = names(dir);
        assertEquals(1, n.size());
        assertTrue(n.get(0).matches("\\.out\\.rstrace\\." + SELF + "\\.\\d+\\.tmp"), n.get(0));
        AtomicFile.deleteLive(); // what the shutdown hook runs when SIGINT or SIGTERM ends the JVM
        assertEquals(List.of(), names(dir));
        a.discard();
        // committed and discarded files are no longer the hook's business
        AtomicFile.write(target, new byte[] { 1 });
        AtomicFile.deleteLive();
        assertEquals(List.of("out.rstrace"), names(dir));
    }

    @Test
    void staleTemporaryFilesOfAKilledProcessAreDeletedByTheNextWrite() throws Exception {
        long dead = deadPid();
        Path target = dir.resolve("x.rstrace");
        Path killed = Files.writeString(dir.resolve(".x.rstrace." + dead + ".123.tmp"), "half a trace");
        Path mine = Files.writeString(dir.resolve(".x.rstrace." + SELF + ".7.tmp"), "this JVM's, in use");
        Path oldStyle = Files.writeString(dir.resolve(".x.rstrace.4567.tmp"), "older Ringside, long ago");
        Files.setLastModifiedTime(oldStyle, FileTime.from(Instant.now().minusSeconds(7200)));
        Path recentOldStyle = Files.writeString(dir.resolve(".x.rstrace.4568.tmp"), "older Ringside, maybe running");
        Path other = Files.writeString(dir.resolve(".x.rstrace.b." + dead + ".1.tmp"), "x.rstrace.b's");
        // a live process whose PID was free when the file was last written: its PID was reused, the file is stale
        Process later = new ProcessBuilder("sleep", "30").start();
        try {
            Path pidReused = Files.writeString(dir.resolve(".x.rstrace." + later.pid() + ".8.tmp"), "");
            Files.setLastModifiedTime(pidReused, FileTime.from(Instant.now().minusSeconds(600)));
            Path alive = Files.writeString(dir.resolve(".x.rstrace." + later.pid() + ".9.tmp"), "being written");
            AtomicFile.write(target, "new".getBytes(StandardCharsets.US_ASCII));
            assertFalse(Files.exists(killed), "its process is gone");
            assertFalse(Files.exists(oldStyle), "no PID, untouched for two hours");
            assertFalse(Files.exists(pidReused), "the PID belongs to a process started after the file was written");
            assertTrue(Files.exists(mine) && Files.exists(recentOldStyle) && Files.exists(alive), names(dir).toString());
            assertTrue(Files.exists(other), "another target's files are not this write's to clean");
        } finally {
            later.destroyForcibly().waitFor();
        }
    }

    /** A 253-byte output name: the temporary name (dot, name, PID, random number, .tmp) must still fit in 255. */
    @Test
    void aLongOutputNameWorks() throws IOException {
        String name = "t".repeat(253 - ".rstrace".length()) + ".rstrace";
        assertEquals(253, name.length());
        Path target = dir.resolve(name);
        TraceHeader h = new TraceHeader(TraceHeader.MAJOR, 0, "test", TraceLevel.MEMORY,
                List.of(new DeviceInfo(0, "toy", null, 0, Map.of(), Map.of(), List.of(new QueueInfo(0, "toy", 8, Map.of())))),
                Map.of());
        try (TraceWriter w = new TraceWriter(target, h)) {
            for (String n : names(dir)) {
                assertTrue(n.getBytes(StandardCharsets.UTF_8).length <= 255, n);
            }
            w.write(new TraceEvent().reset(CoreEvent.MARK).note("long"));
        }
        assertEquals(List.of(name), names(dir));
        // multi-byte characters are cut on a character boundary
        String wide = "é".repeat(126) + ".gz";
        assertEquals(255, wide.getBytes(StandardCharsets.UTF_8).length);
        AtomicFile.write(dir.resolve(wide), new byte[] { 1 });
        assertTrue(Files.exists(dir.resolve(wide)));
    }
}
