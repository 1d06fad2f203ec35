package io.ringside.fuzz;

import io.ringside.cli.fuzz.FuzzTargets;

/** Jazzer entry point of the {@code qemu} target (see {@link FuzzTargets}). */
public final class QemuFuzzer {

    private QemuFuzzer() {
    }

    public static void fuzzerTestOneInput(byte[] data) throws Exception {
        FuzzTargets.qemu(data);
    }
}
