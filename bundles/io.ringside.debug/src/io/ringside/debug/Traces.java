package io.ringside.debug;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.index.IndexOptions;
import io.ringside.core.index.TraceIndex;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.RingsideFormat;
import io.ringside.core.trace.TraceFormat;
import io.ringside.core.trace.TraceFormatException;
import io.ringside.core.trace.TraceReader;
import io.ringside.core.util.ProgressMonitor;
import io.ringside.nvme.NvmeModel;
import io.ringside.qemu.OpNvmeModel;
import io.ringside.qemu.OpVirtioModel;
import io.ringside.qemu.QemuLogFormat;
import io.ringside.virtio.VirtioModel;

/** Opening a trace file for the debugger: the device models and formats Ringside ships. */
public final class Traces {

    private Traces() {
    }

    public static DeviceModels models() {
        return new DeviceModels(List.of(new VirtioModel(), NvmeModel.INSTANCE, new OpVirtioModel(), new OpNvmeModel()));
    }

    public static List<TraceFormat> formats() {
        return List.of(new RingsideFormat(), new QemuLogFormat());
    }

    /** Opens a Ringside trace or a QEMU log (decided by content, then by name). */
    public static EventSource open(Path file, DeviceModels models) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        byte[] head;
        try (InputStream in = TraceReader.decompress(Files.newInputStream(file))) {
            head = in.readNBytes(64 * 1024);
        }
        for (TraceFormat f : formats()) {
            if (f.probe(file, head)) {
                return f.open(file, models);
            }
        }
        throw new TraceFormatException(file.toString(), 1, 0,
                "neither a Ringside trace nor a QEMU trace log (no header, no virtio/NVMe trace lines)");
    }

    /** Reads a whole file into a timeline on the calling thread. */
    public static RecordedTimeline read(Path file, CheckOptions options, ProgressMonitor monitor) throws IOException {
        DeviceModels models = models();
        try (EventSource src = open(file, models)) {
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
        return new IndexedTimeline(TraceIndex.open(file, formats(), models, options, indexOptions, monitor), true);
    }
}
