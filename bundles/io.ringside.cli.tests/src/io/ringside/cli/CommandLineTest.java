package io.ringside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.ringside.cli.MainTest.Run;
import io.ringside.cli.args.Args;

/** The command line's contract through {@link Main#execute}: option forms, messages, exit codes, help and version. */
class CommandLineTest {

    @TempDir
    Path dir;

    static Run run(String... args) {
        return MainTest.run(args);
    }

    /** A mistake on the command line: exit 2, nothing on stdout, exactly the message and the hint on stderr. */
    static void usageError(String message, String command, String... args) {
        Run r = run(args);
        assertEquals(2, r.rc(), String.join(" ", args) + ": " + r.out() + r.err());
        assertEquals("", r.out(), String.join(" ", args));
        assertEquals("ringside: " + message + "\nTry '" + command + " --help'.\n", r.err(), String.join(" ", args));
    }

    Path trace(String name, String... generateArgs) {
        Path t = dir.resolve(name);
        String[] all = new String[generateArgs.length + 3];
        all[0] = "generate";
        System.arraycopy(generateArgs, 0, all, 1, generateArgs.length);
        all[all.length - 2] = "-o";
        all[all.length - 1] = t.toString();
        Run g = run(all);
        assertEquals(0, g.rc(), g.err());
        return t;
    }

    @Test
    void everyMistakeHasItsMessageAndExitTwo() {
        usageError("Unknown option: '--foo'", "ringside stats", "stats", "--foo", "x");
        usageError("Unknown option: '-x'", "ringside check", "check", "-x", "f");
        usageError("Unknown option: '--foo'", "ringside", "--foo", "stats", "f");
        usageError("Missing required parameter: 'FILE'", "ringside stats", "stats");
        usageError("Missing required parameter: 'FILE'", "ringside show", "show", "--at", "3");
        usageError("Missing required parameter: 'WORKLOAD|TRACE'", "ringside compare", "compare", "--json");
        usageError("Missing required option: '--output=FILE'", "ringside import", "import", "x.log");
        usageError("Missing required options and parameters: '--output=FILE', 'LOG'", "ringside import", "import");
        usageError("Unmatched argument at index 2: 'b'", "ringside stats", "stats", "a", "b");
        usageError("Unmatched argument at index 3: 'b'", "ringside stats", "--debug", "stats", "a", "b");
        usageError("Unmatched arguments from index 2: 'b', 'c'", "ringside check", "check", "a", "b", "c");
        usageError("Invalid value for option '--max': 'x' is not an int", "ringside check", "check", "--max", "x", "f");
        usageError("Invalid value for option '--max': '3000000000' is not an int", "ringside check", "check", "f",
                "--max=3000000000");
        usageError("Invalid value for option '--seed': 'x' is not a long", "ringside generate", "generate", "--seed", "x");
        usageError("Invalid value for option '--requests': '1e6' is not a long", "ringside compare", "compare", "nvme",
                "--requests", "1e6");
        usageError("Invalid value for option '--at': '-' is not a long", "ringside show", "show", "f", "--at", "-");
        usageError("Invalid value for option '--queue-size': '1.5' is not an int", "ringside generate", "generate",
                "--queue-size", "1.5");
        usageError("Invalid value for option '--json': 'x' is not a boolean", "ringside stats", "stats", "--json=x", "f");
        usageError("Missing value for option '--output' (FILE)", "ringside import", "import", "x.log", "-o");
        usageError("Missing value for option '--output' (FILE)", "ringside import", "import", "x.log", "-o", "--lenient");
        usageError("Option '--max' should be specified only once", "ringside check", "check", "--max=5", "--max", "7", "f");
        usageError("Unknown option: '--c'", "ringside ide", "ide", "a", "--c");
    }

    @Test
    void unknownCommandsAreNamed() {
        String known = "(commands: generate, check, import, stats, show, compare, ide, test, help)";
        usageError("Unknown command: 'frob' " + known, "ringside", "frob");
        usageError("Unknown command: 'frob' " + known, "ringside", "--debug", "frob", "--help");
        usageError("Unknown command: 'frob' " + known, "ringside", "help", "frob");
        usageError("Unknown command: '-x' " + known, "ringside", "--", "-x");
    }

