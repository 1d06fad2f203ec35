package io.ringside.qemu;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.XZInputStream;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.Replay;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceFormatException;

/**
 * The parallel block reader ({@link QemuLogSource#open}) against the straightforward streaming one
 * ({@link QemuLogSource#openStreaming}): the same header, the same events (every field, line and
 * offset), counts, warnings, statistics and violations, and the same errors, on every sample log and on
 * logs built to hit block boundaries, re-reads after the memory budget, foreign, unmodelled and bad lines.
 */
class FastPathTest {

    private static final String[] SAMPLES = {"a_virtio-blk_split.trace.log.xz", "b_virtio-blk_packed.trace.log.xz",
            "d_nvme_smp1.trace.log.xz", "k_virtio-blk_split_inorder.trace.log.xz", "n_nvme_qemu11_smp2.trace.log.xz",
            "q_virtio-net_packed.trace.log.xz"};

    /** Block settings of the fast path to try: {blockSize, budget, threads}. */
    private static final long[][] SETTINGS = {
            {1024, 512L << 20, 2}, // many small blocks, all kept
            {1024, 512L << 20, 1}, // the same on one thread
            {8192, 0, 2}, // nothing kept: the second pass re-reads the whole file
            {4096, 200_000, 3}, // some blocks kept, the rest re-read
    };

    /** Everything a replay shows, as text: header, events, counts, warnings, stats, violations. */
    private static List<String> run(QemuLogSource src) throws IOException {
        List<String> out = new ArrayList<>();
        try (src) {
            out.add("header " + src.header());
            out.add("lines " + src.lines() + " events " + src.qemuEvents() + " foreign " + src.foreignLines()
                    + " unmodelled " + src.unmodelledEvents() + " " + src.unmodelledByName() + " bad "
                    + src.skippedBadLines() + " counts " + src.qemuEventCounts());
            out.add("warnings " + src.warnings());
            Replay rp = RealTraceTest.MODELS.replay(src.header(), CheckOptions.DEFAULT);
            Replay.Collector col = new Replay.Collector(1000);
            TraceEvent e = new TraceEvent();
            long n = 0;
            while (src.next(e)) {
                StringBuilder sb = new StringBuilder(e.toString());
                sb.append(" t=").append(e.time()).append(" line=").append(e.line()).append(" off=").append(e.offset())
                        .append(" mask=").append(e.presentMask());
                out.add(sb.toString());
                rp.apply(e, col);
                n++;
            }
            rp.finish(n, col);
            for (DeviceEngine en : rp.engines()) {
                out.add("stats " + en.queueStats());
                Map<String, Long> totals = new java.util.LinkedHashMap<>();
                en.addTotals(totals);
                out.add("totals " + totals);
            }
            out.add("violations " + col.count() + " " + col.violations());
        }
        return out;
    }

    private static void assertSameAsStreaming(Path log, boolean lenient) throws IOException {
        assertSameAsStreaming(log, lenient, SETTINGS);
    }

    private static void assertSameAsStreaming(Path log, boolean lenient, long[][] settings) throws IOException {
        List<String> expected = run(QemuLogSource.openStreaming(log, lenient));
        assertTrue(expected.size() > 4, log + ": no events");
        assertSame(expected, run(QemuLogSource.open(log, lenient)), log + " (default settings)");
        for (long[] s : settings) {
            assertSame(expected, run(QemuLogSource.open(log, lenient, (int) s[0], s[1], (int) s[2])),
                    log + " block " + s[0] + " budget " + s[1] + " threads " + s[2]);
        }
    }

