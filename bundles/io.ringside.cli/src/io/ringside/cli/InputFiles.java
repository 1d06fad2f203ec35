package io.ringside.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.ringside.core.util.AtomicFile;

/**
 * The files a command reads, resolved once when it starts. A regular file (or a name that is no file: the
 * reader says so) is read where it is. Standard input ({@code -}), a FIFO, a character device or a pipe
 * such as bash's {@code <(xz -dc log.xz)} ({@code /dev/fd/63}) can be read only once, from the start, while
 * a format's probe reads a file's start before the format opens it, QEMU logs are read in two passes and
 * {@code show} seeks: such an input is copied once, as it is (compressed stays compressed), to a temporary
 * file {@code .ringside-input.PID.RANDOM.tmp} in the system temp folder ({@code java.io.tmpdir}), which
 * must have room for it. The copy is deleted when the command ends, at exit and on SIGINT or SIGTERM
 * ({@link AtomicFile#createTemp}); one left by a killed process is deleted by the next copy.
 *
 * <p>What the user sees names the input as given ({@code /dev/fd/63}, or {@code <stdin>} for {@code -}),
 * never the copy: {@link SafeOutput} puts the name back in everything a command prints ({@link #shown}).
 */
final class InputFiles implements AutoCloseable {

    /** How standard input ({@code -}) is named in messages. */
    static final String STDIN = "<stdin>";

    /** Pairs of text to replace and its replacement: each copy's path, then its file name (progress lines). */
    private volatile String[] names = {};

    private final List<Path> copies = new ArrayList<>();

    private boolean stdinRead;

    /**
     * The file to read for an input argument: the argument itself, or a copy of what it streams (shown
     * as {@code err}'s progress line while it is copied).
     */
    Path resolve(Path arg, PrintWriter err) throws IOException {
        boolean stdin = arg.toString().equals("-");
        if (!stdin && (!Files.exists(arg) || Files.isRegularFile(arg) || Files.isDirectory(arg))) {
            return arg;
        }
        if (stdin) {
            if (stdinRead) {
                throw new CliException("'-' (standard input) can be read for one input only");
            }
            stdinRead = true;
        }
        String name = stdin ? STDIN : arg.toString();
        Path dir = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        Path copy;
        try {
            copy = AtomicFile.createTemp(dir, "ringside-input", ".tmp");
        } catch (IOException e) {
            throw noCopy(name, dir, e);
        }
        copies.add(copy);
        add(copy, name);
        ConsoleProgress progress = new ConsoleProgress(err, ConsoleProgress.stderrIsTerminal());
        progress.begin("reading " + name + " (bytes)", -1);
        try (InputStream in = stdin ? System.in : Files.newInputStream(arg);
                OutputStream out = Files.newOutputStream(copy)) {
            byte[] buf = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = read(in, buf, name)) > 0) {
                try {
                    out.write(buf, 0, n);
                } catch (IOException e) {
                    throw noCopy(name, dir, e);
                }
                total += n;
                progress.worked(total);
            }
        } finally {
            progress.done();
        }
        return copy;
    }

    private static int read(InputStream in, byte[] buf, String name) throws IOException {
        try {
            return in.read(buf);
        } catch (IOException e) {
            throw new CliException(name + ": read error: " + e.getMessage());
        }
    }

    /** A copy that could not be written: one line naming the input and the folder (a full disk). */
    private static CliException noCopy(String name, Path dir, IOException e) {
        String why = e instanceof NoSuchFileException ? "no such folder"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return new CliException(name + ": cannot copy the input to a temporary file in " + dir + " (" + why
                + "): free space there or choose another folder with JAVA_OPTS=-Djava.io.tmpdir=DIR");
    }

    private synchronized void add(Path copy, String name) {
        List<String> l = new ArrayList<>(List.of(names));
        l.addAll(List.of(copy.toString(), name, copy.getFileName().toString(), name));
        names = l.toArray(new String[0]);
    }

    /** Whether a path is the copy of an input (it goes away when the command ends). */
    boolean isCopy(Path p) {
        return copies.contains(p);
    }

    /** {@code text} with every copy's path (and file name) replaced by the input's name as given. */
    String shown(String text) {
        String[] n = names;
        for (int i = 0; i < n.length; i += 2) {
            if (text.contains(n[i])) {
                text = text.replace(n[i], n[i + 1]);
            }
        }
        return text;
    }

    /** Whether {@link #shown} has anything to replace. */
    boolean any() {
        return names.length > 0;
    }

    /** Deletes the copies. */
    @Override
    public void close() {
        for (Path p : copies) {
            try {
                Files.deleteIfExists(p);
                AtomicFile.forget(p);
            } catch (IOException ignored) {
                // left for the shutdown hook, or found stale by the next copy
            }
        }
        copies.clear();
    }
}
