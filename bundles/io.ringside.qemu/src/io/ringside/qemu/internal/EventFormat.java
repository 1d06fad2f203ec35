package io.ringside.qemu.internal;

import java.nio.charset.StandardCharsets;

/**
 * The printed form of one QEMU trace event, compiled from its format string ({@code "vq %p elem %p len %u"})
 * into literal byte runs and conversions ({@link CompiledFormat}, made on first use), so a log line's
 * arguments are matched without regular expressions or allocation.
 */
public final class EventFormat {

    /** Conversion kinds. */
    public static final byte DEC = 1; // %u, %d: decimal, optional '-'
    public static final byte HEX = 2; // %x: hex digits, no prefix
    public static final byte PTR = 3; // %p: "0x..." or "(nil)"
    public static final byte STR = 4; // %s: text up to the next literal (or the end of the line)

    private static final byte[] NIL = "(nil)".getBytes(StandardCharsets.US_ASCII);
    /** Value of a hex digit, -1 for other bytes. */
    private static final byte[] HEX_VALUE = new byte[256];

    static {
        java.util.Arrays.fill(HEX_VALUE, (byte) -1);
        for (int c = '0'; c <= '9'; c++) {
            HEX_VALUE[c] = (byte) (c - '0');
        }
        for (int c = 'a'; c <= 'f'; c++) {
            HEX_VALUE[c] = (byte) (c - 'a' + 10);
            HEX_VALUE[c - 'a' + 'A'] = (byte) (c - 'a' + 10);
        }
    }

    final int id;
    final String name;
    final byte[] nameBytes;
    /** The name's first and last eight bytes as little-endian words (names of 8 bytes or more). */
    final long firstWord;
    final long lastWord;
    final String format;
    /** The C types of the arguments ({@link QemuTraceEvents}), or null: 64-bit values. */
    private final String types;
    private final int arity;
    /** The compiled format, made on first use: a log uses a few dozen of the events listed. */
    private volatile CompiledFormat compiled;

    EventFormat(int id, String name, String format, String types) {
        this.id = id;
        this.name = name;
        this.types = types;
        this.nameBytes = name.getBytes(StandardCharsets.US_ASCII);
        this.firstWord = nameBytes.length >= 8 ? (long) LineParser.LONGS.get(nameBytes, 0) : 0;
        this.lastWord = nameBytes.length >= 8 ? (long) LineParser.LONGS.get(nameBytes, nameBytes.length - 8) : 0;
        this.format = format;
        int n = 0;
        for (int i = format.indexOf('%'); i >= 0 && i + 1 < format.length(); i = format.indexOf('%', i + 2)) {
            if (format.charAt(i + 1) != '%') {
                n++;
            }
        }
        this.arity = n;
    }

