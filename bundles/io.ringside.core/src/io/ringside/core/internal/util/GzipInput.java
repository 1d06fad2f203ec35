package io.ringside.core.internal.util;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Reads GZIP data (RFC 1952) and nothing else: members one after the other are one stream (as
 * {@code gzip -d} reads them), but bytes after the last member that are not another member are an error,
 * where {@link java.util.zip.GZIPInputStream} silently drops them. Header, deflate data and trailer (CRC-32
 * and size) are checked. {@link #position()} is the compressed bytes consumed, so an error can say where
 * in the file it is. The header is read on the first read, so constructing one never fails.
 */
public final class GzipInput extends InputStream {

    private static final int FTEXT = 1, FHCRC = 2, FEXTRA = 4, FNAME = 8, FCOMMENT = 16;

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    /** Unconsumed input is buf[pos, lim); buf[0] is at {@code base} in the compressed stream. */
    private int pos;
    private int lim;
    private long base;
    private final Inflater inf = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private long size;
    private boolean inMember;
    private int members;
    private boolean eof;
    private boolean closed;

    public GzipInput(InputStream in) {
        this.in = in;
    }

    /** Compressed bytes consumed so far (a header, deflate data and trailers). */
    public long position() {
        return base + pos;
    }

    private final byte[] one = new byte[1];

    @Override
    public int read() throws IOException {
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (closed) {
            throw new IOException("stream closed");
        }
        if (len == 0) {
            return 0;
        }
        while (!eof) {
            if (!inMember) {
                if (base + lim == 0 && !fill()) {
                    throw new EOFException(); // an empty file is not GZIP data
                }
                header();
                continue;
            }
            int n;
            try {
                n = inf.inflate(b, off, len);
            } catch (DataFormatException e) {
                throw new ZipException(e.getMessage() == null ? "invalid deflate data" : e.getMessage());
            }
            pos = lim - inf.getRemaining();
            if (n > 0) {
                crc.update(b, off, n);
                size += n;
                return n;
            }
            if (inf.finished()) {
                trailer();
                eof = !fill(); // the input ends right after a member (the only clean end), or another follows
            } else if (inf.needsDictionary()) {
                throw new ZipException("invalid deflate data (a preset dictionary)");
            } else if (inf.needsInput()) {
                if (!fill()) {
                    throw new EOFException();
                }
                inf.setInput(buf, pos, lim - pos);
            }
        }
        return -1;
    }

    /** Reads a member's header and starts inflating its data. */
    private void header() throws IOException {
        if (members > 0 && (buf[pos] & 0xff) != 0x1f) { // not consumed: the error's offset is where it starts
            throw new ZipException("unexpected data after the end of the GZIP data (not another GZIP member)");
        }
        CRC32 h = new CRC32();
        if (u8(h) != 0x1f || u8(h) != 0x8b) {
            throw new ZipException(members == 0 ? "Not in GZIP format" : "unexpected data after the end of the GZIP data");
        }
        if (u8(h) != 8) {
            throw new ZipException("Unsupported compression method");
        }
        int flags = u8(h);
        if ((flags & ~(FTEXT | FHCRC | FEXTRA | FNAME | FCOMMENT)) != 0) {
            throw new ZipException("reserved GZIP header flags set (0x" + Integer.toHexString(flags) + ")");
        }
        for (int i = 0; i < 6; i++) { // MTIME, XFL, OS
            u8(h);
        }
        if ((flags & FEXTRA) != 0) {
            int xlen = u8(h) | u8(h) << 8;
            for (int i = 0; i < xlen; i++) {
                u8(h);
            }
        }
        if ((flags & FNAME) != 0) {
            while (u8(h) != 0) {
                // the original file name
            }
        }
        if ((flags & FCOMMENT) != 0) {
            while (u8(h) != 0) {
                // a comment
            }
        }
        if ((flags & FHCRC) != 0) {
            int want = (int) (h.getValue() & 0xffff);
            if ((u8(null) | u8(null) << 8) != want) {
                throw new ZipException("Corrupt GZIP header");
            }
        }
        inf.reset();
        crc.reset();
        size = 0;
        inf.setInput(buf, pos, lim - pos);
        inMember = true;
        members++;
    }

    private void trailer() throws IOException {
        long wantCrc = u32();
        long wantSize = u32();
        if (wantCrc != crc.getValue() || wantSize != (size & 0xffffffffL)) {
            throw new ZipException("Corrupt GZIP trailer");
        }
        inMember = false;
    }

    private long u32() throws IOException {
        return (u8(null) | u8(null) << 8 | u8(null) << 16 | (long) u8(null) << 24) & 0xffffffffL;
    }

    private int u8(CRC32 h) throws IOException {
        if (pos == lim && !fill()) {
            throw new EOFException();
        }
        int b = buf[pos++] & 0xff;
        if (h != null) {
            h.update(b);
        }
        return b;
    }

    /** Makes input available in buf[pos, lim); false at the end of the compressed stream. */
    private boolean fill() throws IOException {
        if (pos < lim) {
            return true;
        }
        base += lim;
        pos = 0;
        lim = 0;
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            return false;
        }
        lim = n;
        return true;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            inf.end();
            in.close();
        }
    }
}
