package io.ringside.cli;

import java.math.BigDecimal;

/** Durations on the command line: a number and a unit, {@code 10ms}, {@code 0.5s}, {@code 250us}, {@code 100ns}. */
final class Durations {

    private Durations() {
    }

    /**
     * The duration in nanoseconds (at least 1).
     *
     * @throws CliException naming the option, for a missing or unknown unit, a number that does not parse,
     *             zero or less, a fraction of a nanosecond or more than 2^63 - 1 ns
     */
    static long parseNs(String option, String text) {
        String t = text.trim();
        int i = 0;
        while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) {
            i++;
        }
        String number = t.substring(0, i);
        String unit = t.substring(i).trim();
        long scale = switch (unit) {
            case "ns" -> 1L;
            case "us", "µs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            default -> -1L;
        };
        if (!number.isEmpty() && unit.isEmpty() && number.matches("0*\\.?0*")) {
            throw new CliException(option + ": the duration must be more than 0, not '" + text + "'");
        }
        if (number.isEmpty() || scale < 0) {
            throw new CliException(option + ": '" + text + "' is not a duration (a number and a unit: ns, us, ms or s;"
                    + " for example 10ms)");
        }
        BigDecimal ns;
        try {
            ns = new BigDecimal(number).multiply(BigDecimal.valueOf(scale));
        } catch (NumberFormatException e) {
            throw new CliException(option + ": '" + text + "' is not a duration (a number and a unit: ns, us, ms or s)");
        }
        if (ns.signum() <= 0) {
            throw new CliException(option + ": the duration must be more than 0, not '" + text + "'");
        }
        try {
            return ns.toBigIntegerExact().longValueExact();
        } catch (ArithmeticException e) {
            throw new CliException(option + ": '" + text + "' is not a whole number of nanoseconds below 2^63");
        }
    }
}
