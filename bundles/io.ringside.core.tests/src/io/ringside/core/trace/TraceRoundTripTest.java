package io.ringside.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writer then reader give back the same header and events, plain and gzipped, including u64 values. */
class TraceRoundTripTest {

    /** A test vocabulary: two kinds with a few fields. */
    enum T implements EventType {
        WRITE("t_write", new String[] { "addr", "len", "flags" }, 0b11),
        TICK("t_tick", new String[] { "value" }, 0);

        final String id;
        final String[] fields;
        final int req;

        T(String id, String[] fields, int req) {
            this.id = id;
            this.fields = fields;
            this.req = req;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String[] fields() {
            return fields;
        }

        @Override
        public int requiredMask() {
            return req;
        }

        /** t_write: a 32-bit len and 16-bit flags, as a split descriptor's. */
        @Override
        public int fieldBits(int slot) {
            return this == WRITE ? new int[] { 64, 32, 16 }[slot] : 64;
        }

        @Override
        public TraceLevel level() {
            return TraceLevel.MEMORY;
        }

        @Override
        public String description() {
            return id;
        }
    }

    @TempDir
    Path dir;

    static EventRegistry registry() {
        return new EventRegistry().registerAll(T.values());
    }

    static TraceHeader header() {
        Map<String, Long> qp = new LinkedHashMap<>();
        qp.put("descAddr", 0x10000L);
        qp.put("big", -1L); // u64 max
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("workload", "round \"trip\"\n");
        DeviceInfo d = new DeviceInfo(3, "virtio-blk", "vda", 0x3_0000_0000L | 1L << 63, Map.of("qd", 8L),
                Map.of("needEvent", "spdk"), List.of(new QueueInfo(0, "split", 256, qp), new QueueInfo(5, "packed", 7, null)));
        return new TraceHeader("test", TraceLevel.MEMORY, List.of(d), meta);
    }

    static List<TraceEvent> events(int n) {
        SplittableRandom r = new SplittableRandom(1);
        List<TraceEvent> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TraceEvent e = new TraceEvent();
            if (r.nextBoolean()) {
                e.reset(T.WRITE).set(0, r.nextLong()).set(1, r.nextInt(1 << 20));
                if (r.nextBoolean()) {
                    e.set(2, r.nextInt(65536));
                }
            } else {
                e.reset(T.TICK);
                if (r.nextBoolean()) {
                    e.set(0, -1L);
                }
            }
            e.time(i * 10L).device(3).queue(r.nextBoolean() ? 0 : 5);
            if (i % 17 == 0) {
                e.note("note \u00e9 " + i);
            }
            e.seq(i);
            l.add(e);
        }
        return l;
    }

    void roundTrip(String name) throws IOException {
        Path f = dir.resolve(name);
        List<TraceEvent> evs = events(2000);
        try (TraceWriter w = new TraceWriter(f, header())) {
            for (TraceEvent e : evs) {
                w.write(e);
            }
        }
        try (TraceReader r = TraceReader.open(f, registry())) {
            TraceHeader h = r.header();
            assertEquals(header().devices(), h.devices());
            assertEquals(header().meta(), h.meta());
            assertEquals(TraceHeader.MAJOR, h.major());
            TraceEvent e = new TraceEvent();
            int i = 0;
            while (r.next(e)) {
                assertEquals(evs.get(i), e, "event " + i);
                assertEquals(i, e.seq());
                assertEquals(i + 2, e.line());
                i++;
            }
            assertEquals(evs.size(), i);
            assertEquals(0, r.unknownEvents());
        }
    }

    @Test
    void plain() throws IOException {
        roundTrip("t.rstrace");
    }

    @Test
    void gzip() throws IOException {
        roundTrip("t.rstrace.gz");
        byte[] b = Files.readAllBytes(dir.resolve("t.rstrace.gz"));
        assertEquals(0x1f, b[0] & 0xff);
    }

    @Test
    void unknownKindsAreSkippedAndCountedUnknownFieldsIgnored() throws IOException {
        String s = "{\"format\":\"ringside-trace\",\"version\":\"1.7\",\"level\":\"memory\",\"devices\":[],\"future\":{\"x\":[1]}}\n"
                + "{\"ev\":\"t_tick\",\"t\":1,\"value\":5,\"newField\":9}\n" + "{\"ev\":\"t_future\",\"t\":2,\"x\":1}\n"
                + "{\"ev\":\"t_tick\",\"t\":3}\n";
        try (TraceReader r = new TraceReader(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), "s", registry())) {
            assertEquals(7, r.header().minor());
            TraceEvent e = new TraceEvent();
            assertTrue(r.next(e));
            assertEquals(5, e.get(0));
            assertTrue(r.next(e));
            assertEquals(3, e.time());
            assertEquals(1, e.seq());
            assertFalse(r.next(e));
            assertEquals(1, r.unknownEvents());
            assertTrue(r.warnings().get(0).contains("t_future"));
        }
    }

    @Test
    void abortedWriteLeavesThePreviousFile() throws IOException {
        Path f = dir.resolve("keep.rstrace");
        Files.writeString(f, "old");
        TraceWriter w = new TraceWriter(f, header());
        w.write(events(1).get(0));
        w.abort();
        assertEquals("old", Files.readString(f));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file left");
        }
    }

    @Test
    void streamWriterWritesOneLinePerEvent() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TraceWriter w = new TraceWriter(out, header());
        for (TraceEvent e : events(10)) {
            w.write(e);
        }
        w.close();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(11, lines.length);
        assertTrue(lines[0].contains("\"format\":\"ringside-trace\""));
    }
}
