package io.ringside.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.function.Consumer;

import io.ringside.cli.args.Args;
import io.ringside.cli.args.ArgsException;
import io.ringside.core.trace.TraceFormatException;
import io.ringside.core.util.Text;
import io.ringside.qemu.QemuOptions;

/**
 * The Ringside command line: {@code ringside generate|check|import|stats|show|compare|ide|test|help}.
 * Mistakes on the command line print {@code ringside: MESSAGE} and {@code Try 'ringside CMD --help'.} with
 * exit code 2; errors while running are one line on stderr with exit code 2 ({@code --debug}, anywhere on
 * the command line, adds the stack trace); {@code check} exits 1 when it finds errors.
 *
 * <p>The command line is parsed by {@link Args}, and only the command being run is built, so start-up costs
 * next to nothing beyond the command's own work.
 */
public final class Main {

    static final String VERSION = "ringside 0.1.0";

    static final String DESCRIPTION = "Generate, check and inspect virtio and NVMe ring traces.";

    static final String HELP_SUMMARY = "Display help information about the specified command.";

    /** The commands, in help order ({@code help} is handled here). */
    static final String[] COMMANDS = { "generate", "check", "import", "stats", "show", "compare", "ide", "test" };

    /** A new command of that name, or {@code null}. */
    static Command newCommand(String name) {
        return switch (name) {
        case "generate" -> new GenerateCommand();
        case "check" -> new CheckCommand();
        case "import" -> new ImportCommand();
        case "stats" -> new StatsCommand();
        case "show" -> new ShowCommand();
        case "compare" -> new CompareCommand();
        case "ide" -> new IdeCommand();
        case "test" -> new TestCommand();
        default -> null;
        };
    }

    private boolean debug;

    /** The command being run, once parsed (its input names an out-of-memory error). */
    private Command command;

    /** Sets {@link #debug}; a class rather than a lambda, so that --version and --help bootstrap no lambda. */
    private final class DebugFlag implements Consumer<Boolean> {

        @Override
        public void accept(Boolean on) {
            debug = on;
        }
    }

    private final Consumer<Boolean> setDebug = new DebugFlag();

    private Main() {
    }

