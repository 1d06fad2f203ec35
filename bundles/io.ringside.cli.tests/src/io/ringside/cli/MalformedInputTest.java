package io.ringside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.ringside.cli.MainTest.Run;
import io.ringside.cli.fuzz.FuzzCorpusTestAccess;

/**
 * Hostile and broken inputs through the command line, in-process: each is refused with exit 2 and one
 * line naming the file, where and what (or, for a fault of the ring itself, reported as a violation with
 * exit 1), never a stack trace, within the test JVM's ordinary heap. Small inputs live in
 * {@code testfiles/malformed/}; the big ones (50 MB lines, decompression bombs) are generated here.
 */
class MalformedInputTest {

    @TempDir
    Path dir;

    static Path file(String name) {
        return FuzzCorpusTestAccess.repo().resolve("bundles/io.ringside.cli.tests/testfiles/malformed").resolve(name);
    }

    /** Exit 2, a single line on stderr starting with the file name, no stack trace. */
    static void assertOneLineError(Run r, Path f, String... expected) {
        assertEquals(2, r.rc(), r.out() + r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertFalse(err.contains("\tat ") || err.contains("Exception"), "no stack trace or exception name: " + err);
        assertTrue(err.startsWith("ringside: " + f), "names the file: " + err);
        for (String e : expected) {
            assertTrue(err.contains(e), "'" + e + "' in: " + err);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty.rstrace              | empty file: expected a Ringside trace header line",
        "garbage.rstrace            | not a Ringside trace: expected a JSON header line",
        "truncated-header.rstrace   | :1: ",
        "future-version.rstrace     | trace format version 7.0 is newer than this Ringside reads",
        "queue-size-2g.rstrace      | queue size 2147483648 is out of range [0, 65536]",
        "nvme-cq-size-2g.rstrace    | completion queue size 2147483647",
        "nvme-queues-beyond-limit.rstrace | :377: NVMe device 0: creating completion queue 32 with 65536 entries would bring its queues to 32.1 MiB, more than Ringside replays (32 MiB",
        "qemu-absurd-numbers.log    | :4: ",
        "qemu-binary-junk.log       | :4: ",
    })
    void refusedWithOneLine(String name, String expected) {
        Path f = file(name);
        Run r = MainTest.run("check", f.toString());
        assertOneLineError(r, f, expected.strip());
        Run d = MainTest.run("check", "--debug", f.toString());
        assertEquals(2, d.rc());
        assertTrue(d.err().contains("\tat "), "--debug prints the stack trace: " + d.err());
    }

    /**
     * Issue 23 item 1: a value beyond the width of the ring field or register an event field stands for, or
     * a negative one, is refused naming the line, never truncated into a plausible value by an engine.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "descriptor-loop.rstrace | {'ev':'desc','t':7,'d':0,'q':0,'index':2,'addr':0,'len':16,'flags':1,'next':65537} | :8: \"next\" = 65537 does not fit in the 16 bits of the field (desc.next is at most 65535)",
        "descriptor-loop.rstrace | {'ev':'used_ring','t':7,'d':0,'q':0,'slot':0,'id':4294967296,'len':0} | :8: \"id\" = 4294967296 does not fit in the 32 bits",
        "descriptor-loop.rstrace | {'ev':'avail_idx','t':7,'d':0,'q':0,'value':65538} | :8: \"value\" = 65538 does not fit in the 16 bits",
        "descriptor-loop.rstrace | {'ev':'buf_write','t':7,'d':0,'q':0,'id':0,'addr':-1,'len':4} | :8: \"addr\" = -1 is negative",
        "descriptor-loop.rstrace | {'ev':'desc','t':7,'d':0,'q':0,'index':2,'addr':0,'len':-1,'flags':0} | :8: \"len\" = -1 is negative",
        "nvme-header.rstrace     | {'ev':'nvme_sqe','t':7,'d':0,'q':0,'slot':4294967297,'cid':1,'opc':2} | :2: \"slot\" = 4294967297 does not fit in the 16 bits",
        "nvme-header.rstrace     | {'ev':'nvme_cqe','t':7,'d':0,'q':0,'slot':0,'cid':65537,'sqid':0,'sqhd':0,'status':1} | :2: \"cid\" = 65537 does not fit in the 16 bits",
        "nvme-header.rstrace     | {'ev':'nvme_sq_db','t':-7,'d':0,'q':0,'value':1} | :2: \"t\" = -7 is negative",
        // operation-level events (an imported QEMU log) were read with 64-bit fields: a cid of 65537 became 1
        "op-header.rstrace       | {'ev':'op_nvme_completion','t':7,'d':1,'q':0,'cid':65537,'status':0,'dw0':0,'dw1':0} | :3: \"cid\" = 65537 does not fit in the 16 bits of the field (op_nvme_completion.cid is at most 65535)",
        "op-header.rstrace       | {'ev':'op_nvme_completion','t':7,'d':1,'q':0,'cid':1,'status':65536,'dw0':0,'dw1':0} | :3: \"status\" = 65536 does not fit in the 16 bits",
        "op-header.rstrace       | {'ev':'op_nvme_create_sq','t':7,'d':1,'q':1,'size':4294967297,'cq':0,'addr':0,'qflags':1} | :3: \"size\" = 4294967297 does not fit in the 32 bits",
        "op-header.rstrace       | {'ev':'op_nvme_sq_doorbell','t':7,'d':1,'q':0,'value':4294967296} | :3: \"value\" = 4294967296 does not fit in the 32 bits",
        "op-header.rstrace       | {'ev':'op_fill','t':7,'d':0,'q':0,'elemAddr':1,'len':4294967296,'idx':0} | :3: \"len\" = 4294967296 does not fit in the 32 bits of the field (op_fill.len is at most 4294967295)",
        "op-header.rstrace       | {'ev':'op_pop','t':7,'d':0,'q':0,'elemAddr':1,'inNum':4294967297,'outNum':1} | :3: \"inNum\" = 4294967297 does not fit in the 32 bits",
        "op-header.rstrace       | {'ev':'op_queue','t':7,'d':0,'q':0,'layout':4294967297,'vqAddr':1,'indexKnown':1} | :3: \"layout\" = 4294967297 does not fit in the 8 bits",
        "op-header.rstrace       | {'ev':'op_status','t':7,'d':0,'status':256} | :3: \"status\" = 256 does not fit in the 8 bits",
        "op-header.rstrace       | {'ev':'op_flush','t':7,'d':0,'q':0,'count':-1} | :3: \"count\" = -1 is negative",
    })
    void outOfRangeFieldIsRefusedNotTruncated(String base, String event, String expected) throws IOException {
        Path f = dir.resolve("range.rstrace");
        Files.writeString(f, Files.readString(file(base)) + event.strip().replace('\'', '"') + "\n");
        assertOneLineError(MainTest.run("check", f.toString()), f, expected.strip());
    }

    /**
     * Issue 23 item 13: a queue size beyond the spec's maximum (split 65,536, packed 32,769) is rule S1 / P1,
     * exit 1, and the rest of the trace is replayed at the declared size; it was refused as unreadable.
     */
    @Test
    void queueSizeBeyondTheMaximumIsAViolation() throws IOException {
        Run r = MainTest.run("check", file("split-size-65536.rstrace").toString());
        assertEquals(1, r.rc(), r.out() + r.err());
        assertTrue(r.out().contains("ERROR S1 (VIRTIO 1.3 §2.7): queue size 65536 is not a power of 2 in 1..32768"), r.out());
        Path packed = dir.resolve("packed-32769.rstrace");
        String sample = Files.readString(FuzzCorpusTestAccess.repo().resolve("samples/traces/virtio-packed.rstrace"));
        String header = sample.substring(0, sample.indexOf('\n'));
        assertTrue(header.contains("\"size\":128,"), header);
        Files.writeString(packed, header.replace("\"size\":128,", "\"size\":32769,") + sample.substring(sample.indexOf('\n')));
        Run p = MainTest.run("check", packed.toString());
        assertEquals(1, p.rc(), p.out() + p.err());
        assertTrue(p.out().contains("ERROR P1 (VIRTIO 1.3 §2.8): queue size 32769 is not in 1..32768"), p.out());
        Run s = MainTest.run("show", packed.toString(), "--at", "100");
        assertEquals(0, s.rc(), s.err());
        assertTrue(s.out().contains("packed, size 32769"), s.out());
    }

    /**
     * Issue 23 item 4: a workload of 10^9 requests ran for hours (and wrote hundreds of gigabytes); like
     * the other limits, the request count is capped (10^7, -Dringside.maxRequests raises it), in a workload
     * file and on the command line.
     */
    @Test
    void aBillionRequestsAreRefused() throws IOException {
        Path w = dir.resolve("huge.json");
        Files.writeString(w, "{\"device\":\"virtio-blk\",\n \"requests\":1000000000}\n");
        Run r = MainTest.run("generate", "--workload", w.toString(), "-o", dir.resolve("t.rstrace").toString());
        assertOneLineError(r, w, ":2: \"requests\" = 1000000000 is out of range [1, 10000000]: more runs for hours",
                "-Dringside.maxRequests=N");
        Run g = MainTest.run("generate", "--requests", "1000000000", "-o", dir.resolve("t.rstrace").toString());
        assertEquals(2, g.rc());
        assertTrue(g.err().contains("--requests = 1000000000 is out of range [1, 10000000]"), g.err());
        Run c = MainTest.run("compare", "virtio-split-eventidx", "--requests", "20000000", "--vary", "layout=split,packed");
        assertEquals(2, c.rc());
        assertTrue(c.err().contains("--requests = 20000000 is out of range"), c.err());
        assertFalse(Files.exists(dir.resolve("t.rstrace")));
    }

    /**
     * Issue 23 item 4: a header within the format's limits (4,096 devices of 256-entry queues) asked for
     * about 215 MiB of replay state, and show ran out of memory at -Xmx256m: the state a header implies is
     * checked before anything is allocated.
     */
    @Test
    void aHeaderAskingForTooMuchStateIsRefusedBeforeAllocating() throws IOException {
        Path f = dir.resolve("many-devices.rstrace");
        StringBuilder h = new StringBuilder("{\"format\":\"ringside-trace\",\"version\":\"1.0\",\"level\":\"memory\",\"devices\":[");
        for (int d = 0; d < 4096; d++) {
            h.append(d == 0 ? "" : ",").append("{\"id\":").append(d).append(",\"type\":\"virtio-blk\",\"queues\":[{\"index\":0,")
                    .append("\"layout\":\"split\",\"size\":256}]}");
        }
        Files.writeString(f, h.append("]}\n{\"ev\":\"kick\",\"t\":1,\"d\":0,\"q\":0}\n"));
        for (String command : new String[] { "check", "show" }) {
            Run r = command.equals("show") ? MainTest.run("show", f.toString(), "--at", "0") : MainTest.run(command, f.toString());
            assertOneLineError(r, f, "the header's 4096 device(s) and 4096 queue(s) need", "MiB of replay state, more than Ringside"
                    + " replays (48.0 MiB; -Dringside.maxStateMiB=N in JAVA_OPTS raises it)");
        }
    }

    @Test
    void descriptorLoopIsAViolationNotAHang() {
        Path f = file("descriptor-loop.rstrace");
        Run r = MainTest.run("check", f.toString());
        assertEquals(1, r.rc(), r.out() + r.err());
        assertTrue(r.out().toLowerCase().contains("loop"), r.out());
    }

    private static final int BIG = 50 << 20;

    @Test
    void fiftyMegabyteNoteIsRefusedAtTheStringLimit() throws IOException {
        Path f = dir.resolve("big-note.rstrace");
        try (OutputStream o = Files.newOutputStream(f)) {
            o.write(Files.readAllBytes(file("descriptor-loop.rstrace")));
            o.write("{\"ev\":\"kick\",\"t\":9,\"d\":0,\"q\":0,\"note\":\"".getBytes(StandardCharsets.US_ASCII));
            writeRepeated(o, (byte) 'A', BIG);
            o.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertOneLineError(MainTest.run("check", f.toString()), f, ":8:", "String value length", "exceeds the maximum");
    }

    @Test
    void fiftyMegabyteEventLineIsRefusedAtTheLineLimit() throws IOException {
        Path f = dir.resolve("big-line.rstrace");
        try (OutputStream o = Files.newOutputStream(f)) {
            o.write(Files.readAllBytes(file("descriptor-loop.rstrace")));
            o.write("{\"ev\":\"kick\",\"t\":9,\"d\":0,".getBytes(StandardCharsets.US_ASCII));
            writeRepeated(o, (byte) ' ', BIG);
            o.write("\"q\":0}\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertOneLineError(MainTest.run("check", f.toString()), f, ":8:", "event line is longer than the limit of 1048576");
    }

    @Test
    void fiftyMegabyteHeaderIsRefusedAtTheLineLimit() throws IOException {
        Path f = dir.resolve("big-header.rstrace");
        try (OutputStream o = Files.newOutputStream(f)) {
            o.write("{\"format\":\"ringside-trace\",\"version\":\"1.0\",\"level\":\"memory\",\"devices\":[],\"x\":["
                    .getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < BIG / 1000; i++) {
                o.write(("\"" + "B".repeat(990) + "\",").getBytes(StandardCharsets.US_ASCII));
            }
            o.write("0]}\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertOneLineError(MainTest.run("check", f.toString()), f, ":1:", "header line is longer than the limit");
    }

    @Test
    void tooManyHeaderEntriesAreRefused() throws IOException {
        Path f = dir.resolve("many-meta.rstrace");
        StringBuilder sb = new StringBuilder("{\"format\":\"ringside-trace\",\"version\":\"1.0\",\"devices\":[],\"meta\":{");
        for (int i = 0; i < 5000; i++) {
            sb.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"v\"");
        }
        Files.writeString(f, sb.append("}}\n"));
        assertOneLineError(MainTest.run("check", f.toString()), f, ":1:", "more than 4096 entries in \"meta\"");
    }

    @Test
    void fiftyMegabyteQemuLineIsRefused() throws IOException {
        Path f = dir.resolve("big-line.log");
        try (OutputStream o = Files.newOutputStream(f)) {
            o.write(Files.readAllBytes(file("qemu-absurd-numbers.log")), 0, 200);
            o.write('\n');
            writeRepeated(o, (byte) 'q', BIG);
            o.write('\n');
        }
        Run r = MainTest.run("check", f.toString());
        assertEquals(2, r.rc(), r.err());
        assertTrue(r.err().contains("line longer than 65536 bytes"), r.err());
        assertFalse(r.err().strip().contains("\n"), r.err());
    }

    @Test
    void gzipBombTraceIsRefused() throws IOException {
        Path f = dir.resolve("bomb.rstrace.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(f), 1 << 16)) {
            o.write(Files.readAllBytes(file("descriptor-loop.rstrace")));
            writeRepeated(o, (byte) ' ', 80 << 20);
        }
        assertTrue(Files.size(f) < 200_000, "a bomb: " + Files.size(f));
        assertOneLineError(MainTest.run("check", f.toString()), f, "decompression bomb", "more than 200 times");
    }

    @Test
    void gzipBombQemuLogIsRefused() throws IOException {
        Path f = dir.resolve("bomb.log.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(f), 1 << 16)) {
            o.write(Files.readAllBytes(file("qemu-binary-junk.log")), 0, 200);
            o.write('\n');
            byte[] line = "12017@1795246806.191424:virtio_set_status vdev 0x55d140fe0600 val 0\n"
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] block = new byte[line.length * 1000];
            for (int i = 0; i < 1000; i++) {
                System.arraycopy(line, 0, block, i * line.length, line.length);
            }
            for (long n = 0; n < (80L << 20); n += block.length) {
                o.write(block);
            }
        }
        Run r = MainTest.run("check", f.toString());
        assertOneLineError(r, f, "decompression bomb");
        Run i = MainTest.run("import", f.toString(), "-o", dir.resolve("bomb.rstrace").toString());
        assertOneLineError(i, f, "decompression bomb");
        assertFalse(Files.exists(dir.resolve("bomb.rstrace")), "no half-written import left behind");
    }

    /**
     * Truncated and corrupt compressed input (a trace or a QEMU log cut short in a download, a flipped
     * byte): one line with the file and the compressed offset, for GZIP header, body and trailer and XZ.
     */
    @Test
    void truncatedAndCorruptCompressedInputIsRefusedWithOneLine() throws IOException {
        Path sample = FuzzCorpusTestAccess.repo().resolve("samples/traces/virtio-split-eventidx.rstrace");
        byte[] gz = gzip(Files.readAllBytes(sample));
        Path qemu = FuzzCorpusTestAccess.repo().resolve("samples/traces/qemu/a_virtio-blk_split.trace.log.xz");
        byte[] xz = Files.readAllBytes(qemu);
        byte[] logGz = gzip(Arrays.copyOf(xzDecoded(xz), 200_000));
        Object[][] cases = {
            {"header-only.rstrace.gz", new byte[] {0x1f, (byte) 0x8b, 8}, "at byte 3: cannot decompress: the compressed data ends early"},
            {"bad-method.rstrace.gz", new byte[] {0x1f, (byte) 0x8b, 7, 0, 0, 0, 0, 0, 0, 0}, "cannot decompress: Unsupported compression method"},
            {"truncated.rstrace.gz", Arrays.copyOf(gz, gz.length / 2), "cannot decompress: the compressed data ends early"},
            {"corrupt-trailer.rstrace.gz", flip(gz, gz.length - 3), "cannot decompress: Corrupt GZIP trailer"},
            {"trailing-bytes.rstrace.gz", concat(gz, "junk".getBytes(StandardCharsets.US_ASCII)),
                "at byte " + gz.length + ": cannot decompress: unexpected data after the end of the GZIP data (not another GZIP member)"},
            {"truncated.log.gz", Arrays.copyOf(logGz, logGz.length / 2), "cannot decompress: the compressed data ends early"},
            // QEMU logs read GZIP as .rstrace.gz does (GzipInput): bytes after the last member and a cut header
            // are errors where GZIPInputStream dropped the bytes and took the cut header for the end
            {"header-only.log.gz", new byte[] {0x1f, (byte) 0x8b, 8}, "at byte 3: cannot decompress: the compressed data ends early"},
            {"trailing-bytes.log.gz", concat(logGz, "junk".getBytes(StandardCharsets.US_ASCII)),
                "at byte " + logGz.length + ": cannot decompress: unexpected data after the end of the GZIP data (not another GZIP member)"},
            {"corrupt-trailer.log.gz", flip(logGz, logGz.length - 3), "cannot decompress: Corrupt GZIP trailer"},
            {"truncated.log.xz", Arrays.copyOf(xz, xz.length / 2), "cannot decompress: "},
            {"corrupt.log.xz", flip(xz, xz.length / 2), "cannot decompress: "},
        };
        for (Object[] c : cases) {
            Path f = dir.resolve((String) c[0]);
            Files.write(f, (byte[]) c[1]);
            assertOneLineError(MainTest.run("check", f.toString()), f, (String) c[2]);
            assertOneLineError(MainTest.run("stats", f.toString()), f, (String) c[2]);
        }
        // GZIP members one after the other are one log, as gzip -d reads them
        byte[] log = xzDecoded(xz);
        int cut = new String(log, 0, 100_000, StandardCharsets.ISO_8859_1).lastIndexOf('\n') + 1;
        Path plain = dir.resolve("plain.log");
        Path members = dir.resolve("two-members.log.gz");
        Files.write(plain, log);
        Files.write(members, concat(gzip(Arrays.copyOf(log, cut)), gzip(Arrays.copyOfRange(log, cut, log.length))));
        Run p = MainTest.run("check", plain.toString());
        Run m = MainTest.run("check", members.toString());
        assertEquals(0, m.rc(), m.err());
        assertEquals(p.out().replace(plain.toString(), members.toString()), m.out());
    }

    private static byte[] gzip(byte[] data) throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(b)) {
            o.write(data);
        }
        return b.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static byte[] xzDecoded(byte[] xz) throws IOException {
        try (java.io.InputStream in = new org.tukaani.xz.XZInputStream(new java.io.ByteArrayInputStream(xz))) {
            return in.readAllBytes();
        }
    }

    private static byte[] flip(byte[] b, int at) {
        byte[] c = b.clone();
        c[at] ^= 0x5a;
        return c;
    }

    private static void writeRepeated(OutputStream o, byte b, int n) throws IOException {
        byte[] chunk = new byte[1 << 16];
        Arrays.fill(chunk, b);
        for (int left = n; left > 0; left -= chunk.length) {
            o.write(chunk, 0, Math.min(left, chunk.length));
        }
    }
}
