package io.ringside.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.ringside.core.check.Rule;
import io.ringside.core.check.Severity;

class BreakSpecTest {

    @Test
    void parsesEveryKind() {
        BreakSpec.OnViolation v = assertInstanceOf(BreakSpec.OnViolation.class, BreakSpec.parse("violation"));
        assertTrue(v.rules().isEmpty());
        assertNull(v.lane());
        v = assertInstanceOf(BreakSpec.OnViolation.class, BreakSpec.parse("violation=S2, N3"));
        assertEquals(Set.of("S2", "N3"), v.rules());
        BreakSpec.OnEvent ev = assertInstanceOf(BreakSpec.OnEvent.class, BreakSpec.parse("event=kick@q1"));
        assertEquals("kick", ev.kind());
        assertEquals(new QueueLane(0, 1), ev.lane());
        BreakSpec.OnId id = assertInstanceOf(BreakSpec.OnId.class, BreakSpec.parse("command=0x1f @d2q3"));
        assertEquals(BreakSpec.IdKind.COMMAND, id.kind());
        assertEquals(31, id.id());
        assertEquals(new QueueLane(2, 3), id.lane());
        assertEquals(BreakSpec.IdKind.DESCRIPTOR, ((BreakSpec.OnId) BreakSpec.parse("desc=4")).kind());
        assertEquals(BreakSpec.IdKind.BUFFER, ((BreakSpec.OnId) BreakSpec.parse("buffer=4")).kind());
        BreakSpec.OnWatch w = assertInstanceOf(BreakSpec.OnWatch.class, BreakSpec.parse("watch=avail.idx:delta > 1"));
        assertEquals("avail.idx", w.field());
        assertEquals("delta > 1", w.condition().text());
        assertEquals("sq.tail", ((BreakSpec.OnWatch) BreakSpec.parse("watch=sq_tail")).field());
        assertEquals("watch used_event [value == 0] @d0 q1", BreakSpec.parse("watch=used_event:value == 0@q1").label());
    }

    @Test
    void rejectsWithAReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BreakSpec.parse("watch=tail")).getMessage()
                .contains("avail.idx"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BreakSpec.parse("desc=x")).getMessage()
                .contains("number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BreakSpec.parse("nope")).getMessage()
                .contains("watch=FIELD"));
        assertThrows(IllegalArgumentException.class, () -> BreakSpec.parse("watch=avail.idx:value =="));
    }

    @Test
    void ruleIdsMatchTheirSubRules() {
        BreakSpec.OnViolation s2 = new BreakSpec.OnViolation(Set.of("S2"), null);
        Rule s2a = new Rule("S2a", "VIRTIO 1.3 §2.7.13", Severity.ERROR, "t");
        Rule s21 = new Rule("S21", "x", Severity.ERROR, "t");
        assertTrue(s2.matches(s2a.at(1, 0, 0, "m")));
        assertTrue(!s2.matches(s21.at(1, 0, 0, "m")), "S2 is not a prefix match of S21");
        BreakSpec.OnViolation q1 = new BreakSpec.OnViolation(Set.of(), new QueueLane(0, 1));
        assertTrue(q1.matches(s2a.at(1, 0, 1, "m")));
        assertTrue(!q1.matches(s2a.at(1, 0, 0, "m")));
    }
}
