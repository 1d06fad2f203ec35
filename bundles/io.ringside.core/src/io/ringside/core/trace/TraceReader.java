package io.ringside.core.trace;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final JsonParser parser;
    private final TraceHeader header;
    private long seq;
    /** Added to the parser's line numbers and byte offsets when reading from the middle of a file. */
    private final long lineBase;
    private final long offsetBase;
    private long unknownEvents;
    /** Line of the last event (or of the header): the next event must be on the line after it. */
    private long lastLine;
    private final Set<String> unknownNames = new TreeSet<>();
    /** Queues and queue entries seen in the header so far (limits). */
    private int headerQueues;
    private long headerSlots;

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
        this.header = header;
        this.seq = firstSeq;
        this.lineBase = lineBase;
        this.offsetBase = offsetBase;
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
        this.lineBase = 0;
        this.offsetBase = 0;
        try {
            try {
                this.header = readHeader();
                this.lastLine = 1;
            } catch (JsonProcessingException e) {
                // from a value Jackson decodes lazily (a string's text, a number) or a stream limit
                throw error(e);
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
        return offsetBase + parser.currentLocation().getByteOffset();
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
        return lineBase + parser.currentLocation().getLineNr();
    }

    /** Byte offset reached in the (uncompressed) input. */
    public long currentOffset() {
        return offsetBase + parser.currentLocation().getByteOffset();
    }

    private TraceFormatException error(String detail) {
        JsonLocation loc = parser.currentTokenLocation();
        return new TraceFormatException(name, lineBase + loc.getLineNr(), offsetBase + loc.getByteOffset(), detail);
    }

    private TraceFormatException error(JsonProcessingException e) {
        JsonLocation loc = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String msg = e.getOriginalMessage();
        int nl = msg.indexOf('\n');
        if (nl >= 0) {
            msg = msg.substring(0, nl);
        }
        // Jackson appends where an unclosed value started; the location is already in our message
        int marker = msg.indexOf(" (start marker at");
        if (marker >= 0) {
            msg = msg.substring(0, marker);
        }
        return new TraceFormatException(name, lineBase + loc.getLineNr(), offsetBase + loc.getByteOffset(),
                "malformed JSON: " + msg, e);
    }

    private JsonToken nextToken() throws IOException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            throw error(e);
        }
    }

    private TraceHeader readHeader() throws IOException {
        JsonToken t;
        try {
            t = parser.nextToken();
        } catch (JsonProcessingException e) {
            throw new TraceFormatException(name, 1, 0,
                    "not a Ringside trace: expected a JSON header line {\"format\":\"" + TraceHeader.FORMAT + "\",...}");
        }
        if (t == null) {
            throw new TraceFormatException(name, 1, 0, "empty file: expected a Ringside trace header line");
        }
        if (t != JsonToken.START_OBJECT) {
            throw new TraceFormatException(name, 1, 0,
                    "not a Ringside trace: expected a JSON header object on line 1, found " + t.asString());
        }
        if (parser.currentTokenLocation().getLineNr() != 1) {
            throw new TraceFormatException(name, 1, 0, "the header must be on line 1, found a blank line first");
        }
        String format = null;
        String version = null;
        String producer = "";
        String level = null;
        List<DeviceInfo> devices = new ArrayList<>();
        Map<String, String> meta = new LinkedHashMap<>();
        while ((t = nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            t = nextToken();
            switch (key) {
                case "format" -> format = text(t, key);
                case "version" -> version = text(t, key);
                case "producer" -> producer = text(t, key);
                case "level" -> level = text(t, key);
                case "devices" -> readDevices(t, devices);
                case "meta" -> readStringMap(t, meta, key);
                default -> skip(t);
            }
            headerSize();
        }
        if (t != JsonToken.END_OBJECT) {
            throw error("truncated header: expected '}' closing the header line");
        }
        if (parser.currentTokenLocation().getLineNr() != 1) {
            throw new TraceFormatException(name, 1, 0, "the header must be one line; it goes on to line "
                    + parser.currentTokenLocation().getLineNr());
        }
        if (!TraceHeader.FORMAT.equals(format)) {
            throw new TraceFormatException(name, 1, 0, "not a Ringside trace: header has format "
                    + (format == null ? "missing" : "'" + format + "'") + ", expected '" + TraceHeader.FORMAT + "'");
        }
        if (version == null) {
            throw new TraceFormatException(name, 1, 0, "header has no \"version\"");
        }
        int major;
        int minor;
        try {
            int dot = version.indexOf('.');
            major = Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
            minor = dot < 0 ? 0 : Integer.parseInt(version.substring(dot + 1));
        } catch (NumberFormatException e) {
            throw new TraceFormatException(name, 1, 0, "header version '" + version + "' is not MAJOR.MINOR");
        }
        if (major > TraceHeader.MAJOR) {
            throw new TraceFormatException(name, 1, 0, "trace format version " + version
                    + " is newer than this Ringside reads (" + TraceHeader.MAJOR + ".x): update Ringside");
        }
        if (major < 1) {
            throw new TraceFormatException(name, 1, 0, "trace format version " + version + " is not supported");
        }
        TraceLevel lvl = level == null ? TraceLevel.MEMORY : TraceLevel.fromId(level);
        if (lvl == null) {
            throw new TraceFormatException(name, 1, 0, "header level '" + level + "' is not 'memory' or 'operation'");
        }
        return new TraceHeader(major, minor, producer, lvl, devices, meta);
    }

    private String text(JsonToken t, String key) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            throw error("header field \"" + key + "\" must be a string, found " + describe(t));
        }
        return parser.getText();
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "end of file";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    private void skip(JsonToken t) throws IOException {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            try {
                parser.skipChildren();
            } catch (JsonProcessingException e) {
                throw error(e);
            }
        }
    }

    private void readStringMap(JsonToken t, Map<String, String> into, String what) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            throw error("\"" + what + "\" must be an object, found " + describe(t));
        }
        while ((t = nextToken()) == JsonToken.FIELD_NAME) {
            String k = parser.currentName();
            t = nextToken();
            if (into.size() >= MAX_MAP) {
                throw error("more than " + MAX_MAP + " entries in \"" + what + "\"");
            }
            headerSize();
            if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_TRUE
                    || t == JsonToken.VALUE_FALSE) {
                into.put(k, parser.getText());
            } else {
                throw error("\"" + what + "." + k + "\" must be a string, found " + describe(t));
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw error("truncated header in \"" + what + "\"");
        }
    }

    private void readLongMap(JsonToken t, Map<String, Long> into, String what) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            throw error("\"" + what + "\" must be an object, found " + describe(t));
        }
        while ((t = nextToken()) == JsonToken.FIELD_NAME) {
            String k = parser.currentName();
            t = nextToken();
            if (into.size() >= MAX_MAP) {
                throw error("more than " + MAX_MAP + " entries in \"" + what + "\"");
            }
            headerSize();
            into.put(k, number(t, what + "." + k));
        }
        if (t != JsonToken.END_OBJECT) {
            throw error("truncated header in \"" + what + "\"");
        }
    }

    private void readDevices(JsonToken t, List<DeviceInfo> into) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            throw error("\"devices\" must be an array, found " + describe(t));
        }
        while ((t = nextToken()) == JsonToken.START_OBJECT) {
            int id = -1;
            String type = null;
            String devName = null;
            long features = 0;
            Map<String, Long> props = new LinkedHashMap<>();
            Map<String, String> strings = new LinkedHashMap<>();
            List<QueueInfo> queues = new ArrayList<>();
            while ((t = nextToken()) == JsonToken.FIELD_NAME) {
                String k = parser.currentName();
                t = nextToken();
                switch (k) {
                    case "id" -> id = (int) bounded(number(t, "devices[].id"), 0, 1 << 20, "device id");
                    case "type" -> type = text(t, k);
                    case "name" -> devName = text(t, k);
                    case "features" -> features = number(t, "devices[].features");
                    case "props" -> readLongMap(t, props, "props");
                    case "strings" -> readStringMap(t, strings, "strings");
                    case "queues" -> readQueues(t, queues);
                    default -> skip(t);
                }
                headerSize();
            }
            if (t != JsonToken.END_OBJECT) {
                throw error("truncated header in \"devices\"");
            }
            if (id < 0 || type == null) {
                throw error("a device in the header needs \"id\" and \"type\"");
            }
            if (into.size() >= 4096) {
                throw error("more than 4096 devices in the header");
            }
            into.add(new DeviceInfo(id, type, devName, features, props, strings, queues));
        }
        if (t != JsonToken.END_ARRAY) {
            throw error("\"devices\" must hold objects, found " + describe(t));
        }
    }

    private void readQueues(JsonToken t, List<QueueInfo> into) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            throw error("\"queues\" must be an array, found " + describe(t));
        }
        while ((t = nextToken()) == JsonToken.START_OBJECT) {
            int index = -1;
            String layout = "unknown";
            long size = 0;
            Map<String, Long> props = new LinkedHashMap<>();
            while ((t = nextToken()) == JsonToken.FIELD_NAME) {
                String k = parser.currentName();
                t = nextToken();
                switch (k) {
                    case "index" -> index = (int) bounded(number(t, "queues[].index"), 0, 65535, "queue index");
                    case "layout" -> layout = text(t, k);
                    case "size" -> size = bounded(number(t, "queues[].size"), 0, 65536, "queue size");
                    case "props" -> readLongMap(t, props, "props");
                    default -> skip(t);
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw error("truncated header in \"queues\"");
            }
            if (index < 0) {
                throw error("a queue in the header needs \"index\"");
            }
            if (++headerQueues > MAX_QUEUES) {
                throw error("more than " + MAX_QUEUES + " queues in the header");
            }
            headerSlots += size;
            if (headerSlots > MAX_QUEUE_SLOTS) {
                throw error("the queues of the header hold more than " + MAX_QUEUE_SLOTS
                        + " entries in all (sizes summed): refused, replay would need too much memory");
            }
            headerSize();
            into.add(new QueueInfo(index, layout, (int) size, props));
        }
        if (t != JsonToken.END_ARRAY) {
            throw error("\"queues\" must hold objects, found " + describe(t));
        }
    }

    /** Fails when the header has grown beyond {@link #MAX_LINE} bytes (checked as it is read). */
    private void headerSize() throws TraceFormatException {
        long n = parser.currentLocation().getByteOffset();
        if (n > MAX_LINE) {
            throw new TraceFormatException(name, 1, 0, "header line is longer than the limit of " + MAX_LINE
                    + " bytes (found " + n + " bytes and more)");
        }
    }

    /** {@code v} (a u64) when it lies in [min, max], else the error naming {@code what} and the range. */
    private long bounded(long v, long min, long max, String what) throws TraceFormatException {
        if (Long.compareUnsigned(v, min) < 0 || Long.compareUnsigned(v, max) > 0) {
            throw error(what + " " + Long.toUnsignedString(v) + " is out of range [" + min + ", " + max + "]");
        }
        return v;
    }

    /** A number token (or a "0x..." string) as a u64 in a long. */
    private long number(JsonToken t, String what) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_INT) {
            if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                BigInteger b = parser.getBigIntegerValue();
                if (b.signum() < 0) {
                    throw negative(what, b.toString());
                }
                if (b.bitLength() > 64) {
                    throw error("\"" + what + "\" = " + b + " does not fit in 64 bits");
                }
                return b.longValue();
            }
            long v = parser.getLongValue();
            if (v < 0) {
                throw negative(what, Long.toString(v));
            }
            return v;
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            throw error("\"" + what + "\" must be an unsigned integer, found " + abbreviate(parser.getText()));
        }
        if (t == JsonToken.VALUE_STRING) {
            String s = parser.getText();
            try {
                if (s.startsWith("0x") || s.startsWith("0X")) {
                    if (s.length() > 18) {
                        throw new NumberFormatException();
                    }
                    return Long.parseUnsignedLong(s.substring(2), 16);
                }
                return Long.parseUnsignedLong(s);
            } catch (NumberFormatException e) {
                throw error("\"" + what + "\" must be a number or \"0x...\", found \"" + abbreviate(s) + "\"");
            }
        }
        throw error("\"" + what + "\" must be a number, found " + describe(t));
    }

    private TraceFormatException negative(String what, String value) {
        return error("\"" + what + "\" = " + value + " is negative: numbers in a trace are unsigned");
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
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
            throw error(x);
        } catch (java.io.CharConversionException x) {
            throw new TraceFormatException(name, currentLine(), currentOffset(), "malformed text: " + x.getMessage(), x);
        }
    }

    private boolean readEvent(TraceEvent e) throws IOException {
        while (true) {
            JsonToken t = nextToken();
            if (t == null) {
                return false;
            }
            if (t != JsonToken.START_OBJECT) {
                throw error("expected an event object {\"ev\":...}, found " + describe(t));
            }
            JsonLocation start = parser.currentTokenLocation();
            long line = lineBase + start.getLineNr();
            long offset = offsetBase + start.getByteOffset();
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
            while ((t = nextToken()) == JsonToken.FIELD_NAME) {
                String k = parser.currentName();
                t = nextToken();
                switch (k) {
                    case "ev" -> {
                        if (t != JsonToken.VALUE_STRING) {
                            throw error("\"ev\" must be a string, found " + describe(t));
                        }
                        ev = parser.getText();
                    }
                    case "note" -> {
                        if (t != JsonToken.VALUE_STRING) {
                            throw error("\"note\" must be a string, found " + describe(t));
                        }
                        note = parser.getText();
                    }
                    case "t" -> time = number(t, "t");
                    case "d" -> device = (int) bounded(number(t, "d"), 0, 1 << 20, "device id");
                    case "q" -> queue = (int) bounded(number(t, "q"), 0, 65535, "queue index");
                    default -> {
                        if (n == MAX_KEYS) {
                            throw error("more than " + MAX_KEYS + " keys on one event line");
                        }
                        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                            throw error("field \"" + k + "\" must be a number, found " + describe(t));
                        }
                        keys[n] = k;
                        nums[n] = number(t, k);
                        isNum[n] = true;
                        n++;
                    }
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw error("truncated event: expected '}' or another field, found " + describe(t));
            }
            JsonLocation end = parser.currentTokenLocation();
            if (lineBase + end.getLineNr() != line) {
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
