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
 */
final class SafeOutput extends PrintWriter {

    private final PrintWriter raw;

    SafeOutput(PrintWriter raw, boolean autoFlush) {
        super(new Filter(raw), autoFlush);
        this.raw = raw;
    }

    /** The stream underneath, for the progress line's carriage returns (what was printed before is flushed). */
    PrintWriter raw() {
        flush();
        return raw;
    }

    private static final class Filter extends Writer {
        private final Writer out;
        private final StringBuilder esc = new StringBuilder();
        /** A carriage return waiting for the next character: it passes before a newline and is escaped otherwise. */
        private boolean pendingCr;

        Filter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] b, int off, int len) throws IOException {
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
