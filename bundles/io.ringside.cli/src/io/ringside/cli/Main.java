package io.ringside.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.ringside.core.trace.TraceFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The Ringside command line: {@code ringside generate|check|import|stats|show|compare|ide|test}. Errors
 * are one line on stderr with exit code 2 ({@code --debug} adds the stack trace); {@code check} exits 1
 * when it finds violations.
 */
@Command(name = "ringside", mixinStandardHelpOptions = true, version = "ringside 0.1.0",
        description = "Generate, check and inspect virtio and NVMe ring traces.")
public final class Main implements Runnable {

    /**
     * The subcommands, in help order. Picocli builds a command's model by reflection when it is added,
     * which costs more start-up than a short {@code stats} run itself, so {@link #execute} adds only the
     * command being run (all of them for help and for anything it does not recognise).
     */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("generate", GenerateCommand::new);
        COMMANDS.put("check", CheckCommand::new);
        COMMANDS.put("import", ImportCommand::new);
        COMMANDS.put("stats", StatsCommand::new);
        COMMANDS.put("show", ShowCommand::new);
        COMMANDS.put("compare", CompareCommand::new);
        COMMANDS.put("ide", IdeCommand::new);
        COMMANDS.put("test", TestCommand::new);
    }

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CliException("no command given");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int rc = execute(out, err, args);
        out.flush();
        err.flush();
        System.exit(rc);
    }

    /** Runs a command line in-process; returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        Tools.setLenient(false); // only a --lenient on this command line turns it on
        Main main = new Main();
        CommandLine cl = new CommandLine(main);
        String command = null;
        for (String a : args) {
            if (!a.startsWith("-")) {
                command = a;
                break;
            }
        }
        if (command != null && COMMANDS.containsKey(command)) {
            cl.addSubcommand(command, COMMANDS.get(command).get());
        } else {
            COMMANDS.forEach((name, make) -> cl.addSubcommand(name, make.get()));
            cl.addSubcommand("help", new CommandLine.HelpCommand());
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            err.println("ringside: " + message(ex));
            if (main.debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return 2;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("ringside: " + ex.getMessage());
            err.println("Try 'ringside " + ex.getCommandLine().getCommandName() + " --help'.");
            err.flush();
            return 2;
        });
        int rc = cl.execute(args);
        out.flush();
        err.flush();
        return rc;
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
            return "out of memory (raise -Xmx in JAVA_OPTS)";
        }
        return "internal error: " + ex + " (run with --debug for the stack trace and report it)";
    }
}
