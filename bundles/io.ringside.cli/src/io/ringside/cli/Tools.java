package io.ringside.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.Extensions;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.OpenOptions;
import io.ringside.core.trace.TraceInput;
import io.ringside.qemu.QemuOptions;

/**
 * The command line's access to what is installed ({@link Extensions}: device models and trace formats)
 * with this command line's QEMU log options ({@code --lenient}, {@code --virtio-features},
 * {@code --virtio-device}), and the sample files.
 */
public final class Tools {

    private Tools() {
    }

    /** QEMU log options of this command line ({@code --lenient}, {@code --virtio-features}, {@code --virtio-device}). */
    private static volatile QemuOptions qemu = QemuOptions.DEFAULT;

    /** Set by commands with QEMU log options ({@link QemuLogOptions}); reset before each command line. */
    static void setQemuOptions(QemuOptions value) {
        qemu = value;
    }

    static QemuOptions qemuOptions() {
        return qemu;
    }

    /** How formats open files on this command line (the QEMU log options as the format's settings). */
    static OpenOptions openOptions() {
        return qemu.openOptions();
    }

    public static DeviceModels models() {
        return Extensions.models();
    }

    /** Opens a trace in the installed format that reads it. */
    public static EventSource open(Path file, DeviceModels models) throws IOException {
        return Extensions.open(file, models, openOptions());
    }

    /** Whether a file is a trace some format reads (its first bytes probed, as {@link #open} does). */
    public static boolean isTrace(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        return Extensions.probe(file, TraceInput.head(file, Extensions.PROBE_BYTES), Extensions.traceFormats()) != null;
    }

    /**
     * Finds a sample file: {@code name} as a path, else {@code <home>/samples/<folder>/<name>[.ext]} where
     * home is the {@code ringside.home} system property or the first folder above the working directory
     * that holds {@code samples/}.
     */
    public static Path sample(String folder, String name, String ext) {
        Path p = Path.of(name);
        if (Files.isRegularFile(p)) {
            return p;
        }
        for (Path home : homes()) {
            Path c = home.resolve("samples").resolve(folder).resolve(name);
            if (Files.isRegularFile(c)) {
                return c;
            }
            c = home.resolve("samples").resolve(folder).resolve(name + ext);
            if (Files.isRegularFile(c)) {
                return c;
            }
        }
        return null;
    }

    private static List<Path> homes() {
        java.util.List<Path> l = new java.util.ArrayList<>();
        String h = System.getProperty("ringside.home");
        if (h != null) {
            l.add(Path.of(h));
        }
        Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (d != null) {
            if (Files.isDirectory(d.resolve("samples"))) {
                l.add(d);
                break;
            }
            d = d.getParent();
        }
        return l;
    }
}
