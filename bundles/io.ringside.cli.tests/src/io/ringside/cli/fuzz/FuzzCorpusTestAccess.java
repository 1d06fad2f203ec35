package io.ringside.cli.fuzz;

import java.nio.file.Path;

/** The repository root as the fuzz tests find it, for tests in other packages of this fragment. */
public final class FuzzCorpusTestAccess {

    private FuzzCorpusTestAccess() {
    }

    public static Path repo() {
        return FuzzCorpusTest.repo();
    }
}
