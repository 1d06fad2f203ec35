package io.ringside.cli;

import java.io.PrintWriter;

import io.ringside.core.util.ProgressMonitor;
import io.ringside.core.util.Text;

/**
 * A progress line on stderr ({@code \r}-rewritten, at most a few times a second), shown only when stderr
 * is a terminal.
 */
final class ConsoleProgress implements ProgressMonitor {

    private final PrintWriter err;
    private final boolean enabled;
    private String task = "";
    private long total = -1;
    private long last;
    private boolean shown;

    ConsoleProgress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Where the progress line goes: stderr itself, not its {@link SafeOutput} filter (which escapes {@code \r}). */
    private PrintWriter raw() {
        return err instanceof SafeOutput s ? s.raw() : err;
    }

    static boolean stderrIsTerminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true; // Java 21: a console exists only when both streams are terminals
        }
    }

    @Override
    public void begin(String t, long tot) {
        this.task = Text.escape(err instanceof SafeOutput s ? s.shown(t) : t);
        this.total = tot;
    }

    @Override
    public void worked(long done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - last < 200_000_000L) {
            return;
        }
        last = now;
        shown = true;
        PrintWriter err = raw();
        if (total > 0) {
            err.printf("\r%s: %d / %d (%d%%)   ", task, done, total, done * 100 / total);
        } else {
            err.printf("\r%s: %d   ", task, done);
        }
        err.flush();
    }

    @Override
    public void done() {
        if (shown) {
            PrintWriter err = raw();
            err.print("\r" + " ".repeat(Math.min(120, task.length() + 40)) + "\r");
            err.flush();
            shown = false;
        }
    }
}
