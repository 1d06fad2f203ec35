package io.ringside.cli.args;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link Args} on its own: the forms it accepts, its messages, and the usage text it generates. */
class ArgsTest {

    /** A command line with one of everything, its values kept in fields. */
    static final class Cmd {
        Path file;
        final List<String> rest = new ArrayList<>();
        Path output;
        Integer max;
        Long at;
        boolean json;
        boolean quiet;
        final List<String> tags = new ArrayList<>();
        String name;
        final Args args = new Args("p c");

        Cmd() {
            args.description("Does things to a FILE.", "Second paragraph.");
            args.param("FILE", Args.PATH, v -> file = v, "The file.");
            args.param("REST", Args.STRING, rest::add, "Anything else.").optional().repeatable();
            args.option("-o, --output", "FILE", Args.PATH, v -> output = v, "Where to write.");
            args.option("--max", "N", Args.INT, v -> max = v, "At most this many.");
            args.option("--at", "N", Args.LONG, v -> at = v, "Where.");
            args.flag("--json", v -> json = v, "JSON output.");
            args.flag("-q, --quiet", v -> quiet = v, "Say less.");
            args.option("-t, --tag", "TAG", Args.STRING, tags::add, "A tag (repeatable).").repeatable();
            args.option("--name", "NAME", Args.STRING, v -> {
                if (v.isEmpty()) {
                    throw new IllegalArgumentException("a name cannot be empty");
                }
                name = v;
            }, "A non-empty name.");
            args.helpAndVersion("prog 1.0");
        }

        Cmd parse(String... a) {
            args.parse(a, 0);
            return this;
        }
    }

    static String error(String... a) {
        return assertThrows(ArgsException.class, () -> new Cmd().parse(a)).getMessage();
    }

    @Test
    void valuesInEveryForm() {
        Cmd c = new Cmd().parse("f.txt", "--max", "7", "--at=-3", "-o", "out1");
        assertEquals(Path.of("f.txt"), c.file);
        assertEquals(7, c.max);
        assertEquals(-3L, c.at);
        assertEquals(Path.of("out1"), c.output);
        assertEquals(Path.of("out2"), new Cmd().parse("f", "-oout2").output);
        assertEquals(Path.of("out3"), new Cmd().parse("f", "-o=out3").output);
        assertEquals(Path.of("out4"), new Cmd().parse("f", "--output=out4").output);
        assertEquals(Path.of("out5"), new Cmd().parse("--output", "out5", "f").output, "options before parameters");
        assertEquals("a=b", new Cmd().parse("f", "--name=a=b").name, "only the first = splits");
        assertEquals("", new Cmd().parse("f", "-t", "").tags.get(0), "an empty value is a value");
    }

    @Test
    void aValueMayStartWithADashUnlessItIsAnOption() {
        assertEquals(-1L, new Cmd().parse("f", "--at", "-1").at);
        assertEquals("-x", new Cmd().parse("f", "--name", "-x").name);
        assertEquals("Missing value for option '--output' (FILE)", error("f", "-o", "--json"));
        assertEquals("Missing value for option '--output' (FILE)", error("f", "--output", "--max=3"));
        assertEquals("Missing value for option '--output' (FILE)", error("f", "--output", "--"));
        assertEquals("Missing value for option '--max' (N)", error("f", "--max"));
    }

    @Test
    void flagsAndClusters() {
        Cmd c = new Cmd().parse("f", "--json", "-q");
        assertTrue(c.json);
        assertTrue(c.quiet);
        assertFalse(new Cmd().parse("f").json);
        assertFalse(new Cmd().parse("f", "--json=false").json);
        assertTrue(new Cmd().parse("f", "--json=TRUE").json);
        assertTrue(new Cmd().parse("f", "--json", "--json").json, "a flag may be repeated");
        Cmd k = new Cmd().parse("f", "-qtred");
        assertTrue(k.quiet);
        assertEquals(List.of("red"), k.tags, "a short option with a value ends the cluster");
        Cmd k2 = new Cmd().parse("f", "-qt", "blue");
        assertEquals(List.of("blue"), k2.tags);
        assertEquals("Invalid value for option '--json': 'yes' is not a boolean", error("f", "--json=yes"));
    }

