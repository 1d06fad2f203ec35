package io.ringside.qemu.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tukaani.xz.XZInputStream;

import io.ringside.core.trace.TraceFormatException;
import io.ringside.qemu.RepoFiles;

/**
 * {@link LineParser#fastLine}, the one-scan path the block parser tries first, against
 * {@link LineParser#parseLine}, the reference that the streaming reader uses: whenever the fast path takes
 * a line it must agree with the reference in everything (event, prefix, arguments, string ranges, where
 * the line ends, the counts), and it must take the lines real logs are made of. Lines are the real
 * samples' and mutations of them: truncated at every byte, every byte replaced by bytes that move a
 * parser's decision (separators, control bytes, CR, digits, hex letters, UTF-8), random bytes inserted.
 */
class LineFastPathTest {

    private static final String[] SAMPLES = {"a_virtio-blk_split.trace.log.xz", "b_virtio-blk_packed.trace.log.xz",
            "d_nvme_smp1.trace.log.xz", "k_virtio-blk_split_inorder.trace.log.xz", "n_nvme_qemu11_smp2.trace.log.xz",
            "q_virtio-net_packed.trace.log.xz"};
    private static final byte[] PROBES = {' ', '\t', '\r', '\n', 0, 0x1b, 0x7f, (byte) 0x80, (byte) 0xc3, '0', '9',
            'a', 'f', 'g', 'F', 'x', '-', '@', '.', ':', '(', '\'', '_'};

    /** What follows a line in the middle of a block: the fast path only reads words that end before the buffer does. */
    private static final byte[] NEXT = "\n1@2.5:virtqueue_pop vq 0x1 elem 0x2 in_num 1 out_num 2\n".getBytes(StandardCharsets.US_ASCII);

    private static byte[] cat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** What the reference makes of a line: the event or the error, and where the line ends. */
    private record Outcome(boolean event, String what, int lineEnd, long events, long prefixed, long[] counts) {
    }

