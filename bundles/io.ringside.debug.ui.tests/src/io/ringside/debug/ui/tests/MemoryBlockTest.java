package io.ringside.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IMemoryBlockExtension;
import org.eclipse.debug.core.model.IMemoryBlockRetrieval;
import org.eclipse.debug.core.model.IMemoryBlockRetrievalExtension;
import org.eclipse.debug.core.model.MemoryByte;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.ringside.core.memory.RingImage;
import io.ringside.core.trace.TraceEvent;
import io.ringside.debug.core.RingsideDebug;
import io.ringside.debug.core.model.RingsideDebugTarget;
import io.ringside.ui.tests.harness.Condition;
import io.ringside.ui.tests.harness.UI;
import io.ringside.ui.tests.harness.WorkbenchTest;

/**
 * The ring memory offered to the Memory view, through the debug model only (no view): a block at the
 * descriptor table holds, little-endian, the descriptors the trace's own {@code desc} events wrote up to
 * the cursor; moving the cursor fires a CHANGE event on the block and flags exactly the bytes that moved.
 */
@ExtendWith({ WorkbenchTest.class, NoLoggedErrors.class })
class MemoryBlockTest {

    static final Duration LONG = Duration.ofSeconds(60);
    private final List<DebugEvent> events = new CopyOnWriteArrayList<>();
    private final IDebugEventSetListener listener = set -> events.addAll(List.of(set));

    @BeforeEach
    void setUp() throws Exception {
        clean();
        DebugPlugin.getDefault().addDebugEventListener(listener);
    }

    @AfterEach
    void tearDown() throws Exception {
        DebugPlugin.getDefault().removeDebugEventListener(listener);
        clean();
    }

    private static void clean() throws Exception {
        // terminate, let the views take the terminate deltas, then remove: removing a launch while the
        // Debug view still materialises its items makes SWT/GTK ask for a child of an already
        // disassociated item (AssertionFailedException in TreeViewer.getTreePathFromItem)
        ILaunch[] launches = DebugPlugin.getDefault().getLaunchManager().getLaunches();
        for (ILaunch l : launches) {
            if (l.canTerminate()) {
                l.terminate();
            }
        }
        if (launches.length > 0) {
            UI.waitUntil(io.ringside.ui.tests.harness.Condition.of("the launches terminated", () -> {
                for (ILaunch l : launches) {
                    if (!l.isTerminated()) {
                        return false;
                    }
                }
                return true;
            }));
            UI.flushEvents();
            UI.sleep(300);
            UI.flushEvents();
        }
        for (ILaunch l : launches) {
            DebugPlugin.getDefault().getLaunchManager().removeLaunch(l);
        }
        var bm = DebugPlugin.getDefault().getBreakpointManager();
        bm.removeBreakpoints(bm.getBreakpoints(RingsideDebug.MODEL_ID), true);
    }

    /** The descriptors (addr, len, flags, next) of queue 0 as the events up to {@code at} wrote them. */
    private static Map<Long, long[]> descriptors(RingsideDebugTarget t, long at) {
        Map<Long, long[]> m = new HashMap<>();
        TraceEvent e = new TraceEvent();
        for (long k = 0; k <= at; k++) {
            t.timeline().event(k, e);
            if (e.device() == 0 && e.queue() == 0 && e.type().id().equals("desc")) {
                m.put(e.get(0), new long[] { e.get(1), e.get(2), e.get(3), e.has(4) ? e.get(4) : 0 });
            }
        }
        return m;
    }

    private static long le(MemoryByte[] b, int off, int n) {
        long v = 0;
        for (int i = n - 1; i >= 0; i--) {
            assertTrue(b[off + i].isReadable(), "byte " + (off + i) + " readable");
            assertTrue(b[off + i].isEndianessKnown() && !b[off + i].isBigEndian(), "little-endian");
            v = (v << 8) | (b[off + i].getValue() & 0xff);
        }
        return v;
    }

    private static void waitAt(RingsideDebugTarget t, long seq) {
        UI.waitUntil(Condition.of("suspended at #" + seq, () -> t.isSuspended() && t.position() == seq), LONG);
    }

