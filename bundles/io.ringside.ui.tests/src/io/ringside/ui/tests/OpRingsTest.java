package io.ringside.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

import io.ringside.core.trace.TraceEvent;
import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.RingView;
import io.ringside.ui.internal.editor.TraceEditor;
import io.ringside.ui.tests.harness.Condition;
import io.ringside.ui.tests.harness.Traces;
import io.ringside.ui.tests.harness.UI;
import io.ringside.ui.tests.harness.WorkbenchTest;

/**
 * The Rings view on real QEMU logs of NVMe guests draws SQ 1 as a ring: the slots submitted and not
 * fetched, the commands in flight by id and at the SQ slots they were fetched from, the MMIO doorbell
 * values beside the shadow doorbell and EventIdx values, each checked against a count made here from the events
 * themselves (doorbell values, fetches, completions), not from the replay's state.
 */
@ExtendWith(WorkbenchTest.class)
class OpRingsTest {

    @BeforeEach
    void setUp() {
        UI.openPerspective(RingsideUI.PERSPECTIVE_ID);
    }

    @AfterEach
    void tearDown() {
        Traces.closeEditors();
    }

    @ParameterizedTest
    @ValueSource(strings = { "d_nvme_smp1", "n_nvme_qemu11_smp2" })
    void sq1SlotsAndCommandsInFlightMatchTheEvents(String name) throws Exception {
        Path log = Traces.repo().resolve("samples/traces/qemu/" + name + ".trace.log.xz");
        TraceEditor ed = Traces.open(Traces.workspaceFile(log));
        UI.waitUntil(Condition.of("indexed", ed::isReady), Duration.ofSeconds(120));
        long count = UI.sync(() -> ed.session().eventCount());

        // walk the events: SQ 1's size and CQ, tail (doorbell or shadow value), fetches, cids in flight
        int size = -1;
        int cq = -1;
        long tail = 0;
        long fetched = 0;
        TreeSet<Long> inFlight = new TreeSet<>();
        Map<Long, Long> fetchNo = new HashMap<>(); // cid in flight -> its fetch number since SQ 1 was created
        Map<String, Long> sqDoorbells = new HashMap<>(); // SQ 1's last MMIO / shadow tail and EventIdx
        Map<Integer, Map<String, Long>> cqDoorbells = new HashMap<>(); // per CQ: last MMIO / shadow head, EventIdx
        long at = -1;
        TraceEvent e = new TraceEvent();
        for (long n = 0; n < count; n++) {
            long k = n;
            UI.sync(() -> ed.session().event(k, e));
            String kind = e.type().id();
            int q = e.queue();
            switch (kind) {
                case "op_nvme_disable" -> {
                    size = -1;
                    inFlight.clear();
                    cqDoorbells.clear();
                }
                case "op_nvme_create_cq" -> cqDoorbells.remove(q);
                case "op_nvme_cq_doorbell", "op_nvme_shadow_cq", "op_nvme_eventidx_cq" ->
                    cqDoorbells.computeIfAbsent(q, x -> new HashMap<>()).put(kind, e.get(e.type().slot("value")));
                case "op_nvme_eventidx_sq" -> {
                    if (q == 1) {
                        sqDoorbells.put(kind, e.get(e.type().slot("value")));
                    }
                }
                case "op_nvme_create_sq" -> {
                    if (q == 1) {
                        size = (int) e.get(e.type().slot("size"));
                        cq = (int) e.get(e.type().slot("cq"));
                        tail = 0;
                        fetched = 0;
                        inFlight.clear();
                        sqDoorbells.clear();
                    }
                }
                case "op_nvme_sq_doorbell", "op_nvme_shadow_sq" -> {
                    if (q == 1) {
                        tail = e.get(e.type().slot("value"));
                        sqDoorbells.put(kind, tail);
                    }
                }
                case "op_nvme_command" -> {
                    if (q == 1) {
                        fetchNo.put(e.get(e.type().slot("cid")), fetched);
                        fetched++;
                        inFlight.add(e.get(e.type().slot("cid")));
                    }
                }
                case "op_nvme_completion" -> {
                    if (q == cq && size > 0) {
                        inFlight.remove(e.get(e.type().slot("cid")));
                    }
                }
                default -> {
                }
            }
            // stop after a fetch in the second half of the log with commands in flight and submitted
            if (n > count / 2 && size > 0 && !inFlight.isEmpty() && kind.equals("op_nvme_command") && q == 1) {
                at = n;
                break;
            }
        }
        assertTrue(at > 0, "a point with commands in flight");
        long cursor = at;
        UI.run(() -> ed.seek(cursor));
        RingView rings = Traces.rings();
        UI.waitUntil(Condition.of("the Rings view draws SQ 1's ring",
                () -> UI.sync(rings::lines).stream().anyMatch(l -> l.startsWith("Submission queue SQ 1"))));
        long submitted = Math.floorMod(tail - fetched, size);
        List<io.ringside.ui.internal.rings.RingPainter.Hit> hits = UI.sync(rings::hits);
        long drawnSubmitted = hits.stream().filter(h -> h.text() != null && h.text().startsWith("SQ 1 slot")
                && h.text().contains("submitted, not fetched")).count();
        long drawnSlots = hits.stream().filter(h -> h.text() != null && h.text().startsWith("SQ 1 slot")).count();
        assertEquals(size, drawnSlots, "one slot per SQ entry");
        assertEquals(submitted, drawnSubmitted, "slots between head and tail");
        TreeSet<Long> drawn = new TreeSet<>();
        for (String l : UI.sync(rings::lines)) {
            if (l.startsWith("SQ 1 in flight cid ")) {
                drawn.add(Long.parseLong(l.substring("SQ 1 in flight cid ".length())));
            }
        }
        assertEquals(new TreeSet<>(inFlight.stream().limit(64).toList()), drawn, "commands in flight by id (the first 64)");
        // each command in flight at the SQ slot it was fetched from: the head was at (fetch number mod size)
        // when QEMU fetched it, unless the ring has fetched a whole turn since (then the slot is reused) or
        // the host has written the slot again (it is then drawn submitted)
        TreeSet<String> atSlots = new TreeSet<>();
        for (long cid : inFlight.stream().limit(64).toList()) {
            long no = fetchNo.get(cid);
            if (fetched - no <= size && Math.floorMod(no - fetched, size) >= submitted) {
                atSlots.add("SQ 1 slot " + (no % size) + " cid " + cid);
            }
        }
        assertTrue(!atSlots.isEmpty(), "commands at known slots");
        assertEquals(atSlots, new TreeSet<>(UI.sync(rings::lines).stream().filter(l -> l.matches("SQ 1 slot \\d+ cid \\d+")).toList()),
                "commands in flight at their SQ slots");
        // the doorbell values beside each other, as the log last showed them ("unknown" before the first)
        Map<String, Long> cqd = cqDoorbells.getOrDefault(cq, Map.of());
        List<String> doorbells = List.of("SQ 1 SQ tail doorbell " + known(sqDoorbells.get("op_nvme_sq_doorbell")),
                "SQ 1 shadow SQ tail " + known(sqDoorbells.get("op_nvme_shadow_sq")),
                "SQ 1 EventIdx SQ " + known(sqDoorbells.get("op_nvme_eventidx_sq")),
                "SQ 1 CQ head doorbell " + known(cqd.get("op_nvme_cq_doorbell")),
                "SQ 1 shadow CQ head " + known(cqd.get("op_nvme_shadow_cq")),
                "SQ 1 EventIdx CQ " + known(cqd.get("op_nvme_eventidx_cq")));
        List<String> drawnDoorbells = UI.sync(rings::lines).stream().filter(l -> l.startsWith("SQ 1 ")
                && doorbells.stream().anyMatch(d -> l.startsWith(d.substring(0, d.lastIndexOf(' '))))).toList();
        assertEquals(doorbells, drawnDoorbells, "MMIO, shadow doorbell and EventIdx values of SQ 1 and its CQ");
        if (name.startsWith("n_")) { // QEMU 11 with Linux 7.2 uses shadow doorbells: the values are known
            assertTrue(sqDoorbells.containsKey("op_nvme_shadow_sq") && sqDoorbells.containsKey("op_nvme_eventidx_sq"),
                    "the log shows SQ 1's shadow doorbell and EventIdx");
        }
        assertTrue(UI.sync(rings::lines).stream().anyMatch(l -> l.contains("tail and phase not in the log")),
                "the CQ says what the log cannot show");
        UI.screenshot("rings-" + name);
        // the whole Rings view, SQ 1 among the queues (the documentation's picture)
        UI.maximize();
        UI.run(() -> UI.page().setPartState(UI.page().getReference(rings), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED));
        UI.flushEvents();
        UI.screenshot("rings-maximized-" + name);
        UI.run(() -> UI.page().setPartState(UI.page().getReference(rings), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED));
    }

    private static String known(Long v) {
        return v == null ? "unknown" : Long.toString(v);
    }
}
