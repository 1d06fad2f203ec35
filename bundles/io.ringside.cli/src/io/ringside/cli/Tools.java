package io.ringside.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.ringside.core.engine.DeviceModel;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.RingsideFormat;
import io.ringside.core.trace.TraceFormat;
import io.ringside.core.trace.TraceFormatException;
import io.ringside.qemu.OpNvmeModel;
import io.ringside.qemu.OpVirtioModel;
import io.ringside.qemu.QemuLogFormat;
import io.ringside.qemu.QemuOptions;
import io.ringside.qemu.internal.LogInput;
import io.ringside.virtio.VirtioModel;

/**
 * What the command line ships: the device models and the trace formats. To add one, add a line to
 * {@link #models()} or {@link #formats()}.
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

    public static List<DeviceModel> modelList() {
        return List.of(
                new VirtioModel(),
                new io.ringside.nvme.NvmeModel(),
                new OpVirtioModel(),
                new OpNvmeModel());
    }

    public static List<TraceFormat> formats() {
        return List.of(
                new RingsideFormat(),
                new QemuLogFormat(qemu));
    }

    public static DeviceModels models() {
        return new DeviceModels(modelList());
    }

    /** Opens a trace in the first format whose probe accepts it. */
    public static EventSource open(Path file, DeviceModels models) throws IOException {
        return format(file).open(file, models);
    }

    /**
     * The first format whose probe accepts a file's start, decompressed ({@code .gz} and {@code .xz}: so a
     * format's own errors, such as a QEMU log's bad settings, are reported rather than taken for "not this
     * format").
     */
    public static TraceFormat format(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new TraceFormatException(file.toString(), 0, -1, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new TraceFormatException(file.toString(), 0, -1, "is a directory, not a trace");
        }
        // the first 64 KiB, decompressed (.gz and .xz are recognised by their magic bytes; corrupt data is
        // the decompressor's one-line error, InflateLimit)
        byte[] head = LogInput.head(file, 64 * 1024);
        for (TraceFormat f : formats()) {
            if (f.probe(file, head)) {
                return f;
            }
        }
        throw new TraceFormatException(file.toString(), 1, 0, "not a trace Ringside reads (formats: "
                + String.join(", ", formats().stream().map(TraceFormat::name).toList()) + ")");
    }

    /** Whether a file is a trace some format reads (its first bytes probed, as {@link #open} does). */
    public static boolean isTrace(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] head = LogInput.head(file, 64 * 1024);
        for (TraceFormat f : formats()) {
            if (f.probe(file, head)) {
                return true;
            }
        }
        return false;
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
