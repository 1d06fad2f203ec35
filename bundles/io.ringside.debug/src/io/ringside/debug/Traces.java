package io.ringside.debug;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.Extensions;
import io.ringside.core.index.IndexOptions;
import io.ringside.core.index.TraceIndex;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.OpenOptions;
import io.ringside.core.util.ProgressMonitor;

/** Opening a trace file for the debugger, in the installed formats and models ({@link Extensions}). */
public final class Traces {

    private Traces() {
    }

    public static DeviceModels models() {
        return Extensions.models();
    }

    /** Reads a whole file into a timeline on the calling thread. */
    public static RecordedTimeline read(Path file, CheckOptions options, ProgressMonitor monitor) throws IOException {
        DeviceModels models = models();
        try (EventSource src = Extensions.open(file, models, OpenOptions.DEFAULT)) {
            return RecordedTimeline.read(src, models, options, monitor);
        }
    }

    /**
     * Opens a file through the checkpoint index (built, or loaded from the index cache when still valid):
     * what replay sessions and {@code show --break-on} use; memory stays bounded whatever the length.
     */
    public static IndexedTimeline index(Path file, CheckOptions options, IndexOptions indexOptions,
            ProgressMonitor monitor) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        DeviceModels models = models();
        return new IndexedTimeline(TraceIndex.open(file, models, options, indexOptions, monitor), true);
    }
}
