package io.ringside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.XZInputStream;

import io.ringside.cli.MainTest.Run;

/**
 * Issue 23 item 2: inputs that can be read only once. Standard input ({@code -}), a FIFO with a writer and
 * bash's process substitution ({@code <(cat log.xz)}: {@code /dev/fd/63}, in a real child process) are
 * read as the same bytes in a regular file are, every message names the input as given, and the temporary
 * copy is gone afterwards (also after SIGTERM and SIGINT; one left by SIGKILL is deleted by the next copy).
 */
class PipesCliTest {

    @TempDir
    Path dir;

    static final Path PACKED = QemuCliTest.repo().resolve("samples/traces/virtio-packed.rstrace");

    static final Path SPLIT_LOG = QemuCliTest.log("a_virtio-blk_split.trace.log.xz");

    /** Runs a command in-process with {@code stdin} as standard input. */
    static Run withStdin(byte[] stdin, String... args) {
        InputStream old = System.in;
        System.setIn(new ByteArrayInputStream(stdin));
        try {
            return MainTest.run(args);
        } finally {
            System.setIn(old);
        }
    }

    /** The last line of {@code check}'s output with the file name left out: {@code : N events, ...}. */
    static String summary(Run r, String name) {
        String[] lines = r.out().split("\n");
        String last = lines[lines.length - 1];
        assertTrue(last.startsWith(name + ": "), last);
        return last.substring(name.length());
    }

    static byte[] unxz(Path f) throws IOException {
        try (InputStream in = new XZInputStream(Files.newInputStream(f))) {
            return in.readAllBytes();
        }
    }