    /**
     * The compiled format (made once; threads racing to make it make equal values, and
     * {@link CompiledFormat} is immutable).
     *
     * @throws IllegalArgumentException for a format this parser does not support
     */
    CompiledFormat compile() {
        CompiledFormat c = compiled;
        if (c == null) {
            c = CompiledFormat.of(name, format, types);
            compiled = c;
        }
        return c;
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String format() {
        return format;
    }

    /** Number of arguments (conversions). */
    public int arity() {
        return arity;
    }

    public byte kind(int arg) {
        return compile().convs[arg];
    }

    /**
     * Matches the argument text {@code buf[from, to)} against this format, storing numbers in
     * {@code nums} and string ranges in {@code strStart}/{@code strEnd}.
     *
     * @return -1 on success, else the column (offset from {@code from}) where the text stopped matching
     */
    int parse(byte[] buf, int from, int to, long[] nums, int[] strStart, int[] strEnd) {
        CompiledFormat c = compiled;
        if (c == null) {
            c = compile();
        }
        byte[][] literals = c.literals;
        byte[] convs = c.convs;
        int p = from;
        int n = convs.length;
        for (int i = 0; i <= n; i++) {
            // after a %s the literal was consumed with the string
            if (i == 0 || convs[i - 1] != STR) {
                byte[] lit = literals[i];
                int ll = lit.length;
                for (int j = 0; j < ll; j++) {
                    if (p + j >= to || buf[p + j] != lit[j]) {
                        return p + j - from;
                    }
                }
                p += ll;
            }
            if (i == n) {
                break;
            }
            switch (convs[i]) {
                case DEC -> {
                    int field = p;
                    int end = dec(buf, p, to);
                    if (end < 0) {
                        return -end - 1 - from; // no digits, or more than a 64-bit value
                    }
                    boolean neg = buf[p] == '-';
                    long v = decValue(buf, neg ? p + 1 : p, end);
                    if (!c.inRange(i, v, neg)) {
                        return field - from;
                    }
                    p = end;
                    nums[i] = neg ? -v : v;
                }
                case HEX -> {
                    int start = p;
                    p = hex(buf, p, to, nums, i);
                    if (p == start || p - start > 16 || Long.compareUnsigned(nums[i], c.max[i]) > 0) {
                        return (p == start || p - start > 16 ? p : start) - from;
                    }
                }
                case PTR -> {
                    if (p + 2 <= to && buf[p] == '0' && buf[p + 1] == 'x') {
                        int start = p + 2;
                        p = hex(buf, start, to, nums, i);
                        if (p == start || p - start > 16) {
                            return p - from;
                        }
                    } else if (startsWith(buf, p, to, NIL)) {
                        p += NIL.length;
                        nums[i] = 0;
                    } else {
                        return p - from;
                    }
                }
                default -> { // STR
                    byte[] next = literals[i + 1];
                    int end;
                    if (i + 1 == n && next.length == 0) {
                        end = to;
                    } else if (i + 1 == n) {
                        // tail literal: the string ends where the line's tail matches
                        end = to - next.length;
                        if (end < p || !startsWith(buf, end, to, next)) {
                            return p - from;
                        }
                        strStart[i] = p;
                        strEnd[i] = end;
                        p = to;
                        break;
                    } else {
                        end = indexOf(buf, p, to, next);
                        if (end < 0) {
                            return p - from;
                        }
                    }
                    strStart[i] = p;
                    strEnd[i] = end;
                    p = end + next.length;
                }
            }
        }
        return p == to ? -1 : p - from;
    }

    /**
     * The fast path of {@link #parse} for a line whose end is not known yet: matches the arguments from
     * {@code buf[p]} on, stopping where the format ends, and reads no further than {@code end} (the end of
     * the buffer, not of the line); a %s finds the line's end when it needs it.
     *
     * @return the position after the arguments (the caller checks that the line ends there), or -1 where
     *         {@link #parse} might decide otherwise (a mismatch, "(nil)", control bytes); the caller then
     *         takes the slow path, which decides and reports
     */
    int parseFast(byte[] buf, int p, int end, long[] nums, int[] strStart, int[] strEnd) {
        CompiledFormat c = compiled;
        if (c == null) {
            c = compile();
        }
        byte[] convs = c.convs;
        long[] words = c.litWords;
        long[] masks = c.litMasks;
        long[] over = c.over;
        int n = convs.length;
        int le = -1; // the line's end (without a CR), found by the first %s
        boolean afterStr = false;
        for (int i = 0;; i++) {
            long mask = masks[i];
            if (afterStr) {
                afterStr = false; // the string consumed the literal after it
            } else if (mask != 0 && p + 8 <= end) {
                if (((long) LineParser.LONGS.get(buf, p) & mask) != words[i]) {
                    return -1;
                }
                p += c.litLens[i];
            } else {
                byte[] lit = c.literals[i];
                int ll = lit.length;
                if (p + ll > end) {
                    return -1;
                }
                for (int j = 0; j < ll; j++) {
                    if (buf[p + j] != lit[j]) {
                        return -1;
                    }
                }
                p += ll;
            }
            if (i == n) {
                return p;
            }
            byte k = convs[i];
            if (k == STR) {
                if (le < 0 && (le = lineEnd(buf, p, end)) < 0) {
                    return -1;
                }
                byte[] next = c.literals[i + 1];
                int e;
                if (i + 1 == n) { // the tail literal ends the line
                    e = le - next.length;
                    if (e < p || !startsWith(buf, e, le, next)) {
                        return -1;
                    }
                    strStart[i] = p;
                    strEnd[i] = e;
                    return le;
                }
                e = indexOf(buf, p, le, next);
                if (e < 0) {
                    return -1;
                }
                strStart[i] = p;
                strEnd[i] = e;
                p = e + next.length;
                afterStr = true;
                continue;
            }
            if (k == PTR) {
                if (p + 2 >= end || buf[p] != '0' || buf[p + 1] != 'x') {
                    return -1; // "(nil)" too: the slow path
                }
                p += 2;
                k = HEX;
            }
            int start = p;
            long v = 0;
            if (k == HEX) {
                while (p < end) {
                    int d = HEX_VALUE[buf[p] & 0xff];
                    if (d < 0) {
                        break;
                    }
                    v = v << 4 | d;
                    p++;
                }
                if (p == start || p - start > 16 || (v & over[i]) != 0) {
                    return -1;
                }
            } else { // DEC: at most 18 digits here (no overflow), in the type's range; the slow path decides the rest
                boolean neg = p < end && buf[p] == '-';
                if (neg) {
                    start = ++p;
                }
                while (p < end) {
                    int d = (char) (buf[p] - '0');
                    if (d > 9) {
                        break;
                    }
                    v = v * 10 + d;
                    p++;
                }
                if (p == start || p - start > 18) {
                    return -1;
                }
                if (neg) { // (v - 1 <= max: the magnitude of a signed type's minimum is max + 1)
                    if (!c.signed[i] || (v - 1 & over[i]) != 0) {
                        return -1;
                    }
                    v = -v;
                } else if ((v & over[i]) != 0) {
                    return -1;
                }
            }
            nums[i] = v;
        }
    }

    /**
     * The end of the line that contains {@code buf[p]}, before its newline and a CR ahead of it, as the
     * slow path cuts lines; -1 when the rest of the line holds a control byte no text line may hold.
     */
    private static int lineEnd(byte[] buf, int p, int end) {
        int i = LineParser.findControl(buf, p, end);
        while (i < end && buf[i] != '\n') {
            if (!LineParser.textControl(buf[i])) {
                return -1;
            }
            i = LineParser.findControl(buf, i + 1, end);
        }
        return i > p && buf[i - 1] == '\r' ? i - 1 : i;
    }

    /** The largest 64-bit unsigned value divided by 10: a magnitude above it cannot take another digit. */
    private static final long U64_TENTH = Long.divideUnsigned(-1L, 10);

    /**
     * The end of a decimal number at {@code p} (an optional '-' and digits) whose magnitude fits in 64
     * unsigned bits; {@code -(q + 1)} where it stops being one (no digits at q, or too many from p).
     */
    private static int dec(byte[] buf, int p, int to) {
        int q = p < to && buf[p] == '-' ? p + 1 : p;
        int start = q;
        long v = 0;
        while (q < to) {
            int d = buf[q] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            if (Long.compareUnsigned(v, U64_TENTH) > 0 || v == U64_TENTH && d > 5) {
                return -(p + 1);
            }
            v = v * 10 + d;
            q++;
        }
        return q == start ? -(q + 1) : q;
    }

    /** The value of the digits {@code buf[p, end)} (which {@link #dec} found to fit in 64 unsigned bits). */
    private static long decValue(byte[] buf, int p, int end) {
        long v = 0;
        for (int q = p; q < end; q++) {
            v = v * 10 + (buf[q] - '0');
        }
        return v;
    }

    /**
     * Why a line's arguments {@code buf[from, to)} that did not parse do not: a number out of its type's
     * range (a message naming the field, its text and the range), or null when that is not the reason.
     */
    String rangeProblem(byte[] buf, int from, int to) {
        CompiledFormat c = compile();
        int p = from;
        for (int i = 0; i <= c.convs.length; i++) {
            if (i == 0 || c.convs[i - 1] != STR) {
                byte[] lit = c.literals[i];
                if (!startsWith(buf, p, to, lit)) {
                    return null;
                }
                p += lit.length;
            }
            if (i == c.convs.length) {
                return null;
            }
            int end;
            switch (c.convs[i]) {
                case DEC -> {
                    int q = p < to && buf[p] == '-' ? p + 1 : p;
                    int e = q;
                    while (e < to && buf[e] >= '0' && buf[e] <= '9') {
                        e++;
                    }
                    if (e == q) {
                        return null;
                    }
                    String text = new String(buf, p, e - p, StandardCharsets.US_ASCII); // (decimal: no 0x)
                    if (dec(buf, p, e) < 0 || !c.inRange(i, decValue(buf, q, e), q > p)) {
                        return "field '" + c.fields[i] + "' = " + text + " is out of the range of its type, " + c.typeNames[i]
                                + " (" + (c.signed[i] ? "-" + Long.toUnsignedString(c.max[i] + 1) : "0") + " to "
                                + Long.toUnsignedString(c.max[i]) + ")";
                    }
                    end = e;
                }
                case HEX, PTR -> {
                    int q = c.convs[i] == PTR && startsWith(buf, p, to, NIL) ? p + NIL.length : p;
                    if (q == p) {
                        q = c.convs[i] == PTR && startsWith(buf, p, to, new byte[] {'0', 'x'}) ? p + 2 : p;
                        int e = q;
                        while (e < to && HEX_VALUE[buf[e] & 0xff] >= 0) {
                            e++;
                        }
                        long[] v = new long[1];
                        hex(buf, q, e, v, 0);
                        if (e > q && (e - q > 16 || Long.compareUnsigned(v[0], c.max[i]) > 0)) {
                            return "field '" + c.fields[i] + "' = " + (c.convs[i] == HEX ? "0x" : "")
                                    + new String(buf, p, e - p, StandardCharsets.US_ASCII)
                                    + " is out of the range of its type, " + (c.convs[i] == PTR ? "a pointer (at most 16 hex digits)"
                                            : c.typeNames[i] + " (0 to 0x" + Long.toHexString(c.max[i]) + ")");
                        }
                        q = e;
                    }
                    end = q;
                }
                default -> {
                    byte[] next = c.literals[i + 1];
                    int e = i + 1 == c.convs.length ? to - next.length : indexOf(buf, p, to, next);
                    if (e < p) {
                        return null;
                    }
                    end = e + next.length;
                }
            }
            p = end;
        }
        return null;
    }

    /** Parses hex digits at {@code p} into {@code out[slot]}; returns the end position. */
    private static int hex(byte[] buf, int p, int to, long[] out, int slot) {
        long v = 0;
        while (p < to) {
            int d = HEX_VALUE[buf[p] & 0xff];
            if (d < 0) {
                break;
            }
            v = (v << 4) | d;
            p++;
        }
        out[slot] = v;
        return p;
    }

    private static boolean startsWith(byte[] buf, int p, int to, byte[] lit) {
        if (p + lit.length > to) {
            return false;
        }
        for (int j = 0; j < lit.length; j++) {
            if (buf[p + j] != lit[j]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] buf, int p, int to, byte[] lit) {
        int last = to - lit.length;
        outer:
        for (int i = p; i <= last; i++) {
            for (int j = 0; j < lit.length; j++) {
                if (buf[i + j] != lit[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public String toString() {
        return name + " \"" + format + "\"";
    }
}
