package io.ringside.qemu.internal;

/**
 * The time prefix of a QEMU log line, parsed in place: none, {@code tid@sec.usec:} (QEMU 6.0 to 10.0 with
 * {@code -msg timestamp=on}) or an ISO 8601 UTC time (QEMU 10.1+). {@link #parse} reads a prefix;
 * {@link #fast} is the same for the fast path, which remembers the last prefix up to its '.' (consecutive
 * lines mostly share it) and then parses only the fraction. The result is in the fields {@link #kind},
 * {@link #tid} and {@link #time}, so that parsing a line allocates nothing. One per {@link LineParser}.
 */
final class TimePrefix {

    /** Kinds of line prefix: none, {@code tid@sec.usec:} (QEMU 6.0 to 10.0), ISO 8601 UTC time (QEMU 10.1+). */
    static final int NO_PREFIX = 0;
    static final int TID_PREFIX = 1;
    static final int ISO_PREFIX = 2;
    static final String[] KIND_NAMES = {"no time prefix", "a 'tid@sec.usec:' prefix (QEMU 6.0 to 10.0)",
            "an ISO 8601 time prefix (QEMU 10.1+)"};
    /** Largest seconds of a {@code tid@sec.usec:} prefix: its time in ns must fit in a long. */
    static final long MAX_SECONDS = Long.MAX_VALUE / 1_000_000_000L - 1;
    /** Years of an ISO 8601 prefix accepted: times in ns since 1970 that fit in a long. */
    static final int MIN_YEAR = 1970;
    static final int MAX_YEAR = 2261;

    /** Kind, thread id and time (ns since 1970) of the prefix {@link #parse} found (-1 each when none). */
    int kind;
    long tid;
    long time;
    /** Where {@link #parse} found a malformed prefix stop matching (when it returns -1). */
    int malformedAt;
    /** Of the prefix {@link #parse} found: the position of its '.' (-1 when it has no fraction), and its seconds in ns. */
    private int dot;
    private long secNs;

    /** Bytes of the fast path's remembered {@code tid@sec.} or ISO {@code date} and {@code time.}: consecutive lines mostly share it. */
    private static final int MEMO = 24;
    private int memoLen; // 0: nothing remembered
    private long memo0;
    private long memo1;
    private long memo2;
    private long memoMask0;
    private long memoMask1;
    private long memoMask2;
    private int memoKind;
    private long memoTid;
    private long memoSecNs;

    /**
     * {@link #parse} for the fast path: when the line starts with the same {@code tid@sec.} (or ISO date
     * and time up to the '.') as the last prefix parsed here (three masked word comparisons), only the
     * fraction is parsed; the result is what {@link #parse} returns, because it reads those bytes the same
     * way whatever follows them.
     */
    int fast(byte[] b, int p, int to) {
        int ml = memoLen;
        if (ml != 0 && p + MEMO <= to && ((long) LineParser.LONGS.get(b, p) & memoMask0) == memo0
                && ((long) LineParser.LONGS.get(b, p + 8) & memoMask1) == memo1 && ((long) LineParser.LONGS.get(b, p + 16) & memoMask2) == memo2) {
            return fraction(b, p, p + ml, to, memoKind, memoTid, memoSecNs);
        }
        int q = parse(b, p, to);
        if (q > p) {
            remember(b, p, to);
        }
        return q;
    }

    /** Remembers the prefix up to its '.' that {@link #parse} just found at {@code p}, when it is short enough. */
    private void remember(byte[] b, int p, int to) {
        int ml = dot + 1 - p;
        if (dot < 0 || ml > MEMO || p + MEMO > to) {
            memoLen = 0;
            return;
        }
        memoMask0 = mask(ml);
        memoMask1 = mask(ml - 8);
        memoMask2 = mask(ml - 16);
        memo0 = (long) LineParser.LONGS.get(b, p) & memoMask0;
        memo1 = (long) LineParser.LONGS.get(b, p + 8) & memoMask1;
        memo2 = (long) LineParser.LONGS.get(b, p + 16) & memoMask2;
        memoKind = kind;
        memoTid = tid;
        memoSecNs = this.secNs;
        memoLen = ml;
    }

    /** A mask of the first {@code n} bytes of a little-endian word (none when n <= 0, all when n >= 8). */
    private static long mask(int n) {
        return n <= 0 ? 0 : n >= 8 ? -1L : (1L << (8 * n)) - 1;
    }

