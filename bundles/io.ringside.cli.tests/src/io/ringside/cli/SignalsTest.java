package io.ringside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ringside.cli.MainTest.Run;

/**
 * Issue 23 item 5, on real processes: the command line in a child JVM is stopped by SIGTERM, SIGINT or
 * SIGKILL while it writes a trace ({@code generate}) or an index ({@code show}). SIGTERM and SIGINT leave
 * no temporary file; SIGKILL leaves one, which the next run deletes. Also in a child JVM, because it needs
 * a small heap: running out of memory (item 4).
 */
class SignalsTest {

    @TempDir
    Path dir;

    /** The class path of the command line: where its classes and libraries were loaded from. */
    static String classPath() throws URISyntaxException {
        Set<String> cp = new LinkedHashSet<>();
        for (Class<?> c : List.of(Main.class, io.ringside.core.trace.TraceReader.class, io.ringside.virtio.VirtioModel.class,
                io.ringside.nvme.NvmeModel.class, io.ringside.emulator.Workload.class, io.ringside.qemu.QemuLogFormat.class,
                io.ringside.debug.BreakSpec.class, com.fasterxml.jackson.core.JsonFactory.class,
                org.tukaani.xz.XZInputStream.class)) {
            Path p = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            assertTrue(Files.exists(p), c + " from " + p);
            cp.add(p.toString());
        }
        return String.join(java.io.File.pathSeparator, cp);
    }

    static Process start(Path workDir, String cache, String... args) throws Exception {
        return startWithHeap(workDir, cache, "-Xmx256m", args);
    }

    static Process startWithHeap(Path workDir, String cache, String heap, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-Dringside.home=" + io.ringside.cli.fuzz.FuzzCorpusTestAccess.repo(), "-cp", classPath(),
                "io.ringside.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("child.log").toFile());
        pb.environment().put("RINGSIDE_CACHE", cache);
        return pb.start();
    }

    static List<Path> temporaries(Path d) throws IOException {
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /** Waits until the child has a temporary file of at least {@code bytes} in {@code d}. */
    static Path awaitTemporary(Process p, Path d, long bytes, Path log) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end) {
            for (Path t : temporaries(d)) {
                if (Files.size(t) >= bytes) {
                    return t;
                }
            }
            assertTrue(p.isAlive(), "the child ended before it wrote " + bytes + " bytes: " + Files.readString(log));
            Thread.sleep(10);
        }
        throw new AssertionError("no temporary file in " + d);
    }

    static void signal(Process p, String sig) throws Exception {
        if (sig.equals("KILL")) {
            p.destroyForcibly();
        } else {
            assertEquals(0, new ProcessBuilder("kill", "-" + sig, Long.toString(p.pid())).start().waitFor());
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ended after SIG" + sig);
    }

    @Test
    void generateInterruptedLeavesNoTemporaryFile() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        for (String sig : List.of("TERM", "INT", "KILL")) {
            Process p = start(dir, dir.resolve("cache").toString(), "generate", "--workload", "virtio-split-eventidx",
                    "--requests", "5000000", "-o", "out/big.rstrace");
            Path t = awaitTemporary(p, out, 1 << 20, dir.resolve("child.log"));
            signal(p, sig);
            assertFalse(Files.exists(out.resolve("big.rstrace")), "no output: the run did not finish");
            if (!sig.equals("KILL")) {
                assertEquals(List.of(), temporaries(out), "SIG" + sig + " (exit " + p.exitValue() + ")");
                assertEquals(sig.equals("TERM") ? 143 : 130, p.exitValue());
            } else {
                assertEquals(List.of(t), temporaries(out), "SIGKILL runs nothing: the file stays");
                Run again = MainTest.run("generate", "--workload", "virtio-split-eventidx", "--requests", "10", "-o",
                        out.resolve("big.rstrace").toString());
                assertEquals(0, again.rc(), again.err());
                assertEquals(List.of(), temporaries(out), "the next run deleted the killed one's file");
            }
        }
    }

    /** Issue 23 item 4: running out of memory is one line that names the file being read. */
    @Test
    void outOfMemoryNamesTheFile() throws Exception {
        Path f = dir.resolve("big-state.rstrace");
        StringBuilder h = new StringBuilder("{\"format\":\"ringside-trace\",\"version\":\"1.0\",\"level\":\"memory\",\"devices\":[");
        for (int d = 0; d < 600; d++) { // about 34 MiB of replay state: within the limit, not within 24 MiB of heap
            h.append(d == 0 ? "" : ",").append("{\"id\":").append(d).append(",\"type\":\"virtio-blk\",\"queues\":[{\"index\":0,")
                    .append("\"layout\":\"split\",\"size\":256}]}");
        }
        Files.writeString(f, h.append("]}\n{\"ev\":\"kick\",\"t\":1,\"d\":0,\"q\":0}\n"));
        Process p = startWithHeap(dir, dir.resolve("cache").toString(), "-Xmx24m", "check", f.toString());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String log = Files.readString(dir.resolve("child.log")).strip();
        assertEquals(2, p.exitValue(), log);
        assertTrue(log.matches("ringside: " + java.util.regex.Pattern.quote(f.toString())
                + ": out of memory with a Java heap of \\d+ MiB \\(raise -Xmx in JAVA_OPTS\\)"), log);
    }

    /** Deletes the finished indexes in {@code d}, so that the next {@code show} builds one again. */
    static void deleteIndexes(Path d) throws IOException {
        if (Files.isDirectory(d)) {
            try (Stream<Path> s = Files.list(d)) {
                for (Path f : s.filter(f -> !f.getFileName().toString().endsWith(".tmp")).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    @Test
    void indexingInterruptedLeavesNoTemporaryFileInTheCache() throws Exception {
        Path trace = dir.resolve("marks.rstrace");
        try (Writer w = Files.newBufferedWriter(trace, StandardCharsets.UTF_8)) {
            w.write("{\"format\":\"ringside-trace\",\"version\":\"1.0\",\"level\":\"memory\",\"devices\":[]}\n");
            for (int i = 0; i < 2_000_000; i++) {
                w.write("{\"ev\":\"mark\",\"t\":" + i + ",\"note\":\"marker " + i + "\"}\n");
            }
        }
        Path cache = dir.resolve("cache");
        Path index = cache.resolve("index");
        for (String sig : List.of("TERM", "INT", "KILL")) {
            Process p;
            Path t;
            int attempt = 0;
            do { // on a loaded machine the child may finish its index between our look and the signal: again
                deleteIndexes(index);
                p = start(dir, cache.toString(), "show", trace.toString(), "--at", "1999999");
                t = awaitTemporary(p, index, 1 << 20, dir.resolve("child.log"));
                signal(p, sig);
            } while (p.exitValue() == 0 && ++attempt < 5);
            assertEquals(sig.equals("TERM") ? 143 : sig.equals("INT") ? 130 : 137, p.exitValue(),
                    "the signal, not the end of the work, stopped the child");
            if (!sig.equals("KILL")) {
                assertEquals(List.of(), temporaries(index), "SIG" + sig);
            } else {
                assertEquals(List.of(t), temporaries(index));
                String before = System.getProperty("ringside.cache");
                System.setProperty("ringside.cache", cache.toString());
                try {
                    Run again = MainTest.run("show", trace.toString(), "--at", "5");
                    assertEquals(0, again.rc(), again.err());
                } finally {
                    if (before == null) {
                        System.clearProperty("ringside.cache");
                    } else {
                        System.setProperty("ringside.cache", before);
                    }
                }
                assertEquals(List.of(), temporaries(index), "the next run deleted the killed one's file");
            }
        }
    }
}
