package io.ringside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden outputs: {@code check}, {@code stats --json}, {@code show} (text and JSON at several events) and
 * {@code import} over every sample trace and every real QEMU log (in {@code samples/} and, when it is beside
 * the checkout, {@code ../shared/traces/}), compared byte for byte with the outputs recorded in
 * {@code testfiles/golden/}. A change of shape must leave them as they are; a change of behaviour records
 * them again in the same commit ({@code RINGSIDE_GOLDEN_UPDATE=1} with this test, or {@code tools/golden}),
 * so that the diff shows what users see change.
 */
class GoldenOutputTest {

    /** Events at which {@code show} is asked for the state: the start, early, middle and late of a trace. */
    private static final long[] AT = { 0, 57, 1009, 10007 };

    @TempDir
    Path dir;

    static Path repo() {
        return QemuCliTest.repo();
    }

    static Path golden() {
        return repo().resolve("bundles/io.ringside.cli.tests/testfiles/golden");
    }

    /** Every input, as a path relative to the repository's parent folder (so {@code main/...} or {@code shared/...}). */
    static Stream<String> inputs() throws IOException {
        List<String> l = new ArrayList<>();
        Path parent = repo().getParent();
        List<Path> roots = new ArrayList<>(List.of(repo().resolve("samples/traces")));
        Path shared = shared();
        if (shared != null) {
            roots.add(shared.resolve("traces"));
        }
        for (Path root : roots) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".rstrace") || p.toString().endsWith(".trace.log.xz"))
                        .map(p -> key(parent, p)).sorted().forEach(l::add);
            }
        }
        return l.stream();
    }

    /** {@code ../shared} (its real path: it may be a symbolic link), or null when it is not there. */
    static Path shared() {
        Path s = repo().getParent().resolve("shared");
        try {
            return Files.isDirectory(s.resolve("traces")) ? s.toRealPath() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String key(Path parent, Path p) {
        Path shared = shared();
        if (shared != null && p.startsWith(shared)) {
            return "shared/" + shared.relativize(p);
        }
        String rel = parent.relativize(p).toString();
        // the checkout's own folder name varies (main, a worktree...): call it main
        String self = repo().getFileName().toString();
        return rel.startsWith(self + "/") ? "main" + rel.substring(self.length()) : rel;
    }

    private static Path file(String key) {
        if (key.startsWith("main/")) {
            return repo().resolve(key.substring(5));
        }
        return shared().resolve(key.substring("shared/".length()));
    }

    /** The outputs of every command on one input, with machine-specific paths replaced. */
    String outputs(String key) throws IOException {
        Path f = file(key);
        StringBuilder b = new StringBuilder();
        MainTest.Run check = MainTest.run("check", f.toString());
        section(b, "check", check);
        section(b, "stats --json", MainTest.run("stats", "--json", f.toString()));
        java.util.TreeSet<Long> at = new java.util.TreeSet<>();
        for (long n : AT) {
            at.add(n);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(": (\\d+) events").matcher(check.out());
        if (m.find()) { // a third, two thirds and the last event of the trace
            long events = Long.parseLong(m.group(1));
            for (long n : new long[] { events / 3, 2 * events / 3, events - 1 }) {
                at.add(Math.max(0, n));
            }
        }
        for (long n : at) {
            section(b, "show --json --at " + n, MainTest.run("show", "--json", "--at", Long.toString(n), f.toString()));
        }
        section(b, "show --at " + AT[2], MainTest.run("show", "--at", Long.toString(AT[2]), f.toString()));
        if (key.endsWith(".log.xz")) {
            Path out = dir.resolve("imported.rstrace");
            MainTest.Run r = MainTest.run("import", f.toString(), "-o", out.toString());
            section(b, "import", r);
            if (Files.exists(out)) {
                String text = normalise(Files.readString(out, StandardCharsets.UTF_8));
                b.append("--- imported: ").append(text.split("\n", -1).length - 1).append(" lines, sha256 ")
                        .append(sha256(text)).append('\n');
                Files.delete(out);
            }
        }
        return b.toString();
    }

    private void section(StringBuilder b, String command, MainTest.Run r) {
        b.append("### ").append(command).append("\nrc ").append(r.rc()).append("\n--- stdout\n")
                .append(normalise(r.out())).append("--- stderr\n").append(normalise(r.err()));
    }

    private String normalise(String s) {
        String n = s.replace(dir.toString(), "$OUT").replace(repo().toString(), "$REPO");
        Path shared = shared();
        return shared == null ? n : n.replace(shared.toString(), "$SHARED");
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void outputsAreTheRecordedOnes(String key) throws IOException {
        String actual = outputs(key);
        Path g = golden().resolve(key.replace('/', '_') + ".txt");
        if ("1".equals(System.getenv("RINGSIDE_GOLDEN_UPDATE"))) {
            Files.createDirectories(g.getParent());
            Files.writeString(g, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(g), "no golden output recorded for " + key + " (record with tools/golden)");
        // the actual output beside the build's output, for a diff against the golden one
        Path a = repo().resolve("bundles/io.ringside.cli.tests/target/golden-actual").resolve(g.getFileName());
        Files.createDirectories(a.getParent());
        Files.writeString(a, actual, StandardCharsets.UTF_8);
        assertEquals(Files.readString(g, StandardCharsets.UTF_8), actual, key);
    }
}
