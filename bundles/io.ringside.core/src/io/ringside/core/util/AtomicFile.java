package io.ringside.core.util;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A file written under a temporary name in the same folder and renamed into place on
 * {@link #commit()}, so an interrupted write never leaves a half-written file behind.
 */
public final class AtomicFile {

    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private boolean done;

    private AtomicFile(Path target, Path temp, OutputStream out) {
        this.target = target;
        this.temp = temp;
        this.out = out;
    }

    public static AtomicFile create(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        // createTempFile makes the file private (0600); the result is an ordinary file like any other
        // the user writes: keep the permissions of the file it replaces, else rw-r--r--
        try {
            Set<PosixFilePermission> perms = Files.exists(abs) ? Files.getPosixFilePermissions(abs)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temp, perms);
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system, or the old file's permissions cannot be read: keep the default
        }
        return new AtomicFile(abs, temp, Files.newOutputStream(temp));
    }

    /** The stream to write; closing it does not commit. */
    public OutputStream stream() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    public Path target() {
        return target;
    }

    /** The temporary file being written (readable meanwhile: a file growing while it is indexed). */
    public Path temp() {
        return temp;
    }

    /** Closes the temporary file and renames it over the target. */
    public void commit() throws IOException {
        if (done) {
            return;
        }
        done = true;
        try {
            out.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Deletes the temporary file; the target is untouched. */
    public void discard() {
        if (done) {
            return;
        }
        done = true;
        try {
            out.close();
        } catch (IOException ignored) {
            // deleting anyway
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // best effort: a stray temporary file is harmless
        }
    }

    /** Writes bytes atomically. */
    public static void write(Path target, byte[] data) throws IOException {
        AtomicFile f = create(target);
        try {
            f.out.write(data);
            f.commit();
        } finally {
            f.discard();
        }
    }
}
