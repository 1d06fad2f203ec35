package io.ringside.core.trace;

import static io.ringside.core.trace.TraceTokens.abbreviate;
import static io.ringside.core.trace.TraceTokens.describe;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import io.ringside.core.util.Text;

/**
 * Reads a trace in the JSON Lines format of {@code docs/trace-format.md} with Jackson's streaming
 * parser: one {@link TraceEvent} instance is filled per call to {@link #next(TraceEvent)}, nothing is
 * allocated per event on the hot path.
 * <p>
 * Bad input is reported as a {@link TraceFormatException} naming file and line. Unknown event kinds
 * (from a newer minor version) are skipped and counted; unknown fields are ignored. A newer major
 * version is refused.
 * <p>
 * This class decodes the event lines; {@link HeaderReader} decodes the header line and
 * {@link TraceTokens} holds what both share (the parser, located errors, unsigned numbers).
 */
public final class TraceReader implements EventSource {

    /** Longest string value accepted (a note, a header text). */
    public static final int MAX_STRING = 1 << 20;
    /** Most keys on one event line. */
    public static final int MAX_KEYS = 32;
    /** Longest line (the header or one event), in bytes. */
    public static final int MAX_LINE = 1 << 20;
    /** Most entries in one header map ("props", "strings", "meta"). */
    public static final int MAX_MAP = 4096;
    /** Most queues in a header, over all devices. */
    public static final int MAX_QUEUES = 4096;
    /** Most queue entries in a header, summed over all queues: what replay engines allocate state for. */
    public static final long MAX_QUEUE_SLOTS = 1 << 20;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(16)
                    .maxStringLength(MAX_STRING)
                    .maxNumberLength(64)
                    .maxNameLength(256)
                    .build())
            .build();

    private final String name;
    private final EventRegistry registry;
    private final TraceTokens tokens;
    /** The parser of {@link #tokens}. */
    private final JsonParser parser;
    private final TraceHeader header;
    private long seq;
    private long unknownEvents;
    /** Line of the last event (or of the header): the next event must be on the line after it. */
    private long lastLine;
    private final Set<String> unknownNames = new TreeSet<>();

    // scratch for one event line
    private final String[] keys = new String[MAX_KEYS];
    private final long[] nums = new long[MAX_KEYS];
    private final boolean[] isNum = new boolean[MAX_KEYS];

    /** Opens a file ({@code .gz} or {@code .xz} detected by its magic bytes) and reads its header. */
    public static TraceReader open(Path file, EventRegistry registry) throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new TraceFormatException(file.toString(), 0, -1, "no such file");
        }
        try {
            return new TraceReader(decompress(in, file.toString()), file.toString(), registry);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * The decompressed content of a stream ({@link TraceInput#decompress}), buffered for the JSON parser's
     * reads.
     */
    public static InputStream decompress(InputStream raw, String name) throws IOException {
        InputStream in = TraceInput.decompress(raw, name);
        return TraceInput.isPlain(in) ? in : new BufferedInputStream(in, 1 << 16);
    }

    /**
     * Opens an uncompressed trace file in the middle, at the start of an event line whose position an
     * index recorded, without reading the header again: events are numbered from {@code firstSeq} and
     * lines and offsets in messages are those of the whole file.
     *
     * @param offset byte offset of the start of the line of event {@code firstSeq}
     * @param line   1-based line number of that line
     * @throws TraceFormatException when the file is compressed (no random access into GZIP)
     */
    public static TraceReader openAt(Path file, TraceHeader header, EventRegistry registry, long offset, long firstSeq,
            long line) throws IOException {
        java.nio.channels.SeekableByteChannel ch;
        try {
            ch = Files.newByteChannel(file);
        } catch (NoSuchFileException e) {
            throw new TraceFormatException(file.toString(), 0, -1, "no such file");
        }
        try {
            java.nio.ByteBuffer magic = java.nio.ByteBuffer.allocate(2);
            ch.read(magic);
            if (magic.position() == 2 && (magic.get(0) & 0xff) == 0x1f && (magic.get(1) & 0xff) == 0x8b) {
                throw new TraceFormatException(file.toString(), 0, -1, "compressed trace: no random access");
            }
            if (offset < 0 || offset > ch.size()) {
                throw new TraceFormatException(file.toString(), line, offset, "offset beyond the end of the file");
            }
            ch.position(offset);
            InputStream in = new BufferedInputStream(java.nio.channels.Channels.newInputStream(ch), 1 << 16);
            return new TraceReader(in, file.toString(), registry, header, firstSeq, line - 1, offset);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private TraceReader(InputStream in, String name, EventRegistry registry, TraceHeader header, long firstSeq,
            long lineBase, long offsetBase) throws IOException {
        this.name = name;
        this.registry = registry;
        this.parser = FACTORY.createParser(in);
        this.tokens = new TraceTokens(name, parser, lineBase, offsetBase);
        this.header = header;
        this.seq = firstSeq;
        this.lastLine = lineBase;
    }

    public TraceReader(InputStream in, String name, EventRegistry registry) throws IOException {
        this.name = name;
        this.registry = registry;
        try {
            this.parser = FACTORY.createParser(in);
        } catch (java.io.CharConversionException e) {
            // Jackson's encoding detection (UTF-16/32) refused the first bytes
            throw new TraceFormatException(name, 1, 0, "not a Ringside trace: " + e.getMessage(), e);
        }
        this.tokens = new TraceTokens(name, parser, 0, 0);
        try {
            try {
                this.header = new HeaderReader(tokens).read();
                this.lastLine = 1;
            } catch (JsonProcessingException e) {
                // from a value Jackson decodes lazily (a string's text, a number) or a stream limit
                throw tokens.error(e);
            } catch (java.io.CharConversionException e) {
                // Jackson's encoding detection (UTF-16/32) met a broken character
                throw new TraceFormatException(name, 1, 0, "not a Ringside trace: " + e.getMessage(), e);
            }
        } catch (IOException | RuntimeException e) {
            parser.close();
            throw e;
        }
    }

    @Override
    public TraceHeader header() {
        return header;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long position() {
        return tokens.offsetBase + parser.currentLocation().getByteOffset();
    }

    @Override
    public List<String> warnings() {
        if (unknownEvents == 0) {
            return List.of();
        }
        return List.of(Text.escape(name + ": skipped " + unknownEvents + " event(s) of kinds this Ringside does not know: "
                + String.join(", ", unknownNames)));
    }

    /** Number of the next event: the events returned so far when reading from the start. */
    public long eventsRead() {
        return seq;
    }

    /** Lines skipped because their event kind is unknown to this build. */
    public long unknownEvents() {
        return unknownEvents;
    }

    public Set<String> unknownEventNames() {
        return unknownNames;
    }

    /** Line of the token last read (1-based). */
    public long currentLine() {
        return tokens.lineBase + parser.currentLocation().getLineNr();
    }

    /** Byte offset reached in the (uncompressed) input. */
    public long currentOffset() {
        return tokens.offsetBase + parser.currentLocation().getByteOffset();
    }

    /**
     * Reads the next event into {@code e}.
     *
     * @return false at the end of the trace
     * @throws TraceFormatException on malformed input, naming the line
     */
    @Override
    public boolean next(TraceEvent e) throws IOException {
        try {
            return readEvent(e);
        } catch (JsonProcessingException x) {
            // from a value Jackson decodes lazily (a string's text, a number) or a stream limit
            throw tokens.error(x);
        } catch (java.io.CharConversionException x) {
            throw new TraceFormatException(name, currentLine(), currentOffset(), "malformed text: " + x.getMessage(), x);
        }
    }

    private boolean readEvent(TraceEvent e) throws IOException {
        while (true) {
            JsonToken t = tokens.nextToken();
            if (t == null) {
                return false;
            }
            if (t != JsonToken.START_OBJECT) {
                throw tokens.error("expected an event object {\"ev\":...}, found " + describe(t));
            }
            JsonLocation start = parser.currentTokenLocation();
            long line = tokens.lineBase + start.getLineNr();
            long offset = tokens.offsetBase + start.getByteOffset();
            if (line != lastLine + 1) { // the format: one event per line, no blank lines inside
                throw new TraceFormatException(name, line, offset, line == lastLine
                        ? "a second event on the line: each event is one line"
                        : "line " + (lastLine + 1) + " is blank: every line after the header is one event");
            }
            lastLine = line;
            int n = 0;
            String ev = null;
            String note = null;
            long time = 0;
            int device = TraceEvent.NONE;
            int queue = TraceEvent.NONE;
            while ((t = tokens.nextToken()) == JsonToken.FIELD_NAME) {
                String k = parser.currentName();
                t = tokens.nextToken();
                switch (k) {
                    case "ev" -> {
                        if (t != JsonToken.VALUE_STRING) {
                            throw tokens.error("\"ev\" must be a string, found " + describe(t));
                        }
                        ev = parser.getText();
                    }
                    case "note" -> {
                        if (t != JsonToken.VALUE_STRING) {
                            throw tokens.error("\"note\" must be a string, found " + describe(t));
                        }
                        note = parser.getText();
                    }
                    case "t" -> time = tokens.number(t, "t");
                    case "d" -> device = (int) tokens.bounded(tokens.number(t, "d"), 0, 1 << 20, "device id");
                    case "q" -> queue = (int) tokens.bounded(tokens.number(t, "q"), 0, 65535, "queue index");
                    default -> {
                        if (n == MAX_KEYS) {
                            throw tokens.error("more than " + MAX_KEYS + " keys on one event line");
                        }
                        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                            throw tokens.error("field \"" + k + "\" must be a number, found " + describe(t));
                        }
                        keys[n] = k;
                        nums[n] = tokens.number(t, k);
                        isNum[n] = true;
                        n++;
                    }
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw tokens.error("truncated event: expected '}' or another field, found " + describe(t));
            }
            JsonLocation end = parser.currentTokenLocation();
            if (tokens.lineBase + end.getLineNr() != line) {
                throw new TraceFormatException(name, line, offset, "an event must fit on one line");
            }
            if (end.getByteOffset() - start.getByteOffset() >= MAX_LINE) {
                throw new TraceFormatException(name, line, offset, "event line is longer than the limit of "
                        + MAX_LINE + " bytes (" + (end.getByteOffset() - start.getByteOffset() + 1) + " bytes)");
            }
            if (ev == null) {
                throw new TraceFormatException(name, line, offset, "event has no \"ev\" (its kind)");
            }
            EventType type = registry.lookup(ev);
            if (type == null) {
                unknownEvents++;
                if (unknownNames.size() < 100) {
                    unknownNames.add(abbreviate(ev));
                }
                continue;
            }
            e.reset(type);
            e.seq(seq++).time(time).device(device).queue(queue).note(note).position(line, offset);
            for (int i = 0; i < n; i++) {
                int slot = type.slot(keys[i]);
                if (slot >= 0) {
                    int bits = type.fieldBits(slot);
                    if (bits < 64 && nums[i] >>> bits != 0) { // an engine would truncate it
                        throw new TraceFormatException(name, line, offset, "\"" + keys[i] + "\" = "
                                + Long.toUnsignedString(nums[i]) + " does not fit in the " + bits + " bits of the field ("
                                + ev + "." + keys[i] + " is at most " + ((1L << bits) - 1) + ")");
                    }
                    e.set(slot, nums[i]);
                }
            }
            int missing = type.requiredMask() & ~e.presentMask();
            if (missing != 0) {
                String field = type.fields()[Integer.numberOfTrailingZeros(missing)];
                throw new TraceFormatException(name, line, offset,
                        "event \"" + ev + "\" needs field \"" + field + "\"");
            }
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
