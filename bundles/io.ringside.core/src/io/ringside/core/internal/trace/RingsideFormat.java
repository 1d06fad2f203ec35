package io.ringside.core.internal.trace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.ringside.core.engine.DeviceModels;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.OpenOptions;
import io.ringside.core.trace.TraceFormat;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceReader;

/** The project's own JSON Lines format ({@code .rstrace}, {@code .rstrace.gz}). */
public final class RingsideFormat implements TraceFormat {

    @Override
    public String name() {
        return "rstrace";
    }

    @Override
    public int probeOrder() {
        return 0;
    }

    @Override
    public boolean probe(Path file, byte[] head) {
        String s = new String(head, 0, Math.min(head.length, 256), StandardCharsets.UTF_8).stripLeading();
        return s.startsWith("{") && s.contains("\"" + TraceHeader.FORMAT + "\"")
                || file.getFileName().toString().matches(".*\\.rstrace(\\.gz)?$");
    }

    @Override
    public EventSource open(Path file, DeviceModels models, OpenOptions options) throws IOException {
        return TraceReader.open(file, models.registry());
    }
}
