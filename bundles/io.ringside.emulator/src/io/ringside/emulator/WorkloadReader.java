package io.ringside.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import io.ringside.core.trace.TraceFormatException;

/**
 * Reads a workload JSON file with Jackson's streaming parser. Every problem is a
 * {@link TraceFormatException} naming file and line: malformed JSON, unknown keys (with the known ones),
 * wrong types, values out of range.
 */
public final class WorkloadReader {

    /** Largest workload file accepted. */
    public static final long MAX_BYTES = 1 << 20;
    /**
     * Most requests a workload runs: 10^7 by default (the emulator makes about 5,000 to 10,000 a second:
     * half an hour and 7 GB of trace at the limit), {@code -Dringside.maxRequests=N} to raise it.
     */
    public static final long MAX_REQUESTS = Math.max(1, Long.getLong("ringside.maxRequests", 10_000_000L));

    /** The error for a request count out of [1, {@link #MAX_REQUESTS}], or null when it is in. */
    public static String requestsProblem(String what, long n) {
        if (n >= 1 && n <= MAX_REQUESTS) {
            return null;
        }
        return what + " = " + n + " is out of range [1, " + MAX_REQUESTS + "]" + (n > MAX_REQUESTS
                ? ": more runs for hours and writes gigabytes (-Dringside.maxRequests=N in JAVA_OPTS raises the limit)"
                : "");
    }
    public static final long MAX_SIZE = 16L << 20;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).maxStringLength(1 << 16)
                    .maxNumberLength(32).build())
            .build();

    private static final Set<String> TOP = Set.of("name", "description", "device", "requests", "seed", "queueDepth",
            "readPercent", "sizes", "completion", "batch", "virtio", "nvme");
    private static final Set<String> VIRTIO = Set.of("layout", "queueSize", "eventIdx", "indirect", "inOrder");
    private static final Set<String> NVME = Set.of("ioQueues", "queueSize", "shadowDoorbell", "ioeventfd", "needEvent",
            "interruptCoalescing", "slowGuest");

    private final String file;
    private final JsonParser p;

    private WorkloadReader(String file, JsonParser p) {
        this.file = file;
        this.p = p;
    }

    public static Workload read(Path path) throws IOException {
        long size;
        try {
            size = Files.size(path);
        } catch (NoSuchFileException e) {
            throw new TraceFormatException(path.toString(), 0, -1, "no such workload file");
        }
        if (size > MAX_BYTES) {
            throw new TraceFormatException(path.toString(), 0, -1,
                    "workload file is " + size + " bytes, more than the " + MAX_BYTES + " allowed");
        }
        String base = path.getFileName().toString().replaceFirst("\\.json$", "");
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString(), base);
        }
    }

    /** Reads a workload from a stream; {@code defaultName} is used when the file has no "name". */
    public static Workload read(InputStream in, String file, String defaultName) throws IOException {
        JsonParser parser;
        try {
            parser = FACTORY.createParser(in);
        } catch (java.io.CharConversionException e) {
            // Jackson's encoding detection (UTF-16/32) refused the first bytes
            throw new TraceFormatException(file, 1, 0, "malformed text: " + e.getMessage(), e);
        }
        try (JsonParser p = parser) {
            WorkloadReader r = new WorkloadReader(file, p);
            try {
                return r.top(defaultName);
            } catch (JsonProcessingException e) {
                // from a value decoded lazily (a string's text, a number): same one-line form as next()
                throw r.malformed(e);
            } catch (java.io.CharConversionException e) {
                // Jackson's encoding detection (UTF-16/32) met a broken character
                throw new TraceFormatException(file, 0, -1, "malformed text: " + e.getMessage(), e);
            }
        }
    }

    private TraceFormatException error(String msg) {
        JsonLocation loc = p.currentTokenLocation();
        return new TraceFormatException(file, loc.getLineNr(), loc.getByteOffset(), msg);
    }

    private JsonToken next() throws IOException {
        try {
            return p.nextToken();
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    private TraceFormatException malformed(JsonProcessingException e) {
        JsonLocation loc = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        String m = e.getOriginalMessage();
        int nl = m.indexOf('\n');
        return new TraceFormatException(file, loc.getLineNr(), loc.getByteOffset(),
                "malformed JSON: " + (nl >= 0 ? m.substring(0, nl) : m), e);
    }

    private Workload top(String defaultName) throws IOException {
        JsonToken t = next();
        if (t != JsonToken.START_OBJECT) {
            throw error("a workload is a JSON object {\"device\": ...}, found " + describe(t));
        }
        Workload d = Workload.defaults("virtio-blk");
        String name = null;
        String description = d.description();
        String device = null;
        long requests = d.requests();
        long seed = d.seed();
        int queueDepth = d.queueDepth();
        int readPercent = d.readPercent();
        List<Long> sizes = d.sizes();
        String completion = d.completion();
        int batch = d.batch();
        Workload.Virtio virtio = d.virtio();
        Workload.Nvme nvme = d.nvme();
        while ((t = next()) == JsonToken.FIELD_NAME) {
            String k = p.currentName();
            t = next();
            switch (k) {
                case "name" -> name = string(t, k);
                case "description" -> description = string(t, k);
                case "device" -> {
                    device = string(t, k);
                    if (device.isEmpty()) {
                        throw error("\"device\" is empty: use \"virtio-blk\" or \"nvme\"");
                    }
                }
                case "requests" -> {
                    requests = number(t, k, 1, Long.MAX_VALUE);
                    String problem = requestsProblem("\"requests\"", requests);
                    if (problem != null) {
                        throw error(problem);
                    }
                }
                case "seed" -> seed = number(t, k, Long.MIN_VALUE, Long.MAX_VALUE);
                case "queueDepth" -> queueDepth = (int) number(t, k, 1, 65536);
                case "readPercent" -> readPercent = (int) number(t, k, 0, 100);
                case "sizes" -> sizes = sizes(t);
                case "completion" -> completion = oneOf(t, k, "in-order", "random");
                case "batch" -> batch = (int) number(t, k, 1, 65536);
                case "virtio" -> virtio = virtio(t, virtio);
                case "nvme" -> nvme = nvme(t, nvme);
                default -> throw error("unknown key \"" + k + "\" (known: " + String.join(", ", sorted(TOP)) + ")");
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw error("truncated workload: expected '}' or another key, found " + describe(t));
        }
        if (next() != null) {
            throw error("text after the workload object");
        }
        if (device == null) {
            throw new TraceFormatException(file, 1, 0, "the workload has no \"device\" (\"virtio-blk\" or \"nvme\")");
        }
        return new Workload(name == null ? defaultName : name, description, device, requests, seed, queueDepth,
                readPercent, sizes, completion, batch, virtio, nvme);
    }

    private Workload.Virtio virtio(JsonToken t, Workload.Virtio d) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            throw error("\"virtio\" must be an object, found " + describe(t));
        }
        String layout = d.layout();
        int queueSize = d.queueSize();
        boolean eventIdx = d.eventIdx();
        boolean indirect = d.indirect();
        boolean inOrder = d.inOrder();
        while ((t = next()) == JsonToken.FIELD_NAME) {
            String k = p.currentName();
            t = next();
            switch (k) {
                case "layout" -> layout = oneOf(t, "virtio.layout", "split", "packed");
                case "queueSize" -> queueSize = (int) number(t, "virtio.queueSize", 1, 32768);
                case "eventIdx" -> eventIdx = bool(t, "virtio.eventIdx");
                case "indirect" -> indirect = bool(t, "virtio.indirect");
                case "inOrder" -> inOrder = bool(t, "virtio.inOrder");
                default -> throw error("unknown key \"virtio." + k + "\" (known: " + String.join(", ", sorted(VIRTIO)) + ")");
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw error("truncated \"virtio\" object");
        }
        return new Workload.Virtio(layout, queueSize, eventIdx, indirect, inOrder);
    }

    private Workload.Nvme nvme(JsonToken t, Workload.Nvme d) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            throw error("\"nvme\" must be an object, found " + describe(t));
        }
        int ioQueues = d.ioQueues();
        int queueSize = d.queueSize();
        boolean shadow = d.shadowDoorbell();
        boolean ioeventfd = d.ioeventfd();
        String needEvent = d.needEvent();
        int coalescing = d.interruptCoalescing();
        boolean slowGuest = d.slowGuest();
        while ((t = next()) == JsonToken.FIELD_NAME) {
            String k = p.currentName();
            t = next();
            switch (k) {
                case "ioQueues" -> ioQueues = (int) number(t, "nvme.ioQueues", 1, 65535);
                case "queueSize" -> queueSize = (int) number(t, "nvme.queueSize", 2, 65536);
                case "shadowDoorbell" -> shadow = bool(t, "nvme.shadowDoorbell");
                case "ioeventfd" -> ioeventfd = bool(t, "nvme.ioeventfd");
                case "needEvent" -> needEvent = oneOf(t, "nvme.needEvent", "linux", "spdk");
                case "interruptCoalescing" -> coalescing = (int) number(t, "nvme.interruptCoalescing", 0, 255);
                case "slowGuest" -> slowGuest = bool(t, "nvme.slowGuest");
                default -> throw error("unknown key \"nvme." + k + "\" (known: " + String.join(", ", sorted(NVME)) + ")");
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw error("truncated \"nvme\" object");
        }
        return new Workload.Nvme(ioQueues, queueSize, shadow, ioeventfd, needEvent, coalescing, slowGuest);
    }

    private List<Long> sizes(JsonToken t) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            throw error("\"sizes\" must be an array of byte counts, found " + describe(t));
        }
        List<Long> l = new ArrayList<>();
        while ((t = next()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw error("truncated \"sizes\" array");
            }
            if (l.size() >= 1024) {
                throw error("\"sizes\" has more than 1024 entries");
            }
            l.add(number(t, "sizes[" + l.size() + "]", 1, MAX_SIZE));
        }
        if (l.isEmpty()) {
            throw error("\"sizes\" is empty: give at least one request size in bytes");
        }
        return l;
    }

    private String string(JsonToken t, String k) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            throw error("\"" + k + "\" must be a string, found " + describe(t));
        }
        return p.getText();
    }

    private String oneOf(JsonToken t, String k, String... allowed) throws IOException {
        String s = string(t, k);
        for (String a : allowed) {
            if (a.equals(s)) {
                return s;
            }
        }
        throw error("\"" + k + "\" is \"" + s + "\", expected " + String.join(" or ", quoted(allowed)));
    }

    private static List<String> quoted(String[] a) {
        List<String> l = new ArrayList<>();
        for (String s : a) {
            l.add("\"" + s + "\"");
        }
        return l;
    }

    private boolean bool(JsonToken t, String k) throws IOException {
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        throw error("\"" + k + "\" must be true or false, found " + describe(t));
    }

    private long number(JsonToken t, String k, long min, long max) throws IOException {
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw error("\"" + k + "\" must be a whole number, found " + describe(t));
        }
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw error("\"" + k + "\" = " + p.getText() + " is out of range [" + min + ", " + max + "]");
        }
        long v = p.getLongValue();
        if (v < min || v > max) {
            throw error("\"" + k + "\" = " + v + " is out of range [" + min + ", " + max + "]");
        }
        return v;
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "end of file";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "a number";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }
}
