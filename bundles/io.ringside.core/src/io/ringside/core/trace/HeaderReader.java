package io.ringside.core.trace;

import static io.ringside.core.trace.TraceReader.MAX_LINE;
import static io.ringside.core.trace.TraceReader.MAX_MAP;
import static io.ringside.core.trace.TraceReader.MAX_QUEUES;
import static io.ringside.core.trace.TraceReader.MAX_QUEUE_SLOTS;
import static io.ringside.core.trace.TraceTokens.describe;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Decodes the header line of a trace ({@code docs/trace-format.md}): format and version, level, the
 * devices with their queues, meta; checks the header's limits ({@link TraceReader#MAX_LINE},
 * {@link TraceReader#MAX_MAP}, {@link TraceReader#MAX_QUEUES}, {@link TraceReader#MAX_QUEUE_SLOTS}) as it
 * reads. Used once per file by {@link TraceReader}, which then decodes the events.
 */
final class HeaderReader {

    private final TraceTokens tokens;
    private final JsonParser parser;
    private final String name;
    /** Queues and queue entries seen in the header so far (limits). */
    private int headerQueues;
    private long headerSlots;

    HeaderReader(TraceTokens tokens) {
        this.tokens = tokens;
        this.parser = tokens.parser;
        this.name = tokens.name;
    }

    TraceHeader read() throws IOException {
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
        while ((t = tokens.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            t = tokens.nextToken();
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
            throw tokens.error("truncated header: expected '}' closing the header line");
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
            throw tokens.error("header field \"" + key + "\" must be a string, found " + describe(t));
        }
        return parser.getText();
    }

    private void skip(JsonToken t) throws IOException {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            try {
                parser.skipChildren();
            } catch (JsonProcessingException e) {
                throw tokens.error(e);
            }
        }
    }

    /** Decodes the value of one entry of a header map. */
    @FunctionalInterface
    private interface EntryValue<V> {
        V read(JsonToken t, String key) throws IOException;
    }

    private void readStringMap(JsonToken t, Map<String, String> into, String what) throws IOException {
        readMap(t, into, what, (v, k) -> {
            if (v == JsonToken.VALUE_STRING || v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_TRUE
                    || v == JsonToken.VALUE_FALSE) {
                return parser.getText();
            }
            throw tokens.error("\"" + what + "." + k + "\" must be a string, found " + describe(v));
        });
    }

    private void readLongMap(JsonToken t, Map<String, Long> into, String what) throws IOException {
        readMap(t, into, what, (v, k) -> tokens.number(v, what + "." + k));
    }

    /** An object of at most {@link TraceReader#MAX_MAP} entries ("props", "strings", "meta") into a map. */
    private <V> void readMap(JsonToken t, Map<String, V> into, String what, EntryValue<V> value) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            throw tokens.error("\"" + what + "\" must be an object, found " + describe(t));
        }
        while ((t = tokens.nextToken()) == JsonToken.FIELD_NAME) {
            String k = parser.currentName();
            t = tokens.nextToken();
            if (into.size() >= MAX_MAP) {
                throw tokens.error("more than " + MAX_MAP + " entries in \"" + what + "\"");
            }
            headerSize();
            into.put(k, value.read(t, k));
        }
        if (t != JsonToken.END_OBJECT) {
            throw tokens.error("truncated header in \"" + what + "\"");
        }
    }

    private void readDevices(JsonToken t, List<DeviceInfo> into) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            throw tokens.error("\"devices\" must be an array, found " + describe(t));
        }
        while ((t = tokens.nextToken()) == JsonToken.START_OBJECT) {
            int id = -1;
            String type = null;
            String devName = null;
            long features = 0;
            Map<String, Long> props = new LinkedHashMap<>();
            Map<String, String> strings = new LinkedHashMap<>();
            List<QueueInfo> queues = new ArrayList<>();
            while ((t = tokens.nextToken()) == JsonToken.FIELD_NAME) {
                String k = parser.currentName();
                t = tokens.nextToken();
                switch (k) {
                    case "id" -> id = (int) tokens.bounded(tokens.number(t, "devices[].id"), 0, 1 << 20, "device id");
                    case "type" -> type = text(t, k);
                    case "name" -> devName = text(t, k);
                    case "features" -> features = tokens.number(t, "devices[].features");
                    case "props" -> readLongMap(t, props, "props");
                    case "strings" -> readStringMap(t, strings, "strings");
                    case "queues" -> readQueues(t, queues);
                    default -> skip(t);
                }
                headerSize();
            }
            if (t != JsonToken.END_OBJECT) {
                throw tokens.error("truncated header in \"devices\"");
            }
            if (id < 0 || type == null) {
                throw tokens.error("a device in the header needs \"id\" and \"type\"");
            }
            if (into.size() >= 4096) {
                throw tokens.error("more than 4096 devices in the header");
            }
            into.add(new DeviceInfo(id, type, devName, features, props, strings, queues));
        }
        if (t != JsonToken.END_ARRAY) {
            throw tokens.error("\"devices\" must hold objects, found " + describe(t));
        }
    }

    private void readQueues(JsonToken t, List<QueueInfo> into) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            throw tokens.error("\"queues\" must be an array, found " + describe(t));
        }
        while ((t = tokens.nextToken()) == JsonToken.START_OBJECT) {
            int index = -1;
            String layout = "unknown";
            long size = 0;
            Map<String, Long> props = new LinkedHashMap<>();
            while ((t = tokens.nextToken()) == JsonToken.FIELD_NAME) {
                String k = parser.currentName();
                t = tokens.nextToken();
                switch (k) {
                    case "index" -> index = (int) tokens.bounded(tokens.number(t, "queues[].index"), 0, 65535, "queue index");
                    case "layout" -> layout = text(t, k);
                    case "size" -> size = tokens.bounded(tokens.number(t, "queues[].size"), 0, 65536, "queue size");
                    case "props" -> readLongMap(t, props, "props");
                    default -> skip(t);
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw tokens.error("truncated header in \"queues\"");
            }
            if (index < 0) {
                throw tokens.error("a queue in the header needs \"index\"");
            }
            if (++headerQueues > MAX_QUEUES) {
                throw tokens.error("more than " + MAX_QUEUES + " queues in the header");
            }
            headerSlots += size;
            if (headerSlots > MAX_QUEUE_SLOTS) {
                throw tokens.error("the queues of the header hold more than " + MAX_QUEUE_SLOTS
                        + " entries in all (sizes summed): refused, replay would need too much memory");
            }
            headerSize();
            into.add(new QueueInfo(index, layout, (int) size, props));
        }
        if (t != JsonToken.END_ARRAY) {
            throw tokens.error("\"queues\" must hold objects, found " + describe(t));
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
}
