package io.ringside.core.trace;

import java.io.IOException;
import java.nio.file.Path;

import io.ringside.core.engine.DeviceModels;

/**
 * A file format Ringside opens: registered once, as a Java service ({@code META-INF/services}, see
 * {@link io.ringside.core.engine.Extensions}), and picked by {@link #probe(Path, byte[])} of the file's
 * first bytes. Compression (gzip, xz) is not a format's business: {@link TraceInput} undoes it before
 * the probe and for {@link #open}.
 */
public interface TraceFormat {

    /** Short name: {@code rstrace}, {@code qemu-log}. */
    String name();

    /**
     * Whether the start of a file looks like this format. {@code head} is decompressed; {@code file} gives
     * the name only (a content describer probes a stream under a neutral name).
     */
    boolean probe(Path file, byte[] head);

    EventSource open(Path file, DeviceModels models, OpenOptions options) throws IOException;

    /**
     * Where this format's probe comes among the installed formats' (lower first, then by name): the
     * first that accepts a file reads it. A format that can also recognise its files by name (the
     * project's own, 0) goes before those that look at content only (100).
     */
    default int probeOrder() {
        return 100;
    }

    default EventSource open(Path file, DeviceModels models) throws IOException {
        return open(file, models, OpenOptions.DEFAULT);
    }

    /**
     * What of the options decides the events this format reads from a file (settings the user gave), as
     * text; empty for none. A cached index is reused only for the same variant.
     */
    default String variant(OpenOptions options) {
        return "";
    }
}
