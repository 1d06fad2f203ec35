package io.ringside.qemu;

import java.util.Arrays;

import io.ringside.core.trace.TraceFormatException;

/**
 * One side's NVMe commands for {@link GuestMatch}, in the order they began, in compact columns (26 bytes a
 * command, at most {@link #MAX}): the guest's set-ups ({@link GuestTrace}) or the host's fetches.
 */
final class NvmeCommands {

    /** Commands kept at most: the bound of the memory used (more is an error naming the line). */
    static final int MAX = 1 << 20;

    int n;
    int[] key = new int[1024]; // qid << 16 | cid
    short[] opcode = new short[1024]; // guest: -1 for a name the opcode table does not know
    long[] startNs = new long[1024]; // set up (guest) or fetched (host)
    long[] endNs = new long[1024]; // completed; -1: not in the trace
    int[] status = new int[1024]; // -1: not completed

    /**
     * The error for a command beyond {@link #MAX}: call before {@link #add} when {@link #full()}.
     */
    static TraceFormatException tooMany(String file, long line, long offset) {
        return new TraceFormatException(file, line, offset,
                "more than " + MAX + " NVMe commands: too large to match (the limit bounds the memory used)");
    }

    boolean full() {
        return n == MAX;
    }

    /** Adds a command begun at {@code t}, not completed; returns its index. */
    int add(int k, int op, long t) {
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

    void complete(int i, long t, int st) {
        endNs[i] = t;
        status[i] = st;
    }
}
