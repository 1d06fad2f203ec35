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

import io.ringside.core.internal.util.GzipInput;
import io.ringside.core.internal.util.InflateLimit;
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
        InputStream in = InflateLimit.limit(new GzipInput(c), c, "bomb.gz");
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> in.transferTo(OutputStream.nullOutputStream()));
        assertTrue(e.getMessage().startsWith("bomb.gz: at byte "), e.getMessage());
        assertTrue(e.getMessage().contains("decompression bomb"), e.getMessage());
        // issue 23 item 8: the offset is in the compressed file (where a user can look), the output size in the text
        assertTrue(e.offset() > 0 && e.offset() <= bomb.length, e.offset() + " inside the " + bomb.length + "-byte file");
        long out = Long.parseLong(e.getMessage().replaceAll(".*\\((\\d+) bytes out of the first \\d+ compressed bytes\\).*", "$1"));
        assertTrue(out > InflateLimit.FLOOR && out < InflateLimit.FLOOR + (1 << 20), "fails right after the floor: " + out);
    }

    private static byte[] gunzipStrict(byte[] z) throws IOException {
        try (InputStream in = new GzipInput(new ByteArrayInputStream(z))) {
            return in.readAllBytes();
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    /** Issue 23 item 8: GZIP members one after the other are one stream; anything else after one is an error. */
    @Test
    void gzipTrailingBytesAreRefusedConcatenatedMembersRead() throws IOException {
        byte[] a = gzip("first\n".getBytes(), (byte) 'a', 100_000);
        byte[] b = gzip("second\n".getBytes(), (byte) 'b', 10);
        byte[] both = gunzipStrict(concat(a, b));
        assertEquals(6 + 100_000 + 7 + 10, both.length);
        assertEquals('s', both[6 + 100_000]);
        for (byte[] junk : new byte[][] { { 0 }, { 0, 0, 0, 0 }, "garbage".getBytes(), { 0x1f, 0x00 } }) {
            java.util.zip.ZipException e = assertThrows(java.util.zip.ZipException.class, () -> gunzipStrict(concat(a, junk)));
            assertTrue(e.getMessage().startsWith("unexpected data after the end of the GZIP data"), e.getMessage());
            InflateLimit.Counting c = InflateLimit.counting(new ByteArrayInputStream(concat(a, junk)));
            TraceFormatException t = assertThrows(TraceFormatException.class,
                    () -> InflateLimit.limit(new GzipInput(c), c, "t.gz").transferTo(OutputStream.nullOutputStream()));
            assertEquals(a.length + (junk[0] == 0x1f ? 2 : 0), t.offset(), "where the junk starts: " + t.getMessage());
        }
        // what the JDK's reader does with the same bytes: drops them without a word
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(concat(a, "garbage".getBytes())))) {
            assertEquals(100_006, in.readAllBytes().length);
        }
        assertThrows(java.io.EOFException.class, () -> gunzipStrict(concat(a, new byte[] { 0x1f })), "a member cut in its magic");
        assertThrows(java.io.EOFException.class, () -> gunzipStrict(java.util.Arrays.copyOf(a, a.length - 1)), "a trailer cut short");
        assertThrows(java.io.EOFException.class, () -> gunzipStrict(new byte[0]));
        byte[] badCrc = a.clone();
        badCrc[a.length - 8] ^= 1;
        assertEquals("Corrupt GZIP trailer", assertThrows(java.util.zip.ZipException.class, () -> gunzipStrict(badCrc)).getMessage());
    }

    /** A header with every optional part (RFC 1952 §2.3: FEXTRA, FNAME, FCOMMENT, FHCRC) is read and checked. */
    @Test
    void gzipHeaderWithEveryOptionalPart() throws IOException {
        byte[] plain = gzip("payload".getBytes(), (byte) 0, 0);
        ByteArrayOutputStream h = new ByteArrayOutputStream();
        h.writeBytes(new byte[] { 0x1f, (byte) 0x8b, 8, 2 | 4 | 8 | 16, 0, 0, 0, 0, 0, 3 });
        h.writeBytes(new byte[] { 3, 0, 'x', 'y', 'z' });
        h.writeBytes("name.rstrace\0".getBytes());
        h.writeBytes("a comment\0".getBytes());
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(h.toByteArray());
        byte[] head = h.toByteArray();
        byte[] body = java.util.Arrays.copyOfRange(plain, 10, plain.length); // deflate data and trailer
        byte[] ok = concat(head, new byte[] { (byte) crc.getValue(), (byte) (crc.getValue() >> 8) }, body);
        assertEquals("payload", new String(gunzipStrict(ok)));
        byte[] bad = concat(head, new byte[] { (byte) ~crc.getValue(), (byte) (crc.getValue() >> 8) }, body);
        assertEquals("Corrupt GZIP header", assertThrows(java.util.zip.ZipException.class, () -> gunzipStrict(bad)).getMessage());
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
        assertEquals(text.length, InflateLimit.limit(new GzipInput(c), c, "ok.gz", 2).transferTo(OutputStream.nullOutputStream()));
        // the floor: small outputs pass whatever the ratio
        byte[] small = gzip(new byte[0], (byte) 0, 1 << 20);
        InflateLimit.Counting c2 = InflateLimit.counting(new ByteArrayInputStream(small));
        assertEquals(1 << 20, InflateLimit.limit(new GzipInput(c2), c2, "small.gz", 2).transferTo(OutputStream.nullOutputStream()));
    }
}
