package io.ringside.core.internal.index;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.jar.JarFile;

import io.ringside.core.index.TraceIndex;
import io.ringside.core.trace.OpenOptions;
import io.ringside.core.trace.TraceFormat;

/**
 * What a cached index must match to be trusted: the trace's absolute path, size, modification time,
 * SHA-256 of its first and last {@link #HASHED} bytes, the format that read it (with its
 * {@link TraceFormat#variant variant}: options that change the events), and the
 * versions of the bundles that wrote the index and read the trace (an importer that changes must
 * not serve stale events).
 */
public record Identity(String path, long size, long mtime, byte[] head, byte[] tail, String format, String tool) {

    /** Bytes hashed at the start and at the end of the trace to recognise it. */
    static final int HASHED = 64 * 1024;

    public static Identity of(Path file, TraceFormat format, OpenOptions options) throws IOException {
        long size = Files.size(file);
        long mtime = Files.getLastModifiedTime(file).toMillis();
        byte[] head;
        byte[] tail;
        try (FileChannel ch = FileChannel.open(file)) {
            head = sha256(read(ch, 0, (int) Math.min(size, HASHED)));
            long t = Math.max(0, size - HASHED);
            tail = sha256(read(ch, t, (int) (size - t)));
        }
        String tool = version(TraceIndex.class) + "/" + version(format.getClass());
        String variant = format.variant(options);
        String f = variant.isEmpty() ? format.name() : format.name() + " " + variant;
        return new Identity(file.toAbsolutePath().normalize().toString(), size, mtime, head, tail, f, tool);
    }

    private static byte[] read(FileChannel ch, long pos, int len) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(len);
        while (b.hasRemaining()) {
            int n = ch.read(b, pos + b.position());
            if (n < 0) {
                break;
            }
        }
        return Arrays.copyOf(b.array(), b.position());
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The Bundle-Version of the jar holding a class (with its build qualifier, so every new build
     * invalidates caches), or {@code dev} when run from class folders.
     */
    static String version(Class<?> c) {
        try {
            var cs = c.getProtectionDomain().getCodeSource();
            if (cs == null || cs.getLocation() == null) {
                return "dev";
            }
            URI u = cs.getLocation().toURI();
            if (!"file".equals(u.getScheme())) {
                return "dev";
            }
            Path p = Path.of(u);
            if (!Files.isRegularFile(p)) {
                return "dev";
            }
            try (JarFile jar = new JarFile(p.toFile())) {
                var mf = jar.getManifest();
                String v = mf == null ? null : mf.getMainAttributes().getValue("Bundle-Version");
                return v == null ? "jar:" + Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis() : v;
            }
        } catch (Exception e) {
            return "dev";
        }
    }

    void write(DataOutputStream out) throws IOException {
        HeaderCodec.writeString(out, path);
        out.writeLong(size);
        out.writeLong(mtime);
        out.write(head);
        out.write(tail);
        HeaderCodec.writeString(out, format);
        HeaderCodec.writeString(out, tool);
    }

    static Identity read(DataInputStream in) throws IOException {
        String path = HeaderCodec.readString(in);
        long size = in.readLong();
        long mtime = in.readLong();
        byte[] head = in.readNBytes(32);
        byte[] tail = in.readNBytes(32);
        return new Identity(path, size, mtime, head, tail, HeaderCodec.readString(in), HeaderCodec.readString(in));
    }

    /** Why a cached identity does not match the current one, or null when it does. */
    String differs(Identity now) {
        if (!path.equals(now.path)) {
            return "index was made for " + path;
        }
        if (size != now.size) {
            return "trace size changed (" + size + " -> " + now.size + " bytes)";
        }
        if (mtime != now.mtime) {
            return "trace modified since it was indexed";
        }
        if (!Arrays.equals(head, now.head) || !Arrays.equals(tail, now.tail)) {
            return "trace content changed since it was indexed";
        }
        if (!format.equals(now.format)) {
            return "trace was indexed as " + format + ", now read as " + now.format;
        }
        if (!tool.equals(now.tool)) {
            return "indexed by another Ringside version (" + tool + ")";
        }
        return null;
    }
}