    /** This JVM's copies of inputs in the temp folder. */
    static List<Path> copies(Path tmp) throws IOException {
        String prefix = ".ringside-input." + ProcessHandle.current().pid() + ".";
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    /** A FIFO made by mkfifo. */
    Path fifo(String name) throws Exception {
        Path f = dir.resolve(name);
        assertEquals(0, new ProcessBuilder("mkfifo", f.toString()).inheritIO().start().waitFor());
        return f;
    }

    /** A daemon thread that writes {@code data} to a FIFO (opening it waits for the reader). */
    static Thread writer(Path fifo, byte[] data) {
        Thread t = new Thread(() -> {
            try (OutputStream o = Files.newOutputStream(fifo)) {
                o.write(data);
            } catch (IOException e) {
                // the reader went away: the test's assertions say what happened
            }
        }, "fifo writer");
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Test
    void standardInputIsReadAsTheSameFileIs() throws Exception {
        Run file = MainTest.run("check", PACKED.toString());
        assertEquals(0, file.rc(), file.err());
        byte[] bytes = Files.readAllBytes(PACKED);
        Run stdin = withStdin(bytes, "check", "-");
        assertEquals(0, stdin.rc(), stdin.err());
        assertEquals(summary(file, PACKED.toString()), summary(stdin, InputFiles.STDIN));
        // compressed stays compressed in the copy: the reader recognises GZIP by its magic bytes
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(bytes);
        }
        Run zipped = withStdin(gz.toByteArray(), "check", "--json", "-");
        assertEquals(0, zipped.rc(), zipped.err());
        assertTrue(zipped.out().contains("\"file\" : \"<stdin>\","), zipped.out());
        assertEquals(List.of(), copies(Path.of(System.getProperty("java.io.tmpdir"))), "the copies are deleted");
    }

    @Test
    void errorsAboutStandardInputNameIt() throws Exception {
        Run bad = withStdin("hello\n".getBytes(), "check", "-");
        assertEquals(2, bad.rc());
        assertTrue(bad.err().startsWith("ringside: <stdin>:1: not a trace Ringside reads"), bad.err());
        assertFalse(bad.err().contains(".ringside-input"), bad.err());
        Run broken = withStdin((Files.readString(PACKED).substring(0, 2000) + "{\"ev\":\n").getBytes(), "stats", "-");
        assertEquals(2, broken.rc());
        assertTrue(broken.err().startsWith("ringside: <stdin>:"), broken.err());
        Run twice = withStdin(new byte[0], "stats", "-", "--guest", "-");
        assertEquals(2, twice.rc());
        assertEquals("ringside: '-' (standard input) can be read for one input only\n", twice.err());
        assertEquals(List.of(), copies(Path.of(System.getProperty("java.io.tmpdir"))));
    }

    @Test
    void importReadsALogFromStandardInput() throws Exception {
        Run file = MainTest.run("import", SPLIT_LOG.toString(), "-o", dir.resolve("a.rstrace").toString());
        assertEquals(0, file.rc(), file.err());
        Run stdin = withStdin(Files.readAllBytes(SPLIT_LOG), "import", "-", "-o", dir.resolve("b.rstrace").toString());
        assertEquals(0, stdin.rc(), stdin.err());
        assertEquals(file.out().replace(SPLIT_LOG.toString(), InputFiles.STDIN).replace("a.rstrace", "b.rstrace"),
                stdin.out());
        List<String> a = Files.readAllLines(dir.resolve("a.rstrace"));
        List<String> b = Files.readAllLines(dir.resolve("b.rstrace"));
        assertEquals(a.subList(1, a.size()), b.subList(1, b.size()), "the same events");
    }

    @Test
    void aFifoWithAWriterIsReadOnce() throws Exception {
        Run file = MainTest.run("check", PACKED.toString());
        Path f = fifo("trace.fifo");
        writer(f, Files.readAllBytes(PACKED));
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> MainTest.run("check", f.toString()));
        assertEquals(0, r.rc(), r.err());
        assertEquals(summary(file, PACKED.toString()), summary(r, f.toString()));
        // a QEMU log, read in two passes, through a FIFO: every event
        Run log = MainTest.run("check", SPLIT_LOG.toString());
        writer(f, Files.readAllBytes(SPLIT_LOG));
        Run viaFifo = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> MainTest.run("check", f.toString()));
        assertEquals(0, viaFifo.rc(), viaFifo.err());
        assertEquals(summary(log, SPLIT_LOG.toString()), summary(viaFifo, f.toString()));
    }

    /** The java command of a child JVM running the command line. */
    static List<String> java(String... jvmOptions) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m"));
        cmd.addAll(List.of(jvmOptions));
        // compare's request analysis needs HdrHistogram, which core (not this bundle) imports
        Class<?> h = Class.forName("org.HdrHistogram.AbstractHistogram", false,
                io.ringside.core.analysis.RequestAnalysis.class.getClassLoader());
        Path histograms = Path.of(h.getProtectionDomain().getCodeSource().getLocation().toURI());
        cmd.addAll(List.of("-cp", SignalsTest.classPath() + java.io.File.pathSeparator + histograms,
                "io.ringside.cli.Main"));
        return cmd;
    }

    /** Runs {@code script} in bash with the java command as {@code "$@"}; the output and error together. */
    Run bash(String script, Path tmp, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", script, "bash"));
        cmd.addAll(java("-Djava.io.tmpdir=" + tmp));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("RINGSIDE_CACHE", dir.resolve("cache").toString());
        for (int i = 0; i < extra.length; i += 2) {
            pb.environment().put(extra[i], extra[i + 1]);
        }
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), new String(out), "");
    }

    @Test
    void processSubstitutionReadsEveryEvent() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Files.write(dir.resolve("split.log"), unxz(SPLIT_LOG));
        Run log = MainTest.run("check", SPLIT_LOG.toString());
        for (String input : List.of("<(cat \"$X\")", "<(cat split.log)")) { // compressed, and plain
            Run r = bash("\"$@\" check " + input, tmp, "X", SPLIT_LOG.toString());
            assertEquals(0, r.rc(), r.out());
            String name = r.out().substring(r.out().lastIndexOf('\n', r.out().length() - 2) + 1).split(":")[0];
            assertTrue(name.matches("/dev/fd/\\d+"), r.out());
            assertEquals(summary(log, SPLIT_LOG.toString()), summary(r, name), input);
        }
        Run rs = MainTest.run("check", PACKED.toString());
        Run r = bash("\"$@\" check <(cat \"$X\")", tmp, "X", PACKED.toString());
        assertEquals(0, r.rc(), r.out());
        assertTrue(r.out().matches("(?s)/dev/fd/\\d+" + java.util.regex.Pattern.quote(summary(rs, PACKED.toString()))
                + "\n"), r.out());
        assertEquals(List.of(), SignalsTest.temporaries(tmp), "the copies are deleted");
        // compare: two pipes, each warning naming its input once
        Run c = bash("\"$@\" compare <(cat \"$X\") <(cat \"$X\")", tmp, "X",
                QemuCliTest.log("d_nvme_smp1.trace.log.xz").toString());
        assertEquals(0, c.rc(), c.out());
        long warnings = 0;
        for (String line : c.out().split("\n")) {
            if (line.startsWith("warning: ")) {
                warnings++;
                assertTrue(line.matches("warning: /dev/fd/\\d+: device 0 \\(nvme\\): rule Q8 .*"), line);
            }
        }
        assertEquals(2, warnings, c.out());
        assertEquals(List.of(), SignalsTest.temporaries(tmp), "the copies are deleted");
    }

    @Test
    void showOnAPipeLeavesNoIndexInTheCache() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path index = dir.resolve("cache/index");
        Run r = bash("\"$@\" show --at 40 <(cat \"$X\")", tmp, "X", PACKED.toString());
        Run file = bash("\"$@\" show --at 40 \"$X\"", tmp, "X", PACKED.toString());
        assertEquals(0, file.rc(), file.out());
        assertEquals(file.out(), r.out());
        assertEquals(List.of(), SignalsTest.temporaries(tmp), "the copy and its temporary index are deleted");
        try (Stream<Path> s = Files.list(index)) {
            assertEquals(1, s.filter(p -> p.toString().endsWith(".rsi")).count(), "the regular file's index only");
        }
    }

    @Test
    void aFullTempFolderIsOneLineNamingIt() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        // a file size limit of 64 KiB: writing more fails as a full disk does (the JVM ignores SIGXFSZ)
        Run r = bash("ulimit -f 64; \"$@\" check - < \"$X\"", tmp, "X", PACKED.toString());
        assertEquals(2, r.rc(), r.out());
        assertEquals("ringside: <stdin>: cannot copy the input to a temporary file in " + tmp
                + " (File too large): free space there or choose another folder with JAVA_OPTS=-Djava.io.tmpdir=DIR\n",
                r.out());
        assertEquals(List.of(), SignalsTest.temporaries(tmp), "the partial copy is deleted");
        String old = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", dir.resolve("missing").toString());
        try {
            Run none = withStdin(new byte[10], "check", "-");
            assertEquals("ringside: <stdin>: cannot copy the input to a temporary file in " + dir.resolve("missing")
                    + " (no such folder): free space there or choose another folder with JAVA_OPTS=-Djava.io.tmpdir=DIR\n",
                    none.err());
        } finally {
            System.setProperty("java.io.tmpdir", old);
        }
    }

    @Test
    void signalsWhileCopyingLeaveNoCopy() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path f = fifo("slow.fifo");
        for (String sig : List.of("TERM", "INT", "KILL")) {
            ProcessBuilder pb = new ProcessBuilder(java("-Djava.io.tmpdir=" + tmp)).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
            pb.command().addAll(List.of("check", f.toString()));
            Process p = pb.start();
            // the writer keeps the FIFO open: the copy never ends by itself
            try (OutputStream o = Files.newOutputStream(f)) {
                o.write(new byte[1 << 20]);
                o.flush();
                Path copy = SignalsTest.awaitTemporary(p, tmp, 1 << 20, dir.resolve("child.log"));
                SignalsTest.signal(p, sig);
                if (!sig.equals("KILL")) {
                    assertEquals(List.of(), SignalsTest.temporaries(tmp), "SIG" + sig);
                    assertEquals(sig.equals("TERM") ? 143 : 130, p.exitValue());
                } else {
                    assertEquals(List.of(copy), SignalsTest.temporaries(tmp), "SIGKILL runs nothing: the copy stays");
                }
            }
        }
        assertEquals(1, SignalsTest.temporaries(tmp).size());
        Run next = bash("\"$@\" check <(cat \"$X\")", tmp, "X", PACKED.toString());
        assertEquals(0, next.rc(), next.out());
        assertEquals(List.of(), SignalsTest.temporaries(tmp), "the next copy deleted the killed one's");
    }
}