    @Test
    void noCommandPrintsTheUsageOnStderr() {
        for (String[] args : new String[][] { {}, { "--debug" } }) {
            Run r = run(args);
            assertEquals(2, r.rc());
            assertEquals("", r.out());
            assertTrue(r.err().startsWith("Usage: ringside [-hV] [--debug] [COMMAND]\n"), r.err());
            assertTrue(r.err().contains("\n  stats     Per-queue metrics"), r.err());
            assertTrue(r.err().endsWith("\nringside: no command given\n"), r.err());
        }
    }

    @Test
    void topLevelHelpAndVersion() {
        Run h = run("--help");
        assertEquals(0, h.rc());
        assertEquals("", h.err());
        assertTrue(h.out().startsWith("Usage: ringside [-hV] [--debug] [COMMAND]\n"
                + "Generate, check and inspect virtio and NVMe ring traces.\n"), h.out());
        int at = h.out().indexOf("\nCommands:\n");
        assertTrue(at > 0, h.out());
        String commands = h.out().substring(at);
        int last = 0;
        for (String c : new String[] { "generate", "check", "import", "stats", "show", "compare", "ide", "test", "help" }) {
            int i = commands.indexOf("\n  " + c + " ");
            assertTrue(i > last, c + " listed in order:\n" + commands);
            last = i;
        }
        assertTrue(commands.contains("\n  check     Replay a trace and report spec violations."), commands);
        assertEquals(h.out(), run("-h").out());
        assertEquals(h.out(), run("help").out());
        assertEquals(h.out(), run("--debug", "--help").out());
        for (String v : new String[] { "-V", "--version" }) {
            Run r = run(v);
            assertEquals(0, r.rc());
            assertEquals("ringside 0.1.0\n", r.out());
            assertEquals("", r.err());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "generate", "check", "import", "stats", "show", "compare", "ide", "test" })
    void everyCommandHasHelpAndVersion(String command) {
        Run h = run(command, "--help");
        assertEquals(0, h.rc(), h.err());
        assertEquals("", h.err());
        assertTrue(h.out().startsWith("Usage: ringside " + command + " [-hV]"), h.out());
        assertTrue(h.out().contains("\n  -h, --help "), h.out());
        assertTrue(h.out().contains("\n  -V, --version "), h.out());
        assertTrue(h.out().contains("\n      --debug "), "--debug is listed: " + h.out());
        assertFalse(h.out().split("\n")[0].contains("--debug"), "but not in the synopsis");
        for (String line : h.out().split("\n")) {
            assertTrue(line.length() <= Args.WIDTH, line);
        }
        assertEquals(h.out(), run(command, "-h").out());
        assertEquals(h.out(), run("help", command).out(), "help " + command);
        assertEquals(h.out(), run(command, "--bogus", "--help").out(), "help wins over mistakes");
        Run v = run(command, "-V");
        assertEquals(0, v.rc());
        assertEquals("ringside 0.1.0\n", v.out());
        assertEquals("ringside 0.1.0\n", run(command, "--version").out());
    }

    @Test
    void helpTextsKeepTheirDescriptions() {
        assertTrue(run("stats", "--help").out().startsWith("Usage: ringside stats [-hV] [--csv] [--json] [--lenient]"
                + " [--verbose] [--guest=FTRACE]\n                      [--need-event=linux|spdk] [--window=DURATION]"
                + " [--virtio-device=DEVICE=TYPE]...\n                      [--virtio-features=[DEVICE=]HEX]... FILE\n"),
                run("stats", "--help").out());
        assertTrue(run("import", "--help").out().startsWith("Usage: ringside import [-hV] [--lenient] -o=FILE"
                + " [--virtio-device=DEVICE=TYPE]...\n                       [--virtio-features=[DEVICE=]HEX]... LOG\n"));
        String check = run("check", "--help").out();
        assertTrue(check.contains("\n      --max=N    Violations to print at most (default 100; all are counted).\n"), check);
        String compare = run("compare", "--help").out();
        assertTrue(compare.contains("[--vary=KEY=V1,V2,...]... WORKLOAD"), compare);
        assertTrue(compare.contains("virtio: layout, event-idx, in-order, indirect, queue-size, queue-depth,"), compare);
        String show = run("show", "--help").out();
        assertTrue(show.contains("\n  violation | violation=S2,N3   a rule is broken (all, or these ids; S2 matches S2a, S2b)\n"),
                show);
        assertTrue(show.contains("+ - * / %\n"), "a % is a %: " + show);
        String gen = run("generate", "--help").out();
        assertTrue(gen.contains("\n      --shadow-doorbell=on|off\n" + " ".repeat(29)
                + "NVMe: use the shadow doorbell buffer (Doorbell Buffer Config).\n"), gen);
        Run hh = run("help", "help");
        assertTrue(hh.out().startsWith("Usage: ringside help [-hV] [COMMAND]\n"), hh.out());
    }

