package io.ringside.core.internal.index;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceLevel;

/**
 * The trace header in the index file, so that a cached index opens without reading the trace (a QEMU
 * log needs a whole pass to know its devices). Strings are length-prefixed UTF-8; reads are bounded.
 */
public final class HeaderCodec {

    private static final int MAX_STRING = 1 << 20;
    private static final int MAX_ITEMS = 1 << 16;

    private HeaderCodec() {
    }

    static void write(DataOutputStream out, TraceHeader h) throws IOException {
        out.writeInt(h.major());
        out.writeInt(h.minor());
        writeString(out, h.producer());
        writeString(out, h.level().id());
        writeStrings(out, h.meta());
        out.writeInt(h.devices().size());
        for (DeviceInfo d : h.devices()) {
            out.writeInt(d.id());
            writeString(out, d.type());
            writeString(out, d.name());
            out.writeLong(d.features());
            writeLongs(out, d.props());
            writeStrings(out, d.strings());
            out.writeInt(d.queues().size());
            for (QueueInfo q : d.queues()) {
                out.writeInt(q.index());
                writeString(out, q.layout());
                out.writeInt(q.size());
                writeLongs(out, q.props());
            }
        }
    }

    static TraceHeader read(DataInputStream in) throws IOException {
        int major = in.readInt();
        int minor = in.readInt();
        String producer = readString(in);
        TraceLevel level = TraceLevel.fromId(readString(in));
        if (level == null) {
            throw new IndexCorruptException("bad trace level in the index");
        }
        Map<String, String> meta = readStrings(in);
        int nd = count(in);
        List<DeviceInfo> devices = new ArrayList<>(nd);
        for (int i = 0; i < nd; i++) {
            int id = in.readInt();
            String type = readString(in);
            String name = readString(in);
            long features = in.readLong();
            Map<String, Long> props = readLongs(in);
            Map<String, String> strings = readStrings(in);
            int nq = count(in);
            List<QueueInfo> queues = new ArrayList<>(nq);
            for (int j = 0; j < nq; j++) {
                int index = in.readInt();
                String layout = readString(in);
                int size = in.readInt();
                if (size < 0 || size > 65536) {
                    throw new IndexCorruptException("bad queue size " + size + " in the index");
                }
                queues.add(new QueueInfo(index, layout, size, readLongs(in)));
            }
            devices.add(new DeviceInfo(id, type, name, features, props, strings, queues));
        }
        return new TraceHeader(major, minor, producer, level, devices, meta);
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_ITEMS) {
            throw new IndexCorruptException("bad item count " + n + " in the index");
        }
        return n;
    }

    /** A nullable string. */
    static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > MAX_STRING) {
            throw new IndexCorruptException("bad string length " + n + " in the index");
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static void writeStrings(DataOutputStream out, Map<String, String> m) throws IOException {
        out.writeInt(m.size());
        for (Map.Entry<String, String> e : m.entrySet()) {
            writeString(out, e.getKey());
            writeString(out, e.getValue());
        }
    }

    private static Map<String, String> readStrings(DataInputStream in) throws IOException {
        int n = count(in);
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(readString(in), readString(in));
        }
        return m;
    }

    private static void writeLongs(DataOutputStream out, Map<String, Long> m) throws IOException {
        out.writeInt(m.size());
        for (Map.Entry<String, Long> e : m.entrySet()) {
            writeString(out, e.getKey());
            out.writeLong(e.getValue());
        }
    }

    private static Map<String, Long> readLongs(DataInputStream in) throws IOException {
        int n = count(in);
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(readString(in), in.readLong());
        }
        return m;
    }
}