    private static boolean digit(byte c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Parses an optional prefix at {@code p}, reading no further than {@code to}, into {@link #kind},
     * {@link #tid} and {@link #time}: {@code tid@sec.usec:} (QEMU 6.0 to 10.0 with
     * {@code -msg timestamp=on}) or an ISO 8601 UTC time and a space (QEMU 10.1+:
     * {@code 2026-12-05T23:55:41.169785Z }). Returns the position after it; {@code p} when the line has
     * none (a line that does not start with digits and '@', or four digits and '-'); -1 when it starts like
     * a prefix that does not match ({@link #malformedAt} tells where). {@code to} may be the line's end or,
     * for the fast path, the buffer's: a prefix holds no byte a line end can hold, so the two agree, except
     * that an ISO prefix at the very end of a line is only seen as such with the line's end (the fast path
     * then declines the line).
     */
    int parse(byte[] b, int p, int to) {
        kind = NO_PREFIX;
        tid = -1;
        time = -1;
        if (p >= to || !digit(b[p])) {
            return p;
        }
        int q = p;
        while (q < to && digit(b[q])) {
            q++;
        }
        if (q < to && b[q] == '@') {
            return tidPrefix(b, p, q, to);
        }
        if (q - p == 4 && q < to && b[q] == '-') {
            return isoPrefix(b, p, to);
        }
        return p;
    }

    /** A malformed prefix: where it stopped matching, and -1. */
    private int malformed(int at) {
        malformedAt = at;
        return -1;
    }

    /** {@code tid@sec.usec:} with the '@' at {@code at}: a thread id of at most 10 digits (a C int). */
    private int tidPrefix(byte[] b, int p, int at, int to) {
        if (at - p > 10) {
            return malformed(p);
        }
        long tid = 0;
        for (int i = p; i < at; i++) {
            tid = tid * 10 + (b[i] - '0');
        }
        if (tid > Integer.MAX_VALUE) {
            return malformed(p);
        }
        int q = at + 1;
        int s0 = q;
        long sec = 0;
        while (q < to && digit(b[q]) && q - s0 < 11) {
            sec = sec * 10 + (b[q] - '0');
            q++;
        }
        if (q == s0 || q >= to || b[q] != '.' || sec > MAX_SECONDS) {
            return malformed(q);
        }
        return fraction(b, p, q + 1, to, TID_PREFIX, tid, sec * 1_000_000_000L);
    }

    /** Days in each month of a common year. */
    private static final int[] MONTH_DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /** {@code YYYY-MM-DDTHH:MM:SS[.fraction]Z } (UTC, as GLib's g_date_time_format_iso8601 writes it). */
    private int isoPrefix(byte[] b, int p, int to) {
        // digits at 0-3, 5-6, 8-9, 11-12, 14-15, 17-18; separators at 4, 7, 10, 13, 16
        if (p + 19 > to) {
            return malformed(Math.min(to, p + 19));
        }
        for (int i = 0; i < 19; i++) {
            byte c = b[p + i];
            boolean ok = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == 'T';
                case 13, 16 -> c == ':';
                default -> digit(c);
            };
            if (!ok) {
                return malformed(p + i);
            }
        }
        int year = num(b, p, 4);
        int month = num(b, p + 5, 2);
        int day = num(b, p + 8, 2);
        int hour = num(b, p + 11, 2);
        int minute = num(b, p + 14, 2);
        int second = num(b, p + 17, 2);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return malformed(p);
        }
        if (month < 1 || month > 12) {
            return malformed(p + 5);
        }
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        if (day < 1 || day > MONTH_DAYS[month - 1] + (month == 2 && leap ? 1 : 0)) {
            return malformed(p + 8);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return malformed(p + (hour > 23 ? 11 : minute > 59 ? 14 : 17));
        }
        long secs = epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
        int q = p + 19;
        if (q < to && b[q] == '.') {
            return fraction(b, p, q + 1, to, ISO_PREFIX, -1, secs * 1_000_000_000L);
        }
        dot = -1; // no fraction (GLib leaves it out when the microseconds are 0)
        return isoEnd(b, p, q, to, secs * 1_000_000_000L);
    }

    /** The decimal value of {@code n} digits at {@code at}. */
    private static int num(byte[] b, int at, int n) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            v = v * 10 + (b[at + i] - '0');
        }
        return v;
    }

    /** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (month 1 to 12). */
    static long epochDay(int year, int month, int day) {
        // count from March 1 of year 0, so that the leap day ends a year; then shift to 1970
        int y = month <= 2 ? year - 1 : year;
        int m = month <= 2 ? month + 9 : month - 3; // March = 0
        long days = 365L * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1;
        return days - 719_468; // days from 0000-03-01 to 1970-01-01
    }

    /**
     * The end of a prefix that starts at {@code p}: its fraction at {@code q} (after the '.', up to nine
     * digits), then ':' (tid prefix) or 'Z' and a space (ISO). Sets {@link #kind}, {@link #tid},
     * {@link #time} and what {@link #remember} keeps, and returns the position after the prefix, or
     * -1 when it is malformed.
     */
    private int fraction(byte[] b, int p, int q, int to, int pk, long tid, long secNs) {
        int f0 = q;
        long frac = 0;
        while (q < to && digit(b[q]) && q - f0 < 9) {
            frac = frac * 10 + (b[q] - '0');
            q++;
        }
        if (q == f0) {
            return malformed(q);
        }
        for (int k = q - f0; k < 9; k++) {
            frac *= 10;
        }
        dot = f0 - 1;
        if (pk == ISO_PREFIX) {
            return isoEnd(b, p, q, to, secNs + frac);
        }
        if (q >= to || b[q] != ':') {
            return malformed(q);
        }
        kind = TID_PREFIX;
        this.tid = tid;
        this.secNs = secNs;
        time = secNs + frac;
        return q + 1;
    }

    /** The 'Z' at {@code q} and the space (or the line's end) after it of an ISO prefix whose time is {@code timeNs}. */
    private int isoEnd(byte[] b, int p, int q, int to, long timeNs) {
        if (q >= to || b[q] != 'Z') {
            return malformed(q);
        }
        if (q + 1 < to && b[q + 1] != ' ') {
            return malformed(q + 1);
        }
        kind = ISO_PREFIX;
        tid = -1;
        this.secNs = timeNs - timeNs % 1_000_000_000L;
        time = timeNs;
        return Math.min(q + 2, to);
    }
}
