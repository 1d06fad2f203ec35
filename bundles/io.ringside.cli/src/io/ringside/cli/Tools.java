package io.ringside.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.Extensions;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.OpenOptions;

/**
 * The command line's access to what is installed ({@link Extensions}: device models and trace formats)
 * with this command line's {@code --lenient}, and the sample files.
 */
public final class Tools {

    private Tools() {
    }

    /** Whether QEMU log lines whose arguments do not parse are skipped (counted) instead of fatal. */
    private static volatile boolean lenient;

    /** Set by commands with {@code --lenient}. */
    static void setLenient(boolean value) {
        lenient = value;
    }

    /** Whether {@code --lenient} is on for this command line. */
    static boolean lenient() {
        return lenient;
    }

    /** How formats open files on this command line. */
    static OpenOptions openOptions() {
        return OpenOptions.DEFAULT.withLenient(lenient);
    }

    public static DeviceModels models() {
        return Extensions.models();
    }

    /** Opens a trace in the installed format that reads it. */
    public static EventSource open(Path file, DeviceModels models) throws IOException {
        return Extensions.open(file, models, openOptions());
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
