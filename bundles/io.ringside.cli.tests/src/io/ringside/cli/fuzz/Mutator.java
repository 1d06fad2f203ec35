package io.ringside.cli.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * A small deterministic mutator for the in-suite fuzz runs (the long runs use Jazzer's own): bit flips,
 * interesting bytes, truncation, splicing two inputs, number tweaks (boundary values written over a run
 * of digits), repeated and dropped lines, inserted binary junk. Same seed, same mutations.
 */
public final class Mutator {

    private static final String[] NUMBERS = { "0", "1", "-1", "255", "256", "32768", "32769", "65535", "65536",
            "2147483647", "2147483648", "4294967295", "4294967296", "9223372036854775807", "9223372036854775808",
            "18446744073709551615", "18446744073709551616", "99999999999999999999999999", "0x0",
            "0xffffffffffffffff", "0x10000000000000000", "1e308", "-0", "1.5" };
    private static final byte[] BYTES = { 0, -1, 0x7f, (byte) 0x80, '\n', '\r', '"', '{', '}', '[', ']', ':', ',',
            '\\', ' ', '0', '9', '@', 'x' };

    private final Random r;

    public Mutator(long seed) {
        this.r = new Random(seed);
    }

    /** One to four stacked mutations of {@code in}; {@code other} is a second input for splicing. */
    public byte[] mutate(byte[] in, byte[] other) {
        byte[] b = in;
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            b = once(b, other);
        }
        return b;
    }

    private byte[] once(byte[] b, byte[] other) {
        if (b.length == 0) {
            return junk(1 + r.nextInt(64));
        }
        switch (r.nextInt(10)) {
            case 0: { // bit flips
                byte[] c = b.clone();
                for (int k = 1 + r.nextInt(8); k > 0; k--) {
                    int p = r.nextInt(c.length);
                    c[p] ^= (byte) (1 << r.nextInt(8));
                }
                return c;
            }
            case 1: { // interesting bytes
                byte[] c = b.clone();
                for (int k = 1 + r.nextInt(4); k > 0; k--) {
                    c[r.nextInt(c.length)] = BYTES[r.nextInt(BYTES.length)];
                }
                return c;
            }
            case 2: // truncation
                return Arrays.copyOf(b, r.nextInt(b.length));
            case 3: { // splice: a head of one, a tail of the other
                byte[] o = other == null || other.length == 0 ? b : other;
                int a = r.nextInt(b.length + 1);
                int s = r.nextInt(o.length + 1);
                byte[] c = Arrays.copyOf(b, a + o.length - s);
                System.arraycopy(o, s, c, a, o.length - s);
                return c;
            }
            case 4:
            case 5:
                return number(b);
            case 6: { // repeat a line
                int[] line = line(b);
                byte[] c = new byte[b.length + line[1] - line[0]];
                System.arraycopy(b, 0, c, 0, line[1]);
                System.arraycopy(b, line[0], c, line[1], b.length - line[0]);
                return c;
            }
            case 7: { // drop a line
                int[] line = line(b);
                byte[] c = new byte[b.length - (line[1] - line[0])];
                System.arraycopy(b, 0, c, 0, line[0]);
                System.arraycopy(b, line[1], c, line[0], b.length - line[1]);
                return c;
            }
            case 8: { // insert binary junk
                byte[] j = junk(1 + r.nextInt(32));
                int p = r.nextInt(b.length + 1);
                byte[] c = new byte[b.length + j.length];
                System.arraycopy(b, 0, c, 0, p);
                System.arraycopy(j, 0, c, p, j.length);
                System.arraycopy(b, p, c, p + j.length, b.length - p);
                return c;
            }
            default: { // overwrite 4 or 8 bytes with a boundary integer (binary formats)
                if (b.length < 8) {
                    return b;
                }
                byte[] c = b.clone();
                int p = r.nextInt(c.length - 7);
                long v = switch (r.nextInt(5)) {
                    case 0 -> -1L;
                    case 1 -> Integer.MAX_VALUE;
                    case 2 -> Long.MAX_VALUE;
                    case 3 -> 1L << 31;
                    default -> 0;
                };
                int len = r.nextBoolean() ? 4 : 8;
                for (int i = 0; i < len; i++) {
                    c[p + i] = (byte) (v >>> (8 * (len - 1 - i)));
                }
                return c;
            }
        }
    }

    /** Writes a boundary number over a run of digits (or at a random place when there is none). */
    private byte[] number(byte[] b) {
        int start = r.nextInt(b.length);
        int p = start;
        while (p < b.length && !Character.isDigit(b[p])) {
            p++;
        }
        if (p == b.length) {
            p = start;
        }
        int e = p;
        while (e < b.length && (Character.isLetterOrDigit(b[e]))) {
            e++;
        }
        byte[] num = NUMBERS[r.nextInt(NUMBERS.length)].getBytes(StandardCharsets.US_ASCII);
        byte[] c = new byte[b.length - (e - p) + num.length];
        System.arraycopy(b, 0, c, 0, p);
        System.arraycopy(num, 0, c, p, num.length);
        System.arraycopy(b, e, c, p + num.length, b.length - e);
        return c;
    }

    /** [start, end) of a random line, its newline included. */
    private int[] line(byte[] b) {
        int p = r.nextInt(b.length);
        int s = p;
        while (s > 0 && b[s - 1] != '\n') {
            s--;
        }
        int e = p;
        while (e < b.length && b[e] != '\n') {
            e++;
        }
        return new int[] { s, Math.min(b.length, e + 1) };
    }

    private byte[] junk(int n) {
        byte[] j = new byte[n];
        r.nextBytes(j);
        return j;
    }
}
