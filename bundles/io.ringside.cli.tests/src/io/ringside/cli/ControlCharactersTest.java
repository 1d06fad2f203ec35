package io.ringside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ringside.cli.MainTest.Run;

/**
 * Issue 23 item 3: text from the input (header strings, notes, unknown event names, file names) reaches
 * the terminal with its control characters escaped: no escape sequence gets through, and an error stays
 * one line.
 */
class ControlCharactersTest {

    /** ESC sequences (colour, clear screen, window title with BEL), CSI as a C1 byte, a newline, a bidi override. */
    static final String EVIL = "\\u001b[31mred\\u001b[2J\\u001b]0;owned\\u0007\\u009b1m\\nfake line\\u202e";

    @TempDir
    Path dir;

    /** No control character but the line ends (and tabs) in what a command printed. */
    static void assertClean(String what, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e;
            assertFalse(control, what + ": control character U+" + Integer.toHexString(c) + " at " + i + " in:\n" + text);
        }
        assertFalse(text.contains("\nfake line"), what + ": a newline from the input split a line:\n" + text);
    }

    private Path trace() throws IOException {
        Path f = dir.resolve("evil.rstrace");
        String header = Files.readString(MalformedInputTest.file("descriptor-loop.rstrace")).lines().findFirst().orElseThrow()
                .replace("\"producer\":\"test\"", "\"producer\":\"" + EVIL + "\",\"meta\":{\"workload\":\"" + EVIL + "\"}")
                .replace("\"type\":\"virtio-blk\"", "\"type\":\"virtio-blk" + EVIL + "\",\"name\":\"" + EVIL + "\"");
        Files.writeString(f, header + "\n"
                + "{\"ev\":\"mark\",\"t\":1,\"d\":0,\"q\":0,\"note\":\"" + EVIL + "\"}\n"
                + "{\"ev\":\"evil" + EVIL + "\",\"t\":2}\n"
                + "{\"ev\":\"used_idx\",\"t\":3,\"d\":0,\"q\":0,\"value\":1,\"note\":\"" + EVIL + "\"}\n");
        return f;
    }

    @Test
    void textFromTheTraceIsEscapedInEveryCommand() throws IOException {
        String f = trace().toString();
        String[][] commands = { { "check", f }, { "stats", f }, { "stats", "--json", f }, { "show", f, "--at", "0" },
            { "show", f, "--at", "1" }, { "show", "--json", f, "--at", "1" }, { "show", f, "--break-on", "violation" } };
        for (String[] c : commands) {
            Run r = MainTest.run(c);
            assertTrue(r.rc() <= 1, String.join(" ", c) + ": " + r.err());
            assertClean(String.join(" ", c) + " (stdout)", r.out());
            assertClean(String.join(" ", c) + " (stderr)", r.err());
        }
        Run show = MainTest.run("show", f, "--at", "0");
        assertTrue(show.out().contains("\\u001b[31mred"), "escaped, not dropped: " + show.out());
        assertTrue(show.out().contains("\\nfake line"), show.out());
        Run check = MainTest.run("check", f);
        assertTrue(check.err().contains("evil\\u001b[31mred"), "the unknown event kind, escaped: " + check.err());
        // the JSON stays JSON, and the escapes decode back to the text of the trace
        Run json = MainTest.run("show", "--json", f, "--at", "0");
        assertTrue(json.out().contains("\\u001B[31mred\\u001B[2J\\u001B]0;owned\\u0007\\u009b1m\\nfake line\\u202e"), json.out());
    }

    @Test
    void anErrorStaysOneLine() throws IOException {
        Path f = dir.resolve("evil\nname\u001b[31m.rstrace");
        Files.writeString(f, "{\"format\":\"ringside-trace\",\"version\":\"1." + EVIL + "\"}\n");
        Run r = MainTest.run("check", f.toString());
        assertEquals(2, r.rc());
        assertClean("error", r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("evil\\nname\\u001b[31m.rstrace") && r.err().contains("version '1.\\u001b[31mred"), r.err());
        Path g = dir.resolve("evil.rstrace");
        Files.writeString(g, "{\"format\":\"ringside-trace\",\"version\":\"1.0\",\"level\":\"" + EVIL + "\"}\n");
        Run l = MainTest.run("check", g.toString());
        assertEquals(1, l.err().strip().lines().count(), l.err());
        assertClean("error", l.err());
        Run a = MainTest.run("check", "--need-event", EVIL, g.toString());
        assertClean("argument error", a.err());
        Run u = MainTest.run("no-such-command" + EVIL);
        assertClean("unknown command", u.err());
    }

    /** Line ends and tabs pass; a lone carriage return (which would overwrite a line on a terminal) does not. */
    @Test
    void theFilterKeepsLineEnds() {
        StringWriter s = new StringWriter();
        try (PrintWriter w = new SafeOutput(new PrintWriter(s), false)) {
            w.print("a\tb\r\nc\rd\u001be\n");
            w.print("x\r");
            w.flush();
            w.print("\ny");
        }
        assertEquals("a\tb\r\nc\\rd\\u001be\nx\\r\ny", s.toString());
    }
}
