package io.ringside.ui.internal.qemu;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.QualifiedName;

import io.ringside.core.trace.OpenOptions;
import io.ringside.core.trace.TraceFormatException;
import io.ringside.ui.RingsideUI;
import io.ringside.ui.trace.TraceSession;

/**
 * The device settings of a QEMU log as the workbench remembers them for its file: the values of
 * {@code --virtio-features} and {@code --virtio-device}, one per line ({@code features 0=0x10930006e54},
 * {@code device 0=virtio-net}), in a persistent property of the workspace file (external logs are linked
 * into the workspace by the editor, so they have one too).
 */
public final class QemuSettings {

    static final QualifiedName KEY = new QualifiedName(RingsideUI.PLUGIN_ID, "qemuDeviceSettings");

    private QemuSettings() {
    }

    /** What a file remembers: {@code --virtio-features} values and {@code --virtio-device} values. */
    public record Values(List<String> features, List<String> devices) {

        public static final Values NONE = new Values(List.of(), List.of());

        public Values {
            features = List.copyOf(features);
            devices = List.copyOf(devices);
        }

        /**
         * The options these values make for the QEMU log format (its settings {@code qemu.virtio-features}
         * and {@code qemu.virtio-device}, as the command line's options make them): the format parses them
         * when it opens the log, a value's own error then an IllegalArgumentException.
         */
        public OpenOptions options() {
            OpenOptions o = OpenOptions.DEFAULT;
            for (String f : features) {
                o = o.with("qemu.virtio-features", f);
            }
            for (String d : devices) {
                o = o.with("qemu.virtio-device", d);
            }
            return o;
        }

        String encode() {
            StringBuilder sb = new StringBuilder();
            for (String f : features) {
                sb.append("features ").append(f.strip()).append('\n');
            }
            for (String d : devices) {
                sb.append("device ").append(d.strip()).append('\n');
            }
            return sb.toString();
        }

        static Values decode(String text) {
            List<String> f = new ArrayList<>();
            List<String> d = new ArrayList<>();
            for (String line : text == null ? new String[0] : text.split("\n")) {
                if (line.startsWith("features ")) {
                    f.add(line.substring(9));
                } else if (line.startsWith("device ")) {
                    d.add(line.substring(7));
                }
            }
            return new Values(f, d);
        }
    }

    /** The settings remembered for a file (none when the file is null or has none). */
    public static Values load(IFile file) {
        if (file == null || !file.exists()) {
            return Values.NONE;
        }
        try {
            return Values.decode(file.getPersistentProperty(KEY));
        } catch (CoreException e) {
            return Values.NONE;
        }
    }

    /** Remembers the settings for a file (none: forgets them). */
    public static void store(IFile file, Values v) throws CoreException {
        file.setPersistentProperty(KEY, v.features().isEmpty() && v.devices().isEmpty() ? null : v.encode());
    }

    /**
     * Opens a trace for the editor with the settings remembered for its file. When they no longer fit the
     * log (it changed, or they name a device it lacks), the trace opens without them and the returned
     * problem says why (shown to the user: nothing is dropped silently); the settings stay remembered.
     */
    public static Opened open(Path path, IFile file) throws IOException {
        Values v = load(file);
        if (v.features().isEmpty() && v.devices().isEmpty()) {
            return new Opened(TraceSession.open(path), null);
        }
        try {
            return new Opened(TraceSession.open(path, v.options()), null);
        } catch (TraceFormatException | IllegalArgumentException e) {
            if (!e.getMessage().contains("--virtio-") && !(e instanceof IllegalArgumentException)) {
                throw e; // the log itself cannot be read
            }
            return new Opened(TraceSession.open(path), "The device settings remembered for " + path.getFileName()
                    + " do not fit the log: " + e.getMessage() + ". It is shown without them; Ringside > QEMU Device"
                    + " Settings... changes them.");
        }
    }

    /** A session, and why the remembered settings were not used (null when they were, or there are none). */
    public record Opened(TraceSession session, String problem) {
    }
}