    @Test
    void repeatableOptionsKeepTheirOrder() {
        Cmd c = new Cmd().parse("-t", "a", "f", "--tag=b", "-tc", "--tag", "d");
        assertEquals(List.of("a", "b", "c", "d"), c.tags);
        assertEquals("Option '--max' should be specified only once", error("f", "--max", "1", "--max=2"));
    }

    @Test
    void parametersInOrderAndDoubleDashEndsOptions() {
        Cmd c = new Cmd().parse("first", "second", "--json", "third");
        assertEquals(Path.of("first"), c.file);
        assertEquals(List.of("second", "third"), c.rest);
        assertTrue(c.json);
        Cmd d = new Cmd().parse("--", "--json", "-o", "--", "x");
        assertEquals(Path.of("--json"), d.file);
        assertEquals(List.of("-o", "--", "x"), d.rest, "after --, even -- is a parameter");
        assertFalse(d.json);
        assertNull(d.output);
        Cmd dash = new Cmd().parse("-");
        assertEquals(Path.of("-"), dash.file, "a lone - is a parameter (stdin by convention)");
    }

    @Test
    void unknownOptions() {
        assertEquals("Unknown option: '--foo'", error("f", "--foo"));
        assertEquals("Unknown option: '--foo=bar'", error("f", "--foo=bar"));
        assertEquals("Unknown option: '-x'", error("f", "-x"));
        assertEquals("Unknown option: '-qx' ('-x' is not an option)", error("f", "-qx"));
        assertEquals("Unknown option: '-json'", error("f", "-json"), "long names need two dashes");
    }

    @Test
    void missingRequiredParametersAndOptions() {
        assertEquals("Missing required parameter: 'FILE'", error());
        assertEquals("Missing required parameter: 'FILE'", error("--json"));
        Args two = new Args("p");
        two.param("A", Args.STRING, v -> { });
        two.param("B", Args.STRING, v -> { });
        assertEquals("Missing required parameters: 'A', 'B'",
                assertThrows(ArgsException.class, () -> two.parse(new String[0], 0)).getMessage());
        assertEquals("Missing required parameter: 'B'",
                assertThrows(ArgsException.class, () -> two.parse(new String[] { "a" }, 0)).getMessage());
        Args req = new Args("p");
        req.option("-o, --output", "FILE", Args.PATH, v -> { }).required();
        req.option("--mode", "M", Args.STRING, v -> { }).required();
        req.param("LOG", Args.STRING, v -> { });
        assertEquals("Missing required option: '--mode=M'",
                assertThrows(ArgsException.class, () -> req.parse(new String[] { "log", "-o", "x" }, 0)).getMessage());
        assertEquals("Missing required options: '--output=FILE', '--mode=M'",
                assertThrows(ArgsException.class, () -> req.parse(new String[] { "log" }, 0)).getMessage());
        assertEquals("Missing required options and parameters: '--output=FILE', '--mode=M', 'LOG'",
                assertThrows(ArgsException.class, () -> req.parse(new String[0], 0)).getMessage());
        req.parse(new String[] { "--mode", "m", "log", "--output=x" }, 0); // satisfied: no exception
    }

    @Test
    void unmatchedArgumentsCountFromTheFirstArgument() {
        Args one = new Args("p");
        one.param("FILE", Args.STRING, v -> { });
        one.flag("--debug", v -> { });
        ArgsException e = assertThrows(ArgsException.class,
                () -> one.parse(new String[] { "cmd", "--debug", "a", "b" }, 1));
        assertEquals("Unmatched argument at index 3: 'b'", e.getMessage());
        assertEquals("p", e.command());
        assertEquals("Unmatched arguments from index 2: 'b', 'c'",
                assertThrows(ArgsException.class, () -> one.parse(new String[] { "cmd", "a", "b", "c" }, 1)).getMessage());
    }

