package io.ringside.core.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.OpenOptions;
import io.ringside.core.trace.TraceFormat;
import io.ringside.core.trace.TraceFormatException;
import io.ringside.core.trace.TraceInput;

/**
 * The one registry of what Ringside reads: the {@link DeviceModel}s and {@link TraceFormat}s installed.
 * Each is registered once, by its own bundle, as a Java service: a line in that bundle's
 * {@code src/META-INF/services/io.ringside.core.engine.DeviceModel} (or {@code ...trace.TraceFormat}). The
 * command line, the editor and the debugger all ask here; nothing else lists models or formats.
 * <p>
 * <b>Plain Java</b> (the command line, {@code tools/devtest}): {@link ServiceLoader} finds the service
 * files on the class path. <b>OSGi</b> (the workbench, Tycho's test runtimes): Aries SPI Fly makes the same
 * {@code ServiceLoader.load(Class)} calls below see the provider bundles. It needs, in this bundle's
 * manifest, the {@code osgi.serviceloader.processor} extender requirement (it then weaves these calls),
 * and in each provider's manifest {@code Provide-Capability: osgi.serviceloader} with the
 * {@code osgi.serviceloader.registrar} requirement and {@code Bundle-ActivationPolicy: lazy} (SPI Fly
 * only registers providers that are starting or active; Equinox puts lazy bundles in that state when it
 * starts). SPI Fly itself must be started early (start level 2: the product, {@code pom.xml}'s surefire
 * configuration).
 * <p>
 * Models are listed by name, formats by {@link TraceFormat#probeOrder()} then name, so the order never
 * depends on the class path or on bundle ids.
 * The lists are read once per class loader and are immutable.
 */
public final class Extensions {

    /** Bytes of a file's (decompressed) start that formats probe. */
    public static final int PROBE_BYTES = 64 * 1024;

    private static volatile List<DeviceModel> models;
    private static volatile List<TraceFormat> formats;

    private Extensions() {
    }

    /** Every installed device model, by name. */
    public static List<DeviceModel> deviceModels() {
        List<DeviceModel> l = models;
        if (l == null) {
            List<DeviceModel> found = new ArrayList<>();
            try {
                for (DeviceModel m : ServiceLoader.load(DeviceModel.class)) {
                    found.add(m);
                }
            } catch (ServiceConfigurationError e) {
                throw new IllegalStateException("a device model could not be loaded: " + e.getMessage(), e);
            }
            found.sort(Comparator.comparing(DeviceModel::name));
            models = l = List.copyOf(found);
        }
        return l;
    }

    /** Every installed trace format, in probe order. */
    public static List<TraceFormat> traceFormats() {
        List<TraceFormat> l = formats;
        if (l == null) {
            List<TraceFormat> found = new ArrayList<>();
            try {
                for (TraceFormat f : ServiceLoader.load(TraceFormat.class)) {
                    found.add(f);
                }
            } catch (ServiceConfigurationError e) {
                throw new IllegalStateException("a trace format could not be loaded: " + e.getMessage(), e);
            }
            found.sort(Comparator.comparingInt(TraceFormat::probeOrder).thenComparing(TraceFormat::name));
            formats = l = List.copyOf(found);
        }
        return l;
    }

    /** The installed models with their event registry. */
    public static DeviceModels models() {
        List<DeviceModel> l = deviceModels();
        if (l.isEmpty()) {
            throw new IllegalStateException("no device model is installed (in OSGi: is Aries SPI Fly started?)");
        }
        return new DeviceModels(l);
    }

    /** The ids of every installed model's watchable fields, models by name, each id once. */
    public static List<String> watchFieldIds() {
        List<String> ids = new ArrayList<>();
        for (DeviceModel m : deviceModels()) {
            for (WatchField f : m.watchFields()) {
                if (!ids.contains(f.id())) {
                    ids.add(f.id());
                }
            }
        }
        return ids;
    }

    /**
     * The id of the watchable field a spelling names ({@code avail.idx}, {@code avail_idx}, {@code AVAIL_IDX}).
     *
     * @throws IllegalArgumentException listing the fields when no installed model has it
     */
    public static String watchFieldId(String spelling) {
        for (DeviceModel m : deviceModels()) {
            for (WatchField f : m.watchFields()) {
                if (f.isNamed(spelling)) {
                    return f.id();
                }
            }
        }
        throw new IllegalArgumentException("no watchable field '" + spelling + "'; fields: "
                + String.join(", ", watchFieldIds()));
    }

    /** The installed format of that name, or null. */
    public static TraceFormat format(String name) {
        for (TraceFormat f : traceFormats()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** The first of {@code candidates} whose probe accepts a (decompressed) head, or null. */
    public static TraceFormat probe(Path name, byte[] head, List<? extends TraceFormat> candidates) {
        for (TraceFormat f : candidates) {
            if (f.probe(name, head)) {
                return f;
            }
        }
        return null;
    }

    /** The installed format that reads a file, by its content (then its name). */
    public static TraceFormat probe(Path file) throws IOException {
        return probe(file, traceFormats());
    }

    /**
     * The first of {@code candidates} that reads a file.
     *
     * @throws TraceFormatException (one line naming the file) when it is missing, a folder, or no
     *             candidate's probe accepts it
     */
    public static TraceFormat probe(Path file, List<? extends TraceFormat> candidates) throws IOException {
        if (Files.isDirectory(file)) {
            throw new TraceFormatException(file.toString(), 0, -1, "is a directory, not a trace");
        }
        byte[] head;
        try (InputStream in = TraceInput.open(file)) {
            head = in.readNBytes(PROBE_BYTES);
        } catch (NoSuchFileException e) {
            throw new TraceFormatException(file.toString(), 0, -1, "no such file");
        }
        TraceFormat f = probe(file, head, candidates);
        if (f == null) {
            throw new TraceFormatException(file.toString(), 1, 0, "not a trace Ringside reads (formats: "
                    + String.join(", ", candidates.stream().map(TraceFormat::name).toList()) + ")");
        }
        return f;
    }

    /** Opens a file in the installed format that reads it. */
    public static EventSource open(Path file, DeviceModels models, OpenOptions options) throws IOException {
        return probe(file).open(file, models, options);
    }
}
