package io.ringside.ui.trace;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How the workbench writes an event's time (nanoseconds as the trace has them), in the three forms Trace
 * Compass offers: seconds from the trace's first event ({@link Mode#RELATIVE}, the default:
 * {@code 12.345 678 s}), the trace's own clock ({@link Mode#ABSOLUTE}: a QEMU log's host clock as a UTC
 * date and time, an emulator trace's nanoseconds as seconds) and the time since the previous event
 * ({@link Mode#DELTA}: {@code +0.000 012 s}). Decimals are grouped by three; a trace whose times are
 * whole microseconds (QEMU logs) shows six decimals, others nine. No SWT.
 */
public final class TimeFormat {

    /** The three forms, as the preference stores them (by name). */
    public enum Mode {
        RELATIVE("Seconds from the start of the trace"),
        ABSOLUTE("The trace's own clock (QEMU logs: UTC date and time)"),
        DELTA("Time since the previous event");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The mode of a stored name, or the default for anything else. */
        public static Mode of(String name) {
            for (Mode m : values()) {
                if (m.name().equals(name)) {
                    return m;
                }
            }
            return RELATIVE;
        }
    }

    /** Times at or after this (1973 in Unix nanoseconds) are taken as a wall clock (QEMU's host clock). */
    static final long WALL_CLOCK = 100_000_000L * 1_000_000_000L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Mode mode;
    private final long start;
    private final int decimals;

    /**
     * @param start    the time of the trace's first event (relative times count from it)
     * @param decimals 6 for a trace with microsecond times, 9 for nanoseconds
     */
    public TimeFormat(Mode mode, long start, int decimals) {
        this.mode = mode;
        this.start = start;
        this.decimals = decimals;
    }

    public Mode mode() {
        return mode;
    }

    public long start() {
        return start;
    }

    /** Decimals shown: 6 or 9. */
    public int decimals() {
        return decimals;
    }

    /** The title of a column of times in this form. */
    public String columnTitle() {
        return switch (mode) {
            case RELATIVE -> "Time (s from start)";
            case ABSOLUTE -> "Time";
            case DELTA -> "Δ time (s)";
        };
    }

    /** An event's time; {@code previous} is the previous event's time (only the delta form reads it). */
    public String format(long time, long previous) {
        return switch (mode) {
            case RELATIVE -> seconds(time - start, decimals, false) + " s";
            case ABSOLUTE -> absolute(time);
            case DELTA -> seconds(time - previous, decimals, true) + " s";
        };
    }

    /** A point in time in this form; the delta form writes it relative to the start. */
    public String point(long time) {
        return mode == Mode.ABSOLUTE ? absolute(time) : seconds(time - start, decimals, false) + " s";
    }

    private String absolute(long time) {
        if (time < WALL_CLOCK) {
            return seconds(time, decimals, false) + " s";
        }
        long secs = Math.floorDiv(time, 1_000_000_000L);
        long frac = Math.floorMod(time, 1_000_000_000L);
        StringBuilder sb = new StringBuilder(DATE.format(Instant.ofEpochSecond(secs))).append('.');
        appendFraction(sb, frac, decimals);
        return sb.toString();
    }

    /**
     * Nanoseconds as seconds with {@code decimals} decimals grouped by three ({@code 12.345 678}); a plus
     * sign before positive values when {@code signed}.
     */
    public static String seconds(long ns, int decimals, boolean signed) {
        StringBuilder sb = new StringBuilder(24);
        if (ns < 0) {
            sb.append('-');
        } else if (signed) {
            sb.append('+');
        }
        long a = Math.abs(ns);
        sb.append(a / 1_000_000_000L);
        if (decimals > 0) {
            sb.append('.');
            appendFraction(sb, a % 1_000_000_000L, decimals);
        }
        return sb.toString();
    }

    private static void appendFraction(StringBuilder sb, long nanos, int decimals) {
        String f = String.format(java.util.Locale.ROOT, "%09d", nanos).substring(0, decimals);
        for (int i = 0; i < f.length(); i += 3) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(f, i, Math.min(f.length(), i + 3));
        }
    }

    /** A duration in the unit that suits it ({@code 850 ns}, {@code 12.4 µs}, {@code 3.21 ms}, {@code 1.500 s}). */
    public static String duration(long ns) {
        double a = Math.abs((double) ns);
        if (a < 1_000) {
            return ns + " ns";
        }
        if (a < 1_000_000) {
            return String.format(java.util.Locale.ROOT, "%.1f µs", ns / 1e3);
        }
        if (a < 1_000_000_000) {
            return String.format(java.util.Locale.ROOT, "%.2f ms", ns / 1e6);
        }
        return String.format(java.util.Locale.ROOT, "%.3f s", ns / 1e9);
    }
}
