package io.ringside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.index.IndexOptions;
import io.ringside.core.index.TraceIndex;
import io.ringside.core.util.ProgressMonitor;

/** {@code show FILE --break-on SPEC}: the debugger's breakpoints on the command line, on the planted-fault samples. */
class BreakOnCliTest {

    record Run(int rc, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int rc = Main.execute(new PrintWriter(o), new PrintWriter(e), args);
        return new Run(rc, o.toString(), e.toString());
    }

    static Path repo() {
        String p = System.getProperty("ringside.repo");
        if (p != null) {
            return Path.of(p);
        }
        Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (d != null && !(Files.isDirectory(d.resolve("bundles")) && Files.exists(d.resolve(".gitignore")))) {
            d = d.getParent();
        }
        return d;
    }

    static Path fault(String name) {
        return repo().resolve("samples/traces/faults/" + name + ".rstrace");
    }

    /** The first violation's event, straight from the checker's index (not through the debugger). */
    static long firstViolation(Path file) throws Exception {
        try (TraceIndex ix = TraceIndex.open(file, Tools.models(), CheckOptions.DEFAULT,
                IndexOptions.defaults().withoutPersistence(), ProgressMonitor.NULL)) {
            assertTrue(ix.violationCount() > 0, file + " has its planted fault");
            long first = Long.MAX_VALUE;
            for (var v : ix.firstViolations()) {
                first = Math.min(first, Math.max(0, v.event()));
            }
            return first;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "vq-avail-backwards", "vq-double-use", "vq-packed-wrap", "nvme-wrong-phase",
            "nvme-sq-tail-overflow", "nvme-unknown-cid" })
    void violationStopsAtThePlantedFault(String name) throws Exception {
        Path f = fault(name);
        long want = firstViolation(f);
        Run r = run("show", f.toString(), "--break-on", "violation");
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().startsWith("stopped at #" + want + " by breakpoint\n"), r.out());
        assertTrue(r.out().contains("after event #" + want + " "), r.out());
        // the state printed is the state show --at prints at that event
        Run at = run("show", f.toString(), "--at", Long.toString(want));
        assertEquals(0, at.rc(), at.err());
        assertTrue(r.out().endsWith(at.out()), "same state as show --at " + want + ":\n" + r.out() + "\n---\n" + at.out());
    }

    @Test
    void watchWithAConditionStopsWhereAvailIdxWentBackwards() throws Exception {
        Path f = fault("vq-avail-backwards");
        long want = firstViolation(f);
        Run r = run("show", f.toString(), "--break-on", "watch=avail.idx:value < old");
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().startsWith("stopped at #" + want + " "), r.out());
        assertTrue(r.out().contains("avail.idx 56 -> 55"), r.out());
        // the first plain write of avail.idx comes much earlier; a condition that never holds hits nowhere
        Run any = run("show", f.toString(), "--break-on", "watch=avail.idx@q0");
        assertEquals(0, any.rc(), any.err());
        long first = Long.parseLong(any.out().substring("stopped at #".length(), any.out().indexOf(' ', 12)));
        assertTrue(first < want, any.out());
        Run never = run("show", f.toString(), "--break-on", "watch=avail.idx:value > 70000");
        assertEquals(1, never.rc(), never.err());
        assertTrue(never.out().startsWith("no breakpoint hit in "), never.out());
    }

    @Test
    void severalSpecsStopAtTheFirstThatHitsAndJsonSaysWhy() throws Exception {
        Path f = fault("vq-avail-backwards");
        Run r = run("show", f.toString(), "--break-on", "violation", "--break-on", "event=kick", "--json");
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().contains("\"breakpoint\" : {") && r.out().contains("\"hit\" : true"), r.out());
        assertTrue(r.out().contains("\"spec\" : \"event kick\"") || r.out().contains("\"spec\" : \"event=kick\""),
                r.out());
        assertFalse(r.out().contains("S2a"), "a kick comes long before the fault: " + r.out());
        assertTrue(r.out().contains("\"devices\""), r.out());
    }

    @Test
    void badSpecsAndOptionsAreOneLineErrors() {
        Path f = fault("vq-avail-backwards");
        for (String[] args : new String[][] { { "--break-on", "watch=bogus" }, { "--break-on", "frobnicate" },
                { "--break-on", "watch=avail.idx:value <" }, { "--break-on", "desc=x" },
                { "--at", "3", "--break-on", "violation" }, {} }) {
            String[] all = new String[args.length + 2];
            all[0] = "show";
            all[1] = f.toString();
            System.arraycopy(args, 0, all, 2, args.length);
            Run r = run(all);
            assertEquals(2, r.rc(), String.join(" ", all) + ": " + r.out() + r.err());
            assertEquals(1, r.err().strip().split("\n").length, r.err());
            assertTrue(r.err().startsWith("ringside: "), r.err());
        }
    }

    @Test
    void anEventKindNoModelDefinesIsAnErrorNotABreakpointThatNeverHits() {
        Path f = fault("vq-avail-backwards");
        Run r = run("show", f.toString(), "--break-on", "event=kik");
        assertEquals(2, r.rc(), r.out() + r.err());
        assertEquals(1, r.err().strip().split("\n").length, r.err());
        assertTrue(r.err().startsWith("ringside: --break-on: event=kik: no such event kind (known: "), r.err());
        assertTrue(r.err().contains(" kick,") && r.err().contains("nvme_sq_db"), "lists the kinds: " + r.err());
        assertEquals(0, run("show", f.toString(), "--break-on", "event=kick").rc(), "a known kind still works");
    }

    @Test
    void helpDocumentsTheSpecs() {
        Run r = run("show", "--help");
        assertEquals(0, r.rc());
        assertTrue(r.out().contains("--break-on") && r.out().contains("watch=FIELD[:COND]") && r.out().contains("sq.tail"),
                r.out());
    }
}
