package io.ringside.fuzz;

import io.ringside.cli.fuzz.FuzzTargets;

/** Jazzer entry point of the {@code rstrace} target (see {@link FuzzTargets}). */
public final class RstraceFuzzer {

    private RstraceFuzzer() {
    }

    public static void fuzzerTestOneInput(byte[] data) throws Exception {
        FuzzTargets.rstrace(data);
    }
}
