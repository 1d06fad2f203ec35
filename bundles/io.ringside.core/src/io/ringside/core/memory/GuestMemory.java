package io.ringside.core.memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Sparse little-endian guest physical memory, in 4 KiB pages allocated on first write. Ring code is
 * given a GuestMemory rather than owning one (as rust-vmm passes {@code GuestMemory} in), so the
 * emulator's driver and device share it. Reads of never-written memory return 0. The number of pages
 * is bounded: a write that would exceed the bound throws {@link IllegalStateException}.
 */
public final class GuestMemory {

    public static final int PAGE_SHIFT = 12;
    public static final int PAGE_SIZE = 1 << PAGE_SHIFT;
    private static final int MASK = PAGE_SIZE - 1;
    private static final VarHandle LE16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LE32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LE64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    // open-addressing map from page number to page
    private long[] keys;
    private byte[][] pages;
    private int size;
    private final int maxPages;
    // the page last used: ring code touches the same few pages over and over
    private long lastPn = -1;
    private byte[] lastPage;

    public GuestMemory() {
        this(1 << 18); // 1 GiB
    }

    public GuestMemory(int maxPages) {
        this.maxPages = maxPages;
        this.keys = new long[64];
        this.pages = new byte[64][];
    }

    private GuestMemory(GuestMemory o) {
        this.maxPages = o.maxPages;
        this.keys = o.keys.clone();
        this.pages = new byte[o.pages.length][];
        for (int i = 0; i < pages.length; i++) {
            if (o.pages[i] != null) {
                pages[i] = o.pages[i].clone();
            }
        }
        this.size = o.size;
    }

    /** A deep copy. */
    public GuestMemory copy() {
        return new GuestMemory(this);
    }

    /** Pages allocated. */
    public int pageCount() {
        return size;
    }

    private static int hash(long pn, int len) {
        long h = pn * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & (len - 1);
    }

    private byte[] page(long addr, boolean create) {
        long pn = addr >>> PAGE_SHIFT;
        if (pn == lastPn) {
            return lastPage;
        }
        byte[] p = lookup(pn, addr, create);
        if (p != null) {
            lastPn = pn;
            lastPage = p;
        }
        return p;
    }

    private byte[] lookup(long pn, long addr, boolean create) {
        int len = keys.length;
        int i = hash(pn, len);
        while (pages[i] != null) {
            if (keys[i] == pn) {
                return pages[i];
            }
            i = (i + 1) & (len - 1);
        }
        if (!create) {
            return null;
        }
        if (size >= maxPages) {
            throw new IllegalStateException("guest memory limit of " + maxPages + " pages reached at 0x"
                    + Long.toHexString(addr));
        }
        if ((size + 1) * 2 > len) {
            grow();
            return lookup(pn, addr, true);
        }
        byte[] p = new byte[PAGE_SIZE];
        keys[i] = pn;
        pages[i] = p;
        size++;
        return p;
    }

    private void grow() {
        long[] ok = keys;
        byte[][] op = pages;
        keys = new long[ok.length * 2];
        pages = new byte[ok.length * 2][];
        for (int j = 0; j < ok.length; j++) {
            if (op[j] != null) {
                int i = hash(ok[j], keys.length);
                while (pages[i] != null) {
                    i = (i + 1) & (keys.length - 1);
                }
                keys[i] = ok[j];
                pages[i] = op[j];
            }
        }
    }

    public int read8(long addr) {
        byte[] p = page(addr, false);
        return p == null ? 0 : p[(int) (addr & MASK)] & 0xff;
    }

    public void write8(long addr, int v) {
        page(addr, true)[(int) (addr & MASK)] = (byte) v;
    }

    /** Whether {@code n} bytes at {@code addr} lie in one page (then one lookup serves them all). */
    private static boolean inPage(long addr, int n) {
        return (addr & MASK) <= PAGE_SIZE - n;
    }

    public int read16(long addr) {
        if (inPage(addr, 2)) {
            byte[] p = page(addr, false);
            return p == null ? 0 : (short) LE16.get(p, (int) (addr & MASK)) & 0xffff;
        }
        return read8(addr) | read8(addr + 1) << 8;
    }

    public void write16(long addr, int v) {
        if (inPage(addr, 2)) {
            LE16.set(page(addr, true), (int) (addr & MASK), (short) v);
            return;
        }
        write8(addr, v);
        write8(addr + 1, v >>> 8);
    }

    public long read32(long addr) {
        if (inPage(addr, 4)) {
            byte[] p = page(addr, false);
            return p == null ? 0 : (int) LE32.get(p, (int) (addr & MASK)) & 0xffffffffL;
        }
        return (read16(addr) | (long) read16(addr + 2) << 16) & 0xffffffffL;
    }

    public void write32(long addr, long v) {
        if (inPage(addr, 4)) {
            LE32.set(page(addr, true), (int) (addr & MASK), (int) v);
            return;
        }
        write16(addr, (int) v);
        write16(addr + 2, (int) (v >>> 16));
    }

    public long read64(long addr) {
        if (inPage(addr, 8)) {
            byte[] p = page(addr, false);
            return p == null ? 0 : (long) LE64.get(p, (int) (addr & MASK));
        }
        return read32(addr) | read32(addr + 4) << 32;
    }

    public void write64(long addr, long v) {
        if (inPage(addr, 8)) {
            LE64.set(page(addr, true), (int) (addr & MASK), v);
            return;
        }
        write32(addr, v);
        write32(addr + 4, v >>> 32);
    }

    /** Copies bytes out (never-written memory reads as 0). */
    public void read(long addr, byte[] dst, int off, int len) {
        while (len > 0) {
            int o = (int) (addr & MASK);
            int n = Math.min(len, PAGE_SIZE - o);
            byte[] p = page(addr, false);
            if (p == null) {
                Arrays.fill(dst, off, off + n, (byte) 0);
            } else {
                System.arraycopy(p, o, dst, off, n);
            }
            addr += n;
            off += n;
            len -= n;
        }
    }

    public void write(long addr, byte[] src, int off, int len) {
        while (len > 0) {
            int o = (int) (addr & MASK);
            int n = Math.min(len, PAGE_SIZE - o);
            System.arraycopy(src, off, page(addr, true), o, n);
            addr += n;
            off += n;
            len -= n;
        }
    }

    /** Content equality (pages of zeros equal absent pages). */
    public boolean contentEquals(GuestMemory o) {
        return covers(this, o) && covers(o, this);
    }

    private static boolean covers(GuestMemory a, GuestMemory b) {
        byte[] zero = new byte[PAGE_SIZE];
        for (int i = 0; i < a.pages.length; i++) {
            if (a.pages[i] != null) {
                byte[] other = b.page(a.keys[i] << PAGE_SHIFT, false);
                if (!Arrays.equals(a.pages[i], other == null ? zero : other)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Rounds up to a power-of-two alignment. */
    public static long align(long addr, long alignment) {
        return (addr + alignment - 1) & -alignment;
    }
}
