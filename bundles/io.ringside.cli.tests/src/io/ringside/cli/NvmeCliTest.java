package io.ringside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.ringside.emulator.nvme.NvmeFault;

/** The NVMe side of the command line, driven in-process: generate, check, stats, compare. */
class NvmeCliTest {

    record Run(int rc, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int rc = Main.execute(new PrintWriter(o), new PrintWriter(e), args);
        return new Run(rc, o.toString(), e.toString());
    }

    static Stream<String> faults() {
        return Stream.of(NvmeFault.values()).map(NvmeFault::id);
    }

    @ParameterizedTest
    @MethodSource("faults")
    void everyNvmeFaultIsCaughtByCheck(String fault, @TempDir Path dir) {
        Path t = dir.resolve(fault + ".rstrace");
        Run g = run("generate", "--device", "nvme", "--requests", "120", "--queue-size", "16", "--inject", fault, "-o",
                t.toString());
        assertEquals(0, g.rc(), g.err());
        Run c = run("check", t.toString());
        assertEquals(1, c.rc(), fault + " not caught:\n" + c.out() + c.err());
        String rule = NvmeFault.fromId(fault).rule();
        assertTrue(c.out().contains(" " + rule + " "), fault + " should report " + rule + ":\n" + c.out());
    }

    @Test
    void cleanTraceChecksAndStatsReportDoorbellsPerCommand(@TempDir Path dir) throws Exception {
        Path t = dir.resolve("t.rstrace.gz");
        Run g = run("generate", "--device", "nvme", "--requests", "300", "--queue-depth", "4", "--io-queues", "2",
                "--shadow-doorbell", "on", "--ioeventfd", "off", "--need-event", "spdk", "-o", t.toString());
        assertEquals(0, g.rc(), g.err());
        Run c = run("check", t.toString());
        assertEquals(0, c.rc(), c.out() + c.err());
        Run s = run("stats", "--json", t.toString());
        assertEquals(0, s.rc(), s.err());
        assertTrue(s.out().contains("\"mmioDoorbellsPerCommand\""), s.out());
        assertTrue(s.out().contains("\"ioCommands\" : 300"), s.out());
        for (String k : new String[] { "commands", "completions", "mmioDoorbells", "shadowUpdates", "eventfdSignals",
                "interrupts", "mmioSqDoorbells", "mmioCqDoorbells" }) {
            assertTrue(s.out().contains("\"" + k + "\""), k + " missing:\n" + s.out());
        }
        Run bad = run("generate", "--device", "nvme", "--shadow-doorbell", "maybe", "-o", dir.resolve("x.rstrace").toString());
        assertEquals(2, bad.rc());
        assertTrue(bad.err().contains("on or off"), bad.err());
    }

    @Test
    void compareSweepsAndPlots(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("plot.svg");
        Run r = run("compare", "nvme", "--vary", "shadow-doorbell=off,on", "--vary", "queue-depth=1,4", "--vary",
                "ioeventfd=off", "--requests", "400", "-o", svg.toString());
        assertEquals(0, r.rc(), r.err());
        assertEquals(2 + 4, r.out().strip().split("\n").length, r.out());
        assertTrue(r.out().contains("shadow-doorbell=on queue-depth=4"), r.out());
        String s = Files.readString(svg);
        assertTrue(s.startsWith("<svg") && s.contains("SQ tail MMIO exits") && s.trim().endsWith("</svg>"), s);
        Run v = run("compare", "virtio-blk", "--vary", "event-idx=on,off", "--requests", "200");
        assertEquals(0, v.rc(), v.err());
        assertTrue(v.out().contains("kicks/req"), v.out());
        Run bad = run("compare", "nvme", "--vary", "colour=red");
        assertEquals(2, bad.rc());
    }
}