    private static void assertSame(List<String> expected, List<String> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + ": number of lines of output");
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                assertEquals(expected.get(i), actual.get(i), what + ": output line " + i);
            }
        }
    }

    private static String text(Path xz) throws IOException {
        try (InputStream in = new XZInputStream(Files.newInputStream(xz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everySampleLogGivesTheSameResults() throws IOException {
        for (String s : SAMPLES) {
            assertSameAsStreaming(RepoFiles.sample(s), false);
        }
    }

    @Test
    void concatenatedSamplesPlainAndGzip(@TempDir Path dir) throws IOException {
        concatenated(dir, 0, "1234@1.000001:vhost_commit started 1 changed 0\n"); // QEMU 7.2
        concatenated(dir, 3, "2026-12-05T23:55:41.169785Z vhost_commit started 1 changed 0\n"); // QEMU 11.1
    }

    /** The three samples from {@code first} (of one prefix) in one log. */
    private static void concatenated(Path dir, int first, String unmodelled) throws IOException {
        // several devices, NVMe after virtio, foreign and unmodelled lines, CRLF, no final newline
        StringBuilder sb = new StringBuilder();
        sb.append("qemu-system-x86_64: warning: host doesn't support requested feature\n");
        for (String s : java.util.Arrays.copyOfRange(SAMPLES, first, first + 3)) {
            sb.append(text(RepoFiles.sample(s)));
            sb.append(unmodelled);
            sb.append("virtio_fancy_new_event x 1\r\n");
            sb.append("guest error: something\n\n");
        }
        sb.setLength(sb.length() - 2); // no final newline
        Path plain = dir.resolve("all.log");
        Files.writeString(plain, sb);
        assertSameAsStreaming(plain, false, new long[][] {SETTINGS[2], SETTINGS[3]});
        Path gz = dir.resolve("all.log.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        assertSameAsStreaming(gz, false, new long[][] {SETTINGS[3]});
    }

    @Test
    void lenientBadLinesAcrossBlocks(@TempDir Path dir) throws IOException {
        String[] lines = text(RepoFiles.sample(SAMPLES[0])).split("\n");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            sb.append(lines[i]).append('\n');
            if (i % 997 == 5) {
                sb.append("1@1.000002:virtqueue_flush vq 0x1 count x").append(i).append('\n');
            }
        }
        Path p = dir.resolve("bad.log");
        Files.writeString(p, sb);
        assertSameAsStreaming(p, true, new long[][] {SETTINGS[0], SETTINGS[3]});
        TraceFormatException s = assertThrows(TraceFormatException.class, () -> QemuLogSource.openStreaming(p, false));
        TraceFormatException f = assertThrows(TraceFormatException.class, () -> QemuLogSource.open(p, false, 1024, 0, 2));
        assertEquals(s.getMessage(), f.getMessage());
        assertEquals(s.line(), f.line());
        assertEquals(s.offset(), f.offset());
    }

    @Test
    void errorsNameTheSameLineAndOffset(@TempDir Path dir) throws IOException {
        String body = text(RepoFiles.sample(SAMPLES[0]));
        int cut = body.indexOf('\n', body.length() / 2) + 1;
        String[] bad = {
                "1@1.000001:virtio_set_status vdev 0x1 val 0\u0001\n", // binary
                "x".repeat(70_000) + "\n", // over-long line
                "12@1.000001:virtqueue_pop vq 0x1 elem zz in_num 1 out_num 1\n", // bad arguments
        };
        for (String b : bad) {
            Path p = dir.resolve("err.log");
            Files.writeString(p, body.substring(0, cut) + b + body.substring(cut));
            TraceFormatException s = assertThrows(TraceFormatException.class, () -> QemuLogSource.openStreaming(p, false));
            for (long[] set : SETTINGS) {
                TraceFormatException f = assertThrows(TraceFormatException.class,
                        () -> QemuLogSource.open(p, false, (int) set[0], set[1], (int) set[2]));
                assertEquals(s.getMessage(), f.getMessage(), "block " + set[0]);
                assertEquals(s.line(), f.line());
                assertEquals(s.offset(), f.offset());
            }
        }
    }

    @Test
    void mixedPrefixesNameTheSameLineAtBlockBoundariesToo(@TempDir Path dir) throws IOException {
        String[] lines = text(RepoFiles.sample(SAMPLES[3])).split("\n"); // ISO 8601 prefixes
        String old = "12@1796515031.000001:virtqueue_flush vq 0x1 count 1";
        String bare = "virtqueue_flush vq 0x1 count 1";
        Path p = dir.resolve("mixed.log");
        // the odd line at many places: inside blocks and at the first line of blocks of 1 KiB
        for (int at : new int[] {1, 7, 40, 41, 42, 43, 44, 45, 46, 47, 48, 2000, lines.length - 1}) {
            for (String odd : new String[] {old, bare}) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < lines.length; i++) {
                    sb.append(i == at ? odd : lines[i]).append('\n');
                }
                Files.writeString(p, sb);
                TraceFormatException s = assertThrows(TraceFormatException.class, () -> QemuLogSource.openStreaming(p, true));
                assertEquals(at + 1, s.line());
                assertTrue(s.getMessage().contains("mixes prefixes"), s.getMessage());
                for (long[] set : SETTINGS) {
                    TraceFormatException f = assertThrows(TraceFormatException.class,
                            () -> QemuLogSource.open(p, true, (int) set[0], set[1], (int) set[2]));
                    assertEquals(s.getMessage(), f.getMessage(), "block " + set[0] + ", line " + at);
                    assertEquals(s.line(), f.line());
                    assertEquals(s.offset(), f.offset());
                }
            }
        }
    }

    @Test
    void timesGoingBackwardsAreOneWarningFromBothReaders(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(List.of(text(RepoFiles.sample(SAMPLES[3])).split("\n")));
        // swapped neighbours (one step back each) at many places, across the boundaries of small blocks
        int swaps = 0;
        for (int i = 30; i + 1 < lines.size(); i += 997) {
            if (!lines.get(i).substring(0, 27).equals(lines.get(i + 1).substring(0, 27))) {
                String a = lines.get(i);
                lines.set(i, lines.get(i + 1));
                lines.set(i + 1, a);
                swaps++;
            }
        }
        Path p = dir.resolve("back.log");
        Files.writeString(p, String.join("\n", lines) + "\n");
        assertSameAsStreaming(p, false, new long[][] {SETTINGS[0], SETTINGS[3]});
        try (QemuLogSource src = QemuLogSource.openStreaming(p, false)) {
            assertTrue(swaps > 10);
            String w = src.warnings().toString();
            assertTrue(w.contains(swaps + " event line(s) with a time earlier than the event line before them (first at line 32)"), w);
        }
    }

    @Test
    void emptyAndEventlessFiles(@TempDir Path dir) throws IOException {
        for (String content : new String[] {"", "just\nsome text\n", "\n\n\n"}) {
            Path p = dir.resolve("e.log");
            Files.writeString(p, content);
            TraceFormatException s = assertThrows(TraceFormatException.class, () -> QemuLogSource.openStreaming(p, false));
            TraceFormatException f = assertThrows(TraceFormatException.class, () -> QemuLogSource.open(p, false));
            assertEquals(s.getMessage(), f.getMessage());
        }
    }
    /**
     * Stopping early (show --at N) and closing: a source's position is the offset of the last event read,
     * and the command line's prefetching over it (inline for the parallel reader, a thread for the
     * streaming one) gives the same events and ends with close.
     */
    @Test
    void closingMidwayStopsThePrefetchingThread() throws Exception {
        Path log = RepoFiles.sample(SAMPLES[0]);
        for (int k : new int[] {1, 3000, 11_000}) { // inside the first batch, a later batch, near the end (11,698 events)
            try (QemuLogSource src = QemuLogSource.open(log, false)) {
                TraceEvent e = new TraceEvent();
                for (int i = 0; i < k; i++) {
                    assertTrue(src.next(e), "event " + i);
                    assertEquals(i, e.seq());
                }
                assertEquals(e.offset(), src.position(), "progress: the offset of the last event read");
            }
            for (boolean streaming : new boolean[] {false, true}) {
                try (QemuLogSource src = streaming ? QemuLogSource.openStreaming(log, false) : QemuLogSource.open(log, false);
                        io.ringside.core.index.PrefetchSource in = new io.ringside.core.index.PrefetchSource(src)) {
                    assertEquals(streaming, src.readAheadPays(), "read ahead on a thread only for the streaming reader");
                    TraceEvent e = new TraceEvent();
                    for (int i = 0; i < k; i++) {
                        assertTrue(in.next(e), "event " + i);
                        assertEquals(i, e.seq());
                    }
                }
            }
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().equals("ringside-prefetch")) {
                    t.join(5_000);
                    assertFalse(t.isAlive(), "prefetching thread still running after close (" + k + " events read)");
                }
            }
        }
    }
}
