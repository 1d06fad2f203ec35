package io.ringside.qemu.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import io.ringside.core.trace.TraceFormatException;

/**
 * Streams the events of a Linux ftrace text file ({@code /sys/kernel/tracing/trace}, as {@code cat} writes
 * it): lines {@code TASK-PID [CPU] FLAGS SECONDS.FRACTION: EVENT: ARGS} (the flags column and a
 * {@code (TGID)} column are optional). The NVMe driver's tracepoints {@code nvme_setup_cmd},
 * {@code nvme_complete_rq} and {@code nvme_sq} are parsed into fields; {@code block_rq_issue} and
 * {@code block_rq_complete} are counted; other tracepoints are counted by name. Header comments ({@code #}),
 * blank lines, {@code CPU:N [LOST M EVENTS]} and {@code ##### CPU N buffer started ####} lines are counted.
 * <p>
 * Anything else is an error naming the file and line: a line that is not an event line, binary content,
 * a line over {@link #MAX_LINE} bytes, an NVMe event whose fields are missing (a truncated line) or out of
 * range (queue and command ids, queue head and tail are 16-bit). Memory is bounded: one buffer plus at most
 * {@link #MAX_LINE} per line, and at most {@link #MAX_NAMES} distinct event names.
 */
public final class FtraceReader implements Closeable {

    public static final int MAX_LINE = 64 * 1024;
    /** Distinct event names counted one by one; further names are counted together as {@link #OTHER_NAMES}. */
    public static final int MAX_NAMES = 64;
    public static final String OTHER_NAMES = "(other names)";

    private static final int BUFFER = 1 << 16;

    /** What the current event is. */
    public enum Kind {
        /** nvme_setup_cmd: the driver built a command (qid, cid, opcode). */
        SETUP,
        /** nvme_complete_rq: the driver completed a command (qid, cid, status). */
        COMPLETE,
        /** nvme_sq: the driver saw a completion entry's SQ head (qid, head, tail). */
        SQ,
        /** block_rq_issue: the block layer issued a request to the driver. */
        RQ_ISSUE,
        /** block_rq_complete: the block layer completed a request. */
        RQ_COMPLETE,
        /** Any other tracepoint (counted by name). */
        OTHER
    }

    private final InputStream in;
    private final String name;
    private final byte[] buf = new byte[BUFFER + MAX_LINE];
    private int pos;
    private int limit;
    private boolean eof;

    private long lines;
    private long events;
    private long headerLines;
    private long blankLines;
    private long bufferStartLines;
    private long lostEvents;
    private long lostLines;
    private final Map<String, Long> byName = new TreeMap<>();

    // ---- the current event
    private Kind kind;
    private long timeNs;
    private String controller;
    private String opcodeName;
    private int qid;
    private int cid;
    private int status;
    private int head;
    private int tail;

