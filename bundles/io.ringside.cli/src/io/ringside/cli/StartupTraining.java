package io.ringside.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.ringside.core.trace.TraceInput;
import io.ringside.qemu.internal.ParallelLog;

/**
 * The training run of the command line's ahead-of-time cache (JDK 25+, {@code -XX:AOTCacheOutput}): runs
 * the commands users run most on the samples, in one JVM, so that the cache holds the classes they load
 * and link, their resolved lambdas and string concatenations, and method profiles. {@code ./ringside}
 * runs it once per build and JDK; every later command starts from the cache. Output is discarded.
 * <p>
 * {@code java -XX:AOTCacheOutput=FILE -cp ... io.ringside.cli.StartupTraining SAMPLES_DIR}
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args.length > 0 ? args[0] : "samples");
        List<String[]> runs = new ArrayList<>();
        runs.add(new String[] {"--help"});
        runs.add(new String[] {"stats", "--help"});
        Path qemu = samples.resolve("traces/qemu");
        List<Path> logs = new ArrayList<>();
        for (String log : new String[] {"a_virtio-blk_split.trace.log.xz", "d_nvme_smp1.trace.log.xz"}) {
            if (Files.isRegularFile(qemu.resolve(log))) {
                logs.add(qemu.resolve(log));
                runs.add(new String[] {"stats", qemu.resolve(log).toString()});
                runs.add(new String[] {"check", qemu.resolve(log).toString()});
            }
        }
        // an uncompressed log of several blocks: users' large logs take the parallel path (positional
        // reads, the parser pool), which the small compressed samples, one block each, never reach
        Path plain = logs.isEmpty() ? null : plainLog(logs);
        if (plain != null) {
            runs.add(new String[] {"stats", plain.toString()});
        }
        Path traces = samples.resolve("traces");
        for (String t : new String[] {"virtio-split-eventidx.rstrace", "virtio-packed.rstrace", "nvme-qd8-shadow-on.rstrace"}) {
            if (Files.isRegularFile(traces.resolve(t))) {
                runs.add(new String[] {"check", traces.resolve(t).toString()});
                runs.add(new String[] {"stats", "--json", traces.resolve(t).toString()});
            }
        }
        PrintWriter none = new PrintWriter(OutputStream.nullOutputStream(), true);
        try {
            for (String[] a : runs) {
                Main.execute(none, none, a);
            }
        } finally {
            if (plain != null) {
                Files.deleteIfExists(plain);
            }
        }
    }

    /**
     * The sample logs decompressed and written one after another, again and again, until the file
     * spans {@link #PLAIN_BLOCKS} of the parallel reader's blocks (each copy starts with its devices'
     * resets, so the whole is a valid log). Null when it cannot be written.
     */
    private static Path plainLog(List<Path> logs) {
        Path f = null;
        try {
            f = Files.createTempFile("ringside-training-", ".trace.log");
            long want = (long) PLAIN_BLOCKS * ParallelLog.BLOCK;
            try (OutputStream out = Files.newOutputStream(f)) {
                long written = 0;
                while (written < want) {
                    for (Path log : logs) {
                        try (InputStream in = TraceInput.open(log)) {
                            written += in.transferTo(out);
                        }
                    }
                }
            }
            return f;
        } catch (IOException e) {
            try {
                if (f != null) {
                    Files.deleteIfExists(f);
                }
            } catch (IOException ignored) {
                // a temporary file left behind; training goes on without it
            }
            return null;
        }
    }

    /** Blocks of the uncompressed training log: more than the parser threads, so they all start. */
    private static final int PLAIN_BLOCKS = 3;
}
