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
 * <p>
 * Temporary files are named {@code .NAME.PID.RANDOM.tmp} (NAME cut to fit a file name of 255 bytes).
 * Those not committed or discarded yet are deleted when the JVM exits (SIGINT and SIGTERM included: the
 * JVM runs its shutdown hooks then). A process killed outright (SIGKILL, a crash) leaves its files
 * behind; they are {@linkplain #isStale stale} once their process is gone, and the next write of the same
 * target deletes them ({@link #create}), as the index cache's trim does in the cache folder.
 */
public final class AtomicFile {

    /** Temporary files of this JVM not committed or discarded yet: deleted at exit. */
    private static final Set<Path> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final long PID = ProcessHandle.current().pid();
    /** Most UTF-8 bytes of the target's name in a temporary name: with the rest it stays within 255. */
    private static final int NAME_BYTES = 200;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFile::deleteLive, "ringside temporary files"));
    }

    /** Deletes every temporary file still being written (the shutdown hook; tests call it directly). */
    static void deleteLive() {
        for (Path p : LIVE) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // exiting: nothing more to do
            }
            LIVE.remove(p);
        }
    }

    /**
     * Creates a temporary file {@code .NAME.PID.RANDOM.tmp} (with {@code suffix} for {@code .tmp}) in
     * {@code dir}, to be deleted at exit unless {@link #forget forgotten}; stale ones of the same NAME
     * left by dead processes are deleted first.
     */
    public static Path createTemp(Path dir, String name, String suffix) throws IOException {
        String prefix = "." + cut(name) + ".";
        deleteStale(dir, prefix, suffix);
        Path temp = Files.createTempFile(dir, prefix + PID + ".", suffix);
        LIVE.add(temp);
        return temp;
    }

    /** The file is no longer temporary (renamed, or deleted by its owner): not deleted at exit. */
    public static void forget(Path temp) {
        LIVE.remove(temp);
    }

    /** {@code name} cut to at most {@link #NAME_BYTES} UTF-8 bytes, on a character boundary. */
    private static String cut(String name) {
        if (name.length() * 3 <= NAME_BYTES) {
            return name;
        }
        int bytes = 0;
        int i = 0;
        while (i < name.length()) {
            int cp = name.codePointAt(i);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + n > NAME_BYTES) {
                break;
            }
            bytes += n;
            i += Character.charCount(cp);
        }
        return name.substring(0, i);
    }

    /** Deletes the stale temporary files {@code prefix + PID + "." + RANDOM + suffix} of {@code dir}. */
    private static void deleteStale(Path dir, String prefix, String suffix) {
        try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(dir,
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(suffix))) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (isStale(p, name.substring(prefix.length(), name.length() - suffix.length()))) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // cleaning is best effort: a stray temporary file is harmless
        }
    }

    /**
     * Whether a temporary file whose name holds {@code PID.RANDOM} between its prefix and suffix was left by
     * a process that is gone: no process has that PID, or the one that has it started after the file was
     * last written (the PID was reused). {@code RANDOM} alone (the names of older Ringside builds) is stale
     * after an hour untouched; anything else is not one of these files.
     */
    public static boolean isStale(Path temp, String middle) {
        try {
            boolean legacy = middle.matches("\\d{1,20}");
            if (!legacy && !middle.matches("\\d{1,10}\\.\\d{1,20}")) {
                return false;
            }
            java.time.Instant written = Files.getLastModifiedTime(temp).toInstant();
            if (legacy) {
                return written.isBefore(java.time.Instant.now().minusSeconds(3600));
            }
            long pid = Long.parseLong(middle.substring(0, middle.indexOf('.')));
            if (pid == PID) {
                return false; // this JVM's own: live, or deleted at exit
            }
            java.util.Optional<ProcessHandle> h = ProcessHandle.of(pid);
            if (h.isEmpty() || !h.get().isAlive()) {
                return true;
            }
            java.util.Optional<java.time.Instant> started = h.get().info().startInstant();
            return started.isPresent() && started.get().isAfter(written.plusSeconds(1));
        } catch (IOException e) {
            return false; // gone meanwhile, or unreadable: leave it
        }
    }

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
        Path temp = createTemp(dir, abs.getFileName().toString(), ".tmp");
        // createTempFile makes the file private (0600); the result is an ordinary file like any other
        // the user writes: keep the permissions of the file it replaces, else rw-r--r--
        try {
            Set<PosixFilePermission> perms = Files.exists(abs) ? Files.getPosixFilePermissions(abs)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temp, perms);
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system, or the old file's permissions cannot be read: keep the default
        }
        try {
            return new AtomicFile(abs, temp, Files.newOutputStream(temp));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            forget(temp);
            throw e;
        }
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
            forget(temp);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            forget(temp);
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
            forget(temp);
        } catch (IOException ignored) {
            // best effort: left for the shutdown hook, or found stale later
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
