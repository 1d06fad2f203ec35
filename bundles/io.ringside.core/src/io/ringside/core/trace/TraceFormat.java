package io.ringside.core.trace;

import java.io.IOException;
import java.nio.file.Path;

import io.ringside.core.engine.DeviceModels;

/**
 * A file format Ringside opens. Tools hold a list of formats and pick the first whose
 * {@link #probe(Path, byte[])} accepts the file's first bytes (already decompressed).
 */
public interface TraceFormat {

    /** Short name: {@code rstrace}, {@code qemu-log}. */
    String name();

    /** Whether the (decompressed) start of a file looks like this format. */
    boolean probe(Path file, byte[] head);

    EventSource open(Path file, DeviceModels models) throws IOException;

    /**
     * What besides the file decides the events this format reads from it (options the user gave), as
     * text; empty for none. A cached index is reused only for the same variant.
     */
    default String variant() {
        return "";
    }
}
