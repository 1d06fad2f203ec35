package io.ringside.core.util;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceFormatException;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceLevel;
import io.ringside.core.trace.TraceWriter;

/** Files never half-written, decompression bounded. */
class RobustIoTest {

    @TempDir
    Path dir;

    private static TraceHeader header() {
        return new TraceHeader(TraceHeader.MAJOR, 0, "test", TraceLevel.MEMORY,
                List.of(new DeviceInfo(0, "toy", null, 0, Map.of(), Map.of(), List.of(new QueueInfo(0, "toy", 8, Map.of())))),
                Map.of());
    }

    @Test
    void writerInterruptedMidWayLeavesThePreviousFileByteIdentical() throws IOException {
        Path f = dir.resolve("keep.rstrace");
        byte[] before = new byte[100_000];
        new java.util.Random(3).nextBytes(before);
        Files.write(f, before);
        // a writer that gets far (its temporary file is flushed many times), then the process "dies":
        // neither close() nor abort() runs
        TraceWriter w = new TraceWriter(f, header());
        io.ringside.core.trace.TraceEvent e = new io.ringside.core.trace.TraceEvent();
        for (int i = 0; i < 50_000; i++) {
            e.reset(io.ringside.core.trace.CoreEvent.MARK);
            e.seq(i).time(i).device(0).queue(0).note("event " + i);
            w.write(e);
        }
        w.flush();
        assertArrayEquals(before, Files.readAllBytes(f), "the target is untouched until commit");
        try (var s = Files.list(dir)) {
            List<Path> temps = s.filter(p -> !p.equals(f)).toList();
            assertEquals(1, temps.size(), "the partial output is a separate file: " + temps);
            Path t = temps.get(0);
            assertEquals(dir, t.getParent(), "in the same folder (rename stays on one file system)");
            assertTrue(t.getFileName().toString().startsWith(".keep.rstrace.") && t.toString().endsWith(".tmp"), t.toString());
            assertTrue(Files.size(t) > 1_000_000, "the partial output is real: " + Files.size(t));
        }
        w.close(); // commit: now the new file replaces the old one whole
        assertTrue(Files.readString(f).startsWith("{\"format\":\"ringside-trace\""));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file left after commit");
        }
    }

    @Test
    void atomicFileFailingMidWayKeepsTheTarget() throws IOException {
        Path f = dir.resolve("index.rsi");
        Files.write(f, new byte[] { 1, 2, 3 });
        AtomicFile a = AtomicFile.create(f);
        OutputStream o = a.stream();
        o.write(new byte[4096]);
        a.discard();
        assertArrayEquals(new byte[] { 1, 2, 3 }, Files.readAllBytes(f));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
        AtomicFile.write(f, new byte[] { 9 });
        assertArrayEquals(new byte[] { 9 }, Files.readAllBytes(f));
    }

    private static byte[] gzip(byte[] prefix, byte fill, long n) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(b, 1 << 16)) {
            o.write(prefix);
            byte[] chunk = new byte[1 << 16];
            java.util.Arrays.fill(chunk, fill);
            for (long w = 0; w < n; w += chunk.length) {
                o.write(chunk, 0, (int) Math.min(chunk.length, n - w));
            }
        }
        return b.toByteArray();
    }

    @Test
    void inflationBeyondTheRatioIsRefused() throws IOException {
        byte[] bomb = gzip(new byte[0], (byte) 'x', InflateLimit.FLOOR + (8 << 20));
        InflateLimit.Counting c = InflateLimit.counting(new ByteArrayInputStream(bomb));
        InputStream in = InflateLimit.limit(new GZIPInputStream(c), c, "bomb.gz");
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> in.transferTo(OutputStream.nullOutputStream()));
        assertTrue(e.getMessage().startsWith("bomb.gz: at byte "), e.getMessage());
        assertTrue(e.getMessage().contains("decompression bomb"), e.getMessage());
        assertTrue(e.offset() > InflateLimit.FLOOR && e.offset() < InflateLimit.FLOOR + (1 << 20), "fails right after the floor");
    }

    @Test
    void ordinaryCompressionRatiosPass() throws IOException {
        // random text compresses far less than the ratio: read through to the end
        byte[] text = new byte[InflateLimit.FLOOR > (80 << 20) ? 1 : (int) (InflateLimit.FLOOR / 8)];
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < text.length; i++) {
            text[i] = (byte) ('a' + r.nextInt(4));
        }
        byte[] z = gzip(text, (byte) 0, 0);
        InflateLimit.Counting c = InflateLimit.counting(new ByteArrayInputStream(z));
        assertEquals(text.length, InflateLimit.limit(new GZIPInputStream(c), c, "ok.gz", 2).transferTo(OutputStream.nullOutputStream()));
        // the floor: small outputs pass whatever the ratio
        byte[] small = gzip(new byte[0], (byte) 0, 1 << 20);
        InflateLimit.Counting c2 = InflateLimit.counting(new ByteArrayInputStream(small));
        assertEquals(1 << 20, InflateLimit.limit(new GZIPInputStream(c2), c2, "small.gz", 2).transferTo(OutputStream.nullOutputStream()));
    }
}
