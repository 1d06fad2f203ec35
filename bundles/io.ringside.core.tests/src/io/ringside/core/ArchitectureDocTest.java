package io.ringside.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * CONTRIBUTING.md's list of which Ringside bundle requires which stays true: it must equal the
 * {@code Require-Bundle} entries (Ringside bundles only) of every bundle's manifest, test fragments
 * aside.
 */
class ArchitectureDocTest {

    @Test
    void theDependencyListInContributingIsTheManifests() throws IOException {
        Path repo = RepoFiles.repo();
        Map<String, List<String>> manifests = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(repo.resolve("bundles"))) {
            for (Path d : dirs.sorted().toList()) {
                Path mf = d.resolve("META-INF/MANIFEST.MF");
                String name = d.getFileName().toString();
                if (Files.isRegularFile(mf) && !name.endsWith(".tests")) {
                    manifests.put(name, required(Files.readString(mf)));
                }
            }
        }
        String doc = Files.readString(repo.resolve("CONTRIBUTING.md"));
        Map<String, List<String>> listed = new TreeMap<>();
        for (String line : doc.split("\n")) {
            if (line.matches("io\\.ringside\\.[a-z.]+ +->.*")) {
                String[] parts = line.split("->", 2);
                List<String> deps = new ArrayList<>();
                for (String s : parts[1].split(",")) {
                    if (!s.isBlank()) {
                        deps.add("io.ringside." + s.trim());
                    }
                }
                listed.put(parts[0].trim(), deps);
            }
        }
        assertTrue(manifests.size() > 10, "the bundles were found: " + manifests.keySet());
        assertEquals(manifests, listed, "CONTRIBUTING.md's bundle dependencies and the manifests");
    }

    /** The Ringside bundles of a manifest's Require-Bundle, in its order. */
    static List<String> required(String manifest) {
        String unfolded = manifest.replace("\r", "").replace("\n ", "");
        List<String> out = new ArrayList<>();
        for (String line : unfolded.split("\n")) {
            if (line.startsWith("Require-Bundle:")) {
                for (String entry : line.substring("Require-Bundle:".length()).split(",")) {
                    String b = entry.split(";")[0].trim();
                    if (b.startsWith("io.ringside.")) {
                        out.add(b);
                    }
                }
            }
        }
        return out;
    }
}