    @Test
    void debugAnywherePrintsTheStackTrace() {
        Path none = dir.resolve("none.rstrace");
        Run plain = run("check", none.toString());
        assertEquals(2, plain.rc());
        assertEquals("ringside: " + none + ": no such file\n", plain.err());
        for (String[] args : new String[][] { { "--debug", "check", none.toString() }, { "check", "--debug", none.toString() },
                { "check", none.toString(), "--debug" }, { "--debug", "check", "--debug", none.toString() } }) {
            Run d = run(args);
            assertEquals(2, d.rc(), String.join(" ", args));
            assertTrue(d.err().startsWith("ringside: " + none + ": no such file\n"), d.err());
            assertTrue(d.err().contains("\tat "), String.join(" ", args) + ": " + d.err());
        }
        Run after = run("check", "--", none.toString(), "--debug");
        assertEquals("ringside: Unmatched argument at index 3: '--debug'\nTry 'ringside check --help'.\n", after.err(),
                "after -- it is an argument");
    }

    @Test
    void optionFormsReachTheCommand() throws IOException {
        Path a = dir.resolve("a.rstrace");
        Path b = dir.resolve("b.rstrace");
        Path c = dir.resolve("c.rstrace");
        Path d = dir.resolve("d.rstrace");
        assertEquals(0, run("generate", "--requests", "40", "--seed", "3", "-o", a.toString()).rc());
        assertEquals(0, run("generate", "--requests=40", "--seed=3", "--output=" + b).rc());
        assertEquals(0, run("generate", "-o" + c, "--seed", "3", "--requests", "40").rc());
        assertEquals(0, run("--debug", "generate", "--requests", "40", "--seed", "+3", "-o=" + d).rc());
        String events = body(a);
        assertEquals(events, body(b));
        assertEquals(events, body(c));
        assertEquals(events, body(d));
        assertFalse(events.equals(body(trace("e.rstrace", "--requests", "40", "--seed", "4"))), "the seed reached it");
    }

    /** A trace's events, without its header. */
    static String body(Path t) throws IOException {
        String s = Files.readString(t, StandardCharsets.UTF_8);
        return s.substring(s.indexOf('\n') + 1);
    }

