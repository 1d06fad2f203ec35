package io.ringside.qemu.internal;

import static io.ringside.qemu.internal.EventFormat.DEC;
import static io.ringside.qemu.internal.EventFormat.HEX;
import static io.ringside.qemu.internal.EventFormat.PTR;
import static io.ringside.qemu.internal.EventFormat.STR;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A QEMU trace event's format string compiled for {@link EventFormat}'s matching: the literal byte runs
 * (also as masked little-endian words for the fast path) and the conversions between them, with each
 * numeric conversion's range from its C type and each field's name for messages. Immutable.
 */
final class CompiledFormat {

    /** literals[i] precedes conversion i; literals[convs.length] is the tail. */
    final byte[][] literals;
    final byte[] convs;
    /** Literals of at most 8 bytes as little-endian words with the mask of their bytes (else mask 0). */
    final long[] litWords;
    final long[] litMasks;
    /** Literal lengths. */
    final int[] litLens;
    /**
     * Per numeric conversion: the largest value (unsigned), whether negative values are allowed (then up to
     * max + 1 in magnitude), the type's name and the field's name (for messages).
     */
    final long[] max;
    /** {@code ~max}: a value with any of these bits is out of range (every max is 2^k - 1). */
    final long[] over;
    final boolean[] signed;
    final String[] typeNames;
    final String[] fields;

    private CompiledFormat(byte[][] literals, byte[] convs, long[] max, boolean[] signed, String[] typeNames) {
        this.literals = literals;
        this.convs = convs;
        this.max = max;
        this.over = new long[max.length];
        for (int i = 0; i < max.length; i++) {
            over[i] = ~max[i];
        }
        this.signed = signed;
        this.typeNames = typeNames;
        this.fields = new String[convs.length];
        for (int i = 0; i < convs.length; i++) {
            fields[i] = fieldName(new String(literals[i], StandardCharsets.UTF_8), i);
        }
        this.litWords = new long[literals.length];
        this.litMasks = new long[literals.length];
        this.litLens = new int[literals.length];
        for (int i = 0; i < literals.length; i++) {
            byte[] l = literals[i];
            litLens[i] = l.length;
            if (l.length > 0 && l.length <= 8) {
                long w = 0;
                for (int j = l.length - 1; j >= 0; j--) {
                    w = w << 8 | (l[j] & 0xff);
                }
                litWords[i] = w;
                litMasks[i] = l.length == 8 ? -1L : (1L << (8 * l.length)) - 1;
            }
        }
    }

    /**
     * Compiles the format of event {@code name}, whose arguments have the C types {@code types}
     * ({@link QemuTraceEvents}; null: 64-bit values).
     *
     * @throws IllegalArgumentException for a format this parser does not support (a test compiles every
     *                                  listed format)
     */
    static CompiledFormat of(String name, String format, String types) {
        List<byte[]> lits = new ArrayList<>();
        List<Byte> cv = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char ch = format.charAt(i);
            if (ch != '%') {
                lit.append(ch);
                continue;
            }
            if (i + 1 >= format.length()) {
                throw new IllegalArgumentException(name + ": dangling % in format");
            }
            char k = format.charAt(++i);
            if (k == '%') {
                lit.append('%');
                continue;
            }
            byte kind = switch (k) {
                case 'u', 'd' -> DEC;
                case 'x' -> HEX;
                case 'p' -> PTR;
                case 's' -> STR;
                default -> throw new IllegalArgumentException(name + ": unsupported conversion %" + k);
            };
            if (kind == STR && !cv.isEmpty() && cv.get(cv.size() - 1) == STR && lit.length() == 0) {
                throw new IllegalArgumentException(name + ": two %s without text between them");
            }
            lits.add(lit.toString().getBytes(StandardCharsets.UTF_8));
            lit.setLength(0);
            cv.add(kind);
        }
        lits.add(lit.toString().getBytes(StandardCharsets.UTF_8));
        byte[] convs = new byte[cv.size()];
        for (int i = 0; i < convs.length; i++) {
            convs[i] = cv.get(i);
        }
        long[] max = new long[convs.length];
        boolean[] signed = new boolean[convs.length];
        String[] typeNames = new String[convs.length];
        String[] t = types == null ? null : types.split(" ");
        if (t != null && t.length != convs.length) {
            throw new IllegalArgumentException(name + ": " + t.length + " types for " + convs.length + " conversions");
        }
        for (int i = 0; i < convs.length; i++) {
            String ty = t != null ? t[i] : convs[i] == DEC && format.charAt(nthConversion(name, format, i)) == 'd' ? "i64"
                    : convs[i] == DEC ? "u64" : convs[i] == HEX ? "x64" : convs[i] == PTR ? "p" : "s";
            char k = ty.charAt(0);
            boolean ok = switch (convs[i]) {
                case DEC -> k == 'u' || k == 'i';
                case HEX -> k == 'x';
                case PTR -> ty.equals("p");
                default -> ty.equals("s");
            };
            if (!ok) {
                throw new IllegalArgumentException(name + ": type " + ty + " for conversion " + (i + 1) + " of \"" + format + "\"");
            }
            max[i] = -1L; // pointers: 64 bits
            if (k == 'u' || k == 'i' || k == 'x') {
                int bits = Integer.parseInt(ty.substring(1));
                signed[i] = k == 'i';
                max[i] = bits == 64 ? (signed[i] ? Long.MAX_VALUE : -1L) : (1L << (signed[i] ? bits - 1 : bits)) - 1;
                typeNames[i] = (signed[i] ? "int" : "uint").concat(Integer.toString(bits));
            }
        }
        return new CompiledFormat(lits.toArray(new byte[0][]), convs, max, signed, typeNames);
    }

    /** The index in {@code format} of the letter of conversion {@code n} (from 0). */
    private static int nthConversion(String name, String format, int n) {
        int k = -1;
        for (int i = 0; i < format.length() - 1; i++) {
            if (format.charAt(i) == '%') {
                if (format.charAt(i + 1) == '%') {
                    i++;
                    continue;
                }
                if (++k == n) {
                    return i + 1;
                }
            }
        }
        throw new IllegalArgumentException(name + ": no conversion " + n);
    }

    /** A field's name: the last word of the literal before it ({@code "len "}, {@code "qsize="}, {@code ", addr=0x"}). */
    private static String fieldName(String literal, int i) {
        String l = literal.endsWith("0x") ? literal.substring(0, literal.length() - 2) : literal;
        int end = l.length();
        while (end > 0 && " =:,'(".indexOf(l.charAt(end - 1)) >= 0) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetterOrDigit(l.charAt(start - 1)) || l.charAt(start - 1) == '_')) {
            start--;
        }
        return start < end ? l.substring(start, end) : "argument " + (i + 1);
    }

    /** Whether a parsed magnitude (unsigned) with its sign is within conversion {@code i}'s type. */
    boolean inRange(int i, long magnitude, boolean neg) {
        if (neg) {
            return signed[i] && Long.compareUnsigned(magnitude, max[i] + 1) <= 0;
        }
        return Long.compareUnsigned(magnitude, max[i]) <= 0;
    }
}
