package io.ringside.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
                Arguments.of(H + "{\"ev\":\"t_tick\",\"d\":-1}\n", ":2: \"d\" = -1 is negative"),
                Arguments.of(H + "{\"ev\":\"t_tick\",\"d\":\"0xffffffffffffffff\"}\n",
                        ":2: device id 18446744073709551615 is out of range [0, 1048576]"),
                // issue 23 item 1: negative numbers in unsigned fields, values beyond a field's width
                Arguments.of(H + "{\"ev\":\"t_write\",\"addr\":-1,\"len\":1}\n", ":2: \"addr\" = -1 is negative"),
                Arguments.of(H + "{\"ev\":\"t_write\",\"addr\":1,\"len\":-4096}\n", ":2: \"len\" = -4096 is negative"),
                Arguments.of(H + "{\"ev\":\"t_tick\",\"t\":-1}\n", ":2: \"t\" = -1 is negative"),
                Arguments.of(H + "{\"ev\":\"t_tick\",\"value\":-18446744073709551616}\n", ":2: \"value\" = -18446744073709551616 is negative"),
                Arguments.of(H + "{\"ev\":\"t_write\",\"addr\":1,\"len\":4294967296}\n",
                        ":2: \"len\" = 4294967296 does not fit in the 32 bits of the field (t_write.len is at most 4294967295)"),
                Arguments.of(H + "{\"ev\":\"t_write\",\"addr\":1,\"len\":1,\"flags\":\"0x10001\"}\n",
                        ":2: \"flags\" = 65537 does not fit in the 16 bits"),
                Arguments.of(H.replace("\"devices\":[]", "\"devices\":[{\"id\":0,\"type\":\"x\",\"queues\":[{\"index\":0,\"size\":-1}]}]"),
                        ":1: \"queues[].size\" = -1 is negative"),
                // issue 23 item 8: messages and what the format forbids
                Arguments.of(H.replace("\"devices\":[]", "\"devices\":[{\"id\":0,\"type\":\"x\",\"queues\":[{\"index\":0,\"size\":\"0xffffffffffffffff\"}]}]"),
                        ":1: queue size 18446744073709551615 is out of range [0, 65536]"),
                Arguments.of(H + "{\"ev\":\"t_tick\",\"value\":1.5}\n", ":2: \"value\" must be an unsigned integer, found 1.5"),
                Arguments.of(H + "{\"ev\":\"t_tick\",\"value\":1e3}\n", ":2: \"value\" must be an unsigned integer, found 1e3"),
                Arguments.of(H + "{\"ev\":\"t_tick\"}\n\n{\"ev\":\"t_tick\"}\n", ":4: line 3 is blank"),
                Arguments.of(H + "{\"ev\":\"t_tick\"}\n   \n{\"ev\":\"t_tick\"}\n", ":4: line 3 is blank"),
                Arguments.of("\n" + H + "{\"ev\":\"t_tick\"}\n", ":1: the header must be on line 1"),
                Arguments.of(H.replace(",\"devices\"", ",\n\"devices\"") + "{\"ev\":\"t_tick\"}\n", ":1: the header must be one line"),
                Arguments.of(H + "{\"ev\":\"t_tick\"} {\"ev\":\"t_tick\"}\n", ":2: a second event on the line"),
                Arguments.of(H.trim() + "{\"ev\":\"t_tick\"}\n", ":1: a second event on the line"),
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

    /** What the format allows at the edges: a trailing blank line, every field at its largest value. */
    @ParameterizedTest
    @MethodSource("acceptedCases")
    void accepted(String text, int events) throws IOException {
        try (TraceReader r = new TraceReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "ok.rstrace",
                TraceRoundTripTest.registry())) {
            TraceEvent e = new TraceEvent();
            int n = 0;
            while (r.next(e)) {
                n++;
            }
            assertEquals(events, n);
        }
    }

    static Stream<Arguments> acceptedCases() {
        return Stream.of(
                Arguments.of(H + "{\"ev\":\"t_tick\"}\n\n", 1),
                Arguments.of(H + "{\"ev\":\"t_tick\"}\r\n{\"ev\":\"t_tick\"}\r\n", 2),
                Arguments.of(H + "{\"ev\":\"t_write\",\"addr\":\"18446744073709551615\",\"len\":4294967295,\"flags\":65535}\n", 1),
                Arguments.of(H + "{\"ev\":\"t_tick\",\"t\":0,\"value\":\"0xffffffffffffffff\"}\n", 1));
    }
}
