package io.ringside.cli;

/** {@code --lenient} for commands that open QEMU logs: bad event lines are skipped and counted. */
final class LenientOption {

    private LenientOption() {
    }

    /** Adds {@code --lenient}, which turns on {@link Tools#setLenient} for this command line. */
    static void declare(Args a) {
        a.flag("--lenient", Tools::setLenient, "QEMU logs: skip (and count) trace events whose arguments do not parse, "
                + "instead of stopping at the first with exit 2.");
    }
}
