package io.ringside.fuzz;

import io.ringside.cli.fuzz.FuzzTargets;

/** Jazzer entry point of the {@code index} target (see {@link FuzzTargets}). */
public final class IndexFuzzer {

    private IndexFuzzer() {
    }

    public static void fuzzerTestOneInput(byte[] data) throws Exception {
        FuzzTargets.index(data);
    }
}
