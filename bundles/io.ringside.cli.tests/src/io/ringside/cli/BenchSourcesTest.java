package io.ringside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ringside.cli.fuzz.FuzzCorpusTestAccess;

/**
 * The benchmark sources under {@code tools/bench} (run by tools/bench-scale, tools/bench-virtio and
 * tools/bench-scale --jmh, not built by Tycho) still compile against the headless bundles: a class they
 * call that moves or goes fails here, not months later when someone reruns a bench of
 * docs/performance.md. javac in this JVM, against the class path the command line was loaded from.
 */
class BenchSourcesTest {

    /** Where tools/bench/jmh/run puts JMH (ringside_devjar), then the local Maven repository it fetches into. */
    static final List<String> JMH_CORE = List.of("tools/.devjars/jmh/jmh-core-1.37.jar",
            System.getProperty("user.home") + "/.m2/repository/org/openjdk/jmh/jmh-core/1.37/jmh-core-1.37.jar");

    @TempDir
    Path out;

    static List<Path> sources(String folder) throws IOException {
        try (Stream<Path> s = Files.walk(FuzzCorpusTestAccess.repo().resolve(folder))) {
            List<Path> l = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            assertFalse(l.isEmpty(), "no Java sources under " + folder);
            return l;
        }
    }

    /** Compiles the files with javac (annotation processing off) into {@link #out}: its messages, "" when clean. */
    String compile(List<Path> files, String classPath) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "a JDK with javac (module jdk.compiler) at " + System.getProperty("java.home"));
        List<String> args = new ArrayList<>(List.of("--release", "21", "-proc:none", "-nowarn", "-encoding", "UTF-8",
                "-d", out.toString(), "-cp", classPath));
        files.forEach(f -> args.add(f.toString()));
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int rc = javac.run(null, messages, messages, args.toArray(String[]::new));
        return rc == 0 ? "" : messages.toString(StandardCharsets.UTF_8);
    }

    /** JMH's annotations, where tools/bench/jmh/run has them; null when JMH was never fetched on this machine. */
    static Path jmhCore() {
        for (String j : JMH_CORE) {
            Path p = FuzzCorpusTestAccess.repo().resolve(j);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * tools/bench/src (ScaleBench) and tools/bench/virtio (VirtioBench), and tools/bench/jmh/src
     * (EngineBench) when JMH's jar is on this machine (the test fetches nothing: the suite runs offline):
     * all compile against the bundles.
     */
    @Test
    void benchSourcesCompileAgainstTheBundles() throws Exception {
        List<Path> files = new ArrayList<>(sources("tools/bench/src"));
        files.addAll(sources("tools/bench/virtio"));
        String cp = SignalsTest.classPath();
        Path jmh = jmhCore();
        if (jmh != null) {
            files.addAll(sources("tools/bench/jmh/src"));
            cp += File.pathSeparator + jmh;
        } else {
            System.err.println("BenchSourcesTest: tools/bench/jmh/src not compiled: no jmh-core 1.37 at " + JMH_CORE
                    + " (tools/bench-scale --jmh fetches it)");
        }
        assertEquals("", compile(files, cp), "the sources under tools/bench, against " + cp);
        assertTrue(Files.isRegularFile(out.resolve("io/ringside/bench/ScaleBench.class")));
        assertTrue(Files.isRegularFile(out.resolve("VirtioBench.class")));
        assertTrue(jmh == null || Files.isRegularFile(out.resolve("io/ringside/bench/jmh/EngineBench.class")));
    }
}
