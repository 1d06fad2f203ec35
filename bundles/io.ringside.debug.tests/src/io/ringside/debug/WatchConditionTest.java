package io.ringside.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WatchConditionTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "value == 0; 0; 5; 0; 1",
            "value == 0; 1; 5; 0; 0",
            "delta > 1; 7; 5; 2; 1",
            "delta > 1; 6; 5; 1; 0",
            "value != old && value % 2 == 0; 6; 5; 1; 1",
            "value != old && value % 2 == 0; 6; 6; 0; 0",
            "1 + 2 * 3; 0; 0; 0; 7",
            "(1 + 2) * 3; 0; 0; 0; 9",
            "value & 0x8000; 32769; 0; 0; 32768",
            "value | 1 == 1; 2; 0; 0; 3",
            "!(value < old) || delta == 0; 3; 4; 0; 1",
            "-value + 10; 4; 0; 0; 6",
            "value / 0; 4; 0; 0; 0",
            "value >= 10 && value <= 20; 15; 0; 0; 1",
            "0x10 ^ 0x01; 0; 0; 0; 17" })
    void evaluates(String text, long value, long old, long delta, long expected) {
        assertEquals(expected, WatchCondition.parse(text).evaluate(value, old, delta), text);
    }

    @Test
    void testIsTruthOfTheValue() {
        assertTrue(WatchCondition.parse("delta").test(0, 0, 3));
        assertFalse(WatchCondition.parse("delta").test(0, 0, 0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = { "value ==; column", "foo > 1; unknown name 'foo'", "(value; expected ')'",
            "value == 1 2; unexpected '2'", "0xZZ; bad number", "; empty" })
    void rejectsWithAReason(String text, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WatchCondition.parse(text == null ? "" : text));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void nestingAndLengthAreBounded() {
        String deep = "(".repeat(40) + "1" + ")".repeat(40);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WatchCondition.parse(deep));
        assertTrue(e.getMessage().contains("nested"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WatchCondition.parse("1+".repeat(200) + "1"));
        assertThrows(IllegalArgumentException.class, () -> WatchCondition.parse("!".repeat(100) + "1"));
        assertEquals(1, WatchCondition.parse("((((1))))").evaluate(0, 0, 0));
    }
}
