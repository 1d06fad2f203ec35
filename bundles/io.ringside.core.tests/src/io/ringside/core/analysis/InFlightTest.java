package io.ringside.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The in-flight table against a HashMap, with colliding keys and backward-shift deletion. */
class InFlightTest {

    @Test
    void behavesLikeAMap() {
        Random r = new Random(3);
        InFlight t = new InFlight();
        Map<Long, long[]> ref = new HashMap<>();
        List<Long> keys = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            int op = r.nextInt(3);
            // pointers that share low bits (QEMU elements are 0x...c00 apart), small command ids
            long key = r.nextBoolean() ? 0x55d14040dc00L + 0x400L * r.nextInt(300) : r.nextInt(500);
            if (op < 2) {
                long old = t.put(key, i, i + 1, i + 2);
                long[] prev = ref.put(key, new long[] { i, i + 1, i + 2 });
                assertEquals(prev == null ? -1 : prev[2], old);
                if (prev == null) {
                    keys.add(key);
                }
            } else if (!keys.isEmpty()) {
                long k = keys.remove(r.nextInt(keys.size()));
                int slot = t.find(k);
                long[] want = ref.remove(k);
                assertEquals(want[0], t.fetchTime(slot));
                assertEquals(want[1], t.submitTime(slot));
                assertEquals(want[2], t.ordinal(slot));
                t.remove(slot);
                assertEquals(-1, t.find(k));
            }
            assertEquals(ref.size(), t.size());
        }
        for (Map.Entry<Long, long[]> e : ref.entrySet()) {
            assertEquals(e.getValue()[0], t.fetchTime(t.find(e.getKey())));
        }
    }

    @Test
    void refusesMoreThanTheLimit() {
        InFlight t = new InFlight();
        for (int i = 0; i < InFlight.MAX; i++) {
            assertEquals(-1, t.put(i, 0, 0, 0));
        }
        assertEquals(-2, t.put(-1, 0, 0, 0));
        assertTrue(t.find(InFlight.MAX - 1) >= 0);
        t.clear();
        assertEquals(0, t.size());
        assertEquals(-1, t.find(5));
    }

    @Test
    void ringDropsTheOldestPairWhenFull() {
        LongRing r = new LongRing(8);
        for (int i = 0; i < 6; i++) {
            r.push2(i, 100 + i);
        }
        assertEquals(8, r.size());
        assertEquals(2, r.dropped());
        assertEquals(2, r.get(0));
        assertEquals(102, r.get(1));
        r.set(1, 7);
        assertEquals(2, r.pop());
        assertEquals(7, r.pop());
    }
}
