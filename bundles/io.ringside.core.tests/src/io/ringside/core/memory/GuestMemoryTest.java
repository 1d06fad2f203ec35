package io.ringside.core.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class GuestMemoryTest {

    @Test
    void wordsAreLittleEndianInsideAndAcrossPages() {
        GuestMemory m = new GuestMemory();
        long inside = 0x1000;
        long across = 0x2000 - 3; // a u64 that spans two pages
        m.write64(inside, 0x0807060504030201L);
        m.write64(across, 0x1817161514131211L);
        for (int i = 0; i < 8; i++) {
            assertEquals(i + 1, m.read8(inside + i), "byte " + i + " inside a page");
            assertEquals(0x11 + i, m.read8(across + i), "byte " + i + " across pages");
        }
        assertEquals(0x0201, m.read16(inside));
        assertEquals(0x04030201L, m.read32(inside));
        assertEquals(0x1817161514131211L, m.read64(across));
        assertEquals(0x14131211L, m.read32(across));
        m.write16(0x3000 - 1, 0xbeef);
        assertEquals(0xef, m.read8(0x3000 - 1));
        assertEquals(0xbe, m.read8(0x3000));
        assertEquals(0xbeef, m.read16(0x3000 - 1));
        assertEquals(0xffffffffL, signedWord(m));
    }

    private static long signedWord(GuestMemory m) {
        m.write32(0x5000, -1);
        return m.read32(0x5000); // unsigned, not sign-extended
    }

    @Test
    void unwrittenMemoryReadsZeroWithoutAllocating() {
        GuestMemory m = new GuestMemory();
        assertEquals(0, m.read64(0x123456789L));
        byte[] buf = new byte[10000];
        buf[0] = 7;
        m.read(0xfff0, buf, 0, buf.length);
        assertEquals(0, buf[0]);
        assertEquals(0, m.pageCount());
    }

    @Test
    void bulkCopiesMatchByteWiseAccessAcrossPages() {
        GuestMemory m = new GuestMemory();
        byte[] data = new byte[3 * GuestMemory.PAGE_SIZE + 123];
        new Random(1).nextBytes(data);
        long base = 0x10000 - 77;
        m.write(base, data, 0, data.length);
        for (int i = 0; i < data.length; i += 97) {
            assertEquals(data[i] & 0xff, m.read8(base + i));
        }
        byte[] back = new byte[data.length];
        m.read(base, back, 0, back.length);
        assertArrayEquals(data, back);
    }

    @Test
    void copiesAreIndependent() {
        GuestMemory m = new GuestMemory();
        m.write32(0x1000, 1);
        GuestMemory c = m.copy();
        assertTrue(c.contentEquals(m));
        c.write32(0x1000, 2);
        m.write32(0x9000, 3);
        assertEquals(1, m.read32(0x1000));
        assertEquals(2, c.read32(0x1000));
        assertEquals(0, c.read32(0x9000));
        assertFalse(c.contentEquals(m));
    }

    @Test
    void thePageBoundIsEnforced() {
        GuestMemory m = new GuestMemory(2);
        m.write8(0, 1);
        m.write8(GuestMemory.PAGE_SIZE, 1);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> m.write8(2L * GuestMemory.PAGE_SIZE, 1));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
    }
}
