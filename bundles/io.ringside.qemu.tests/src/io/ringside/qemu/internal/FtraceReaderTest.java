package io.ringside.qemu.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.XZInputStream;

import io.ringside.core.trace.TraceFormatException;
import io.ringside.core.trace.TraceInput;
import io.ringside.qemu.GuestTrace;
import io.ringside.qemu.RepoFiles;

/** The guest ftrace reader: the real sample's lines, other shapes of ftrace output, and bad input with file:line. */
class FtraceReaderTest {

    static final Path FTRACE = RepoFiles.sample("d_nvme_smp1.guest-ftrace.txt.xz");

    @TempDir
    Path dir;

    static List<String> sample(int n) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new XZInputStream(Files.newInputStream(FTRACE)),
                StandardCharsets.UTF_8))) {
            String l;
            while (out.size() < n && (l = r.readLine()) != null) {
                out.add(l);
            }
        }
        return out;
    }

    private Path write(String name, List<String> lines) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n");
        return p;
    }

    private TraceFormatException bad(Path p) {
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> GuestTrace.read(p));
        assertTrue(e.getMessage().startsWith(p.toString() + ":"), "names the file: " + e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        return e;
    }

    @Test
    void readsTheSampleLineByLine() throws IOException {
        List<String> head = sample(30);
        try (FtraceReader r = new FtraceReader(TraceInput.open(FTRACE), "f")) {
            assertTrue(r.next());
            assertEquals(13, r.line(), "12 header lines first");
            assertEquals(FtraceReader.Kind.SETUP, r.kind());
            assertEquals(2_235_127_000L, r.timeNs()); // "2.235127: nvme_setup_cmd: nvme0: qid=0, cmdid=24, ..."
            assertEquals("nvme0", r.controller());
            assertEquals(0, r.qid());
            assertEquals(24, r.cid());
            assertEquals("nvme_admin_identify", r.opcodeName());
            assertTrue(r.next());
            assertEquals(FtraceReader.Kind.RQ_ISSUE, r.kind());
            assertTrue(r.next());
            assertEquals(FtraceReader.Kind.SQ, r.kind()); // "d.h.. 2.241090: nvme_sq: nvme0: qid=0, head=1, tail=1"
            assertEquals(1, r.head());
            assertEquals(1, r.tail());
            assertTrue(r.next());
            assertEquals(FtraceReader.Kind.COMPLETE, r.kind());
            assertEquals(24, r.cid());
            assertEquals(0, r.status());
            assertEquals(12, r.headerLines());
            assertTrue(head.get(12).contains("nvme_setup_cmd"));
        }
    }

    @Test
    void otherColumnsAndLinesAreAccepted() throws IOException {
        Path p = write("other.txt", List.of(
                "# tracer: nop",
                "",
                "##### CPU 1 buffer started ####",
                // no flags column (options/irq-info off), a (TGID) column, a task name with spaces
                "  fio-812 (812) [001] 10.000100: nvme_setup_cmd: nvme0: disk=nvme0n1, qid=2, cmdid=7, nsid=1, flags=0x0,"
                        + " meta=0x0, cmd=(nvme_cmd_write slba=8, len=7, ctrl=0x0, dsmgmt=0, reftag=0)",
                "  kworker/1:1 H-9 [001] d.h1. 10.000300: sched_wakeup: comm=fio pid=812 prio=120 target_cpu=001",
                "CPU:1 [LOST 17 EVENTS]",
                "  <idle>-0 [001] d.h1. 10.000400: nvme_complete_rq: nvme0: disk=nvme0n1, qid=2, cmdid=7, res=0x0,"
                        + " retries=0, flags=0x0, status=0x2",
                "  <idle>-0 [001] d.h1. 10.000500: nvme_setup_cmd: nvme1: qid=1, cmdid=1, nsid=1, flags=0x0, meta=0x0,"
                        + " cmd=(0x99 cdw10=00)"));
        GuestTrace g = GuestTrace.read(p);
        assertEquals(8, g.lines());
        assertEquals(4, g.events());
        assertEquals(1, g.headerLines());
        assertEquals(17, g.lostEvents());
        assertEquals(1, g.commands(), "the second controller's command is counted, not kept");
        assertEquals(1, g.otherControllerEvents());
        assertEquals(2, g.qid(0));
        assertEquals(7, g.cid(0));
        assertEquals(0x01, g.opcode(0));
        assertEquals(10_000_400_000L, g.completeNs(0));
        assertEquals(1L, g.eventsByName().get("sched_wakeup"), "unrelated tracepoints are counted by name");
    }

    @Test
    void gzipAndXzReadTheSame() throws IOException {
        Path plain = dir.resolve("f.txt");
        try (var in = TraceInput.open(FTRACE)) {
            Files.copy(in, plain);
        }
        Path gz = dir.resolve("f.txt.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(plain, o);
        }
        GuestTrace a = GuestTrace.read(FTRACE);
        for (Path p : new Path[] { plain, gz }) {
            GuestTrace b = GuestTrace.read(p);
            assertEquals(a.lines(), b.lines());
            assertEquals(a.commands(), b.commands());
            assertEquals(a.eventsByName(), b.eventsByName());
            assertEquals(a.completeNs(a.commands() - 1), b.completeNs(b.commands() - 1));
        }
    }

    @Test
    void aTruncatedLastLineNamesItsLine() throws IOException {
        List<String> l = new ArrayList<>(sample(16)); // line 16: nvme_complete_rq of cmdid=24
        String last = l.get(15);
        assertTrue(last.contains("nvme_complete_rq"), last);
        l.set(15, last.substring(0, last.indexOf("retries=") + 4)); // cut before status=
        TraceFormatException e = bad(write("cut.txt", l));
        assertEquals(16, e.line());
        assertTrue(e.getMessage().contains("truncated nvme_complete_rq: no 'status='"), e.getMessage());

        l.set(15, last.substring(0, last.indexOf("2.241377") + 4)); // cut inside the timestamp
        e = bad(write("cut2.txt", l));
        assertEquals(16, e.line());
        assertTrue(e.getMessage().contains("timestamp"), e.getMessage());

        List<String> s = new ArrayList<>(sample(13)); // line 13: nvme_setup_cmd, cut inside cmd=(...)
        s.set(12, s.get(12).substring(0, s.get(12).length() - 5));
        e = bad(write("cut3.txt", s));
        assertEquals(13, e.line());
        assertTrue(e.getMessage().contains("truncated nvme_setup_cmd"), e.getMessage());
    }

    @Test
    void binaryContentNamesItsLine() throws IOException {
        List<String> l = new ArrayList<>(sample(20));
        l.set(14, l.get(14).substring(0, 30) + '\0' + l.get(14).substring(30));
        TraceFormatException e = bad(write("nul.txt", l));
        assertEquals(15, e.line());
        assertTrue(e.getMessage().contains("binary (non-text) content: byte 0x00 at column 31"), e.getMessage());

        Path elf = dir.resolve("a.out");
        Files.write(elf, new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0 });
        assertEquals(1, bad(elf).line());
    }

    @Test
    void absurdNumbersAreRefused() throws IOException {
        String base = sample(13).get(12); // qid=0, cmdid=24 at 2.235127
        String[][] cases = {
                { base.replace("cmdid=24", "cmdid=99999999999999999999999"), "cmdid: 99999999999999999999999 is out of range" },
                { base.replace("qid=0", "qid=65536"), "qid: 65536 is out of range (at most 65535)" },
                { base.replace("cmdid=24", "cmdid=-1"), "cmdid: expected a number" },
                { base.replace("2.235127:", "123456789012.235127:"), "timestamp 123456789012.235127 is out of range" },
                { base.replace("2.235127:", "2.2351270000001:"), "out of range" },
                { "CPU:0 [LOST 99999999999999999999999999 EVENTS]", "lost events" },
        };
        for (String[] c : cases) {
            List<String> l = new ArrayList<>(sample(12));
            l.add(c[0]);
            TraceFormatException e = bad(write("absurd.txt", l));
            assertEquals(13, e.line(), c[0]);
            assertTrue(e.getMessage().contains(c[1]), e.getMessage());
        }
    }

    @Test
    void notAnFtraceFile() throws IOException {
        TraceFormatException e = bad(write("notes.txt", List.of("# just a comment", "hello world")));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("not an ftrace event line"), e.getMessage());
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        assertTrue(bad(empty).getMessage().endsWith("empty file"));
        assertTrue(bad(write("header.txt", List.of("# tracer: nop", "#"))).getMessage().contains("no ftrace event"));
        // a QEMU log is not a guest trace
        TraceFormatException q = bad(RepoFiles.sample("d_nvme_smp1.trace.log.xz"));
        assertEquals(1, q.line());
    }

    @Test
    void overLongLinesAndMissingFiles() throws IOException {
        Path p = dir.resolve("long.txt");
        Files.writeString(p, "# tracer: nop\n" + "x".repeat(FtraceReader.MAX_LINE + 10) + "\n");
        TraceFormatException e = bad(p);
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("longer than"), e.getMessage());
        TraceFormatException m = bad(dir.resolve("nope.txt"));
        assertTrue(m.getMessage().endsWith("no such file"), m.getMessage());
    }
}
