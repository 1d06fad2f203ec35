package io.ringside.qemu;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of the repository (samples, shared traces) from tests. */
public final class RepoFiles {

    private RepoFiles() {
    }

    public static Path repo() {
        String p = System.getProperty("ringside.repo");
        if (p != null) {
            return Path.of(p);
        }
        Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (d != null) {
            if (Files.isDirectory(d.resolve("bundles")) && Files.exists(d.resolve(".gitignore"))) {
                return d;
            }
            d = d.getParent();
        }
        throw new IllegalStateException("repository root not found from " + System.getProperty("user.dir"));
    }

    /** A real QEMU log of samples/traces/qemu (always present). */
    public static Path sample(String name) {
        return repo().resolve("samples/traces/qemu").resolve(name);
    }
}
