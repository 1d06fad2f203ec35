package io.ringside.qemu;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.ringside.core.index.PrefetchSource;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceWriter;
import io.ringside.core.util.ProgressMonitor;

/** Converts a QEMU trace log into an operation-level {@code .rstrace} (the header lists every device and queue). */
public final class QemuImport {

    private QemuImport() {
    }

    /** What an import wrote. */
    public record Result(TraceHeader header, long events, long lines, long qemuEvents, long foreignLines,
            long unmodelledEvents, long skippedBadLines, List<String> warnings) {
    }

    public static Result run(Path log, Path out, boolean lenient, ProgressMonitor progress) throws IOException {
        return run(log, out, QemuOptions.DEFAULT.withLenient(lenient), progress);
    }

    /** Imports with the user's options; the header records the features and types given. */
    public static Result run(Path log, Path out, QemuOptions options, ProgressMonitor progress) throws IOException {
        try (QemuLogSource src = QemuLogSource.open(log, options)) {
            TraceEvent e = new TraceEvent();
            long n = 0;
            TraceWriter w = new TraceWriter(out, src.header());
            try (PrefetchSource in = new PrefetchSource(src)) { // translated on a second thread while this one writes
                while (in.next(e)) {
                    w.write(e);
                    n++;
                    if (progress != null && (n & 0xffff) == 0) {
                        progress.worked(in.position());
                    }
                }
                w.close();
            } catch (IOException | RuntimeException ex) {
                w.abort(); // an interrupted import leaves no partial file
                throw ex;
            }
            return new Result(src.header(), n, src.lines(), src.qemuEvents(), src.foreignLines(), src.unmodelledEvents(),
                    src.skippedBadLines(), src.warnings());
        }
    }
}
