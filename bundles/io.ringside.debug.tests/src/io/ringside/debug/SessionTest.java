package io.ringside.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.ringside.core.index.TraceIndex;
import io.ringside.core.trace.TraceEvent;
import io.ringside.debug.Session.Direction;
import io.ringside.debug.Session.Reason;
import io.ringside.debug.Session.Step;
import io.ringside.debug.Session.Stop;

/** Stepping semantics and breakpoints in both directions, on emulator traces with and without faults. */
class SessionTest {

    static TraceIndex clean;
    static TraceIndex backwards;

    @BeforeAll
    static void traces() throws Exception {
        clean = Fixtures.virtioRun("split", 120, null);
        backwards = Fixtures.virtioRun("split", 120, "vq-avail-backwards");
    }

    static Breakpoints bps(String... specs) {
        return new Breakpoints(BreakSpec.parseAll(List.of(specs)));
    }

    static long availIdx(Session s) {
        return s.state().model(0).watchField("avail.idx").read(s.state().engine(0), 0);
    }

    @Test
    void cleanTraceHasNoViolations() {
        assertEquals(0, clean.violationCount());
        assertTrue(clean.eventCount() > 1000, "a real run: " + clean.eventCount());
    }

    @Test
    void stepIntoMovesOneEventBothWays() throws Exception {
        Session s = new Session(clean);
        assertEquals(-1, s.position());
        for (int i = 0; i < 50; i++) {
            Stop st = s.step(Step.INTO, Direction.FORWARD, null, Breakpoints.none());
            assertEquals(Reason.STEP, st.reason());
            assertEquals(i, s.position());
        }
        for (int i = 48; i >= 20; i--) {
            s.step(Step.INTO, Direction.BACKWARD, null, Breakpoints.none());
            assertEquals(i, s.position());
            assertTrue(s.state().stateEquals(clean.stateAfter(i)), "state after reverse step equals a fresh replay at " + i);
        }
    }

    @Test
    void stepOverStaysInItsLaneAndBackwardIsTheInverse() throws Exception {
        TraceIndex t = Fixtures.run(new io.ringside.emulator.virtio.VirtioEmulator(),
                Fixtures.virtio("split", 60), null);
        // the block emulator has one request queue; use its lane and check no event of the lane is skipped
        Session s = new Session(t);
        s.step(Step.INTO, Direction.FORWARD, null, Breakpoints.none());
        QueueLane lane = QueueLane.of(s.event());
        List<Long> visited = new ArrayList<>();
        visited.add(s.position());
        while (true) {
            Stop st = s.step(Step.OVER, Direction.FORWARD, lane, Breakpoints.none());
            if (st.reason() == Reason.END) {
                break;
            }
            assertTrue(lane.contains(s.event()));
            visited.add(s.position());
        }
        TraceEvent e = new TraceEvent();
        long inLane = 0;
        for (long k = 0; k < t.eventCount(); k++) {
            if (lane.contains(t.event(k, e))) {
                inLane++;
            }
        }
        assertEquals(inLane, visited.size(), "step over visits every event of the lane once");
        for (int i = visited.size() - 2; i >= Math.max(0, visited.size() - 40); i--) {
            s.step(Step.OVER, Direction.BACKWARD, lane, Breakpoints.none());
            assertEquals(visited.get(i), s.position());
        }
    }

    @Test
    void stepReturnRunsToTheCompletionOfTheBufferAndBackToItsSubmission() throws Exception {
        Session s = new Session(clean);
        // go to the first avail_ring write (a buffer made available)
        s.resume(Direction.FORWARD, bps("event=avail_ring"));
        TraceEvent submit = s.event();
        assertEquals("avail_ring", submit.type().id());
        long head = Requests.idOf(submit);
        Stop st = s.step(Step.RETURN, Direction.FORWARD, QueueLane.of(submit), Breakpoints.none());
        assertEquals(Reason.STEP, st.reason());
        TraceEvent done = s.event();
        assertEquals("used_ring", done.type().id());
        assertEquals(head, Requests.idOf(done), "the used element is the same head");
        // nothing in between completed that head
        TraceEvent e = new TraceEvent();
        for (long k = submit.seq() + 1; k < done.seq(); k++) {
            clean.event(k, e);
            assertFalse(Requests.completes(e) && Requests.idOf(e) == head, "earlier completion at " + k);
        }
        // reverse step return from the completion goes back to where that head was made available
        s.step(Step.RETURN, Direction.BACKWARD, QueueLane.of(done), Breakpoints.none());
        assertEquals(submit.seq(), s.position());
    }

