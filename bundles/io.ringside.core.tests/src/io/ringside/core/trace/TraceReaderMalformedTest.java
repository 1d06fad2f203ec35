package io.ringside.core.trace;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed traces give one {@link TraceFormatException} naming the line and saying what is wrong. */
class TraceReaderMalformedTest {

    static final String H = "{\"format\":\"ringside-trace\",\"version\":\"1.0\",\"level\":\"memory\",\"devices\":[]}\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("", ":1: empty file"),
                Arguments.of("hello\n", ":1: not a Ringside trace"),
                Arguments.of("[1,2]\n", ":1: not a Ringside trace"),
                Arguments.of("{\"format\":\"other\",\"version\":\"1.0\"}\n", "format 'other'"),
                Arguments.of("{\"format\":\"ringside-trace\",\"version\":\"2.0\"}\n", "newer than this Ringside reads"),
                Arguments.of("{\"format\":\"ringside-trace\",\"version\":\"x\"}\n", "not MAJOR.MINOR"),
                Arguments.of("{\"format\":\"ringside-trace\",\"version\":\"1.0\",\"level\":\"deep\"}\n", "level 'deep'"),
                Arguments.of("{\"format\":\"ringside-trace\",\"version\":\"1.0\",\"devices\":[{\"type\":\"x\"}]}\n", "needs \"id\""),
                Arguments.of("{\"format\":\"ringside-trace\",\"version\":\"1.0\"", ":1: malformed JSON"),
                Arguments.of(H + "{\"ev\":\"t_tick\",\"t\":1}\n{\"ev\":\"t_tick\",", ":3:"),
                Arguments.of(H + "{\"ev\":\"t_write\",\"addr\":1}\n", ":2: event \"t_write\" needs field \"len\""),
                Arguments.of(H + "{\"t\":1}\n", ":2: event has no \"ev\""),
                Arguments.of(H + "{\"ev\":\"t_tick\",\"value\":\"abc\"}\n", ":2: \"value\" must be a number"),
                Arguments.of(H + "{\"ev\":\"t_tick\",\"value\":18446744073709551616}\n", "does not fit in 64 bits"),
                Arguments.of(H + "{\"ev\":\"t_tick\",\"value\":[1]}\n", ":2: field \"value\" must be a number"),
                Arguments.of(H + "{\"ev\":\"t_tick\",\"d\":-1}\n", ":2: device id -1 is out of range"),
                Arguments.of(H + "{\"ev\":\"t_tick\",\n\"t\":1}\n", "an event must fit on one line"),
                Arguments.of(H + "{\"ev\":\"t_tick\"} garbage\n", ":2: malformed JSON"),
                Arguments.of(H + "42\n", ":2: expected an event object"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void rejected(String text, String expected) {
        TraceFormatException ex = assertThrows(TraceFormatException.class, () -> {
            try (TraceReader r = new TraceReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bad.rstrace",
                    TraceRoundTripTest.registry())) {
                TraceEvent e = new TraceEvent();
                while (r.next(e)) {
                    // read to the end
                }
            } catch (TraceFormatException e) {
                throw e;
            } catch (IOException e) {
                throw new AssertionError("not a TraceFormatException: " + e, e);
            }
        });
        assertTrue(ex.getMessage().startsWith("bad.rstrace"), ex.getMessage());
        assertTrue(ex.getMessage().contains(expected), ex.getMessage() + " should contain " + expected);
        assertTrue(!ex.getMessage().contains("\n"), "one line: " + ex.getMessage());
    }
}
