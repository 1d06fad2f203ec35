package io.ringside.core.internal.index;

import java.util.Arrays;

/**
 * The block table: for every block of {@code blockEvents} events, where its bytes are in the event
 * cache (offset, length, CRC-32), where its first event is in the source file (byte offset, line), its
 * first and highest time stamps and a 64-bit mask of the (device, queue) pairs it touches (a Bloom-like
 * filter used to skip blocks when stepping within one queue). Written by the thread that builds the
 * index, a block at a time; readers read only the blocks of published events (published after the block
 * was {@link #closed}), so they never see a block being written.
 */
public final class Blocks {

    public int count;
    long[] binOff = new long[64];
    int[] binLen = new int[64];
    int[] crc = new int[64];
    public long[] srcOff = new long[64];
    public long[] srcLine = new long[64];
    public long[] firstTime = new long[64];
    long[] maxTime = new long[64];
    public long[] queueMask = new long[64];
    /** maxTime folded: the highest time stamp in blocks 0..i (set as each block is {@link #closed}). */
    public long[] prefixMaxTime = new long[64];

    /** The mask bit of events of a device and queue (device-less or queue-less events use -1). */
    public static long queueBit(int device, int queue) {
        int h = (device * 0x9E3779B1 + queue) * 0x85EBCA6B;
        return 1L << (h >>> 26);
    }

    public int add() {
        if (count == binOff.length) {
            int n = count * 2;
            binOff = Arrays.copyOf(binOff, n);
            binLen = Arrays.copyOf(binLen, n);
            crc = Arrays.copyOf(crc, n);
            srcOff = Arrays.copyOf(srcOff, n);
            srcLine = Arrays.copyOf(srcLine, n);
            firstTime = Arrays.copyOf(firstTime, n);
            maxTime = Arrays.copyOf(maxTime, n);
            queueMask = Arrays.copyOf(queueMask, n);
            prefixMaxTime = Arrays.copyOf(prefixMaxTime, n);
        }
        return count++;
    }

    /** Block {@code b} is complete (its {@code maxTime} final): folds it into {@link #prefixMaxTime}. */
    void closed(int b) {
        prefixMaxTime[b] = b == 0 ? maxTime[0] : Math.max(prefixMaxTime[b - 1], maxTime[b]);
    }

    /** Bytes held (for memory accounting). */
    public long bytes() {
        return (long) binOff.length * (8 * 8 + 4 * 2);
    }
}
