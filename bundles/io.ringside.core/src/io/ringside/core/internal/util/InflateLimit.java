package io.ringside.core.internal.util;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import io.ringside.core.trace.TraceFormatException;

/**
 * Guards decompression ({@code .gz}, {@code .xz}) against bombs: once more than {@link #FLOOR} bytes came
 * out, the output may be at most {@link #maxRatio()} times the compressed bytes read so far, else the read
 * fails with a {@link TraceFormatException} naming the file and the sizes. Real traces compress 10-25:1
 * (JSON Lines with gzip, QEMU logs with xz); a bomb reaches 1000:1 (gzip) and far more (xz). The ratio can
 * be raised with the system property {@code ringside.maxInflateRatio}.
 * <p>
 * Usage: wrap the compressed stream in {@link #counting(InputStream)}, hand that to the decompressor, and
 * wrap the decompressor in {@link #limit(InputStream, Counting, String)}. Counting costs one addition per
 * read call (reads are blocks), nothing per byte.
 */
public final class InflateLimit {

    /** Decompressed bytes always allowed, whatever the ratio (small files are not worth refusing). */
    public static final long FLOOR = 64L << 20;
    /** Default largest ratio of decompressed to compressed bytes. */
    public static final long DEFAULT_RATIO = 200;

    private static final long RATIO = Long.getLong("ringside.maxInflateRatio", DEFAULT_RATIO);

    private InflateLimit() {
    }

    /** The ratio in force. */
    public static long maxRatio() {
        return RATIO;
    }

    /** Counts the bytes read from the compressed stream. */
    public static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = in.skip(n);
            count += Math.max(0, k);
            return k;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        /** Compressed bytes read so far. */
        public long count() {
            return count;
        }
    }

    public static Counting counting(InputStream compressed) {
        return new Counting(compressed);
    }

    /** Makes a decompressing stream over the compressed bytes (reading its header). */
    @FunctionalInterface
    public interface Decoder {
        InputStream open(InputStream compressed) throws IOException;
    }

    /**
     * The guarded way to decompress: counts the compressed bytes, opens {@code decoder} over them (a bad
     * or truncated header is the one-line error of {@link #corrupt}), and limits the output
     * ({@link #limit}). Every reader of compressed input goes through here.
     */
    public static InputStream decompress(InputStream compressed, String name, Decoder decoder) throws IOException {
        Counting counted = counting(compressed);
        InputStream d;
        try {
            d = decoder.open(counted);
        } catch (TraceFormatException e) {
            throw e;
        } catch (IOException e) {
            throw corrupt(name, counted.count(), e);
        }
        return limit(d, counted, name);
    }

    /**
     * The error for a decompressor that failed ({@code ZipException}, {@code EOFException}, XZ's corrupt
     * input): one line naming the file and how far into the compressed bytes it got.
     */
    public static TraceFormatException corrupt(String name, long compressedOffset, IOException e) {
        String why = e instanceof java.io.EOFException || e.getMessage() == null
                ? "the compressed data ends early (truncated file?)" : e.getMessage();
        return new TraceFormatException(name, 0, compressedOffset, "cannot decompress: " + why, e);
    }

    /** Whether an exception from a decompressing read is the decompressor's (bad data), to report as such. */
    static boolean isDecoderError(IOException e) {
        return !(e instanceof TraceFormatException || e instanceof java.io.InterruptedIOException
                || e instanceof java.nio.channels.ClosedChannelException);
    }

    /**
     * The decompressed stream, failing when it outgrows the ratio; errors of the decompressor (corrupt or
     * truncated data) become {@link TraceFormatException}s naming the file and the compressed offset.
     */
    public static InputStream limit(InputStream decompressed, Counting compressed, String name) {
        return new Limited(decompressed, compressed, name, RATIO);
    }

    /** As {@link #limit(InputStream, Counting, String)} with a given ratio and floor (tests). */
    public static InputStream limit(InputStream decompressed, Counting compressed, String name, long ratio) {
        return new Limited(decompressed, compressed, name, ratio);
    }

    private static final class Limited extends FilterInputStream {
        private final Counting compressed;
        private final String name;
        private final long ratio;
        private long out;

        Limited(InputStream in, Counting compressed, String name, long ratio) {
            super(in);
            this.compressed = compressed;
            this.name = name;
            this.ratio = ratio;
        }

        /** Where the decompressor is in the compressed file: what it consumed, if it says, else what it read. */
        private long compressedOffset() {
            return in instanceof GzipInput g ? g.position() : compressed.count;
        }

        private void check() throws TraceFormatException {
            if (out > FLOOR && out / ratio > compressed.count) {
                throw new TraceFormatException(name, 0, compressedOffset(), "decompressed data is more than " + ratio
                        + " times its compressed size (" + out + " bytes out of the first " + compressed.count
                        + " compressed bytes): refused as a likely decompression bomb (limit: ringside.maxInflateRatio)");
            }
        }

        private IOException decoderError(IOException e) {
            return isDecoderError(e) ? corrupt(name, compressedOffset(), e) : e;
        }

        @Override
        public int read() throws IOException {
            int b;
            try {
                b = in.read();
            } catch (IOException e) {
                throw decoderError(e);
            }
            if (b >= 0 && ++out > FLOOR) {
                check();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = in.read(b, off, len);
            } catch (IOException e) {
                throw decoderError(e);
            }
            if (n > 0) {
                out += n;
                check();
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k;
            try {
                k = in.skip(n);
            } catch (IOException e) {
                throw decoderError(e);
            }
            out += Math.max(0, k);
            check();
            return k;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