    @Test
    void violationBreakpointHitsInBothDirectionsAndReverseStepShowsThePreviousValue() throws Exception {
        assertTrue(backwards.violationCount() > 0);
        Session s = new Session(backwards);
        Stop hit = s.resume(Direction.FORWARD, bps("violation=S2"));
        assertEquals(Reason.BREAKPOINT, hit.reason());
        assertTrue(Fixtures.ruleIds(backwards, hit.position()).contains("S2a"), backwards.violations(hit.position()).toString());
        assertEquals("avail_idx", s.event().type().id(), "the driver's avail.idx write broke S2a");
        long bad = s.event().get(0);
        long kept = availIdx(s);
        assertTrue(((kept - bad) & 0xffff) > 0 && ((kept - bad) & 0xffff) < 0x8000,
                "the event wrote a smaller avail.idx (" + bad + ") than the one published (" + kept + ")");
        // the previous avail.idx write published the value the bad write went back from
        Stop prev = s.step(Step.INTO, Direction.BACKWARD, null, Breakpoints.none());
        assertEquals(hit.position() - 1, prev.position());
        assertEquals(kept, availIdx(s), "the state before the bad write holds the published value");
        Stop write = s.resume(Direction.BACKWARD, bps("event=avail_idx"));
        assertEquals(kept, s.event().get(0), "the last good write of avail.idx wrote " + kept);
        assertTrue(write.position() < hit.position());
        // from the end, reverse resume lands on the same event
        s.runTo(backwards.eventCount() - 1, Breakpoints.none());
        long last = -1;
        Stop back;
        while ((back = s.resume(Direction.BACKWARD, bps("violation=S2a"))).reason() == Reason.BREAKPOINT) {
            last = back.position();
        }
        assertEquals(Reason.START, back.reason());
        assertEquals(hit.position(), last, "the first S2a found going back from the end is the one found forward");
    }

    @Test
    void watchpointsHitAtTheSameEventsInBothDirections() throws Exception {
        for (String spec : List.of("watch=avail.idx", "watch=used.idx:delta > 1", "watch=used_event:value % 8 == 0",
                "watch=outstanding:value == 0", "watch=avail.idx:value < old")) {
            Session s = new Session(backwards);
            List<Long> fwd = new ArrayList<>();
            Stop st;
            while ((st = s.resume(Direction.FORWARD, bps(spec))).reason() == Reason.BREAKPOINT) {
                fwd.add(st.position());
                assertNotNull(st.hits().get(0).message());
            }
            assertEquals(Reason.END, st.reason());
            assertFalse(fwd.isEmpty(), spec + " hit at least once in " + backwards.eventCount() + " events");
            List<Long> back = new ArrayList<>();
            while ((st = s.resume(Direction.BACKWARD, bps(spec))).reason() == Reason.BREAKPOINT) {
                back.add(0, st.position());
            }
            assertEquals(Reason.START, st.reason());
            // going back from the last event, the last forward hit itself is passed over only when it is the last event
            if (!fwd.isEmpty() && fwd.get(fwd.size() - 1) == backwards.eventCount() - 1) {
                back.add(backwards.eventCount() - 1);
            }
            assertEquals(fwd, back, spec);
        }
    }

    @Test
    void watchConditionIsEvaluatedOnTheWrittenValue() throws Exception {
        Session s = new Session(backwards);
        Stop st = s.resume(Direction.FORWARD, bps("watch=avail.idx:value < old"));
        assertEquals(Reason.BREAKPOINT, st.reason());
        assertTrue(Fixtures.ruleIds(backwards, st.position()).contains("S2a"),
                "the only backwards move of avail.idx is the planted fault");
        assertTrue(st.hits().get(0).message().contains("->"), st.hits().get(0).message());
    }

    @Test
    void breakpointsStopAStepOverOnTheWay() throws Exception {
        Session s = new Session(backwards);
        s.step(Step.INTO, Direction.FORWARD, null, Breakpoints.none());
        // a lane that never has events: step over would run to the end, but the violation stops it
        Stop st = s.step(Step.OVER, Direction.FORWARD, new QueueLane(9, 9), bps("violation"));
        assertEquals(Reason.BREAKPOINT, st.reason());
        Stop end = s.step(Step.OVER, Direction.FORWARD, new QueueLane(9, 9), Breakpoints.none());
        assertEquals(Reason.END, end.reason());
        assertEquals(backwards.eventCount() - 1, s.position());
    }

    @Test
    void runToAnEventInEitherDirection() throws Exception {
        Session s = new Session(clean);
        assertEquals(Reason.TARGET, s.runTo(700, Breakpoints.none()).reason());
        assertEquals(700, s.position());
        assertTrue(s.state().stateEquals(clean.stateAfter(700)));
        assertEquals(Reason.TARGET, s.runTo(10, Breakpoints.none()).reason());
        assertEquals(10, s.position());
        assertTrue(s.state().stateEquals(clean.stateAfter(10)));
        s.runTo(-1, Breakpoints.none());
        assertEquals(-1, s.position());
        assertEquals(Reason.START, s.step(Step.INTO, Direction.BACKWARD, null, Breakpoints.none()).reason());
    }

    @Test
    void eventAndIdBreakpoints() throws Exception {
        Session s = new Session(clean);
        Stop st = s.resume(Direction.FORWARD, bps("event=kick"));
        assertEquals("kick", s.event().type().id());
        st = s.resume(Direction.FORWARD, bps("buffer=3"));
        assertEquals(3, Requests.idOf(s.event()));
        st = s.resume(Direction.FORWARD, bps("desc=5"));
        assertEquals("desc", s.event().type().id());
        assertEquals(5, s.event().get(0));
        assertEquals(Reason.BREAKPOINT, st.reason());
    }

    @Test
    void suspendStopsARunningResume() throws Exception {
        Session s = new Session(clean);
        s.suspend(); // before the scan: cleared by the scan itself
        Stop st = s.resume(Direction.FORWARD, Breakpoints.none());
        assertEquals(Reason.END, st.reason());
    }
}