    public FtraceReader(InputStream in, String name) {
        this.in = in;
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Reads up to the next event line; false at the end of the input. */
    public boolean next() throws IOException {
        String line;
        while ((line = readLine()) != null) {
            if (parse(line)) {
                events++;
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ lines

    private String readLine() throws IOException {
        int ls = pos;
        int i = ls;
        while (true) {
            while (i < limit) {
                byte c = buf[i];
                if (c >= 0 && c < 0x20) {
                    if (c == '\n') {
                        break;
                    }
                    if (!LineParser.textControl(c)) {
                        throw new TraceFormatException(name, lines + 1, -1, String.format(
                                "binary (non-text) content: byte 0x%02x at column %d; not an ftrace text file", c & 0xff,
                                i - ls + 1));
                    }
                }
                i++;
            }
            if (i - ls > MAX_LINE) {
                throw error(lines + 1, "line longer than " + MAX_LINE + " bytes; not an ftrace text file");
            }
            if (i < limit) { // a newline
                pos = i + 1;
                break;
            }
            if (eof) {
                if (ls == limit) {
                    pos = limit;
                    return null;
                }
                pos = limit;
                break;
            }
            int keep = limit - ls;
            System.arraycopy(buf, ls, buf, 0, keep);
            i -= ls;
            ls = 0;
            limit = keep;
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
        int le = i;
        if (le - ls > MAX_LINE) {
            throw error(lines + 1, "line longer than " + MAX_LINE + " bytes; not an ftrace text file");
        }
        if (le > ls && buf[le - 1] == '\r') {
            le--;
        }
        lines++;
        return new String(buf, ls, le - ls, StandardCharsets.ISO_8859_1);
    }

    // ------------------------------------------------------------------ one line

    private boolean parse(String s) throws TraceFormatException {
        int i = skipSpaces(s, 0);
        if (i == s.length()) {
            blankLines++;
            return false;
        }
        if (s.charAt(i) == '#') {
            if (s.startsWith("#####", i) && s.contains("buffer started")) {
                bufferStartLines++;
            } else {
                headerLines++;
            }
            return false;
        }
        if (s.startsWith("CPU:", i) && s.contains("[LOST ")) {
            int at = s.indexOf("[LOST ") + 6;
            int end = s.indexOf(' ', at);
            lostLines++;
            long n = number(s, at, end < 0 ? s.length() : end, Long.MAX_VALUE / 2, "lost events");
            lostEvents = Math.min(Long.MAX_VALUE / 2, lostEvents + n); // both at most MAX / 2: no overflow
            return false;
        }
        // TASK-PID [CPU]: the first "[digits]" after the task name
        int cpuEnd = -1;
        for (int b = s.indexOf('[', i); b >= 0; b = s.indexOf('[', b + 1)) {
            int d = b + 1;
            while (d < s.length() && isDigit(s.charAt(d))) {
                d++;
            }
            if (d > b + 1 && d < s.length() && s.charAt(d) == ']') {
                cpuEnd = d + 1;
                break;
            }
        }
        if (cpuEnd < 0) {
            throw notEvent();
        }
        int t = skipSpaces(s, cpuEnd);
        int tokEnd = tokenEnd(s, t);
        if (!timestamp(s, t, tokEnd)) { // a flags column first
            t = skipSpaces(s, tokEnd);
            tokEnd = tokenEnd(s, t);
            if (!timestamp(s, t, tokEnd)) {
                throw t >= s.length() ? error(lines, "truncated line: no timestamp after the CPU and flags columns")
                        : error(lines, "expected a timestamp SECONDS.FRACTION: (trace_clock local, global, mono or boot), found '"
                                + clip(s.substring(t, tokEnd)) + "'");
            }
        }
        timeNs = parseTime(s, t, tokEnd - 1);
        int e = skipSpaces(s, tokEnd);
        int colon = s.indexOf(':', e);
        if (colon <= e) {
            throw error(lines, "truncated line: no 'EVENT:' after the timestamp");
        }
        for (int k = e; k < colon; k++) {
            char c = s.charAt(k);
            if (!(isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')) {
                throw error(lines, "expected an event name before ':', found '" + clip(s.substring(e, colon)) + "'");
            }
        }
        String event = s.substring(e, colon);
        count(event);
        String args = s.substring(Math.min(s.length(), colon + 1)).trim();
        switch (event) {
        case "nvme_setup_cmd" -> setup(args);
        case "nvme_complete_rq" -> complete(args);
        case "nvme_sq" -> sq(args);
        case "block_rq_issue" -> kind = Kind.RQ_ISSUE;
        case "block_rq_complete" -> kind = Kind.RQ_COMPLETE;
        default -> kind = Kind.OTHER;
        }
        return true;
    }

    /** nvme0: [disk=nvme0n1, ]qid=1, cmdid=768, nsid=1, flags=0x0, meta=0x0, cmd=(nvme_cmd_read slba=0, ...) */
    private void setup(String args) throws TraceFormatException {
        int cmd = args.indexOf("cmd=(");
        if (cmd < 0 || !args.endsWith(")")) {
            throw error(lines, "truncated nvme_setup_cmd: no 'cmd=(...)' at the end");
        }
        String fields = args.substring(0, cmd);
        controller(fields, "nvme_setup_cmd");
        qid = (int) field(fields, "qid", 0xffff, "nvme_setup_cmd");
        cid = (int) field(fields, "cmdid", 0xffff, "nvme_setup_cmd");
        int n = cmd + 5;
        int end = n;
        while (end < args.length() && args.charAt(end) != ' ' && args.charAt(end) != ')') {
            end++;
        }
        if (end == n) {
            throw error(lines, "nvme_setup_cmd: no opcode name in 'cmd=(...)'");
        }
        opcodeName = args.substring(n, end);
        kind = Kind.SETUP;
    }

    /** nvme0: [disk=nvme0n1, ]qid=1, cmdid=768, res=0x0, retries=0, flags=0x0, status=0x0 */
    private void complete(String args) throws TraceFormatException {
        controller(args, "nvme_complete_rq");
        qid = (int) field(args, "qid", 0xffff, "nvme_complete_rq");
        cid = (int) field(args, "cmdid", 0xffff, "nvme_complete_rq");
        status = (int) field(args, "status", 0xffff, "nvme_complete_rq");
        kind = Kind.COMPLETE;
    }

    /** nvme0: [disk=nvme0n1, ]qid=1, head=651, tail=651 */
    private void sq(String args) throws TraceFormatException {
        controller(args, "nvme_sq");
        qid = (int) field(args, "qid", 0xffff, "nvme_sq");
        head = (int) field(args, "head", 0xffff, "nvme_sq");
        tail = (int) field(args, "tail", 0xffff, "nvme_sq");
        kind = Kind.SQ;
    }

    private void controller(String args, String event) throws TraceFormatException {
        int c = args.indexOf(':');
        if (c <= 0 || args.indexOf(' ') < c) {
            throw error(lines, event + ": expected the controller name first ('nvme0: ...')");
        }
        controller = args.substring(0, c);
    }

    /** The value of {@code key=} among comma-separated fields (decimal, or hex with 0x), at most {@code max}. */
    private long field(String args, String key, long max, String event) throws TraceFormatException {
        int at = -1;
        for (int from = 0; (from = args.indexOf(key + "=", from)) >= 0; from++) {
            if (from == 0 || args.charAt(from - 1) == ' ' || args.charAt(from - 1) == ',') {
                at = from + key.length() + 1;
                break;
            }
        }
        if (at < 0) {
            throw error(lines, "truncated " + event + ": no '" + key + "='");
        }
        int end = at;
        while (end < args.length() && args.charAt(end) != ',' && args.charAt(end) != ' ') {
            end++;
        }
        return number(args, at, end, max, event + " " + key);
    }

    private long number(String s, int from, int to, long max, String what) throws TraceFormatException {
        int radix = 10;
        int i = from;
        if (to - i > 2 && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
            radix = 16;
            i += 2;
        }
        if (i >= to) {
            throw error(lines, what + ": expected a number, found '" + clip(s.substring(from, to)) + "'");
        }
        long v = 0;
        for (; i < to; i++) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0) {
                throw error(lines, what + ": expected a number, found '" + clip(s.substring(from, to)) + "'");
            }
            v = v * radix + d;
            if (v > max) {
                throw error(lines, what + ": " + clip(s.substring(from, to)) + " is out of range (at most " + max + ")");
            }
        }
        return v;
    }

    private static boolean timestamp(String s, int from, int to) {
        if (to - from < 4 || s.charAt(to - 1) != ':') {
            return false;
        }
        int dot = -1;
        for (int i = from; i < to - 1; i++) {
            char c = s.charAt(i);
            if (c == '.' && dot < 0) {
                dot = i;
            } else if (!isDigit(c)) {
                return false;
            }
        }
        return dot > from && dot < to - 2;
    }

    /** SECONDS.FRACTION in {@code s[from, to)} (validated by {@link #timestamp}) as nanoseconds. */
    private long parseTime(String s, int from, int to) throws TraceFormatException {
        int dot = s.indexOf('.', from);
        if (dot - from > 9 || to - dot - 1 > 9) {
            throw error(lines, "timestamp " + clip(s.substring(from, to)) + " is out of range (at most 9 digits each side of '.')");
        }
        long sec = Long.parseLong(s, from, dot, 10);
        long frac = Long.parseLong(s, dot + 1, to, 10);
        for (int k = to - dot - 1; k < 9; k++) {
            frac *= 10;
        }
        return sec * 1_000_000_000L + frac;
    }

    private void count(String event) {
        Long n = byName.get(event);
        if (n == null && byName.size() >= MAX_NAMES) {
            event = OTHER_NAMES;
        }
        byName.merge(event, 1L, Long::sum);
    }

    private TraceFormatException notEvent() {
        return error(lines, "not an ftrace event line (expected 'TASK-PID [CPU] FLAGS SECONDS.FRACTION: EVENT: ARGS')");
    }

    private TraceFormatException error(long line, String detail) {
        return new TraceFormatException(name, line, -1, detail);
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int tokenEnd(String s, int i) {
        while (i < s.length() && s.charAt(i) != ' ' && s.charAt(i) != '\t') {
            i++;
        }
        return i;
    }

    // ------------------------------------------------------------------ the current event

    public Kind kind() {
        return kind;
    }

    public long timeNs() {
        return timeNs;
    }

    /** The controller ({@code nvme0}) of an NVMe event. */
    public String controller() {
        return controller;
    }

    /** The opcode as Linux names it ({@code nvme_cmd_read}, {@code nvme_admin_identify}, or a hex value). */
    public String opcodeName() {
        return opcodeName;
    }

    public int qid() {
        return qid;
    }

    public int cid() {
        return cid;
    }

    public int status() {
        return status;
    }

    public int head() {
        return head;
    }

    public int tail() {
        return tail;
    }

    /** 1-based line of the current event. */
    public long line() {
        return lines;
    }

    // ------------------------------------------------------------------ counts

    public long lines() {
        return lines;
    }

    public long events() {
        return events;
    }

    public long headerLines() {
        return headerLines;
    }

    public long blankLines() {
        return blankLines;
    }

    public long bufferStartLines() {
        return bufferStartLines;
    }

    /** Events the kernel reported lost ({@code [LOST N EVENTS]}), and the lines that said so. */
    public long lostEvents() {
        return lostEvents;
    }

    public long lostLines() {
        return lostLines;
    }

    /** Events by tracepoint name (at most {@link #MAX_NAMES} names, then {@link #OTHER_NAMES}). */
    public Map<String, Long> eventsByName() {
        return Collections.unmodifiableMap(byName);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
