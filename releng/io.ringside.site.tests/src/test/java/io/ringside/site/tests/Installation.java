package io.ringside.site.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * An Eclipse installation on disk, driven as a user drives one: the p2 director application of the installation
 * itself ({@code -application org.eclipse.equinox.p2.director}), and the IDE started with
 * {@code java -jar plugins/org.eclipse.equinox.launcher_*.jar}. Every process writes its output to a file under
 * {@code logs}, named after the step (and so does each start's workspace); a failure quotes its end.
 */
final class Installation {

    private static final long DIRECTOR_MINUTES = 5;
    private static final long WORKBENCH_MINUTES = 5;

    private final Path home;
    private final Path logs;
    private final Path userHome;

    private Installation(Path home, Path logs) {
        this.home = home;
        this.logs = logs;
        this.userHome = logs.resolve("user-home");
    }

    /** A fresh copy of the installation {@code product} at {@code to}, with its logs (emptied) in {@code logs}. */
    static Installation copyOf(Path product, Path to, Path logs) throws IOException {
        assertTrue(Files.isDirectory(product.resolve("plugins")), "no installation at " + product + " (build releng/io.ringside.platform)");
        copy(product, to, file -> true);
        delete(logs);
        Files.createDirectories(logs);
        return new Installation(to, logs);
    }

    /** The output of a finished process. */
    record Run(int exit, String output) {
        /** The last lines, for a failure message. */
        String tail() {
            String[] lines = output.split("\n");
            return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 25), lines.length));
        }
    }

    /** Runs the installation's p2 director with {@code args} (for example {@code -installIU ID -repository URI}). */
    Run director(String step, String... args) throws IOException, InterruptedException {
        List<String> command = launcher();
        command.addAll(List.of("-nosplash", "-application", "org.eclipse.equinox.p2.director"));
        command.addAll(List.of(args));
        return run(step, command, DIRECTOR_MINUTES);
    }

    /**
     * Starts the IDE on a new workspace with the probe of releng/io.ringside.platform.probe, which checks
     * {@code expect} (its expectation lines), reports, and closes the workbench.
     */
    Report start(String step, List<String> expect) throws IOException, InterruptedException {
        Path expectFile = logs.resolve(step + ".expect");
        Path reportFile = logs.resolve(step + ".report");
        Path workspace = logs.resolve(step + ".workspace");
        Files.write(expectFile, expect, StandardCharsets.UTF_8);
        Files.deleteIfExists(reportFile);
        delete(workspace);
        List<String> command = launcher();
        command.add(1, "-Dringside.probe.expect=" + expectFile);
        command.add(2, "-Dringside.probe.report=" + reportFile);
        command.addAll(List.of("-nosplash", "-data", workspace.toString()));
        Run run = run(step, command, WORKBENCH_MINUTES);
        assertTrue(Files.exists(reportFile), step + ": the workbench ended (exit " + run.exit() + ") without the probe's report:\n" + run.tail());
        assertEquals(0, run.exit(), step + ": the workbench's exit status\n" + run.tail());
        Path log = workspace.resolve(".metadata/.log");
        return new Report(Files.readAllLines(reportFile, StandardCharsets.UTF_8),
                Report.errors(Files.exists(log) ? Files.readString(log) : ""));
    }

    /** The symbolic names of the bundles the installation's configuration starts (simpleconfigurator's bundles.info). */
    Set<String> configuredBundles() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (String line : Files.readAllLines(home.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                names.add(line.substring(0, line.indexOf(',')));
            }
        }
        return names;
    }

    private List<String> launcher() throws IOException {
        Path launcher;
        try (Stream<Path> jars = Files.list(home.resolve("plugins"))) {
            launcher = jars.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no equinox launcher in " + home));
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // the installation's own configuration, apart from this machine's ~/.eclipse
        command.add("-Duser.home=" + userHome);
        command.add("-Xmx1g");
        command.addAll(List.of("-jar", launcher.toString()));
        return command;
    }

    private Run run(String step, List<String> command, long minutes) throws IOException, InterruptedException {
        Path out = logs.resolve(step + ".out");
        Files.writeString(out, String.join(" ", command) + "\n\n");
        Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile())).start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            fail(step + ": still running after " + minutes + " minutes (output: " + out + ")");
        }
        return new Run(process.exitValue(), Files.readString(out));
    }

    /** Replaces {@code to} with a copy of the folder {@code from}, leaving out the files {@code keep} refuses. */
    static void copy(Path from, Path to, Predicate<Path> keep) throws IOException {
        delete(to);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else if (keep.test(p)) {
                    Files.copy(p, q, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