    @Test
    void typedValues() {
        assertEquals("Invalid value for option '--max': 'x' is not an int", error("f", "--max", "x"));
        assertEquals("Invalid value for option '--max': '99999999999' is not an int", error("f", "--max=99999999999"));
        assertEquals("Invalid value for option '--max': '0x10' is not an int", error("f", "--max", "0x10"));
        assertEquals("Invalid value for option '--max': '' is not an int", error("f", "--max="));
        assertEquals("Invalid value for option '--at': '1.5' is not a long", error("f", "--at", "1.5"));
        assertEquals(99999999999L, new Cmd().parse("f", "--at", "99999999999").at);
        assertEquals(5, new Cmd().parse("f", "--max", "+5").max);
        assertEquals("Invalid value for parameter 'FILE': 'a\0b' is not a path (Nul character not allowed)",
                error("a\0b"));
        assertEquals("Invalid value for option '--name': a name cannot be empty", error("f", "--name="),
                "a setter's IllegalArgumentException is the value's problem");
    }

    @Test
    void theFirstMistakeIsReported() {
        assertEquals("Unknown option: '--foo'", error("--foo", "--max", "x"));
        assertEquals("Invalid value for option '--max': 'x' is not an int", error("--max", "x", "--foo"));
    }

    @Test
    void helpAndVersionWinOverMistakes() {
        Cmd h = new Cmd();
        h.args.parse(new String[] { "--foo", "--max", "x", "--help" }, 0);
        assertTrue(h.args.helpRequested());
        assertFalse(h.args.versionRequested());
        Cmd v = new Cmd();
        v.args.parse(new String[] { "-V" }, 0); // FILE missing, but the version was asked for
        assertTrue(v.args.versionRequested());
        Cmd both = new Cmd();
        both.args.parse(new String[] { "-hV" }, 0);
        assertTrue(both.args.helpRequested() && both.args.versionRequested());
        Cmd no = new Cmd();
        no.args.parse(new String[] { "f", "--help=false" }, 0);
        assertFalse(no.args.helpRequested());
        Cmd again = new Cmd(); // each parse starts afresh
        again.args.parse(new String[] { "-h" }, 0);
        again.args.parse(new String[] { "f" }, 0);
        assertFalse(again.args.helpRequested());
    }

    @Test
    void aProgramWithCommandsStopsAtTheCommandName() {
        boolean[] debug = new boolean[1];
        Args top = new Args("prog").takesCommand().helpAndVersion("prog 1.0");
        top.flag("--debug", v -> debug[0] = v);
        String[] line = { "--debug", "stats", "--json", "x" };
        assertEquals(1, top.parse(line, 0));
        assertTrue(debug[0]);
        assertEquals(0, top.parse(new String[] { "stats" }, 0));
        assertEquals(1, top.parse(new String[] { "--", "-weird" }, 0), "after --, a name may start with -");
        assertEquals(0, top.parse(new String[0], 0), "no command: args.length");
        assertEquals("Unknown option: '--json'",
                assertThrows(ArgsException.class, () -> top.parse(new String[] { "--json", "stats" }, 0)).getMessage());
    }

    @Test
    void declarationMistakesAreCaught() {
        Args a = new Args("p");
        a.flag("-q, --quiet", v -> { });
        assertThrows(IllegalArgumentException.class, () -> a.flag("--quiet", v -> { }));
        assertThrows(IllegalArgumentException.class, () -> a.flag("-q", v -> { }));
        assertThrows(IllegalArgumentException.class, () -> a.flag("quiet", v -> { }));
        assertThrows(IllegalArgumentException.class, () -> a.flag("-ab", v -> { }), "one dash, one letter");
        assertThrows(IllegalArgumentException.class, () -> a.flag("--x=y", v -> { }));
        assertThrows(IllegalArgumentException.class, () -> a.option("--n", "", Args.INT, v -> { }));
        a.param("A", Args.STRING, v -> { }).repeatable();
        assertThrows(IllegalArgumentException.class, () -> a.param("B", Args.STRING, v -> { }));
        assertThrows(IllegalArgumentException.class, () -> a.takesCommand());
    }

