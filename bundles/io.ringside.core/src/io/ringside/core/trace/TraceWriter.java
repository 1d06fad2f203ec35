package io.ringside.core.trace;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;

import io.ringside.core.util.AtomicFile;

/**
 * Writes a trace in the JSON Lines format of {@code docs/trace-format.md} with Jackson's streaming
 * generator. The file appears only when {@link #close()} succeeds (temporary file, then rename); a
 * writer that is {@link #abort() aborted} or never closed leaves any previous file untouched.
 * Names ending in {@code .gz} are compressed.
 */
public final class TraceWriter implements Closeable {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final AtomicFile target;
    private final JsonGenerator gen;
    private long count;
    private boolean closed;

    public TraceWriter(Path file, TraceHeader header) throws IOException {
        this.target = AtomicFile.create(file);
        OutputStream out = new BufferedOutputStream(target.stream(), 1 << 16);
        if (file.getFileName().toString().endsWith(".gz")) {
            out = new GZIPOutputStream(out, 1 << 16);
        }
        this.gen = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        gen.setRootValueSeparator(new SerializedString("\n"));
        try {
            writeHeader(header);
        } catch (IOException | RuntimeException e) {
            abort();
            throw e;
        }
    }

    /** Writes into a caller's stream (no atomic rename); used for piping and tests. */
    public TraceWriter(OutputStream out, TraceHeader header) throws IOException {
        this.target = null;
        this.gen = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        gen.setRootValueSeparator(new SerializedString("\n"));
        writeHeader(header);
    }

    private void writeHeader(TraceHeader h) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("format", TraceHeader.FORMAT);
        gen.writeStringField("version", h.major() + "." + h.minor());
        gen.writeStringField("producer", h.producer());
        gen.writeStringField("level", h.level().id());
        gen.writeArrayFieldStart("devices");
        for (DeviceInfo d : h.devices()) {
            gen.writeStartObject();
            gen.writeNumberField("id", d.id());
            gen.writeStringField("type", d.type());
            if (d.name() != null) {
                gen.writeStringField("name", d.name());
            }
            gen.writeStringField("features", "0x" + Long.toHexString(d.features()));
            writeLongMap("props", d.props());
            if (!d.strings().isEmpty()) {
                gen.writeObjectFieldStart("strings");
                for (Map.Entry<String, String> e : d.strings().entrySet()) {
                    gen.writeStringField(e.getKey(), e.getValue());
                }
                gen.writeEndObject();
            }
            gen.writeArrayFieldStart("queues");
            for (QueueInfo q : d.queues()) {
                gen.writeStartObject();
                gen.writeNumberField("index", q.index());
                gen.writeStringField("layout", q.layout());
                gen.writeNumberField("size", q.size());
                writeLongMap("props", q.props());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
        gen.writeEndArray();
        if (!h.meta().isEmpty()) {
            gen.writeObjectFieldStart("meta");
            for (Map.Entry<String, String> e : h.meta().entrySet()) {
                gen.writeStringField(e.getKey(), e.getValue());
            }
            gen.writeEndObject();
        }
        gen.writeEndObject();
    }

    private void writeLongMap(String name, Map<String, Long> map) throws IOException {
        if (map.isEmpty()) {
            return;
        }
        gen.writeObjectFieldStart(name);
        for (Map.Entry<String, Long> e : map.entrySet()) {
            gen.writeFieldName(e.getKey());
            writeU64(e.getValue());
        }
        gen.writeEndObject();
    }

    private void writeU64(long v) throws IOException {
        if (v >= 0) {
            gen.writeNumber(v);
        } else {
            gen.writeNumber(Long.toUnsignedString(v));
        }
    }

    /** Appends one event. Its seq is ignored: the event number is its position in the file. */
    public void write(TraceEvent e) throws IOException {
        EventType type = e.type();
        gen.writeStartObject();
        gen.writeStringField("ev", type.id());
        gen.writeNumberField("t", e.time());
        if (e.device() != TraceEvent.NONE) {
            gen.writeNumberField("d", e.device());
        }
        if (e.queue() != TraceEvent.NONE) {
            gen.writeNumberField("q", e.queue());
        }
        String[] fields = type.fields();
        for (int i = 0; i < fields.length; i++) {
            if (e.has(i)) {
                gen.writeFieldName(fields[i]);
                writeU64(e.get(i));
            }
        }
        if (e.note() != null) {
            gen.writeStringField("note", e.note());
        }
        gen.writeEndObject();
        count++;
    }

    public long count() {
        return count;
    }

    /** Flushes buffered events to the temporary file (they become visible only on close). */
    public void flush() throws IOException {
        gen.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        gen.writeRaw('\n');
        gen.close();
        if (target != null) {
            target.commit();
        }
    }

    /** Discards the output: the destination keeps whatever it held before. */
    public void abort() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            gen.close();
        } catch (IOException | RuntimeException ignored) {
            // the temporary file is deleted below
        }
        if (target != null) {
            target.discard();
        }
    }
}
