package io.ringside.debug;

import java.util.Locale;

/**
 * A watchpoint condition such as {@code value == 0}, {@code delta > 1} or
 * {@code value != old && value % 2 == 0}: integers (decimal or {@code 0x} hexadecimal), the variables
 * {@code value} (after the event), {@code old} (before it) and {@code delta} (the change, modulo the
 * index range), the operators {@code || && == != < <= > >= + - * / % & | ^ ! -} and parentheses, with
 * C precedence. Comparisons give 1 or 0; a number is true when not 0; division by zero gives 0.
 * Bounded: at most {@value #MAX_LENGTH} characters and {@value #MAX_DEPTH} levels of nesting, so a
 * condition typed into a dialog or passed on the command line cannot exhaust the stack.
 */
public final class WatchCondition {

    public static final int MAX_LENGTH = 256;
    public static final int MAX_DEPTH = 32;
    /** Variable slots of {@link #evaluate(long, long, long)}. */
    static final int VALUE = 0, OLD = 1, DELTA = 2;

    private final String text;
    private final Node root;

    private WatchCondition(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /** Parses a condition; throws {@link IllegalArgumentException} naming the column of the problem. */
    public static WatchCondition parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty condition");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("condition longer than " + MAX_LENGTH + " characters");
        }
        Parser p = new Parser(text);
        Node n = p.or(0);
        p.skip();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "'");
        }
        return new WatchCondition(text.trim(), n);
    }

    public boolean test(long value, long old, long delta) {
        return evaluate(value, old, delta) != 0;
    }

    public long evaluate(long value, long old, long delta) {
        return root.eval(new long[] { value, old, delta });
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    // ---------------------------------------------------------------- tree

    private interface Node {
        long eval(long[] vars);
    }

    private record Num(long v) implements Node {
        @Override
        public long eval(long[] vars) {
            return v;
        }
    }

    private record Var(int slot) implements Node {
        @Override
        public long eval(long[] vars) {
            return vars[slot];
        }
    }

    private record Unary(char op, Node a) implements Node {
        @Override
        public long eval(long[] vars) {
            long x = a.eval(vars);
            return op == '!' ? (x == 0 ? 1 : 0) : -x;
        }
    }

    private record Binary(String op, Node a, Node b) implements Node {
        @Override
        public long eval(long[] vars) {
            if (op.equals("&&")) {
                return a.eval(vars) != 0 && b.eval(vars) != 0 ? 1 : 0;
            }
            if (op.equals("||")) {
                return a.eval(vars) != 0 || b.eval(vars) != 0 ? 1 : 0;
            }
            long x = a.eval(vars);
            long y = b.eval(vars);
            return switch (op) {
            case "==" -> x == y ? 1 : 0;
            case "!=" -> x != y ? 1 : 0;
            case "<" -> x < y ? 1 : 0;
            case "<=" -> x <= y ? 1 : 0;
            case ">" -> x > y ? 1 : 0;
            case ">=" -> x >= y ? 1 : 0;
            case "+" -> x + y;
            case "-" -> x - y;
            case "*" -> x * y;
            case "/" -> y == 0 ? 0 : x / y;
            case "%" -> y == 0 ? 0 : x % y;
            case "&" -> x & y;
            case "|" -> x | y;
            case "^" -> x ^ y;
            default -> throw new IllegalStateException(op);
            };
        }
    }

    // ---------------------------------------------------------------- parser

    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        IllegalArgumentException error(String msg) {
            return new IllegalArgumentException("condition '" + s.trim() + "', column " + (pos + 1) + ": " + msg);
        }

        void skip() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        /** Consumes an operator if it is next (and is not the prefix of a longer one given in {@code not}). */
        boolean eat(String op, String... not) {
            skip();
            if (!s.startsWith(op, pos)) {
                return false;
            }
            for (String n : not) {
                if (s.startsWith(n, pos)) {
                    return false;
                }
            }
            pos += op.length();
            return true;
        }

        void depth(int d) {
            if (d > MAX_DEPTH) {
                throw error("nested more than " + MAX_DEPTH + " levels");
            }
        }

        Node or(int d) {
            depth(d);
            Node n = and(d);
            while (eat("||")) {
                n = new Binary("||", n, and(d));
            }
            return n;
        }

        Node and(int d) {
            depth(d);
            Node n = bitOr(d);
            while (eat("&&")) {
                n = new Binary("&&", n, bitOr(d));
            }
            return n;
        }

        Node bitOr(int d) {
            depth(d);
            Node n = bitXor(d);
            while (eat("|", "||")) {
                n = new Binary("|", n, bitXor(d));
            }
            return n;
        }

        Node bitXor(int d) {
            depth(d);
            Node n = bitAnd(d);
            while (eat("^")) {
                n = new Binary("^", n, bitAnd(d));
            }
            return n;
        }

        Node bitAnd(int d) {
            depth(d);
            Node n = equality(d);
            while (eat("&", "&&")) {
                n = new Binary("&", n, equality(d));
            }
            return n;
        }

        Node equality(int d) {
            depth(d);
            Node n = relational(d);
            while (true) {
                if (eat("==")) {
                    n = new Binary("==", n, relational(d));
                } else if (eat("!=")) {
                    n = new Binary("!=", n, relational(d));
                } else {
                    return n;
                }
            }
        }

        Node relational(int d) {
            depth(d);
            Node n = additive(d);
            while (true) {
                if (eat("<=")) {
                    n = new Binary("<=", n, additive(d));
                } else if (eat(">=")) {
                    n = new Binary(">=", n, additive(d));
                } else if (eat("<")) {
                    n = new Binary("<", n, additive(d));
                } else if (eat(">")) {
                    n = new Binary(">", n, additive(d));
                } else {
                    return n;
                }
            }
        }

        Node additive(int d) {
            depth(d);
            Node n = multiplicative(d);
            while (true) {
                if (eat("+")) {
                    n = new Binary("+", n, multiplicative(d));
                } else if (eat("-")) {
                    n = new Binary("-", n, multiplicative(d));
                } else {
                    return n;
                }
            }
        }

        Node multiplicative(int d) {
            depth(d);
            Node n = unary(d);
            while (true) {
                if (eat("*")) {
                    n = new Binary("*", n, unary(d));
                } else if (eat("/")) {
                    n = new Binary("/", n, unary(d));
                } else if (eat("%")) {
                    n = new Binary("%", n, unary(d));
                } else {
                    return n;
                }
            }
        }

        Node unary(int d) {
            depth(d);
            if (eat("!", "!=")) {
                return new Unary('!', unary(d + 1));
            }
            if (eat("-")) {
                return new Unary('-', unary(d + 1));
            }
            return primary(d);
        }

        Node primary(int d) {
            depth(d);
            skip();
            if (pos >= s.length()) {
                throw error("expected a number, value, old, delta or '('");
            }
            char c = s.charAt(pos);
            if (c == '(') {
                pos++;
                Node n = or(d + 1);
                if (!eat(")")) {
                    throw error("expected ')'");
                }
                return n;
            }
            if (Character.isDigit(c)) {
                int start = pos;
                boolean hex = s.startsWith("0x", pos) || s.startsWith("0X", pos);
                if (hex) {
                    pos += 2;
                }
                while (pos < s.length() && Character.isLetterOrDigit(s.charAt(pos))) {
                    pos++;
                }
                String lit = s.substring(hex ? start + 2 : start, pos);
                try {
                    return new Num(hex ? Long.parseUnsignedLong(lit, 16) : Long.parseLong(lit));
                } catch (NumberFormatException e) {
                    pos = start;
                    throw error("bad number '" + s.substring(start, start + lit.length() + (hex ? 2 : 0)) + "'");
                }
            }
            if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                    pos++;
                }
                String id = s.substring(start, pos).toLowerCase(Locale.ROOT);
                switch (id) {
                case "value", "new", "v":
                    return new Var(VALUE);
                case "old":
                    return new Var(OLD);
                case "delta":
                    return new Var(DELTA);
                default:
                    pos = start;
                    throw error("unknown name '" + id + "' (use value, old or delta)");
                }
            }
            throw error("unexpected '" + c + "'");
        }
    }
}
