package io.ringside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ringside.cli.MainTest.Run;
import io.ringside.cli.fuzz.FuzzCorpusTestAccess;

/**
 * Issue 23 item 14: {@code check} exits 1 for errors only; warnings and info are printed and counted, and
 * fail the run only when {@code --fail-on} asks for it. A legal trace with an unneeded MMIO doorbell (N7b,
 * info: NVMe 1.3 §7.13 allows it) no longer fails a CI job.
 */
class CheckExitStatusTest {

    @TempDir
    Path dir;

    /** Two commands on SQ 1 with shadow doorbells; the second doorbell was not needed (N7b), both complete. */
    static Path infoOnly() {
        return FuzzCorpusTestAccess.repo().resolve("bundles/io.ringside.cli.tests/testfiles/check/nvme-unneeded-doorbell.rstrace");
    }

    @Test
    void infoAndWarningsDoNotFailByDefault() throws IOException {
        Run r = MainTest.run("check", infoOnly().toString());
        assertTrue(r.out().contains("INFO N7b"), r.out());
        assertTrue(r.out().strip().endsWith(": 18 events, 1 violation(s) (1 info)"), r.out());
        assertEquals(0, r.rc(), r.out());
        assertEquals(0, MainTest.run("check", "--fail-on", "warning", infoOnly().toString()).rc());
        assertEquals(1, MainTest.run("check", "--fail-on", "info", infoOnly().toString()).rc());
        assertEquals(1, MainTest.run("check", "--fail-on=INFO", infoOnly().toString()).rc());

        // cut after the controller fetched both commands: they never complete (N4e, a warning)
        Path cut = dir.resolve("cut.rstrace");
        Files.write(cut, Files.readAllLines(infoOnly()).subList(0, 11));
        Run w = MainTest.run("check", cut.toString());
        assertTrue(w.out().contains("WARNING N4e") && w.out().strip().endsWith("(1 warning(s), 1 info)"), w.out());
        assertEquals(0, w.rc());
        assertEquals(1, MainTest.run("check", "--fail-on", "warning", cut.toString()).rc());

        // an error fails whatever the threshold
        Path bad = dir.resolve("bad.rstrace");
        Files.writeString(bad, Files.readString(infoOnly()).replace("\"nvme_sq_db\",\"t\":3,\"d\":0,\"q\":1,\"value\":1",
                "\"nvme_sq_db\",\"t\":3,\"d\":0,\"q\":1,\"value\":9"));
        Run e = MainTest.run("check", bad.toString());
        assertTrue(e.out().contains("ERROR N2a"), e.out());
        assertEquals(1, e.rc());
        assertEquals(1, MainTest.run("check", "--fail-on", "error", bad.toString()).rc());

        Run x = MainTest.run("check", "--fail-on", "fatal", infoOnly().toString());
        assertEquals(2, x.rc());
        assertTrue(x.err().contains("--fail-on: a severity is error, warning or info, not 'fatal'"), x.err());
    }
}
