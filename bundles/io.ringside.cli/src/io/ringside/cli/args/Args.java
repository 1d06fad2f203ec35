package io.ringside.cli.args;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One command line: its options and positional parameters, each bound to a setter, the parser that feeds
 * them, and the usage text generated from them. It is plain code (no reflection, no annotations, no
 * regular expressions, no {@code java.util.Formatter}) so that parsing a command line costs next to nothing
 * at start-up.
 *
 * <p>Accepted forms: {@code --name VALUE}, {@code --name=VALUE}, {@code -n VALUE}, {@code -nVALUE},
 * {@code -n=VALUE}, clustered short flags ({@code -hV}), flags with an optional {@code =true} or
 * {@code =false}, and {@code --}, after which every argument is positional. Options and positional
 * parameters may come in any order; parameters are filled in declaration order, a repeatable one taking
 * all that remain. An option's value is the next argument even when it starts with {@code -} (so
 * {@code --at -1} reaches the command, which can say what is wrong with it), unless that argument is one of
 * this command line's option names or {@code --}: then the value is missing. A flag may be repeated; an
 * option with a value may be given once unless it is {@link Opt#repeatable() repeatable}.
 *
 * <p>{@link #parse} reports the first mistake as an {@link ArgsException}, unless {@code --help} or
 * {@code --version} is on the command line: then the caller prints what was asked for and nothing runs.
 * Values are converted and handed to their setters while parsing, so a setter may be called before a later
 * mistake is found; commands act on their fields only once parsing succeeded.
 *
 * <p>It is one class of some 800 lines on purpose: the declarations, the parser and the usage text all
 * work on the same lists of options and parameters, and nothing outside this package needs more than the
 * declaring methods, {@link #parse} and {@link #usage}.
 */
public final class Args {

    /** Usage text is wrapped to this many columns. */
    public static final int WIDTH = 100;

    /** Option and parameter cells wider than this put their description on the next line. */
    private static final int CELL = 28;

    /** How an argument's text becomes a value. */
    public static final class Type<T> {

        private final int kind;

        private final String noun;

        private Type(int kind, String noun) {
            this.kind = kind;
            this.noun = noun;
        }

        /** The text converted, or an {@link IllegalArgumentException} saying why it is not one. */
        @SuppressWarnings("unchecked")
        T convert(String text) {
            try {
                return (T) switch (kind) {
                case 0 -> text;
                case 1 -> Integer.valueOf(Integer.parseInt(text));
                case 2 -> Long.valueOf(Long.parseLong(text));
                case 3 -> Path.of(text);
                default -> {
                    if (text.equalsIgnoreCase("true")) {
                        yield Boolean.TRUE;
                    }
                    if (text.equalsIgnoreCase("false")) {
                        yield Boolean.FALSE;
                    }
                    throw new IllegalArgumentException();
                }
                };
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("'" + text + "' is not " + noun + " (" + e.getReason() + ")");
            } catch (IllegalArgumentException e) { // NumberFormatException and booleans
                throw new IllegalArgumentException("'" + text + "' is not " + noun);
            }
        }

        @Override
        public String toString() {
            return noun;
        }
    }

    /** Any text. */
    public static final Type<String> STRING = new Type<>(0, "a string");

    /** A decimal int ({@code +} or {@code -} allowed). */
    public static final Type<Integer> INT = new Type<>(1, "an int");

    /** A decimal long ({@code +} or {@code -} allowed). */
    public static final Type<Long> LONG = new Type<>(2, "a long");

    /** A file system path (not checked for existence). */
    public static final Type<Path> PATH = new Type<>(3, "a path");

    /** {@code true} or {@code false}, any case: the value of a flag given as {@code --flag=VALUE}. */
    static final Type<Boolean> BOOLEAN = new Type<>(4, "a boolean");

    private static final int VALUE = 0;
    private static final int FLAG = 1;
    private static final int HELP = 2;
    private static final int VERSION = 3;

    /** An option: its names, the label of its value ({@code null} for a flag), its description, its setter. */
    public static final class Opt<T> {

        final String[] names;

        final String label;

        final String[] description;

        private final Type<T> type;

        private final Consumer<? super T> setter;

        private final int kind;

        private boolean required;

        private boolean repeatable;

        private boolean global;

        private int count;

        private Opt(String names, String label, Type<T> type, Consumer<? super T> setter, int kind,
                String[] description) {
            this.names = splitNames(names);
            this.label = label;
            this.type = type;
            this.setter = setter;
            this.kind = kind;
            this.description = description;
        }

        /** The command fails unless this option is given. */
        public Opt<T> required() {
            required = true;
            return this;
        }

        /** The option may be given any number of times; the setter gets each value in order. */
        public Opt<T> repeatable() {
            repeatable = true;
            return this;
        }

        /**
         * The option belongs to the whole program rather than to this command (such as {@code --debug}): it
         * is listed with the options but left out of the synopsis.
         */
        public Opt<T> global() {
            global = true;
            return this;
        }

        /** The longest name, as used in messages: {@code --output} for {@code -o, --output}. */
        String longestName() {
            String l = names[0];
            for (String n : names) {
                if (n.length() > l.length()) {
                    l = n;
                }
            }
            return l;
        }

        /** The shortest name, as used in the synopsis: {@code -o} for {@code -o, --output}. */
        String shortestName() {
            String s = names[0];
            for (String n : names) {
                if (n.length() < s.length()) {
                    s = n;
                }
            }
            return s;
        }

        private String sortKey() {
            String n = longestName();
            int i = 0;
            while (i < n.length() && n.charAt(i) == '-') {
                i++;
            }
            return n.substring(i).toLowerCase(java.util.Locale.ROOT);
        }

        /** {@code null}, or why the value was refused. */
        private String accept(String text) {
            T v;
            try {
                v = type.convert(text);
            } catch (IllegalArgumentException e) {
                return "Invalid value for option '" + longestName() + "': " + e.getMessage();
            }
            if (setter != null) {
                try {
                    setter.accept(v);
                } catch (IllegalArgumentException e) {
                    return "Invalid value for option '" + longestName() + "': " + e.getMessage();
                }
            }
            return null;
        }
    }

    /** A positional parameter: its label, its description, its setter. */
    public static final class Param<T> {

        final String label;

        final String[] description;

        private final Type<T> type;

        private final Consumer<? super T> setter;

        private boolean required = true;

        private boolean repeatable;

        private int count;

        private Param(String label, Type<T> type, Consumer<? super T> setter, String[] description) {
            if (label == null || label.isEmpty()) {
                throw new IllegalArgumentException("a parameter needs a label");
            }
            this.label = label;
            this.type = type;
            this.setter = setter;
            this.description = description;
        }

        /** The parameter may be left out. */
        public Param<T> optional() {
            required = false;
            return this;
        }

        /** The parameter takes every positional argument that remains (it must be the last one declared). */
        public Param<T> repeatable() {
            repeatable = true;
            return this;
        }

        /** As shown in the synopsis: {@code FILE}, {@code [FILE]}, {@code FILE...} or {@code [ARGS...]}. */
        String synopsis() {
            String s = repeatable ? label + "..." : label;
            return required ? s : "[" + s + "]";
        }

        private String accept(String text) {
            T v;
            try {
                v = type.convert(text);
            } catch (IllegalArgumentException e) {
                return "Invalid value for parameter '" + label + "': " + e.getMessage();
            }
            try {
                setter.accept(v);
            } catch (IllegalArgumentException e) {
                return "Invalid value for parameter '" + label + "': " + e.getMessage();
            }
            return null;
        }
    }

    private final String name;

    private String[] description = {};

    private String[] footer = {};

    private final List<Opt<?>> options = new ArrayList<>();

    private final List<Param<?>> params = new ArrayList<>();

    private boolean takesCommand;

    private final List<String[]> commands = new ArrayList<>();

    private String version;

    private boolean helpRequested;

    private boolean versionRequested;

    /** The first mistake found by the running {@link #parse}. */
    private String error;

    /** @param name the command as typed, for the usage text and messages: {@code ringside stats} */
    public Args(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** The paragraphs printed under the synopsis; the first is the command's summary in command lists. */
    public Args description(String... lines) {
        description = lines;
        return this;
    }

    public String[] description() {
        return description;
    }

    /** Lines printed after the options, kept as written (only wrapped if wider than {@link #WIDTH}). */
    public Args footer(String... lines) {
        footer = lines;
        return this;
    }

    /**
     * Adds {@code -h, --help} and {@code -V, --version}; after {@link #parse}, {@link #helpRequested()} and
     * {@link #versionRequested()} say whether they were given.
     */
    public Args helpAndVersion(String versionText) {
        this.version = versionText;
        add(new Opt<>("-h, --help", null, BOOLEAN, null, HELP, new String[] { "Show this help message and exit." }));
        add(new Opt<>("-V, --version", null, BOOLEAN, null, VERSION,
                new String[] { "Print version information and exit." }));
        return this;
    }

    /** The text {@code --version} prints, as given to {@link #helpAndVersion}. */
    public String version() {
        return version;
    }

    /** An option with a value, such as {@code --max N} ({@code names}: {@code "-o, --output"}). */
    public <T> Opt<T> option(String names, String label, Type<T> type, Consumer<? super T> setter, String... description) {
        if (label == null || label.isEmpty() || setter == null) {
            throw new IllegalArgumentException(names + ": an option with a value needs a label and a setter");
        }
        return add(new Opt<>(names, label, type, setter, VALUE, description));
    }

    /** A flag, such as {@code --json}: the setter gets {@code true} (or the value of {@code --json=false}). */
    public Opt<Boolean> flag(String names, Consumer<Boolean> setter, String... description) {
        if (setter == null) {
            throw new IllegalArgumentException(names + ": a flag needs a setter");
        }
        return add(new Opt<>(names, null, BOOLEAN, setter, FLAG, description));
    }

    /** A positional parameter, required and single unless made {@link Param#optional() optional} or repeatable. */
    public <T> Param<T> param(String label, Type<T> type, Consumer<? super T> setter, String... description) {
        if (!params.isEmpty() && params.get(params.size() - 1).repeatable) {
            throw new IllegalArgumentException(label + ": no parameter can follow a repeatable one");
        }
        if (takesCommand) {
            throw new IllegalArgumentException(label + ": a command line with subcommands takes no parameters");
        }
        Param<T> p = new Param<>(label, type, setter, description);
        params.add(p);
        return p;
    }

    /**
     * This command line is a program with subcommands: {@link #parse} stops at the first positional argument,
     * the command's name, and returns its index. The synopsis ends with {@code [COMMAND]}.
     */
    public Args takesCommand() {
        if (!params.isEmpty()) {
            throw new IllegalArgumentException("a command line with subcommands takes no parameters");
        }
        takesCommand = true;
        return this;
    }

    /** Lists a subcommand in the usage text (see {@link #takesCommand()}). */
    public Args command(String commandName, String summary) {
        commands.add(new String[] { commandName, summary });
        return this;
    }

    public boolean helpRequested() {
        return helpRequested;
    }

    public boolean versionRequested() {
        return versionRequested;
    }

    private <T> Opt<T> add(Opt<T> o) {
        for (String n : o.names) {
            if (find(n) != null) {
                throw new IllegalArgumentException(name + ": option " + n + " declared twice");
            }
        }
        options.add(o);
        return o;
    }

    private static String[] splitNames(String names) {
        List<String> l = new ArrayList<>(2);
        int start = 0;
        while (start <= names.length()) {
            int comma = names.indexOf(',', start);
            int end = comma < 0 ? names.length() : comma;
            String n = names.substring(start, end).strip();
            if (n.length() < 2 || n.charAt(0) != '-' || n.equals("--") || n.indexOf('=') >= 0 || n.indexOf(' ') >= 0
                    || (n.length() > 2 && n.charAt(1) != '-')) {
                throw new IllegalArgumentException("not an option name: '" + n + "' in '" + names + "'");
            }
            l.add(n);
            start = end + 1;
        }
        return l.toArray(new String[l.size()]); // sized: no reflective array creation
    }

    private Opt<?> find(String optionName) {
        for (Opt<?> o : options) {
            for (String n : o.names) {
                if (n.equals(optionName)) {
                    return o;
                }
            }
        }
        return null;
    }

    /** Whether {@code arg} is {@code --} or names one of these options (alone or as {@code NAME=VALUE}). */
    private boolean isOption(String arg) {
        if (arg.equals("--")) {
            return true;
        }
        if (arg.length() < 2 || arg.charAt(0) != '-') {
            return false;
        }
        int eq = arg.indexOf('=');
        return find(eq < 0 ? arg : arg.substring(0, eq)) != null;
    }

    private void fail(String message) {
        if (error == null) {
            error = message;
        }
    }

    /**
     * Parses {@code args[from..]} into the setters. Returns {@code args.length}, or with
     * {@link #takesCommand()} the index of the command's name ({@code args.length} when there is none).
     * Returns normally when help or the version was asked for, whatever else is wrong.
     *
     * @throws ArgsException the first mistake: an unknown option, a missing or bad value, a missing
     *         required option or parameter, an argument left over (indexes count from {@code args[0]})
     */
    public int parse(String[] args, int from) {
        error = null;
        helpRequested = false;
        versionRequested = false;
        for (Opt<?> o : options) {
            o.count = 0;
        }
        for (Param<?> p : params) {
            p.count = 0;
        }
        int next = 0; // the parameter the next positional argument goes to
        int firstUnmatched = -1;
        StringBuilder unmatched = null;
        int unmatchedCount = 0;
        boolean optionsEnded = false;
        int stop = args.length;
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (!optionsEnded && a.equals("--")) {
                optionsEnded = true;
            } else if (!optionsEnded && a.length() > 1 && a.charAt(0) == '-') {
                i = option(args, i);
            } else if (takesCommand) {
                stop = i;
                break;
            } else if (next < params.size()) {
                Param<?> p = params.get(next);
                p.count++;
                if (!p.repeatable) {
                    next++;
                }
                String problem = p.accept(a);
                if (problem != null) {
                    fail(problem);
                }
            } else {
                if (firstUnmatched < 0) {
                    firstUnmatched = i;
                    unmatched = new StringBuilder();
                } else {
                    unmatched.append(", ");
                }
                unmatched.append('\'').append(a).append('\'');
                unmatchedCount++;
            }
        }
        if (helpRequested || versionRequested) {
            return stop;
        }
        if (error == null && firstUnmatched >= 0) {
            error = unmatchedCount == 1 ? "Unmatched argument at index " + firstUnmatched + ": " + unmatched
                    : "Unmatched arguments from index " + firstUnmatched + ": " + unmatched;
        }
        if (error == null) {
            missing();
        }
        if (error != null) {
            throw new ArgsException(name, error);
        }
        return stop;
    }

    private void missing() {
        StringBuilder opts = new StringBuilder();
        int nOpts = 0;
        for (Opt<?> o : options) {
            if (o.required && o.count == 0) {
                opts.append(nOpts++ == 0 ? "" : ", ").append('\'').append(o.longestName())
                        .append(o.label != null ? "=" + o.label : "").append('\'');
            }
        }
        StringBuilder pars = new StringBuilder();
        int nPars = 0;
        for (Param<?> p : params) {
            if (p.required && p.count == 0) {
                pars.append(nPars++ == 0 ? "" : ", ").append('\'').append(p.label).append('\'');
            }
        }
        if (nOpts > 0 && nPars > 0) {
            error = "Missing required options and parameters: " + opts + ", " + pars;
        } else if (nOpts > 0) {
            error = (nOpts == 1 ? "Missing required option: " : "Missing required options: ") + opts;
        } else if (nPars > 0) {
            error = (nPars == 1 ? "Missing required parameter: " : "Missing required parameters: ") + pars;
        }
    }

    /** Handles the option at {@code args[i]}; returns the index of the last argument it used. */
    private int option(String[] args, int i) {
        String a = args[i];
        Opt<?> o = find(a);
        if (o != null) {
            return take(o, args, i, null);
        }
        int eq = a.indexOf('=');
        if (eq > 1) {
            o = find(a.substring(0, eq));
            if (o != null) {
                return take(o, args, i, a.substring(eq + 1));
            }
        }
        if (a.charAt(1) != '-') { // -hV, -oFILE, -o=FILE
            for (int k = 1; k < a.length(); k++) {
                o = find("-" + a.charAt(k));
                if (o == null) {
                    fail("Unknown option: '" + a + "'" + (k > 1 ? " ('-" + a.charAt(k) + "' is not an option)" : ""));
                    return i;
                }
                if (o.kind == VALUE) {
                    String rest = a.substring(k + 1);
                    if (rest.startsWith("=")) {
                        rest = rest.substring(1);
                    }
                    return take(o, args, i, rest.isEmpty() ? null : rest);
                }
                take(o, args, i, null);
            }
            return i;
        }
        fail("Unknown option: '" + a + "'");
        return i;
    }

    /** Gives option {@code o} its value: {@code attached} ({@code --x=V}) or, for options with one, the next argument. */
    private int take(Opt<?> o, String[] args, int i, String attached) {
        o.count++;
        if (o.kind != VALUE) {
            Boolean on = Boolean.TRUE;
            if (attached != null) {
                try {
                    on = BOOLEAN.convert(attached);
                } catch (IllegalArgumentException e) {
                    fail("Invalid value for option '" + o.longestName() + "': " + e.getMessage());
                    return i;
                }
            }
            if (o.kind == HELP) {
                helpRequested = on;
            } else if (o.kind == VERSION) {
                versionRequested = on;
            } else {
                String problem = o.accept(on.toString());
                if (problem != null) {
                    fail(problem);
                }
            }
            return i;
        }
        String value = attached;
        if (value == null) {
            if (i + 1 >= args.length || isOption(args[i + 1])) {
                fail("Missing value for option '" + o.longestName() + "' (" + o.label + ")");
                return i;
            }
            value = args[++i];
        }
        if (o.count > 1 && !o.repeatable) {
            fail("Option '" + o.longestName() + "' should be specified only once");
            return i;
        }
        String problem = o.accept(value);
        if (problem != null) {
            fail(problem);
        }
        return i;
    }

    // ------------------------------------------------------------------------------------------------ usage

    /** Prints the usage text, one {@link PrintWriter#println} per line. */
    public void usage(PrintWriter w) {
        for (String line : usageLines()) {
            w.println(line);
        }
    }

    /** The usage text with {@code \n} line ends. */
    public String usage() {
        StringBuilder sb = new StringBuilder();
        for (String line : usageLines()) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    private List<String> usageLines() {
        List<String> out = new ArrayList<>();
        synopsis(out);
        for (String d : description) {
            wrapInto(out, "", d, WIDTH, "");
        }
        List<Opt<?>> sorted = new ArrayList<>(options);
        sorted.sort((x, y) -> x.sortKey().compareTo(y.sortKey()));
        List<String> cells = new ArrayList<>();
        List<String[]> texts = new ArrayList<>();
        for (Param<?> p : params) {
            cells.add("      " + p.synopsis());
            texts.add(p.description);
        }
        for (Opt<?> o : sorted) {
            cells.add(cell(o));
            texts.add(o.description);
        }
        table(out, cells, texts);
        if (!commands.isEmpty()) {
            out.add("Commands:");
            cells.clear();
            texts.clear();
            for (String[] c : commands) {
                cells.add("  " + c[0]);
                texts.add(new String[] { c[1] });
            }
            table(out, cells, texts);
        }
        for (String f : footer) {
            int indent = 0;
            while (indent < f.length() && f.charAt(indent) == ' ') {
                indent++;
            }
            wrapInto(out, "", f, WIDTH, " ".repeat(indent));
        }
        return out;
    }

    private void synopsis(List<String> out) {
        List<String> parts = new ArrayList<>();
        StringBuilder shortFlags = new StringBuilder();
        List<Opt<?>> sorted = new ArrayList<>(options);
        sorted.sort((x, y) -> x.sortKey().compareTo(y.sortKey()));
        for (Opt<?> o : sorted) {
            if (o.kind != VALUE && !o.global && o.shortestName().length() == 2) {
                shortFlags.append(o.shortestName().charAt(1));
            }
        }
        if (shortFlags.length() > 0) {
            parts.add("[-" + shortFlags + "]");
        }
        for (Opt<?> o : sorted) {
            if (o.kind != VALUE && !o.global && o.shortestName().length() > 2) {
                parts.add("[" + o.shortestName() + "]");
            }
        }
        for (int pass = 0; pass < 2; pass++) { // single options, then repeatable ones
            for (Opt<?> o : sorted) {
                if (o.kind == VALUE && !o.global && o.repeatable == (pass == 1)) {
                    String s = o.shortestName() + "=" + o.label;
                    parts.add(o.required ? (o.repeatable ? s + "..." : s) : "[" + s + "]" + (o.repeatable ? "..." : ""));
                }
            }
        }
        for (Param<?> p : params) {
            parts.add(p.synopsis());
        }
        if (takesCommand) {
            parts.add("[COMMAND]");
        }
        String head = "Usage: " + name;
        String indent = " ".repeat(head.length() + 1);
        StringBuilder line = new StringBuilder(head);
        boolean first = true;
        for (String part : parts) {
            if (!first && line.length() + 1 + part.length() > WIDTH) {
                out.add(line.toString());
                line.setLength(0);
                line.append(indent).append(part);
            } else {
                line.append(' ').append(part);
            }
            first = false;
        }
        out.add(line.toString());
    }

    private static String cell(Opt<?> o) {
        String shortName = null;
        StringBuilder longNames = new StringBuilder();
        for (String n : o.names) {
            if (n.length() == 2 && shortName == null) {
                shortName = n;
            } else {
                longNames.append(longNames.length() > 0 ? ", " : "").append(n);
            }
        }
        StringBuilder sb = new StringBuilder("  ");
        if (shortName != null) {
            sb.append(shortName).append(longNames.length() > 0 ? ", " : "");
        } else {
            sb.append("    ");
        }
        sb.append(longNames);
        if (o.label != null) {
            sb.append('=').append(o.label);
        }
        return sb.toString();
    }

    /** Rows of a cell and its description paragraphs, the descriptions in one aligned column. */
    private static void table(List<String> out, List<String> cells, List<String[]> texts) {
        int widest = 0;
        for (String c : cells) {
            if (c.length() <= CELL) {
                widest = Math.max(widest, c.length());
            }
        }
        int col = (widest == 0 ? CELL : widest) + 2;
        String pad = " ".repeat(col);
        for (int r = 0; r < cells.size(); r++) {
            String c = cells.get(r);
            String[] text = texts.get(r);
            if (text.length == 0) {
                out.add(c);
                continue;
            }
            String first = c.length() + 2 <= col ? c + " ".repeat(col - c.length()) : null;
            if (first == null) {
                out.add(c);
            }
            for (String paragraph : text) {
                wrapInto(out, first != null ? first : pad, paragraph, WIDTH, pad + "  ");
                first = null;
            }
        }
    }

    /**
     * Appends {@code text} word-wrapped to {@code width} columns: the first line after {@code lead}, the
     * others after {@code indent}. Spaces between words are kept where the line does not break (so columns
     * inside a paragraph survive); a word longer than a line gets a line of its own rather than being cut.
     */
    static void wrapInto(List<String> out, String lead, String text, int width, String indent) {
        StringBuilder line = new StringBuilder(lead);
        int n = text.length();
        int i = 0;
        if (lead.isEmpty()) { // keep a paragraph's own leading spaces
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
            line.append(text, 0, i);
        }
        boolean empty = true;
        while (i < n) {
            int gap = i;
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
            if (i == n) {
                break;
            }
            int end = text.indexOf(' ', i);
            if (end < 0) {
                end = n;
            }
            if (!empty && line.length() + (i - gap) + (end - i) > width) {
                out.add(line.toString());
                line.setLength(0);
                line.append(indent);
                empty = true;
            }
            if (!empty) {
                line.append(text, gap, i);
            }
            line.append(text, i, end);
            empty = false;
            i = end;
        }
        out.add(line.toString().stripTrailing());
    }
}
