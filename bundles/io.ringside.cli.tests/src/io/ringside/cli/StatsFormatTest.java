package io.ringside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The ratio {@code stats} prints with three decimals, rounded half up on the exact fraction. */
class StatsFormatTest {

    @Test
    void thousandthsRoundHalfUpOnTheExactRatio() {
        assertEquals("0.000", StatsCommand.thousandths(0, 7));
        assertEquals("5.000", StatsCommand.thousandths(5, 1));
        assertEquals("0.333", StatsCommand.thousandths(1, 3));
        assertEquals("0.667", StatsCommand.thousandths(2, 3));
        assertEquals("1.880", StatsCommand.thousandths(3759, 2000)); // 1.8795: a tie, up
        assertEquals("1.879", StatsCommand.thousandths(37589, 20000)); // 1.87945: below the tie
        assertEquals("0.001", StatsCommand.thousandths(1, 2000)); // 0.0005
        assertEquals("0.000", StatsCommand.thousandths(1, 2001));
        assertEquals("0.010", StatsCommand.thousandths(1, 100));
        assertEquals("12.345", StatsCommand.thousandths(12345, 1000));
        assertEquals("2.000", StatsCommand.thousandths(64_000_000_000L, 32_000_000_000L));
    }
}
