package io.ringside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stats LOG --guest FTRACE}: the guest's Linux ftrace matched with a real QEMU log, and bad guest files. */
class GuestCliTest {

    @TempDir
    Path dir;

    static final String LOG = QemuCliTest.log("d_nvme_smp1.trace.log.xz").toString();
    static final String FTRACE = QemuCliTest.log("d_nvme_smp1.guest-ftrace.txt.xz").toString();

    static long number(String out, String key) {
        Matcher m = Pattern.compile("\"" + key + "\" : (\\d+)").matcher(out);
        assertTrue(m.find(), key + " in " + out);
        return Long.parseLong(m.group(1));
    }

    @Test
    void jsonHasAGuestObject() {
        MainTest.Run r = MainTest.run("stats", "--json", LOG, "--guest", FTRACE);
        assertEquals(0, r.rc(), r.err());
        String out = r.out();
        String guest = out.substring(out.indexOf("\"guest\" : {"));
        // xz -dc d_nvme_smp1.guest-ftrace.txt.xz | grep -c 'nvme_setup_cmd:'      -> 2715
        // xz -dc d_nvme_smp1.trace.log.xz | grep -cE 'pci_nvme_(admin|io)_cmd '  -> 2978 (260 of them SeaBIOS's)
        assertEquals(2715, number(guest, "guestCommands"));
        assertEquals(2978, number(guest, "hostCommands"));
        assertEquals(2715, number(guest, "matched"));
        assertEquals(0, number(guest, "guestOnly"));
        assertEquals(263, number(guest, "hostOnly"));
        assertEquals(260, number(guest, "hostOnlyBeforeGuestTrace"));
        assertEquals(0, number(guest, "opcodeMismatches"));
        assertTrue(guest.contains("\"consistent\" : true"), guest);
        assertTrue(guest.contains("\"outsideDeviceUs\""), guest);
        // the stats before it are what stats prints without --guest
        MainTest.Run plain = MainTest.run("stats", "--json", LOG);
        String before = out.substring(0, out.indexOf(",\n  \"guest\""));
        assertEquals(plain.out().substring(0, plain.out().lastIndexOf('}')).stripTrailing(), before.stripTrailing());
    }

    @Test
    void textHasAGuestSection() {
        MainTest.Run r = MainTest.run("stats", LOG, "--guest", FTRACE);
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().contains("guest " + FTRACE + ": 13588 lines (12 header, 0 other), 13576 events, controller nvme0"),
                r.out());
        assertTrue(r.out().matches("(?s).*\n  matched +2715\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*\n  queue 1 +guestCommands 2699, hostCommands 2700, matched 2699\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*\n  clockOffset +host = guest \\+ 1795246837\\.6725\\d\\d s .*"), r.out());
        // an NVMe log has no virtio buffers to set against the guest's block requests
        assertTrue(r.out().matches("(?s).*\n  blockRequests +guestIssued 2715, guestCompleted 2716\n.*"), r.out());
        assertFalse(r.out().contains("hostPopped"), r.out());
    }

    @Test
    void helpDescribesTheOption() {
        MainTest.Run r = MainTest.run("stats", "--help");
        assertEquals(0, r.rc());
        assertTrue(r.out().contains("\n      --guest=FTRACE     QEMU logs: the guest's Linux ftrace (plain, .gz or .xz)"), r.out());
        assertTrue(r.out().contains("ftrace"), r.out());
    }

    @Test
    void virtioLogsCompareBlockRequestCounts() throws IOException {
        Path f = dir.resolve("virtio.ftrace.txt");
        Files.writeString(f, "# tracer: nop\n"
                + "  kworker/0:1H-37  [000] .....  2.338316: block_rq_issue: 254,0 R 4096 () 0 + 8 [kworker/0:1H]\n"
                + "  <idle>-0  [000] d.h2.  2.340220: block_rq_complete: 254,0 R () 0 + 8 [0]\n");
        MainTest.Run r = MainTest.run("stats", "--json", QemuCliTest.log("a_virtio-blk_split.trace.log.xz").toString(),
                "--guest", f.toString());
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().contains("command ids are matched for NVMe only"), r.out());
        assertEquals(1, number(r.out(), "guestIssued"));
        assertEquals(1, number(r.out(), "guestCompleted"));
        // xz -dc a_virtio-blk_split.trace.log.xz | grep -c ':virtqueue_pop '  -> 2576 (1 of the firmware's)
        assertEquals(2576, number(r.out(), "hostPopped"));
        assertFalse(r.out().contains("\"matched\""), "nothing is matched by id");
    }

    @Test
    void badGuestFilesExitTwoWithFileAndLine() throws IOException {
        Path bin = dir.resolve("bin.txt");
        Files.write(bin, "# tracer: nop\n  k-1 [000] ..... 1.000001: nvme_sq: nvme0: qid=1,\u0001 head=1, tail=1\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Path cut = dir.resolve("cut.txt");
        Files.writeString(cut, "# tracer: nop\n  k-1 [000] ..... 1.000001: nvme_complete_rq: nvme0: qid=1, cmdid=3, res=0x0\n");
        Path huge = dir.resolve("huge.txt");
        Files.writeString(huge, "  k-1 [000] ..... 1.000001: nvme_sq: nvme0: qid=1, head=123456789, tail=1\n");
        for (List<String> c : List.of(List.of(bin.toString(), ":2: binary"), List.of(cut.toString(), ":2: truncated"),
                List.of(huge.toString(), ":1: nvme_sq head: 123456789 is out of range"),
                List.of(dir.resolve("missing.txt").toString(), "missing.txt: no such file"))) {
            MainTest.Run r = MainTest.run("stats", LOG, "--guest", c.get(0));
            assertEquals(2, r.rc(), r.out() + r.err());
            assertTrue(r.err().contains(c.get(0)) && r.err().contains(c.get(1)), r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
            assertEquals(1, r.err().strip().split("\n").length, "one line: " + r.err());
            assertEquals("", r.out(), "fails before the replay prints anything");
        }
    }

    @Test
    void aRingsideTraceHasNoHostCommandsToMatch() {
        MainTest.Run r = MainTest.run("stats", QemuCliTest.repo().resolve("samples/traces/nvme-2queues.rstrace").toString(),
                "--guest", FTRACE);
        assertEquals(2, r.rc(), r.out() + r.err());
        assertTrue(r.err().contains("is not a QEMU trace log"), r.err());
        assertEquals("", r.out(), "refused before the replay");
    }
}
