package io.ringside.qemu.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.ringside.core.trace.TraceFormatException;

/**
 * The line prefixes of QEMU's log backend: {@code tid@sec.usec:} (QEMU 6.0 to 10.0) and the ISO 8601 UTC
 * time of QEMU 10.1+ ({@code 2026-12-05T23:55:41.169785Z }): times (against java.time), malformed
 * prefixes (an error naming line and column; {@code --lenient} skips them), lines that only look like
 * prefixes, logs that mix prefixes, and times that go backwards.
 */
class TimePrefixTest {

    private static final String EVENT = "virtqueue_flush vq 0x1 count 1";

    private static LogReader reader(String text, boolean lenient) {
        return LogReaderTest.reader(text, lenient);
    }

    private static List<Long> times(LogReader r) throws IOException {
        List<Long> out = new ArrayList<>();
        LogRecord rec = new LogRecord();
        while (r.next(rec)) {
            out.add(rec.timeNs);
        }
        return out;
    }

    @Test
    void isoTimesAreNanosecondsSince1970AsJavaTimeCountsThem() throws IOException {
        Random rnd = new Random(11);
        StringBuilder log = new StringBuilder();
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            // any second from 1970 to 2261, with 0 to 9 digits of fraction (GLib writes 6, or none when 0)
            long sec = (long) (rnd.nextDouble() * (LocalDateTime.of(2262, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC) - 1));
            int digits = i < 10 ? 0 : rnd.nextInt(10);
            long frac = digits == 0 ? 0 : (long) (rnd.nextDouble() * Math.pow(10, digits));
            String f = digits == 0 ? "" : "." + String.format("%0" + digits + "d", frac);
            LocalDateTime t = LocalDateTime.ofEpochSecond(sec, 0, ZoneOffset.UTC);
            log.append(String.format("%04d-%02d-%02dT%02d:%02d:%02d%sZ ", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                    t.getHour(), t.getMinute(), t.getSecond(), f)).append(EVENT).append('\n');
            Instant in = Instant.ofEpochSecond(sec);
            expected.add(in.getEpochSecond() * 1_000_000_000L + (digits == 0 ? 0 : frac * (long) Math.pow(10, 9 - digits)));
        }
        // times go backwards here all the time: counted, not fatal
        LogReader r = reader(log.toString(), false);
        assertEquals(expected, times(r));
        long back = 0;
        long first = 0;
        for (int i = 1; i < expected.size(); i++) {
            if (expected.get(i) < expected.get(i - 1)) {
                back++;
                first = first == 0 ? i + 1 : first;
            }
        }
        assertEquals(back, r.timeBackwards());
        assertEquals(first, r.firstTimeBackwards());
    }

    @Test
    void leapDaysAndMonthEnds() throws IOException {
        String[] good = {"2024-02-29T00:00:00Z", "2000-02-29T23:59:59.999999Z", "1970-01-01T00:00:00.000001Z",
                "2261-12-31T23:59:59.999999999Z", "2026-12-31T12:00:00.5Z"};
        for (String g : good) {
            List<Long> t = times(reader(g + " " + EVENT + "\n", false));
            Instant in = Instant.parse(g);
            assertEquals(List.of(in.getEpochSecond() * 1_000_000_000L + in.getNano()), t, g);
        }
    }

    /** A malformed prefix, and the column (from 1) where it stops matching. */
    private record Bad(String prefix, int column) {
    }

    @Test
    void malformedPrefixesAreErrorsNamingLineAndColumn() throws IOException {
        Bad[] bad = {new Bad("2026-12-05T23:55:41.169785 ", 27), // no Z
                new Bad("2026-12-05T23:55:41.169785Zvirtqueue", 28), // no space after Z
                new Bad("2026-13-05T23:55:41.169785Z ", 6), // month 13
                new Bad("2025-02-29T23:55:41.169785Z ", 9), // not a leap year
                new Bad("2026-12-05T24:00:00.000000Z ", 12), new Bad("2026-12-05T23:60:00Z ", 15),
                new Bad("2026-12-05T23:59:60Z ", 18), // GLib never writes a leap second
                new Bad("2026-12-05 23:55:41.169785Z ", 11), new Bad("2026-12-5T23:55:41.169785Z ", 10),
                new Bad("2026-12-05T23:55:41.Z ", 21), // a '.' without digits
                new Bad("2026-12-05T23:55:41.1234567891Z ", 30), // ten digits of fraction
                new Bad("1969-12-31T23:59:59Z ", 1), new Bad("2262-04-12T00:00:00Z ", 1), // outside long nanoseconds
                new Bad("2026-12-05T23:5", 16), // cut short
                new Bad("12@1795246799:", 14), new Bad("12@.5:", 4), new Bad("12@1795246799.5 ", 16),
                new Bad("12@1795246799.:", 15), new Bad("12345678901@1.5:", 1), // more than a C int of thread id
                new Bad("2147483648@1.5:", 1), new Bad("12@99999999999.5:", 15)}; // seconds beyond long nanoseconds
        for (Bad b : bad) {
            String log = "2026-12-05T23:55:41.169784Z " + EVENT + "\n" + b.prefix() + EVENT + "\n";
            if (b.prefix().contains("@")) {
                log = "12@1795246799.5:" + EVENT + "\n" + b.prefix() + EVENT + "\n";
            }
            String l = log;
            TraceFormatException e = assertThrows(TraceFormatException.class, () -> times(reader(l, false)), b.prefix());
            assertEquals(2, e.line(), b.prefix());
            assertTrue(e.getMessage().contains("malformed time prefix at column " + b.column() + ":"), b.prefix() + ": " + e.getMessage());
            assertTrue(e.getMessage().contains("--lenient"), e.getMessage());
            LogReader r = reader(log, true);
            assertEquals(1, times(r).size(), b.prefix());
            assertEquals(1, r.badLines(), b.prefix());
            assertTrue(r.badExamples().get(0).startsWith("t.log:2: malformed time prefix"), r.badExamples().get(0));
        }
        // the largest accepted: a C int of thread id, seconds whose nanoseconds fit in a long
        List<Long> t = times(reader("2147483647@" + TimePrefix.MAX_SECONDS + ".5:" + EVENT + "\n", false));
        assertEquals(List.of(TimePrefix.MAX_SECONDS * 1_000_000_000L + 500_000_000L), t);
    }

    @Test
    void linesThatDoNotStartLikeAPrefixAreForeign() throws IOException {
        String log = "2026-12-05T23:55:41.169785Z " + EVENT + "\n" + "123 things happened\n" + "20261-12-05 text\n"
                + "2026/12/05 text\n" + "2026-12-05T23:55:41.169785Z qemu-system-x86_64: warning: something\n"
                + "2026-12-05T23:55:41.169786Z\n" + "2026-12-05T23:55:41.169787Z " + EVENT + "\n";
        LogReader r = reader(log, false);
        assertEquals(2, times(r).size());
        assertEquals(5, r.foreignLines());
        assertEquals(2, r.firstForeignLine());
    }

    @Test
    void aLogThatMixesPrefixesIsAnErrorNamingTheLineEvenWhenLenient() {
        String iso = "2026-12-05T23:55:41.169785Z ";
        String tid = "12@1795246799.5:";
        String[][] logs = {{iso, tid}, {tid, iso}, {tid, ""}, {"", iso}};
        for (String[] pair : logs) {
            String log = pair[0] + EVENT + "\nforeign text\n" + pair[0] + EVENT + "\n" + pair[1] + EVENT + "\n";
            for (boolean lenient : new boolean[] {false, true}) {
                TraceFormatException e = assertThrows(TraceFormatException.class, () -> times(reader(log, lenient)));
                assertEquals(4, e.line(), log);
                assertTrue(e.getMessage().contains("mixes prefixes"), e.getMessage());
            }
        }
    }

    @Test
    void epochDayOfTheCalendar() {
        for (int y = 1970; y <= 2261; y += 7) {
            for (int m = 1; m <= 12; m++) {
                assertEquals(java.time.LocalDate.of(y, m, 28).toEpochDay(), TimePrefix.epochDay(y, m, 28), y + "-" + m);
            }
        }
    }
}