    @Test
    void generateRecordsTheCommandLineAsGiven() throws IOException {
        Path t = dir.resolve("g.rstrace");
        assertEquals(0, run("--debug", "generate", "--requests=5", "--in-order", "-o", t.toString()).rc());
        String header = Files.readString(t, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertTrue(header.contains("\"command\":\"ringside --debug generate --requests=5 --in-order -o " + t + "\""), header);
    }

    @Test
    void checkPrintsAHundredViolationsByDefault() {
        Path t = trace("many.rstrace", "--device", "nvme", "--requests", "300", "--inject", "nvme-missing-cq-eventidx");
        Run all = run("check", t.toString(), "--max", "100000");
        assertEquals(1, all.rc());
        String[] allLines = all.out().split("\n");
        long total = allLines.length - 1;
        assertTrue(allLines[allLines.length - 1].endsWith(" events, " + total + " violation(s) (" + total + " error(s))"),
                allLines[allLines.length - 1]);
        assertTrue(total > 120, "enough violations to test the default: " + total);
        Run def = run("check", t.toString());
        assertEquals(1, def.rc());
        String[] lines = def.out().split("\n");
        assertEquals(100 + 2, lines.length, lines[lines.length - 1]);
        assertEquals(allLines[99], lines[99]);
        assertEquals(allLines[allLines.length - 1], lines[101]);
        assertEquals("... " + (total - 100) + " more", lines[100]);
        Run one = run("check", "--max=1", t.toString());
        assertEquals("... " + (total - 1) + " more", one.out().split("\n")[1]);
    }

    @Test
    void lenientHoldsForItsOwnCommandLineOnly() throws IOException {
        Path bad = dir.resolve("bad.log");
        Files.writeString(bad, "virtio_set_status vdev 0x55d0c0 val 0\n"
                + "virtqueue_pop vq 0x55d0 elem 0x7f00 in_num notanumber out_num 1\n");
        assertEquals(0, run("check", bad.toString(), "--lenient").rc());
        assertEquals(0, run("stats", "--lenient", bad.toString()).rc());
        assertEquals(2, run("check", bad.toString()).rc(), "the previous --lenient does not carry over");
        assertEquals(2, run("check", bad.toString(), "--lenient=false").rc());
        assertEquals(2, run("stats", "--lenient", "--help=false", bad.toString(), "x").rc(), "a mistake: nothing runs");
        assertEquals(2, run("check", bad.toString()).rc(), "a failed parse does not leave it on either");
    }

    @Test
    void statsTextColumnsAreTheFormattedOnes() throws IOException {
        Path t = trace("n.rstrace", "--device", "nvme", "--requests", "97", "--queue-depth", "3", "--shadow-doorbell",
                "on");
        Run s = run("stats", "--verbose", t.toString()); // the list of every value (the default is a table)
        assertEquals(0, s.rc(), s.err());
        Map<String, Long> totals = new LinkedHashMap<>();
        boolean inTotals = false;
        int rows = 0;
        for (String line : s.out().split("\n")) {
            if (line.equals("totals:")) {
                inTotals = true;
            } else if (line.startsWith("  ")) {
                String key = line.substring(2, line.indexOf(' ', 2));
                String value = line.substring(2 + key.length()).strip();
                assertEquals(String.format("  %-22s %s", key, value), line);
                rows++;
                if (inTotals) {
                    totals.put(key, Long.parseLong(value));
                }
            }
        }
        assertTrue(rows > 10 && totals.containsKey("ioCommands"), s.out());
        double perCommand = (totals.get("mmioSqDoorbells") + totals.get("mmioCqDoorbells"))
                / (double) totals.get("ioCommands");
        assertTrue(s.out().contains("\nmmioDoorbellsPerCommand " + String.format(Locale.ROOT, "%.3f", perCommand) + "\n"),
                perCommand + ": " + s.out());
    }

    /** Main.main returns (no System.exit) after a successful command: no thread may keep the JVM alive. */
    @Test
    void commandsLeaveNoThreadThatKeepsTheJvmAlive() {
        java.util.Set<Thread> before = liveNonDaemonThreads();
        Path log = QemuCliTest.log("d_nvme_smp1.trace.log.xz");
        Path imported = dir.resolve("d.rstrace");
        assertEquals(0, run("stats", log.toString()).rc());
        assertEquals(0, run("import", log.toString(), "-o", imported.toString()).rc());
        assertEquals(0, run("check", imported.toString()).rc());
        assertEquals(0, run("show", imported.toString(), "--at", "1000").rc());
        assertEquals(0, run("compare", "virtio-blk", "--requests", "50", "--vary", "layout=split,packed").rc());
        java.util.Set<Thread> after = liveNonDaemonThreads();
        after.removeAll(before);
        assertEquals(java.util.Set.of(), after, "threads started by the commands that are not daemons");
    }

    static java.util.Set<Thread> liveNonDaemonThreads() {
        java.util.Set<Thread> s = new java.util.HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && !t.isDaemon()) {
                s.add(t);
            }
        }
        return s;
    }

    @Test
    void showTakesRepeatedBreakpointsAndANegativeAtReachesTheCommand() {
        Path t = trace("s.rstrace", "--requests", "20");
        Run neg = run("show", t.toString(), "--at", "-1");
        assertEquals(2, neg.rc());
        assertEquals("ringside: --at must be 0 or more, not -1\n", neg.err());
        Run two = run("show", "--break-on=event=kick", t.toString(), "--break-on", "violation");
        assertEquals(0, two.rc(), two.err());
        assertTrue(two.out().startsWith("stopped at #"), two.out());
        Run none = run("show", t.toString(), "--break-on", "violation", "--break-on", "watch=avail.idx:value > 70000");
        assertEquals(1, none.rc(), none.err());
        assertTrue(none.out().startsWith("no breakpoint hit in ") && none.out().contains(
                "(violation, watch=avail.idx:value > 70000)"), "both specs, in order: " + none.out());
    }
}
