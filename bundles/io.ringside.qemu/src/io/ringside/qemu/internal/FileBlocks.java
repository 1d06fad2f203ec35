package io.ringside.qemu.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.ringside.core.trace.TraceFormatException;

/**
 * Blocks of a plain file, each read by the worker that parses it (positional reads, no thread reads
 * for another): block k owns the lines that start in {@code [k * size, (k + 1) * size)}; its worker
 * reads one byte before (to see whether a line starts at the boundary) and enough after to finish its
 * last line or find it too long.
 */
final class FileBlocks implements BlockSource {
    private final FileChannel ch;
    private final String name;
    private final boolean lenient;
    private final int blockSize;
    private final long fileSize;
    private final boolean[] parseOnly;
    private final boolean[] keep;
    private final boolean[] keepFirst;
    private int index;

    FileBlocks(FileChannel ch, String name, boolean lenient, int blockSize, int firstIndex, boolean[] parseOnly,
            boolean[] keep, boolean[] keepFirst) throws IOException {
        this.ch = ch;
        this.name = name;
        this.lenient = lenient;
        this.blockSize = blockSize;
        this.fileSize = ch.size();
        this.index = firstIndex;
        this.parseOnly = parseOnly;
        this.keep = keep;
        this.keepFirst = keepFirst;
    }

    @Override
    public Callable<BlockParser.Parsed> next(ConcurrentLinkedQueue<byte[]> buffers) {
        long start = (long) index * blockSize;
        if (start >= fileSize) {
            return null;
        }
        int k = index++;
        return new Callable<BlockParser.Parsed>() {
            @Override
            public BlockParser.Parsed call() throws IOException {
                return read(k, start, buffers);
            }
        };
    }

    private BlockParser.Parsed read(int k, long start, ConcurrentLinkedQueue<byte[]> buffers) throws IOException {
        long from = Math.max(0, start - 1);
        long to = Math.min(fileSize, start + blockSize + LineParser.MAX_LINE + 2);
        int len = (int) (to - from);
        byte[] buf = buffers.poll();
        if (buf == null || buf.length < len) {
            buf = new byte[blockSize + LineParser.MAX_LINE + 3];
        }
        ByteBuffer bb = ByteBuffer.wrap(buf, 0, len);
        long pos = from;
        while (bb.hasRemaining()) {
            int n = ch.read(bb, pos);
            if (n < 0) {
                throw new TraceFormatException(name, 0, pos, "the file became shorter while it was read");
            }
            pos += n;
        }
        int first = 0; // the first line that starts in this block
        if (start > 0) {
            first = 1;
            if (buf[0] != '\n') {
                while (first < len && buf[first - 1] != '\n') {
                    first++;
                }
            }
        }
        int ownEnd = (int) Math.min(start + blockSize - from, len);
        BlockParser.Parsed p = BlockParser.parse(new BlockParser.Raw(buf, len, from, k, from + len == fileSize),
                Math.min(first, ownEnd), ownEnd, name, lenient, parseOnly, keep, keepFirst);
        buffers.add(buf);
        return p;
    }

    @Override
    public void close() throws IOException {
        ch.close();
    }
}
