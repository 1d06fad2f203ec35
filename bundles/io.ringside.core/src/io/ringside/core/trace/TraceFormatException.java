package io.ringside.core.trace;

import java.io.IOException;

import io.ringside.core.util.Text;

/**
 * Bad input in a trace or another file Ringside reads. The message is one line a user can act on:
 * {@code file:line: what was expected, what was found} (or a byte offset where lines do not apply).
 */
public class TraceFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final long line;
    private final long offset;
    private final String detail;

    public TraceFormatException(String file, long line, long offset, String detail) {
        super(format(file, line, offset, detail));
        this.file = file;
        this.line = line;
        this.offset = offset;
        this.detail = detail;
    }

    public TraceFormatException(String file, long line, long offset, String detail, Throwable cause) {
        this(file, line, offset, detail);
        initCause(cause);
    }

    /** One line whatever the file name and the text from the input say: control characters are escaped. */
    private static String format(String file, long line, long offset, String detail) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : Text.escape(file));
        if (line > 0) {
            sb.append(':').append(line);
        } else if (offset >= 0) {
            sb.append(": at byte ").append(offset);
        }
        sb.append(": ").append(Text.escape(detail));
        return sb.toString();
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when unknown. */
    public long line() {
        return line;
    }

    /** Byte offset, or -1 when unknown. */
    public long offset() {
        return offset;
    }

    /** The message without the location. */
    public String detail() {
        return detail;
    }
}
