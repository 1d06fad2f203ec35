package io.ringside.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.trace.TraceWriter;
import io.ringside.core.util.ProgressMonitor;
import io.ringside.emulator.Fault;
import io.ringside.emulator.Workload;
import io.ringside.emulator.virtio.VirtioEmulator;

/** {@code show --break-on} without the command line: a real trace file, first hit printed. */
class BreakOnTest {

    static Path write(Path dir, String fault) throws Exception {
        VirtioEmulator em = new VirtioEmulator();
        Workload w = Fixtures.virtio("split", 100);
        Fault f = fault == null ? null : em.fault(fault);
        Path p = dir.resolve((fault == null ? "clean" : fault) + ".rstrace");
        try (TraceWriter tw = new TraceWriter(p, em.header(w, f, "test"))) {
            em.run(w, f, tw::write, ProgressMonitor.NULL);
        }
        return p;
    }

    @Test
    void stopsAtTheFirstViolationAndPrintsTheState(@TempDir Path dir) throws Exception {
        Path p = write(dir, "vq-avail-backwards");
        BreakOn.Result r = BreakOn.run(p, List.of("violation"), CheckOptions.DEFAULT, ProgressMonitor.NULL);
        assertTrue(r.hit());
        assertEquals("avail_idx", r.event().type().id());
        StringWriter sw = new StringWriter();
        BreakOn.print(r, new PrintWriter(sw));
        String text = sw.toString();
        assertTrue(text.startsWith("stopped at #" + r.position() + " avail_idx"), text);
        assertTrue(text.contains("S2a"), text);
        assertTrue(text.contains("avail.idx="), text);
    }

    @Test
    void watchAndEventSpecsAndNoHit(@TempDir Path dir) throws Exception {
        Path p = write(dir, null);
        BreakOn.Result w = BreakOn.run(p, List.of("watch=used.idx:value >= 10"), CheckOptions.DEFAULT,
                ProgressMonitor.NULL);
        assertTrue(w.hit());
        assertTrue(w.hits().get(0).message().matches(".*-> 1[0-9].*"), w.hits().toString());
        BreakOn.Result none = BreakOn.run(p, List.of("violation"), CheckOptions.DEFAULT, ProgressMonitor.NULL);
        assertFalse(none.hit());
        assertEquals(none.events() - 1, none.position());
        assertThrows(IllegalArgumentException.class,
                () -> BreakOn.run(p, List.of("watch=nope"), CheckOptions.DEFAULT, ProgressMonitor.NULL));
        assertTrue(Files.size(p) > 0);
    }
}
