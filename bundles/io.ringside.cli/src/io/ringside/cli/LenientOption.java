package io.ringside.cli;

import picocli.CommandLine.Option;

/** {@code --lenient} for commands that open QEMU logs: bad event lines are skipped and counted. */
final class LenientOption {

    @Option(names = "--lenient", description = "QEMU logs: skip (and count) trace events whose arguments do not parse, "
            + "instead of stopping at the first with exit 2.")
    void setLenient(boolean value) {
        Tools.setLenient(value);
    }
}
