package io.ringside.qemu;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceFormatException;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceLevel;
import io.ringside.qemu.internal.LogCounts;
import io.ringside.core.trace.TraceInput;
import io.ringside.qemu.internal.LogReader;
import io.ringside.qemu.internal.LogRecord;
import io.ringside.qemu.internal.ParallelLog;
import io.ringside.qemu.internal.Translator;

/**
 * A QEMU trace log read as an operation-level {@link EventSource}, in two passes: the first validates
 * every line and finds the devices and queues (so the header can list them), the second produces the
 * events.
 * <p>
 * {@link #open} parses the file in blocks of whole lines on every core ({@link ParallelLog}) and keeps the
 * first pass's records of the events it uses, in compact form, for the second pass, up to a memory budget
 * (beyond it the second pass reads and parses the rest of the file again). {@link #openStreaming} is the
 * straightforward reader: one thread, the file streamed twice. Both give the same header, events,
 * counts and errors (tested on every sample log); memory stays bounded whatever the log's length.
 */
public final class QemuLogSource implements EventSource {

    /** The producer written in headers of imported traces. */
    public static final String PRODUCER = "ringside-qemu-import";

    private final Path file;
    private final String name;
    private final TraceHeader header;
    private final LogCounts scan; // first pass (finished), for its counts
    private final List<String> notes; // of the device settings
    private final LogReader reader; // second pass, streaming
    private final ParallelLog blocks; // second pass, parallel
    private final boolean[] emitted = Translator.emitted();
    private final Translator translator;
    private final LogRecord record = new LogRecord();
    private final TraceEvent[] out = new TraceEvent[2];
    private final TraceEvent second = new TraceEvent();
    private boolean hasSecond;
    private long seq;

    /**
     * Opens a log, parsed on every core; {@code lenient} skips (and counts) known events whose arguments
     * do not parse.
     */
    public static QemuLogSource open(Path file, boolean lenient) throws IOException {
        return open(file, QemuOptions.DEFAULT.withLenient(lenient));
    }

    /** Opens a log, parsed on every core, with the user's options (lenient, device features and types). */
    public static QemuLogSource open(Path file, QemuOptions options) throws IOException {
        return new QemuLogSource(file, options, ParallelLog.open(file, file.toString(), options.lenient()));
    }

    /** Opens a log with explicit block settings (tests: small blocks, a small budget, one or more threads). */
    static QemuLogSource open(Path file, boolean lenient, int blockSize, long budget, int threads) throws IOException {
        return new QemuLogSource(file, QemuOptions.DEFAULT.withLenient(lenient),
                new ParallelLog(file, file.toString(), lenient, blockSize, budget, threads));
    }

    /** Opens a log with the straightforward reader: one thread, the file streamed twice. Same results as {@link #open}. */
    public static QemuLogSource openStreaming(Path file, boolean lenient) throws IOException {
        return openStreaming(file, QemuOptions.DEFAULT.withLenient(lenient));
    }

    /** {@link #openStreaming(Path, boolean)} with the user's options. */
    public static QemuLogSource openStreaming(Path file, QemuOptions options) throws IOException {
        return new QemuLogSource(file, options, null);
    }

    private QemuLogSource(Path file, QemuOptions options, ParallelLog parallel) throws IOException {
        boolean lenient = options.lenient();
        this.file = file;
        this.name = file.toString();
        Translator discovery = new Translator();
        TraceEvent[] none = {};
        try {
            if (parallel != null) {
                parallel.scan(Translator.relevant(), Translator.relevantFirst(), new ParallelLog.Sink() {
                    @Override
                    public void accept(LogRecord r) throws Translator.LimitException {
                        discovery.discover(r);
                    }
                });
                this.scan = parallel;
            } else {
                try (LogReader r = new LogReader(TraceInput.open(file), name, lenient)) {
                    while (r.next(record)) {
                        discovery.translate(record, none); // the reference: one method for both passes
                    }
                    this.scan = r;
                }
            }
        } catch (Translator.LimitException e) {
            if (parallel != null) {
                parallel.close();
            }
            throw new TraceFormatException(name, e.line(), -1, "too large for the importer: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            if (parallel != null) {
                parallel.close();
            }
            throw e;
        }
        if (scan.events() == 0) {
            if (parallel != null) {
                parallel.close();
            }
            throw new TraceFormatException(name, scan.lines() == 0 ? 0 : 1, 0, scan.lines() == 0 ? "empty file"
                    : "no QEMU virtio, virtqueue or pci_nvme trace event in " + scan.lines() + " line(s); not a QEMU trace log"
                            + " (expected lines like 'virtqueue_pop vq 0x... elem 0x... in_num 1 out_num 1', after"
                            + " 'tid@sec.usec:' or '2026-12-05T23:55:41.169785Z ' with -msg timestamp=on)");
        }
        List<DeviceInfo> devices;
        try {
            devices = discovery.finishDiscovery(options);
        } catch (Translator.SettingsException e) {
            if (parallel != null) {
                parallel.close();
            }
            throw new TraceFormatException(name, e.line(), -1, e.getMessage());
        }
        this.notes = discovery.notes();
        this.header = new TraceHeader(PRODUCER, TraceLevel.OPERATION, devices, meta());
        this.translator = new Translator(discovery);
        if (parallel != null) {
            this.blocks = parallel;
            this.reader = null;
        } else {
            this.blocks = null;
            this.reader = new LogReader(TraceInput.open(file), name, lenient);
            this.reader.parseOnly(emitted);
        }
        out[1] = second;
    }

