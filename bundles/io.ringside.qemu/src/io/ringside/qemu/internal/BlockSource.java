package io.ringside.qemu.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.ringside.core.trace.TraceFormatException;
import io.ringside.core.trace.TraceInput;

/**
 * Where a {@link ParsePipeline}'s blocks of a QEMU log come from: {@link FileBlocks} for a plain file (each
 * worker reads its own block), {@link StreamBlocks} for a compressed one (cut by a reader thread).
 */
interface BlockSource extends AutoCloseable {
    /** The work for the next block (reading what the calling thread must read), or null at the end. */
    Callable<BlockParser.Parsed> next(ConcurrentLinkedQueue<byte[]> buffers) throws IOException;

    @Override
    void close() throws IOException;

    /**
     * Opens the blocks of {@code file} (named {@code name} in messages) from block {@code index}, at stream
     * offset {@code offset}: a plain file's by positional reads, else the decompressed stream's.
     */
    static BlockSource open(Path file, String name, boolean lenient, int blockSize, long offset, int index,
            boolean[] parseOnly, boolean[] keep, boolean[] keepFirst) throws IOException {
        if (Files.isRegularFile(file)) {
            byte[] head = new byte[6];
            int n;
            try (InputStream h = Files.newInputStream(file)) {
                n = h.readNBytes(head, 0, head.length);
            } catch (NoSuchFileException e) {
                throw new TraceFormatException(file.toString(), 0, -1, "no such file");
            }
            if (TraceInput.detect(head, n) == TraceInput.Compression.NONE) {
                return new FileBlocks(FileChannel.open(file, StandardOpenOption.READ), name, lenient, blockSize, index,
                        parseOnly, keep, keepFirst);
            }
        }
        InputStream in = TraceInput.open(file);
        try {
            skipFully(in, offset);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new StreamBlocks(in, name, lenient, blockSize, offset, index, parseOnly, keep, keepFirst);
    }

    private static void skipFully(InputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw new TraceFormatException(null, 0, n - left, "the file became shorter while it was read");
                }
                s = 1;
            }
            left -= s;
        }
    }
}