    /** One distinct line per event name of each sample, plus hand-made edge cases. */
    private static List<byte[]> baseLines() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        List<byte[]> out = new ArrayList<>();
        for (String s : SAMPLES) {
            for (String line : lines(s)) {
                int colon = line.indexOf(':');
                int sp = line.indexOf(' ');
                String name = line.matches("\\d{4}-.*") ? line.split(" ")[1] // ISO 8601 prefix
                        : line.substring(colon < 0 || sp >= 0 && colon > sp ? 0 : colon + 1, sp < 0 ? line.length() : sp);
                if (names.add(name) || out.size() < 40) {
                    out.add(line.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        for (String s : new String[] {"virtqueue_pop vq 0x1 elem 0x2 in_num 1 out_num 2",
                "1@2.3:virtio_set_status vdev (nil) val 0", "12@1795246799.431998:virtio_notify vdev 0x5 vq 0x6",
                "7@1.123456789:virtio_set_status vdev 0x1 val 4", "7@1.1234567891:virtio_set_status vdev 0x1 val 4",
                "12345678901234567890@1.1:virtio_set_status vdev 0x1 val 4",
                "pci_nvme_io_cmd cid 1 nsid 0x1 sqid 1 opc 0x2 opname 'NVME_NVM_CMD_READ'",
                "pci_nvme_admin_cmd cid 3 sqid 0 opc 0x6 opname 'NVME_ADM_CMD_IDENTIFY'",
                "pci_nvme_rw_cb cid 5 blk 'drive0'", "pci_nvme_rw_cb cid 5 blk 'it''s'",
                "pci_nvme_mmio_start_success", "pci_nvme_mmio_start_success ", "virtio_blk_req_complete vdev 0x1 req 0x2 status -1",
                "virtqueue_fill vq 0xffffffffffffffff elem 0x10000000000000000 len 1 idx 2",
                "virtqueue_flush vq 0x1 count 123456789012345678901", "not_an_event x", "virtio_unknown_event x 1", "",
                "2026-12-05T23:55:41.169785Z virtio_notify vdev 0x5 vq 0x6", "2026-12-05T23:55:41Z virtio_notify vdev 0x5 vq 0x6",
                "2026-12-05T23:55:41.123456789Z virtio_set_status vdev 0x1 val 4", "2026-12-05T23:55:41.169785Z",
                "2026-02-29T23:55:41.169785Z virtio_set_status vdev 0x1 val 4", "2147483648@1.5:virtio_set_status vdev 0x1 val 4",
                "1@9223372036.5:virtio_set_status vdev 0x1 val 4"}) {
            out.add(s.getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static List<String> lines(String sample) throws IOException {
        try (InputStream in = new XZInputStream(Files.newInputStream(RepoFiles.sample(sample)))) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }

    private static Outcome reference(byte[] b, int end) {
        LineParser lp = new LineParser("t.log", false, 16);
        LogRecord r = new LogRecord();
        int i = 0;
        String what;
        boolean event = false;
        try {
            i = LineParser.findControl(b, 0, end);
            while (i < end && b[i] != '\n') {
                if (!LineParser.textControl(b[i])) {
                    throw lp.binary(b[i], 0, i, 0);
                }
                i = LineParser.findControl(b, i + 1, end);
            }
            int le = i > 0 && b[i - 1] == '\r' ? i - 1 : i;
            lp.lines = 1;
            event = lp.parseLine(r, b, 0, le, 0);
            what = event ? describe(r) : "not an event";
        } catch (TraceFormatException e) {
            what = "error " + e.getMessage();
        }
        return new Outcome(event, what, i, lp.events, lp.prefixedLines, lp.counts);
    }

    private static String describe(LogRecord r) {
        StringBuilder sb = new StringBuilder(r.format.name).append(" tid ").append(r.tid).append(" time ").append(r.timeNs)
                .append(" line ").append(r.line).append(" offset ").append(r.offset).append(" name ").append(r.nameStart)
                .append('-').append(r.nameEnd);
        for (int a = 0; a < r.format.arity(); a++) {
            sb.append(' ');
            if (r.format.kind(a) == EventFormat.STR) {
                sb.append('[').append(r.strStart[a]).append(',').append(r.strEnd[a]).append(')');
            } else {
                sb.append(r.num(a));
            }
        }
        return sb.toString();
    }

    /** Checks one line as the start of a buffer; returns whether the fast path took it. */
    private static boolean check(byte[] line, byte[] after) {
        byte[] b = Arrays.copyOf(line, line.length + after.length);
        System.arraycopy(after, 0, b, line.length, after.length);
        Outcome ref = reference(b, b.length);
        LineParser lp = new LineParser("t.log", false, 16);
        LogRecord r = new LogRecord();
        lp.lines = 1;
        int nl = lp.fastLine(r, b, 0, b.length, 0);
        String text = new String(b, StandardCharsets.ISO_8859_1).replace("\n", "\\n").replace("\r", "\\r");
        if (nl < 0) {
            assertEquals(0, lp.events, "the fast path declined but counted: " + text);
            assertEquals(0, lp.prefixedLines, "the fast path declined but counted: " + text);
            return false;
        }
        if (!ref.event()) {
            fail("the fast path took a line the reference does not (" + ref.what() + "): " + text);
        }
        assertEquals(ref.what(), describe(r), text);
        assertEquals(ref.lineEnd(), nl, "line end of " + text);
        assertEquals(ref.events(), lp.events, text);
        assertEquals(ref.prefixed(), lp.prefixedLines, text);
        assertArrayEquals(ref.counts(), lp.counts, text);
        return true;
    }

    /**
     * Checks {@code line} parsed by a fast path that has just parsed {@code before} (the parser remembers
     * the last {@code tid@sec.} prefix); returns whether the fast path took it.
     */
    private static boolean checkAfter(byte[] before, byte[] line, byte[] after) {
        byte[] b = cat(cat(before, new byte[] {'\n'}), cat(line, after));
        int start = before.length + 1;
        Outcome ref = reference(Arrays.copyOfRange(b, start, b.length), b.length - start);
        LineParser lp = new LineParser("t.log", false, 16);
        LogRecord r = new LogRecord();
        lp.lines = 1;
        lp.fastLine(r, b, 0, b.length, 0);
        long events = lp.events;
        long prefixed = lp.prefixedLines;
        long[] counts = lp.counts.clone();
        int nl = lp.fastLine(r, b, start, b.length, start);
        String text = new String(b, StandardCharsets.ISO_8859_1).replace("\n", "\\n").replace("\r", "\\r");
        if (nl < 0) {
            assertEquals(events, lp.events, "the fast path declined but counted: " + text);
            assertEquals(prefixed, lp.prefixedLines, "the fast path declined but counted: " + text);
            return false;
        }
        if (!ref.event()) {
            fail("the fast path took a line the reference does not (" + ref.what() + "): " + text);
        }
        // the reference parsed the line alone, at position 0 of its own buffer
        String got = describe(r).replace(" offset " + start, " offset 0").replace(" name " + (r.nameStart) + "-" + r.nameEnd,
                " name " + (r.nameStart - start) + "-" + (r.nameEnd - start));
        assertEquals(ref.what(), got, text);
        assertEquals(ref.lineEnd(), nl - start, "line end of " + text);
        assertEquals(ref.events(), lp.events - events, text);
        assertEquals(ref.prefixed(), lp.prefixedLines - prefixed, text);
        return true;
    }

    @Test
    void aLineAfterAnotherAgreesWithTheReference() {
        // prefixes of every length around the remembered 24 bytes, then lines that share all, some or none of
        // the first one's tid@sec., mutated at every byte of their prefix
        String event = "virtqueue_pop vq 0x1 elem 0x2 in_num 1 out_num 2";
        String[] firsts = {"1@2.5:", "12017@1795246799.515868:", "123456789@1795246799.5:", "1234567890123@1795246799.5:",
                "12345678901234567@179524679912.123456789:", "17@1795246799.:", "17@1795246799:", "", "x@1.2:",
                "2026-12-05T23:55:41.169785Z ", "2026-12-05T23:55:41Z ", "2026-12-05T23:55:41.1Z "};
        long taken = 0;
        for (String first : firsts) {
            byte[] before = (first + event).getBytes(StandardCharsets.US_ASCII);
            List<String> seconds = new ArrayList<>(List.of("12017@1795246799.515869:", "12017@1795246799.5:",
                    "12017@1795246799.5158681:", "12017@1795246799.:", "12017@1795246799.1234567890:", "12017@1795246798.515868:",
                    "12018@1795246799.515868:", "1201@1795246799.515868:", "120170@1795246799.515868:", "12017@17952467990.1:",
                    "12017@1795246799,515868:", "12017@1795246799.515868 ", first, first.replace('5', '6'), "",
                    "2026-12-05T23:55:41.169786Z ", "2026-12-05T23:55:42.169785Z ", "2026-12-05T23:55:41Z ",
                    "2026-12-05T23:55:41.1697851Z ", "2026-12-05T23:55:41.169785Zx", "2026-12-05T23:55:41.169785 ",
                    "2026-12-05T23:55:41.Z ", "2026-12-06T23:55:41.169785Z "));
            for (String second : seconds) {
                byte[] line = (second + event).getBytes(StandardCharsets.US_ASCII);
                taken += checkAfter(before, line, NEXT) ? 1 : 0;
                checkAfter(before, line, new byte[0]);
                for (int at = 0; at <= second.length() + 1 && at < line.length; at++) {
                    for (byte p : PROBES) {
                        byte[] m = line.clone();
                        m[at] = p;
                        checkAfter(before, m, NEXT);
                    }
                }
                for (int cut = 0; cut < line.length; cut++) {
                    checkAfter(before, Arrays.copyOf(line, cut), new byte[0]);
                    checkAfter(before, Arrays.copyOf(line, cut), NEXT);
                }
            }
        }
        assertTrue(taken > 50, "lines taken by the fast path after another: " + taken);
    }

    @Test
    void realLinesTakeTheFastPathAndAgree() throws IOException {
        long taken = 0;
        long events = 0;
        List<String> declined = new ArrayList<>();
        for (String s : SAMPLES) {
            for (String line : lines(s)) {
                byte[] b = line.getBytes(StandardCharsets.UTF_8);
                boolean fast = check(b, NEXT);
                check(b, new byte[] {'\n'}); // the last line of a block
                if (reference(b, b.length).event()) {
                    events++;
                    if (fast) {
                        taken++;
                    } else if (!line.contains("(nil)") && declined.size() < 5) {
                        declined.add(line);
                    }
                }
            }
        }
        assertTrue(events > 10_000, "events in the samples: " + events);
        // only "(nil)" pointers are left to the slow path
        assertEquals(List.of(), declined, "event lines the fast path declined");
        assertTrue(taken > events * 99 / 100, taken + " of " + events);
    }

    @Test
    void mutatedLinesAgreeWithTheReference() throws IOException {
        byte[][] tails = {{}, {'\n'}, {'\r', '\n'}, {'\n', '1', '2'}, {'\r'}, {'\r', 'x'}, NEXT, cat(new byte[] {'\r'}, NEXT),
                cat(new byte[] {'\r', 'x'}, NEXT), cat(new byte[] {' ', '1'}, NEXT)};
        long taken = 0;
        long tried = 0;
        for (byte[] line : baseLines()) {
            for (byte[] tail : tails) {
                boolean fast = check(line, tail);
                if (tail == NEXT) {
                    tried++;
                    taken += fast ? 1 : 0;
                }
                for (int cut = 0; cut < line.length; cut++) { // truncated: at the end of the buffer, then before a newline
                    check(Arrays.copyOf(line, cut), tail);
                }
            }
            for (int at = 0; at < line.length; at++) {
                for (byte p : PROBES) {
                    byte[] m = line.clone();
                    m[at] = p;
                    check(m, NEXT);
                    check(m, tails[0]);
                }
            }
        }
        assertTrue(taken > tried / 2, "the fast path took " + taken + " of " + tried + " unmutated lines followed by another");
    }

    @Test
    void randomInsertionsAgreeWithTheReference() throws IOException {
        Random rnd = new Random(5);
        List<byte[]> base = baseLines();
        for (int k = 0; k < 200_000; k++) {
            byte[] line = base.get(rnd.nextInt(base.size()));
            ByteArrayOutputStream m = new ByteArrayOutputStream();
            int at = rnd.nextInt(line.length + 1);
            m.write(line, 0, at);
            int n = 1 + rnd.nextInt(3);
            for (int j = 0; j < n; j++) {
                m.write(rnd.nextBoolean() ? PROBES[rnd.nextInt(PROBES.length)] : rnd.nextInt(256));
            }
            m.write(line, at, line.length - at);
            check(m.toByteArray(), rnd.nextBoolean() ? NEXT : new byte[0]);
        }
    }
}
