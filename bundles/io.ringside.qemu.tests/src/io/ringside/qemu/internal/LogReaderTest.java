package io.ringside.qemu.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

import io.ringside.core.trace.TraceFormatException;
import io.ringside.core.trace.TraceInput;

class LogReaderTest {

    static LogReader reader(String text, boolean lenient) {
        return new LogReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.log", lenient);
    }

    private static List<LogRecord> readAll(LogReader r) throws IOException {
        List<LogRecord> out = new ArrayList<>();
        LogRecord rec = new LogRecord();
        while (r.next(rec)) {
            LogRecord c = new LogRecord();
            c.format = rec.format;
            c.tid = rec.tid;
            c.timeNs = rec.timeNs;
            c.line = rec.line;
            System.arraycopy(rec.nums, 0, c.nums, 0, 16);
            out.add(c);
        }
        return out;
    }

    /** The argument text QEMU would print for a format, with argument i = 40 + i (strings "s<i>"). */
    static String render(EventFormat f) {
        StringBuilder sb = new StringBuilder();
        String fmt = f.format();
        int arg = 0;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            char k = fmt.charAt(++i);
            int v = 40 + arg++;
            switch (k) {
                case 'u', 'd' -> sb.append(v);
                case 'x' -> sb.append(Integer.toHexString(v));
                case 'p' -> sb.append("0x7f00").append(Integer.toHexString(v));
                case 's' -> sb.append("s").append(v);
                default -> sb.append('%');
            }
        }
        return sb.toString();
    }

    @Test
    void everyListedEventParsesWithEveryPrefix() throws IOException {
        EventTable table = EventTable.get();
        assertTrue(table.size() > 230, "7.2 virtio/virtqueue/pci_nvme events plus the 8.0 names");
        String[] prefixes = {"1234@1795246799.431998:", "2026-12-05T23:55:41.431998Z ", ""};
        long[] times = {1795246799_431998_000L, 1796514941_431998_000L, -1};
        for (int k = 0; k < prefixes.length; k++) { // one log per prefix: a log that mixes them is an error
            StringBuilder log = new StringBuilder();
            for (EventFormat f : table.formats()) {
                // the arity counted at load time equals the conversions of the format compiled on first use
                assertThrows(ArrayIndexOutOfBoundsException.class, () -> f.kind(f.arity()), f.toString());
                log.append(prefixes[k]).append(f.name()).append(' ').append(render(f)).append('\n');
            }
            LogReader r = reader(log.toString(), false);
            List<LogRecord> recs = readAll(r);
            assertEquals(table.size(), recs.size());
            assertEquals(0, r.foreignLines());
            assertEquals(k == 2 ? 0 : table.size(), r.prefixedEvents());
            for (int i = 0; i < recs.size(); i++) {
                LogRecord rec = recs.get(i);
                EventFormat f = table.formats().get(i);
                assertEquals(f, rec.format);
                assertEquals(k == 0 ? 1234 : -1, rec.tid);
                assertEquals(times[k], rec.timeNs, prefixes[k]);
                for (int a = 0; a < f.arity(); a++) {
                    if (f.kind(a) == EventFormat.PTR) {
                        assertEquals(0x7f00L * 256 + 40 + a, rec.nums[a], f.name() + " arg " + a);
                    } else if (f.kind(a) != EventFormat.STR) {
                        assertEquals(40 + a, rec.nums[a], f.name() + " arg " + a);
                    }
                }
            }
        }
    }

    @Test
    void qemu8ShadowDoorbellNamesAreKnown() throws IOException {
        String log = "1@1.000001:pci_nvme_update_sq_tail sqid 1 new_tail 7\n"
                + "1@1.000002:pci_nvme_update_cq_head cqid 1 new_head 6\n"
                + "1@1.000003:pci_nvme_update_sq_eventidx sqid 1 new_eventidx 7\n"
                + "1@1.000004:pci_nvme_update_cq_eventidx cqid 1 new_eventidx 6\n";
        List<LogRecord> recs = readAll(reader(log, false));
        assertEquals(4, recs.size());
        assertEquals("pci_nvme_update_sq_tail", recs.get(0).name());
        assertEquals(7, recs.get(0).num(1));
        assertEquals(6, recs.get(3).num(1));
    }

    @Test
    void realLineFormats() throws IOException {
        String log = "12017@1795246806.605835:virtqueue_pop vq 0x7fbecbc96010 elem 0x55d1411a1b40 in_num 2 out_num 1\n"
                + "12326@1795246841.432994:pci_nvme_io_cmd cid 13078 nsid 0x1 sqid 1 opc 0x2 opname 'NVME_NVM_CMD_READ'\n"
                + "12326@1795246834.429156:pci_nvme_create_cq create completion queue, addr=0x1ffdc000, cqid=1, vector=0, qsize=255, qflags=1, ien=0\n"
                + "12326@1795246839.917602:pci_nvme_setfeat_numq requested cq_count=1 sq_count=1, responding with cq_count=64 sq_count=64\n"
                + "1@1.5:virtio_notify vdev (nil) vq 0x10\n"
                + "1@2.25:virtio_blk_rw_complete vdev 0x1 req 0x2 ret -5\n";
        List<LogRecord> r = readAll(reader(log, false));
        assertEquals(6, r.size());
        assertEquals(0x7fbecbc96010L, r.get(0).num(0));
        assertEquals(0x55d1411a1b40L, r.get(0).num(1));
        assertEquals(13078, r.get(1).num(0));
        assertEquals(2, r.get(1).num(3));
        assertEquals(0x1ffdc000L, r.get(2).num(0));
        assertEquals(255, r.get(2).num(3));
        assertEquals(64, r.get(3).num(3));
        assertEquals(0, r.get(4).num(0));
        assertEquals(1_500_000_000L, r.get(4).timeNs);
        assertEquals(-5, r.get(5).num(2));
        assertEquals(2_250_000_000L, r.get(5).timeNs);
    }

    @Test
    void foreignLinesAreCountedNotFatal() throws IOException {
        String log = "qemu-system-x86_64: warning: host doesn't support requested feature\n"
                + "\n"
                + "12017@1795246799.431998:virtio_set_status vdev 0x55d140fe0600 val 0\n"
                + "some guest_errors text: unassigned access at 0x1000\n"
                + "12017@1795246799.431999:vhost_commit Started: 1 Changed: 0\n"
                + "virtio_fancy_new_event foo 1\n";
        LogReader r = reader(log, false);
        List<LogRecord> recs = readAll(r);
        assertEquals(1, recs.size());
        assertEquals(3, r.foreignLines());
        assertEquals(1, r.firstForeignLine());
        assertEquals(2, r.unmodelledEvents(), "other trace events and unknown names of the groups are counted by name");
        assertEquals(1L, r.unmodelledByName().get("vhost_commit"));
        assertEquals(1L, r.unmodelledByName().get("virtio_fancy_new_event"));
        assertEquals(6, r.lines());
    }

    @Test
    void binaryContentIsAnErrorNamingTheLine() {
        String log = "1@1.000001:virtio_set_status vdev 0x1 val 0\nabc\u0000\u0001def\n";
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> readAll(reader(log, true)));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("t.log:2: binary"), e.getMessage());
    }

    @Test
    void badArgumentsOfAKnownEventAreAnErrorNamingTheLine() {
        String log = "1@1.000001:virtio_set_status vdev 0x1 val 0\n1@1.000002:virtqueue_pop vq 0x1 elem zz in_num 1 out_num 1\n";
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> readAll(reader(log, false)));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("virtqueue_pop"), e.getMessage());
        assertTrue(e.getMessage().contains("--lenient"), e.getMessage());
    }

    @Test
    void trailingGarbageOrMissingArgumentsAreBad() {
        for (String bad : new String[] {"virtqueue_flush vq 0x1 count 1 extra", "virtqueue_flush vq 0x1 count",
                "virtqueue_flush vq 0x1", "virtqueue_flush vq 0x1 count 99999999999999999999999",
                "pci_nvme_io_cmd cid 1 nsid 0x1 sqid 1 opc 0x2 opname 'NVME_NVM_CMD_READ"}) {
            assertThrows(TraceFormatException.class, () -> readAll(reader(bad + "\n", false)), bad);
        }
    }

    @Test
    void lenientSkipsAndCountsBadLines() throws IOException {
        String log = "1@1.000001:virtqueue_flush vq 0x1 count x\n1@1.000002:virtqueue_flush vq 0x1 count 2\n";
        LogReader r = reader(log, true);
        List<LogRecord> recs = readAll(r);
        assertEquals(1, recs.size());
        assertEquals(2, recs.get(0).num(1));
        assertEquals(1, r.badLines());
        assertTrue(r.badExamples().get(0).startsWith("t.log:1:"));
    }

    @Test
    void overlongLineIsAnError() {
        String log = "1@1.000001:virtio_set_status vdev 0x1 val 0\n" + "x".repeat(LogReader.MAX_LINE + 10) + "\n";
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> readAll(reader(log, false)));
        assertEquals(2, e.line());
    }

    @Test
    void crlfAndNoFinalNewline() throws IOException {
        List<LogRecord> r = readAll(reader("virtqueue_flush vq 0x1 count 1\r\nvirtqueue_flush vq 0x1 count 3", false));
        assertEquals(2, r.size());
        assertEquals(3, r.get(1).num(1));
    }

    @Test
    void linesSpanningBufferBoundaries() throws IOException {
        StringBuilder sb = new StringBuilder();
        int n = 40_000; // > 1 MiB of text: the buffer is refilled mid-line many times
        for (int i = 0; i < n; i++) {
            sb.append("12017@1795246806.605975:virtqueue_pop vq 0x7fbecbc96010 elem 0x55d1411a1b40 in_num 2 out_num ")
                    .append(i).append('\n');
        }
        LogReader r = reader(sb.toString(), false);
        LogRecord rec = new LogRecord();
        long sum = 0;
        long count = 0;
        while (r.next(rec)) {
            sum += rec.num(3);
            count++;
        }
        assertEquals(n, count);
        assertEquals((long) n * (n - 1) / 2, sum);
    }

    @Test
    void gzAndXzAreDetectedByMagicBytes(@TempDir Path dir) throws IOException {
        String text = "1@1.000001:virtqueue_flush vq 0x1 count 5\n";
        Path gz = dir.resolve("log.bin");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
        Path xz = dir.resolve("other.dat");
        try (OutputStream o = new XZOutputStream(Files.newOutputStream(xz), new LZMA2Options())) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
        Path plain = dir.resolve("plain.xz"); // a misleading name: content decides
        Files.writeString(plain, text);
        for (Path p : List.of(gz, xz, plain)) {
            try (LogReader r = new LogReader(TraceInput.open(p), p.toString(), false)) {
                List<LogRecord> recs = readAll(r);
                assertEquals(1, recs.size(), p.toString());
                assertEquals(5, recs.get(0).num(1));
            }
        }
        assertEquals(TraceInput.Compression.GZIP, TraceInput.detect(Files.readAllBytes(gz), 6));
        assertEquals(TraceInput.Compression.XZ, TraceInput.detect(Files.readAllBytes(xz), 6));
    }

    @Test
    void corruptCompressedInputIsAReadError(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(b)) {
            o.write("1@1.000001:virtqueue_flush vq 0x1 count 5\n".repeat(1000).getBytes(StandardCharsets.UTF_8));
        }
        byte[] data = b.toByteArray();
        Path p = dir.resolve("cut.gz");
        Files.write(p, java.util.Arrays.copyOf(data, data.length / 2));
        assertThrows(IOException.class, () -> {
            try (LogReader r = new LogReader(TraceInput.open(p), p.toString(), false)) {
                readAll(r);
            }
        });
    }

    @Test
    void lookupByName() {
        assertNotNull(EventTable.get().lookup("pci_nvme_shadow_doorbell_sq"));
        assertNotNull(EventTable.get().lookup("pci_nvme_update_sq_tail"));
        assertFalse(EventTable.get().lookup("pci_nvme_no_such_event") != null);
    }
}
