package io.ringside.qemu.internal;

import java.util.Arrays;

import io.ringside.core.trace.TraceFormatException;

/**
 * One side's NVMe commands for {@code GuestMatch}, in the order they began, in compact columns (26 bytes a
 * command, at most {@link #MAX}): the guest's set-ups ({@code GuestTrace}) or the host's fetches
 * ({@link HostCommands}).
 */
public final class NvmeCommands {

    /** Commands kept at most: the bound of the memory used (more is an error naming the line). */
    public static final int MAX = 1 << 20;

    public int n;
    public int[] key = new int[1024]; // qid << 16 | cid
    public short[] opcode = new short[1024]; // guest: -1 for a name the opcode table does not know
    public long[] startNs = new long[1024]; // set up (guest) or fetched (host)
    public long[] endNs = new long[1024]; // completed; -1: not in the trace
    public int[] status = new int[1024]; // -1: not completed

    /**
     * The error for a command beyond {@link #MAX}: call before {@link #add} when {@link #full()}.
     */
    public static TraceFormatException tooMany(String file, long line, long offset) {
        return new TraceFormatException(file, line, offset,
                "more than " + MAX + " NVMe commands: too large to match (the limit bounds the memory used)");
    }

    public boolean full() {
        return n == MAX;
    }

    /** Adds a command begun at {@code t}, not completed; returns its index. */
    public int add(int k, int op, long t) {
        if (n == key.length) {
            int c = Math.min(MAX, n * 2);
            key = Arrays.copyOf(key, c);
            opcode = Arrays.copyOf(opcode, c);
            startNs = Arrays.copyOf(startNs, c);
            endNs = Arrays.copyOf(endNs, c);
            status = Arrays.copyOf(status, c);
        }
        key[n] = k;
        opcode[n] = (short) op;
        startNs[n] = t;
        endNs[n] = -1;
        status[n] = -1;
        return n++;
    }

    public void complete(int i, long t, int st) {
        endNs[i] = t;
        status[i] = st;
    }
}