    @Test
    void descriptorTableBlockHoldsWhatTheTraceWroteAndReportsChanges() throws Exception {
        IFile trace = DebugUiTest.faultTrace("vq-avail-backwards");
        var m = DebugPlugin.getDefault().getLaunchManager();
        var wc = m.getLaunchConfigurationType(RingsideDebug.TRACE_LAUNCH_TYPE).newInstance(null, "memory-test");
        wc.setAttribute(RingsideDebug.ATTR_TRACE, trace.getFullPath().toString());
        wc.setAttribute(RingsideDebug.ATTR_STOP_AT_START, true);
        ILaunch launch = wc.launch("debug", null);
        RingsideDebugTarget t = (RingsideDebugTarget) launch.getDebugTarget();
        assertNotNull(t);
        waitAt(t, -1);
        assertTrue(t.supportsStorageRetrieval());
        assertTrue(t.getAdapter(IMemoryBlockRetrieval.class) instanceof IMemoryBlockRetrievalExtension,
                "the Memory view finds the retrieval through the debug element");

        // a cursor where queue 0 has a few descriptors, and a later desc event that changes one of them
        long at = -1;
        long later = -1;
        long changedIdx = -1;
        TraceEvent e = new TraceEvent();
        Map<Long, long[]> seen = new HashMap<>();
        for (long k = 0; k < t.timeline().eventCount() && later < 0; k++) {
            t.timeline().event(k, e);
            if (e.device() != 0 || e.queue() != 0 || !e.type().id().equals("desc")) {
                continue;
            }
            long[] v = { e.get(1), e.get(2), e.get(3), e.has(4) ? e.get(4) : 0 };
            long[] old = seen.put(e.get(0), v);
            if (at < 0 && seen.size() >= 4 && k + 1 < t.timeline().eventCount()) {
                at = k;
            } else if (at >= 0 && (old == null || v[0] != old[0] || v[1] != old[1])) {
                later = k;
                changedIdx = e.get(0);
            }
        }
        assertTrue(at >= 0 && later > at, "the trace writes descriptors: " + at + ", " + later);

        t.runToEvent(at);
        waitAt(t, at);
        RingImage rm = t.ringMemory();
        RingImage.Region table = rm.regions().stream().filter(r -> r.name().equals("d0 q0 descriptor table"))
                .findFirst().orElseThrow(() -> new AssertionError("no descriptor table in " + rm.regions()));
        IMemoryBlockExtension byName = t.getExtendedMemoryBlock("D0Q0 descriptor table", t);
        IMemoryBlockExtension block = t.getExtendedMemoryBlock("0x" + Long.toHexString(table.address()), t);
        assertEquals(BigInteger.valueOf(table.address()), byName.getBigBaseAddress());
        assertEquals(BigInteger.valueOf(table.address()), block.getBigBaseAddress());
        assertEquals(BigInteger.valueOf(table.length()), block.getBigLength(), "the block spans the table");
        assertTrue(t.memoryBlocks().contains(block));

        Map<Long, long[]> desc = descriptors(t, at);
        MemoryByte[] bytes = block.getBytesFromOffset(BigInteger.ZERO, table.length());
        for (var d : desc.entrySet()) {
            int off = (int) (16 * d.getKey());
            assertEquals(d.getValue()[0], le(bytes, off, 8), "desc[" + d.getKey() + "].addr");
            assertEquals(d.getValue()[1], le(bytes, off + 8, 4), "desc[" + d.getKey() + "].len");
            assertEquals(d.getValue()[2], le(bytes, off + 12, 2), "desc[" + d.getKey() + "].flags");
            assertEquals(d.getValue()[3] & 0xffff, le(bytes, off + 14, 2), "desc[" + d.getKey() + "].next");
        }
        byte[] plain = block.getBytes();
        assertEquals(table.length(), plain.length);
        assertEquals(bytes[16 * 1 + 3].getValue(), plain[16 * 1 + 3]);
        // far from every ring: not known to the trace
        MemoryByte[] outside = block.getBytesFromAddress(BigInteger.valueOf(0x7fff_ffff_0000L), 16);
        for (MemoryByte b : outside) {
            assertFalse(b.isReadable(), "bytes outside the rings are unknown");
        }
        assertThrows(DebugException.class, () -> t.getExtendedMemoryBlock("no such ring", t));
        assertThrows(DebugException.class, () -> block.setValue(BigInteger.ZERO, new byte[] { 1 }));

        events.clear();
        t.runToEvent(later);
        waitAt(t, later);
        UI.waitUntil(Condition.of("a CHANGE event on the block", () -> events.stream()
                .anyMatch(ev -> ev.getSource() == block && ev.getKind() == DebugEvent.CHANGE)), LONG);
        MemoryByte[] after = block.getBytesFromOffset(BigInteger.ZERO, table.length());
        Map<Long, long[]> now = descriptors(t, later);
        int off = (int) (16 * changedIdx);
        assertEquals(now.get(changedIdx)[0], le(after, off, 8), "the new descriptor is in the block");
        boolean flagged = false;
        for (int i = 0; i < 12; i++) {
            assertTrue(after[off + i].isHistoryKnown());
            flagged |= after[off + i].isChanged();
        }
        assertTrue(flagged, "bytes of desc[" + changedIdx + "] are flagged as changed");
        // every flagged byte really differs from the previous stop
        for (int i = 0; i < after.length; i++) {
            assertEquals(after[i].getValue() != bytes[i].getValue(), after[i].isChanged(), "CHANGED flag of byte " + i);
        }

        block.dispose();
        assertFalse(t.memoryBlocks().contains(block));
        t.terminate();
    }
}
