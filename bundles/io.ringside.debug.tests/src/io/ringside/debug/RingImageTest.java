package io.ringside.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.ringside.core.index.TraceIndex;
import io.ringside.core.memory.GuestMemory;
import io.ringside.core.memory.RingImage;
import io.ringside.core.trace.QueueInfo;
import io.ringside.core.trace.TraceEvent;
import io.ringside.virtio.RingLayout;

/**
 * The ring bytes rebuilt for the Memory view hold, at the header's addresses, the last value the trace's
 * own events wrote into each field (checked from the events, not from the state the bytes came from).
 */
class RingImageTest {

    @Test
    void splitRingBytesMatchTheLastWrites() throws Exception {
        TraceIndex t = Fixtures.virtioRun("split", 120, null);
        QueueInfo qi = t.header().devices().get(0).queues().get(0);
        RingLayout l = RingLayout.of(qi);
        for (long at : new long[] { 250, 333, t.eventCount() - 1 }) {
            RingImage rm = t.stateAfter(at).ringImage();
            GuestMemory m = rm.memory();
            assertEquals(3, rm.regions().size(), rm.regions().toString());
            Map<Long, long[]> desc = new HashMap<>();
            Map<Long, Long> avail = new HashMap<>();
            Map<Long, long[]> used = new HashMap<>();
            long availIdx = 0;
            long usedIdx = 0;
            long usedEvent = 0;
            TraceEvent e = new TraceEvent();
            for (long k = 0; k <= at; k++) {
                t.event(k, e);
                if (e.device() != 0 || e.queue() != 0) {
                    continue;
                }
                switch (e.type().id()) {
                case "desc" -> desc.put(e.get(0), new long[] { e.get(1), e.get(2), e.get(3), e.has(4) ? e.get(4) : 0 });
                case "avail_ring" -> avail.put(e.get(0), e.get(1));
                case "avail_idx" -> availIdx = e.get(0);
                case "used_idx" -> usedIdx = e.get(0);
                case "used_event" -> usedEvent = e.get(0);
                case "used_ring" -> used.put(e.get(e.type().slot("slot")),
                        new long[] { e.get(e.type().slot("id")), e.get(e.type().slot("len")) });
                default -> {
                }
                }
            }
            assertTrue(desc.size() > 3 && avail.size() > 3 && used.size() > 3, "the events wrote the rings by " + at);
            for (var d : desc.entrySet()) {
                long a = l.descAddr() + 16 * d.getKey();
                assertEquals(d.getValue()[0], m.read64(a), "desc[" + d.getKey() + "].addr at " + at);
                assertEquals(d.getValue()[1], m.read32(a + 8), "desc.len");
                assertEquals(d.getValue()[2], m.read16(a + 12), "desc.flags");
                assertEquals(d.getValue()[3] & 0xffff, m.read16(a + 14), "desc.next");
            }
            for (var r : avail.entrySet()) {
                assertEquals(r.getValue().longValue(), m.read16(l.availAddr() + 4 + 2 * r.getKey()), "avail.ring[" + r.getKey() + "]");
            }
            for (var r : used.entrySet()) {
                assertEquals(r.getValue()[0], m.read32(l.usedAddr() + 4 + 8 * r.getKey()), "used.ring[].id");
                assertEquals(r.getValue()[1], m.read32(l.usedAddr() + 8 + 8 * r.getKey()), "used.ring[].len");
            }
            assertEquals(availIdx, m.read16(l.availAddr() + 2), "avail.idx");
            assertEquals(usedIdx, m.read16(l.usedAddr() + 2), "used.idx");
            assertEquals(usedEvent, m.read16(l.availAddr() + 4 + 2L * l.size()), "used_event");
            assertNotNull(rm.regionAt(l.usedAddr() + 5));
            assertEquals("d0 q0 used ring", rm.regionAt(l.usedAddr() + 5).name());
        }
    }

    @Test
    void packedRingBytesMatchTheLastWrites() throws Exception {
        TraceIndex t = Fixtures.run(new io.ringside.emulator.virtio.VirtioEmulator(),
                Fixtures.virtio("packed", 120).withVirtio(io.ringside.emulator.Workload.Virtio.DEFAULT.withLayout("packed")
                        .withQueueSize(64).withEventIdx(true)), null);
        QueueInfo qi = t.header().devices().get(0).queues().get(0);
        RingLayout l = RingLayout.of(qi);
        assertTrue(l.packed());
        for (long at : new long[] { 250, 333, t.eventCount() - 1 }) {
            RingImage rm = t.stateAfter(at).ringImage();
            GuestMemory m = rm.memory();
            assertEquals(3, rm.regions().size(), rm.regions().toString());
            // per ring slot: addr, len, id, flags as the last desc / used_desc event left them
            Map<Long, long[]> slots = new HashMap<>();
            long[] drvEv = { 0, 0 };
            long[] devEv = { 0, 0 };
            int usedWrites = 0;
            int suppressionWrites = 0;
            TraceEvent e = new TraceEvent();
            for (long k = 0; k <= at; k++) {
                t.event(k, e);
                if (e.device() != 0 || e.queue() != 0) {
                    continue;
                }
                String kind = e.type().id();
                if (kind.equals("desc") && !e.has(e.type().slot("table"))) {
                    slots.put(e.get(0), new long[] { e.get(1), e.get(2), e.get(e.type().slot("id")), e.get(3) });
                } else if (kind.equals("used_desc")) {
                    long[] old = slots.getOrDefault(e.get(0), new long[4]);
                    slots.put(e.get(0), new long[] { old[0], e.get(e.type().slot("len")), e.get(e.type().slot("id")),
                            e.get(e.type().slot("flags")) });
                    usedWrites++;
                } else if (kind.equals("driver_event")) {
                    drvEv = new long[] { e.get(0), e.get(1) };
                    suppressionWrites++;
                } else if (kind.equals("device_event")) {
                    devEv = new long[] { e.get(0), e.get(1) };
                    suppressionWrites++;
                }
            }
            assertTrue(slots.size() > 3 && usedWrites > 3, "the events wrote the ring by " + at);
            assertTrue(suppressionWrites > 0 || at < t.eventCount() - 1, "EVENT_IDX: the event suppression structures are written");
            for (var d : slots.entrySet()) {
                long a = l.descAddr() + 16 * d.getKey();
                assertEquals(d.getValue()[0], m.read64(a), "desc[" + d.getKey() + "].addr at " + at);
                assertEquals(d.getValue()[1], m.read32(a + 8), "desc[" + d.getKey() + "].len at " + at);
                assertEquals(d.getValue()[2] & 0xffff, m.read16(a + 12), "desc[" + d.getKey() + "].id at " + at);
                assertEquals(d.getValue()[3] & 0xffff, m.read16(a + 14), "desc[" + d.getKey() + "].flags at " + at);
            }
            assertEquals(drvEv[0], m.read16(l.driverArea()), "driver event off_wrap");
            assertEquals(drvEv[1], m.read16(l.driverArea() + 2), "driver event flags");
            assertEquals(devEv[0], m.read16(l.deviceArea()), "device event off_wrap");
            assertEquals(devEv[1], m.read16(l.deviceArea() + 2), "device event flags");
            assertEquals("d0 q0 device event suppression", rm.regionAt(l.deviceArea() + 3).name());
            assertEquals("d0 q0 descriptor ring", rm.regionAt(l.descAddr()).name());
        }
    }
}
