package io.ringside.core;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository (samples, documentation) from the core tests, in plain Java and in OSGi. */
public final class RepoFiles {

    private RepoFiles() {
    }

    /** The {@code ringside.repo} system property, else the first folder up from here with bundles/ and .gitignore. */
    public static Path repo() {
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
}
