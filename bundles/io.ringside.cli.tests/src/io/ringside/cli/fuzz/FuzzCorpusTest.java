package io.ringside.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fuzz targets in the test suite (the OSGi runtime has no Jazzer agent): every target over its seeds
 * from {@code samples/}, the crash regressions kept in {@code testfiles/fuzz/<target>/}, and a bounded
 * number of deterministic mutations. A target only ever succeeds or throws its reader's
 * {@code TraceFormatException} (which it swallows): any other exception, an error or a hang fails here.
 */
class FuzzCorpusTest {

    /** Mutations per target: bounded so the whole class takes a few seconds. */
    static final int MUTATIONS = 250;

    static Path repo() {
        String p = System.getProperty("ringside.repo");
        if (p != null) {
            return Path.of(p);
        }
        Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (d != null && !(Files.isDirectory(d.resolve("bundles")) && Files.exists(d.resolve(".gitignore")))) {
            d = d.getParent();
        }
        if (d == null) {
            throw new IllegalStateException("repository root not found from " + System.getProperty("user.dir"));
        }
        return d;
    }

    static List<byte[]> regressions(String target) throws IOException {
        Path dir = repo().resolve("bundles/io.ringside.cli.tests/testfiles/fuzz").resolve(target);
        List<byte[]> out = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.sorted().toList()) {
                    out.add(Files.readAllBytes(p));
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = { "rstrace", "qemu", "workload", "index" })
    void seedsRegressionsAndMutations(String target) throws Exception {
        List<byte[]> seeds = FuzzTargets.seeds(target, repo(), 40);
        assertFalse(seeds.isEmpty(), "no seeds for " + target);
        List<byte[]> inputs = new ArrayList<>(seeds);
        inputs.addAll(regressions(target));
        Mutator m = new Mutator(target.hashCode());
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] a = seeds.get(i % seeds.size());
            byte[] b = seeds.get((i * 7 + 3) % seeds.size());
            inputs.add(m.mutate(a, b));
        }
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < inputs.size(); i++) {
                byte[] in = inputs.get(i);
                try {
                    FuzzTargets.run(target, in);
                } catch (Throwable t) {
                    Path keep = Files.createTempFile("ringside-fuzz-" + target + "-", ".bin");
                    Files.write(keep, in);
                    fail(target + " input " + i + " (kept in " + keep + ") threw " + t, t);
                }
            }
        });
    }
}
