package io.ringside.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        for (String log : new String[] {"a_virtio-blk_split.trace.log.xz", "d_nvme_smp1.trace.log.xz"}) {
            if (Files.isRegularFile(qemu.resolve(log))) {
                runs.add(new String[] {"stats", qemu.resolve(log).toString()});
                runs.add(new String[] {"check", qemu.resolve(log).toString()});
            }
        }
        Path traces = samples.resolve("traces");
        for (String t : new String[] {"virtio-split-eventidx.rstrace", "virtio-packed.rstrace", "nvme-qd8-shadow-on.rstrace"}) {
            if (Files.isRegularFile(traces.resolve(t))) {
                runs.add(new String[] {"check", traces.resolve(t).toString()});
                runs.add(new String[] {"stats", "--json", traces.resolve(t).toString()});
            }
        }
        PrintWriter none = new PrintWriter(OutputStream.nullOutputStream(), true);
        for (String[] a : runs) {
            Main.execute(none, none, a);
        }
    }
}