    public static void main(String[] args) {
        // stdout buffered, flushed at the end: System.out flushes at every line, one write(2) per line
        // (stats on a log with many queue epochs prints about 2,000 lines: 40 ms of a 0.4 s run); errors
        // and progress on stderr stay unbuffered
        PrintWriter out = new PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(
                new java.io.FileOutputStream(java.io.FileDescriptor.out), System.out.charset()), 1 << 16), false);
        PrintWriter err = new PrintWriter(System.err, true);
        int rc = execute(out, err, args);
        out.flush();
        err.flush();
        if (rc != 0) {
            System.exit(rc);
        }
        // exit 0 by returning: the JVM ends with main because every thread the commands start is a daemon
        // (CommandLineTest checks it), and System.exit costs 15-30 ms on JDK 21+ (it sets up System.Logger to
        // log the exit), a tenth of a short run
    }

    /**
     * Runs a command line in-process; returns the exit code. What it prints goes through {@link SafeOutput}:
     * text from a trace cannot put control characters on the terminal.
     */
    public static int execute(PrintWriter rawOut, PrintWriter rawErr, String... args) {
        InputFiles inputs = new InputFiles();
        PrintWriter out = new SafeOutput(rawOut, false, inputs);
        PrintWriter err = new SafeOutput(rawErr, true, inputs);
        Main main = new Main();
        try {
            return main.run(out, err, args, inputs);
        } catch (ArgsException ex) {
            err.println("ringside: " + Text.escape(ex.getMessage()));
            err.println("Try '" + ex.command() + " --help'.");
            return 2;
        } catch (Throwable ex) {
            Object input = main.command == null ? null : main.command.input();
            String m = ex instanceof OutOfMemoryError && input != null ? input + ": " + message(ex) : message(ex);
            err.println("ringside: " + Text.escape(m)); // one line, whatever the input said
            if (main.debug) {
                ex.printStackTrace(err);
            }
            return 2;
        } finally {
            out.flush();
            err.flush();
            inputs.close();
        }
    }

    private int run(PrintWriter out, PrintWriter err, String[] args, InputFiles inputs) throws Exception {
        Args top = topArgs();
        int at = top.parse(args, 0);
        if (top.helpRequested()) {
            topUsage(top).usage(out);
            return 0;
        }
        if (top.versionRequested()) {
            out.println(top.version());
            return 0;
        }
        if (at == args.length) {
            topUsage(top).usage(err);
            err.println("ringside: no command given");
            return 2;
        }
        String name = args[at];
        if (name.equals("help")) {
            return help(out, args, at + 1);
        }
        command = newCommand(name);
        if (command == null) {
            throw unknownCommand(name);
        }
        Tools.setQemuOptions(QemuOptions.DEFAULT); // only the options on this command line count
        Args a = declare(name, command);
        a.parse(args, at + 1);
        if (a.helpRequested()) {
            a.usage(out);
            return 0;
        }
        if (a.versionRequested()) {
            out.println(a.version());
            return 0;
        }
        return command.run(new Invocation(out, err, List.of(args), inputs));
    }

    /** {@code ringside [-hV] [--debug] [COMMAND]}: the options before the command's name. */
    private Args topArgs() {
        Args top = new Args("ringside").description(DESCRIPTION).takesCommand().helpAndVersion(VERSION)
                .footer("", "Run 'ringside help COMMAND' or 'ringside COMMAND --help' for a command's options.");
        top.flag("--debug", setDebug, "Print stack traces of errors.");
        return top;
    }

    private static ArgsException unknownCommand(String name) {
        return new ArgsException("ringside", "Unknown command: '" + name + "' (commands: "
                + String.join(", ", COMMANDS) + ", help)");
    }

    /** The command's declaration with what every command accepts: {@code -h}, {@code -V}, {@code --debug}. */
    private Args declare(String name, Command command) {
        Args a = new Args("ringside " + name);
        command.declare(a);
        a.helpAndVersion(VERSION);
        a.flag("--debug", setDebug, "Print stack traces of errors.").global();
        return a;
    }

    /** {@code ringside help [COMMAND]}: the usage of a command, or of ringside. */
    private int help(PrintWriter out, String[] args, int from) {
        String[] command = new String[1];
        Args h = new Args("ringside help").description(HELP_SUMMARY).helpAndVersion(VERSION);
        h.param("COMMAND", Args.STRING, v -> command[0] = v, "The command to describe (all of them if left out).")
                .optional();
        h.flag("--debug", setDebug, "Print stack traces of errors.").global();
        h.parse(args, from);
        if (h.versionRequested() && !h.helpRequested()) {
            out.println(h.version());
        } else if (h.helpRequested() || "help".equals(command[0])) {
            h.usage(out);
        } else if (command[0] == null) {
            topUsage(topArgs()).usage(out);
        } else {
            Command c = newCommand(command[0]);
            if (c == null) {
                throw unknownCommand(command[0]);
            }
            declare(command[0], c).usage(out);
        }
        return 0;
    }

    /** The top level's usage lists every command with the first line of its description. */
    private Args topUsage(Args top) {
        for (String name : COMMANDS) {
            String[] d = declare(name, newCommand(name)).description();
            String summary = d.length > 0 ? d[0] : "";
            if (summary.endsWith(":")) { // a description that introduces a list: the list is not shown here
                summary = summary.substring(0, summary.length() - 1) + ".";
            }
            top.command(name, summary);
        }
        top.command("help", HELP_SUMMARY);
        return top;
    }

    static String message(Throwable ex) {
        if (ex instanceof TraceFormatException || ex instanceof CliException) {
            return ex.getMessage();
        }
        if (ex instanceof NoSuchFileException n) {
            return n.getFile() + ": no such file";
        }
        if (ex instanceof java.nio.file.AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        if (ex instanceof IOException || ex instanceof IllegalArgumentException || ex instanceof IllegalStateException) {
            String m = ex.getMessage();
            return m == null ? ex.getClass().getSimpleName() : m.replace('\n', ' ');
        }
        if (ex instanceof OutOfMemoryError) {
            return "out of memory with a Java heap of " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB (raise -Xmx in JAVA_OPTS)";
        }
        return "internal error: " + ex + " (run with --debug for the stack trace and report it)";
    }
}
