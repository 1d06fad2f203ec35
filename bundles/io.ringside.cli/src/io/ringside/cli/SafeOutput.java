package io.ringside.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

import io.ringside.core.util.Text;

/**
 * The command line's stdout and stderr: everything a command prints goes through here, and every control
 * character ({@link Text#isControl}) is escaped on the way, except line ends ({@code \n}, {@code \r\n}) and
 * tabs, so that text from a trace (header strings, notes, event names, QEMU arguments) cannot send escape
 * sequences to the user's terminal. Only the progress line writes {@code \r} itself, through {@link #raw()}.
 * A temporary copy of an input ({@link InputFiles}) is named as the user gave the input.
 */
final class SafeOutput extends PrintWriter {

    private final PrintWriter raw;

    private final InputFiles inputs;

    SafeOutput(PrintWriter raw, boolean autoFlush) {
        this(raw, autoFlush, null);
    }

    /** With the inputs of the command whose copies are named as given, or null. */
    SafeOutput(PrintWriter raw, boolean autoFlush, InputFiles inputs) {
        super(new Filter(raw, inputs), autoFlush);
        this.raw = raw;
        this.inputs = inputs;
    }

    /** Text as it would be printed: a temporary copy of an input named as the user gave it (progress lines). */
    String shown(String text) {
        return inputs == null ? text : inputs.shown(text);
    }

    /** The stream underneath, for the progress line's carriage returns (what was printed before is flushed). */
    PrintWriter raw() {
        flush();
        return raw;
    }

    private static final class Filter extends Writer {
        private final Writer out;
        private final InputFiles inputs;
        private final StringBuilder esc = new StringBuilder();
        /** A carriage return waiting for the next character: it passes before a newline and is escaped otherwise. */
        private boolean pendingCr;

        Filter(Writer out, InputFiles inputs) {
            this.out = out;
            this.inputs = inputs;
        }

        @Override
        public void write(char[] b, int off, int len) throws IOException {
            if (inputs != null && inputs.any()) { // PrintWriter hands each string over whole
                char[] shown = inputs.shown(new String(b, off, len)).toCharArray();
                b = shown;
                off = 0;
                len = shown.length;
            }
            int run = off; // start of the plain characters not written yet
            int end = off + len;
            for (int i = off; i < end; i++) {
                char c = b[i];
                if (pendingCr) {
                    pendingCr = false;
                    out.write(c == '\n' ? "\r" : "\\r");
                }
                if (c == '\n' || c == '\t' || !Text.isControl(c)) {
                    continue;
                }
                out.write(b, run, i - run);
                run = i + 1;
                if (c == '\r') {
                    pendingCr = true;
                } else {
                    esc.setLength(0);
                    Text.appendEscape(esc, c);
                    out.write(esc.toString());
                }
            }
            out.write(b, run, end - run);
        }

        @Override
        public void flush() throws IOException {
            if (pendingCr) {
                pendingCr = false;
                out.write("\\r");
            }
            out.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
            out.close();
        }
    }
}