    private Map<String, String> meta() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("source", file.getFileName().toString());
        m.put("sourceFormat", "qemu-log");
        m.put("qemu.lines", Long.toString(scan.lines()));
        m.put("qemu.events", Long.toString(scan.events()));
        m.put("qemu.foreignLines", Long.toString(scan.foreignLines()));
        m.put("qemu.unmodelledEvents", Long.toString(scan.unmodelledEvents()));
        if (scan.badLines() > 0) {
            m.put("qemu.skippedBadLines", Long.toString(scan.badLines()));
        }
        m.put("qemu.timestamps", scan.prefixedEvents() == 0 ? "no" : "yes"); // never mixed: an error
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Long> e : scan.countsByName().entrySet()) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        m.put("qemu.eventCounts", sb.toString());
        if (!scan.unmodelledByName().isEmpty()) {
            m.put("qemu.unmodelledCounts", scan.unmodelledByName().toString());
        }
        return m;
    }

    @Override
    public TraceHeader header() {
        return header;
    }

    @Override
    public boolean next(TraceEvent e) throws IOException {
        if (hasSecond) { // the second event of the last record
            hasSecond = false;
            e.copyFrom(second);
            e.seq(seq++);
            return true;
        }
        out[0] = e; // translated in place: one copy less per event
        while (true) {
            if (blocks != null ? !blocks.next(record, emitted) : !reader.next(record)) {
                return false;
            }
            int n;
            try {
                n = translator.translate(record, out);
            } catch (Translator.LimitException ex) {
                throw new TraceFormatException(name, record.line(), record.offset(), ex.getMessage());
            }
            if (n > 0) {
                e.position(record.line(), record.offset());
                e.seq(seq++);
                if (n > 1) {
                    second.position(record.line(), record.offset());
                    hasSecond = true;
                }
                return true;
            }
        }
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * False for the parallel reader: its second pass translates records its first pass kept (or that its
     * parser threads parse again), cheaper than handing each event to another thread; true for the
     * streaming reader, which parses every line on the reading thread.
     */
    @Override
    public boolean readAheadPays() {
        return blocks == null;
    }

    @Override
    public long position() {
        return blocks != null ? blocks.position() : reader.position();
    }

    /** Counts of the first pass (the whole file): QEMU events by name. */
    public Map<String, Long> qemuEventCounts() {
        return scan.countsByName();
    }

    public long lines() {
        return scan.lines();
    }

    public long qemuEvents() {
        return scan.events();
    }

    public long foreignLines() {
        return scan.foreignLines();
    }

    public long unmodelledEvents() {
        return scan.unmodelledEvents();
    }

    public Map<String, Long> unmodelledByName() {
        return scan.unmodelledByName();
    }

    public long skippedBadLines() {
        return scan.badLines();
    }

    @Override
    public List<String> warnings() {
        List<String> w = new ArrayList<>();
        for (String n : notes) {
            w.add(name.concat(": ").concat(n)); // (concat: no string concatenation bootstrap on a clean import)
        }
        if (scan.foreignLines() > 0) {
            w.add(name + ": " + scan.foreignLines() + " foreign line(s) (not QEMU trace events; first at line "
                    + scan.firstForeignLine() + ") ignored");
        }
        if (scan.unmodelledEvents() > 0) {
            w.add(name + ": " + scan.unmodelledEvents() + " trace event(s) of kinds the importer does not model, skipped: "
                    + scan.unmodelledByName());
        }
        if (scan.timeBackwards() > 0) {
            w.add(new StringBuilder(name).append(": ").append(scan.timeBackwards()).append(" event line(s) with a time"
                    + " earlier than the event line before them (first at line ").append(scan.firstTimeBackwards())
                    .append("); events are kept in file order").toString());
        }
        if (scan.badLines() > 0) {
            w.add(name + ": --lenient skipped " + scan.badLines() + " event line(s) that did not parse, e.g. "
                    + scan.badExamples().get(0));
        }
        return Collections.unmodifiableList(w);
    }

    @Override
    public void close() throws IOException {
        if (blocks != null) {
            blocks.close();
        } else {
            reader.close();
        }
    }
}
