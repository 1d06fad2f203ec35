package io.ringside.core.util;

/**
 * Text from a trace (header strings, notes, event names, QEMU arguments) on its way into a message or
 * onto a terminal: control characters are escaped, so that a newline cannot split a one-line error and an
 * escape sequence cannot reach the user's terminal.
 */
public final class Text {

    private Text() {
    }

    /**
     * Whether {@code c} must not be printed as it is: C0 controls (newline and tab included), DEL, C1
     * controls (an 8-bit terminal reads 0x9b as CSI), the Unicode line and paragraph separators and the
     * bidirectional embeddings, overrides and isolates (which reorder what a reader sees).
     */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069);
    }

    /** {@code s} with every {@linkplain #isControl control character} escaped (a newline as backslash n, ESC as backslash u001b); null stays null. */
    public static String escape(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !isControl(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s; // the usual case: nothing to escape, nothing allocated
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c)) {
                appendEscape(sb, c);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Appends the escape of a control character: backslash and n, r or t, or backslash, u and four hex digits. */
    public static void appendEscape(StringBuilder sb, char c) {
        switch (c) {
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            default -> {
                String h = Integer.toHexString(c);
                sb.append("\\u").append("0000", h.length(), 4).append(h);
            }
        }
    }
}
