package io.ringside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.ringside.emulator.Fault;
import io.ringside.emulator.virtio.VirtioEmulator;

/** Drives {@link Main} in-process: the generate / check / stats / show contract. */
class MainTest {

    @TempDir
    Path dir;

    record Run(int rc, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int rc = Main.execute(new PrintWriter(o), new PrintWriter(e), args);
        return new Run(rc, o.toString(), e.toString());
    }

    static Stream<String> vqFaults() {
        List<String> l = new ArrayList<>();
        for (String line : run("generate", "--list-faults").out().split("\n")) {
            String name = line.split("\\s+")[0];
            if (name.startsWith("vq-")) {
                l.add(name);
            }
        }
        return l.stream();
    }

    @Test
    void listFaultsHasEveryVirtioFaultNameFirst() {
        Run r = run("generate", "--list-faults");
        assertEquals(0, r.rc());
        List<String> names = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            names.add(line.split("\\s+")[0]);
        }
        for (Fault f : new VirtioEmulator().faults()) {
            assertTrue(names.contains(f.name()), f.name());
        }
        assertTrue(vqFaults().count() >= 10);
    }

    @ParameterizedTest
    @MethodSource("vqFaults")
    void everyFaultIsCaughtByCheck(String fault) {
        Path t = dir.resolve(fault + ".rstrace");
        Run g = run("generate", "--requests", "300", "--inject", fault, "-o", t.toString());
        assertEquals(0, g.rc(), g.err());
        Run c = run("check", t.toString());
        assertEquals(1, c.rc(), fault + ": " + c.out() + c.err());
        assertTrue(c.out().contains("violation"), c.out());
    }

    @Test
    void cleanTraceChecksCleanAndStatsFollowTheContract() throws IOException {
        Path t = dir.resolve("clean.rstrace.gz");
        Run g = run("generate", "--layout", "packed", "--in-order", "--indirect", "--requests", "500", "--seed", "7",
                "--batch", "4", "--queue-depth", "16", "-o", t.toString());
        assertEquals(0, g.rc(), g.err());
        assertTrue(g.err().startsWith("wrote "), g.err());
        Run c = run("check", t.toString());
        assertEquals(0, c.rc(), c.out() + c.err());
        assertTrue(c.out().contains("no violations"));
        Run s = run("stats", "--json", t.toString());
        assertEquals(0, s.rc(), s.err());
        String j = s.out();
        for (String k : List.of("\"events\"", "\"violations\" : 0", "\"totals\"", "\"queues\"", "\"queue\" : 0",
                "\"layout\" : \"packed\"", "\"popped\" : 500", "\"filled\" : 500", "\"kicks\"", "\"interrupts\"",
                "\"lastAvailIdx\"", "\"usedIdx\"", "\"batchSizes\"")) {
            assertTrue(j.contains(k), k + " in " + j);
        }
        Run text = run("stats", t.toString());
        assertEquals(0, text.rc());
        assertTrue(text.out().contains("kicksSuppressed"));
    }

    @Test
    void sameSeedSameTrace() throws IOException {
        Path a = dir.resolve("a.rstrace");
        Path b = dir.resolve("b.rstrace");
        assertEquals(0, run("generate", "--requests", "300", "--seed", "9", "--completion", "random", "-o", a.toString()).rc());
        assertEquals(0, run("generate", "--requests", "300", "--seed", "9", "--completion", "random", "-o", b.toString()).rc());
        List<String> la = Files.readAllLines(a);
        List<String> lb = Files.readAllLines(b);
        assertEquals(la.subList(1, la.size()), lb.subList(1, lb.size()));
        Path c = dir.resolve("c.rstrace");
        assertEquals(0, run("generate", "--requests", "300", "--seed", "10", "--completion", "random", "-o", c.toString()).rc());
        assertFalse(Files.readAllLines(c).subList(1, 50).equals(la.subList(1, 50)));
    }

    @Test
    void showPrintsTheStateAtAnEvent() {
        Path t = dir.resolve("s.rstrace");
        assertEquals(0, run("generate", "--requests", "50", "-o", t.toString()).rc());
        Run s = run("show", t.toString(), "--at", "20");
        assertEquals(0, s.rc(), s.err());
        assertTrue(s.out().startsWith("after event #20 "), s.out());
        assertTrue(s.out().contains("avail.idx="), s.out());
        Run j = run("show", t.toString(), "--at", "20", "--json");
        assertEquals(0, j.rc(), j.err());
        assertTrue(j.out().contains("\"at\" : 20") && j.out().contains("\"availRing\""), j.out());
        Run past = run("show", t.toString(), "--at", "999999");
        assertEquals(2, past.rc());
        assertTrue(past.err().contains("past the end"), past.err());
    }

    @Test
    void needEventFormulaIsSelectable() {
        Path t = dir.resolve("n.rstrace");
        assertEquals(0, run("generate", "--requests", "300", "--batch", "3", "--completion", "random", "-o", t.toString()).rc());
        assertEquals(0, run("check", t.toString(), "--need-event", "linux").rc());
        // the formulas differ only when the new index equals the event index, which the emulator never
        // publishes to (its event index is always the next entry); VirtioRulesTest covers the difference
        Run spdk = run("check", t.toString(), "--need-event", "spdk");
        assertEquals(0, spdk.rc(), spdk.out());
        Run bad = run("check", t.toString(), "--need-event", "bsd");
        assertEquals(2, bad.rc());
        assertTrue(bad.err().startsWith("ringside: --need-event"), bad.err());
    }

    @Test
    void errorsAreOneLineExitTwoWithoutStackTrace() throws IOException {
        Path junk = dir.resolve("junk.rstrace");
        Files.writeString(junk, "{\"format\":\"ringside-trace\",\"version\":\"1.0\",\"level\":\"memory\",\"devices\":[]}\n{\"ev\":\"desc\",",
                StandardCharsets.UTF_8);
        for (String[] args : List.of(new String[] { "check", junk.toString() }, new String[] { "check", dir.resolve("none").toString() },
                new String[] { "generate", "--inject", "vq-nope", "-o", dir.resolve("x").toString() },
                new String[] { "generate", "--layout", "sideways", "-o", dir.resolve("x").toString() },
                new String[] { "generate", "--workload", "no-such-workload", "-o", dir.resolve("x").toString() },
                new String[] { "stats", "--bogus" }, new String[] { "import", "x" }, new String[] { "compare", "x" })) {
            Run r = run(args);
            assertEquals(2, r.rc(), String.join(" ", args) + ": " + r.err());
            assertFalse(r.err().contains("\tat "), r.err());
            assertTrue(r.err().startsWith("ringside"), r.err());
        }
        Run r = run("check", junk.toString());
        assertTrue(r.err().contains("junk.rstrace:2"), r.err());
        Run d = run("--debug", "check", junk.toString());
        assertTrue(d.err().contains("\tat "), d.err());
    }

    @Test
    void ideAndTestBelongToTheLauncher() {
        assertEquals(2, run("ide").rc());
        Run t = run("test");
        assertEquals(2, t.rc());
        assertTrue(t.err().contains("launcher"));
    }

    @Test
    void workloadByName() {
        Path t = dir.resolve("w.rstrace");
        Run g = run("generate", "--workload", "virtio-split-eventidx", "--requests", "100", "-o", t.toString());
        assertEquals(0, g.rc(), g.err());
        assertEquals(0, run("check", t.toString()).rc());
    }
}