    @Test
    void usageText() {
        String u = new Cmd().args.usage();
        String[] lines = u.split("\n");
        assertEquals("Usage: p c [-hqV] [--json] [--at=N] [--max=N] [--name=NAME] [-o=FILE] [-t=TAG]... FILE [REST...]",
                lines[0]);
        assertEquals("Does things to a FILE.", lines[1]);
        assertEquals("Second paragraph.", lines[2]);
        assertEquals("      FILE           The file.", lines[3]);
        assertEquals("      [REST...]      Anything else.", lines[4]);
        assertEquals("      --at=N         Where.", lines[5]);
        assertEquals("  -h, --help         Show this help message and exit.", lines[6]);
        assertEquals("      --json         JSON output.", lines[7]);
        assertEquals("      --max=N        At most this many.", lines[8]);
        assertEquals("      --name=NAME    A non-empty name.", lines[9]);
        assertEquals("  -o, --output=FILE  Where to write.", lines[10]);
        assertEquals("  -q, --quiet        Say less.", lines[11]);
        assertEquals("  -t, --tag=TAG      A tag (repeatable).", lines[12]);
        assertEquals("  -V, --version      Print version information and exit.", lines[13]);
        assertEquals(14, lines.length);
    }

    @Test
    void usageWrapsLongSynopsesDescriptionsAndCells() {
        Args a = new Args("prog wide");
        String word = "word ";
        a.description(word.repeat(30).strip());
        for (int i = 0; i < 12; i++) {
            a.option("--opt-" + i, "VALUE", Args.STRING, v -> { }, i == 0 ? word.repeat(40).strip() : "Short.");
        }
        a.option("--a-very-long-option-name-indeed", "SOME|VALUES", Args.STRING, v -> { }, "Goes below its cell.");
        a.flag("--debug", v -> { }, "Listed, but not in the synopsis.").global();
        String u = a.usage();
        String[] lines = u.split("\n");
        assertFalse(u.contains("[--debug]"), u);
        assertTrue(u.contains("\n      --debug" + " ".repeat(9) + "Listed, but not in the synopsis.\n"), u);
        for (String l : lines) {
            assertTrue(l.length() <= Args.WIDTH, l.length() + ": " + l);
            assertEquals(l.stripTrailing(), l, "no trailing spaces");
        }
        assertTrue(lines[0].startsWith("Usage: prog wide [--a-very-long-option-name-indeed=SOME|VALUES]"), lines[0]);
        assertTrue(lines[1].startsWith(" ".repeat("Usage: prog wide ".length()) + "["), "synopsis continues aligned: "
                + lines[1]);
        int cell = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals("      --a-very-long-option-name-indeed=SOME|VALUES")) {
                cell = i;
            }
        }
        assertTrue(cell > 0, "a cell too wide for the column stands alone:\n" + String.join("\n", lines));
        String col = " ".repeat("      --opt-10=VALUE  ".length());
        assertEquals(col + "Goes below its cell.", lines[cell + 1]);
        int first = cell + 1 + 2; // --debug, then --opt-0, whose description wraps with 2 more spaces
        assertTrue(lines[first].startsWith("      --opt-0=VALUE   word word"), lines[first]);
        assertTrue(lines[first + 1].startsWith(col + "  word"), lines[first + 1]);
    }

    @Test
    void footerKeepsItsColumnsAndCommandsAreListed() {
        Args a = new Args("prog").takesCommand().helpAndVersion("prog 1.0");
        a.command("one", "The first command.").command("three", "The third.");
        a.footer("", "  spec=N     what it does (50%)", "Last line.");
        String u = a.usage();
        assertTrue(u.startsWith("Usage: prog [-hV] [COMMAND]\n"), u);
        assertTrue(u.contains("\nCommands:\n  one    The first command.\n  three  The third.\n"), u);
        assertTrue(u.endsWith("\n\n  spec=N     what it does (50%)\nLast line.\n"), u);
    }

    @Test
    void wrapKeepsSpacingUnlessItBreaksAndNeverCutsWords() {
        List<String> out = new ArrayList<>();
        Args.wrapInto(out, "", "  a   b    c", 20, "  ");
        assertEquals(List.of("  a   b    c"), out);
        out.clear();
        Args.wrapInto(out, "> ", "aaa bbb ccc ddd", 10, "    ");
        assertEquals(List.of("> aaa bbb", "    ccc", "    ddd"), out);
        out.clear();
        Args.wrapInto(out, "", "x " + "y".repeat(30) + " z", 10, "");
        assertEquals(List.of("x", "y".repeat(30), "z"), out);
        out.clear();
        Args.wrapInto(out, "", "", 10, "");
        assertEquals(List.of(""), out);
    }
}
