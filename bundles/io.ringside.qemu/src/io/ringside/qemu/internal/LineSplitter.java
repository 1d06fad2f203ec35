package io.ringside.qemu.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a stream into blocks of whole lines. A block is {@code blockSize} bytes read after the partial
 * line the previous block left, cut after its last newline; a block without a newline grows until it
 * holds one, or until it is longer than any accepted line (the parser then reports that line).
 */
final class LineSplitter {
    private final InputStream in;
    private final int size;
    private byte[] carry = new byte[0];
    private int carryLen;
    private long offset;
    private int index;
    private boolean eof;

    LineSplitter(InputStream in, int size, long offset, int index) {
        this.in = in;
        this.size = size;
        this.offset = offset;
        this.index = index;
    }

    /** The next block (in {@code reuse} when it is large enough), or null at the end. */
    BlockParser.Raw next(byte[] reuse) throws IOException {
        if (eof && carryLen == 0) {
            return null;
        }
        byte[] b = reuse != null && reuse.length >= Math.max(size, carryLen) ? reuse
                : new byte[Math.max(size, carryLen)];
        System.arraycopy(carry, 0, b, 0, carryLen);
        int len = carryLen;
        int searched = carryLen; // the carry holds no newline
        while (true) {
            while (!eof && len < b.length) {
                int n = in.read(b, len, b.length - len);
                if (n < 0) {
                    eof = true;
                } else {
                    len += n;
                }
            }
            if (eof) {
                carryLen = 0;
                if (len == 0) {
                    return null;
                }
                return cut(b, len, true);
            }
            int nl = len - 1;
            while (nl >= searched && b[nl] != '\n') {
                nl--;
            }
            if (nl >= searched) {
                int tail = len - nl - 1;
                if (carry.length < tail) {
                    carry = new byte[Math.max(tail, 1024)];
                }
                System.arraycopy(b, nl + 1, carry, 0, tail);
                carryLen = tail;
                return cut(b, nl + 1, false);
            }
            if (len > LineParser.MAX_LINE + 1) { // one line longer than any accepted: the parser reports it
                carryLen = 0;
                return cut(b, len, false);
            }
            searched = len;
            b = Arrays.copyOf(b, b.length * 2);
        }
    }

    private BlockParser.Raw cut(byte[] b, int len, boolean last) {
        BlockParser.Raw r = new BlockParser.Raw(b, len, offset, index++, last);
        offset += len;
        return r;
    }
}
