package io.ringside.core.trace;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.tukaani.xz.XZInputStream;

import io.ringside.core.internal.util.GzipInput;
import io.ringside.core.internal.util.InflateLimit;

/**
 * Opens trace input of any format, decompressing {@code .xz} and {@code .gz} content recognised by its magic
 * bytes (never by the file name), guarded against decompression bombs ({@link InflateLimit}). Every reader
 * of a trace file and every probe of its format goes through here, so a format sees plain bytes.
 */
public final class TraceInput {

    private TraceInput() {
    }

    /** Compression detected from the first bytes. */
    public enum Compression {
        NONE, GZIP, XZ
    }

    public static Compression detect(byte[] head, int len) {
        if (len >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return Compression.GZIP;
        }
        if (len >= 6 && (head[0] & 0xff) == 0xfd && head[1] == '7' && head[2] == 'z' && head[3] == 'X'
                && head[4] == 'Z' && head[5] == 0) {
            return Compression.XZ;
        }
        return Compression.NONE;
    }

    /** The decompressed content of a file. */
    public static InputStream open(Path file) throws IOException {
        InputStream raw;
        try {
            raw = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new TraceFormatException(file.toString(), 0, -1, "no such file");
        }
        try {
            return decompress(raw, file.toString());
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    public static InputStream decompress(InputStream raw, String name) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(8);
        byte[] head = new byte[6];
        int n = in.readNBytes(head, 0, 6);
        in.reset();
        Compression c = detect(head, n);
        if (c == Compression.NONE) {
            return in;
        }
        // decompression bombs: output at most InflateLimit.maxRatio() times the compressed input; GZIP as the
        // .rstrace.gz reader reads it (GzipInput: bytes after the last member are an error, not dropped)
        return InflateLimit.decompress(in, name, c == Compression.GZIP ? GzipInput::new
                : z -> new XZInputStream(z, 256 * 1024)); // memory limit in KiB: refuse absurd dictionaries
    }

    /** Whether a stream from {@link #open} reads the file as it is (no decompression). */
    public static boolean isPlain(InputStream in) {
        return in instanceof BufferedInputStream;
    }

    /** The first {@code max} decompressed bytes of a file (for probing), or fewer. */
    public static byte[] head(Path file, int max) throws IOException {
        try (InputStream in = open(file)) {
            return in.readNBytes(max);
        }
    }
}
