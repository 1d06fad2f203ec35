package io.ringside.fuzz;

import io.ringside.cli.fuzz.FuzzTargets;

/** Jazzer entry point of the {@code workload} target (see {@link FuzzTargets}). */
public final class WorkloadFuzzer {

    private WorkloadFuzzer() {
    }

    public static void fuzzerTestOneInput(byte[] data) throws Exception {
        FuzzTargets.workload(data);
    }
}
