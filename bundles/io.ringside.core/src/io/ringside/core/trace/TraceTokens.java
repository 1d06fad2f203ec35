package io.ringside.core.trace;

import java.io.IOException;
import java.math.BigInteger;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The JSON parser over one trace with what the header and the event decoders share: errors that name
 * the file, line and byte offset (of the whole file, when the reader was opened in its middle) and the
 * decoding of unsigned numbers. Nothing here allocates unless it reports an error.
 */
final class TraceTokens {

    final String name;
    final JsonParser parser;
    /** Added to the parser's line numbers and byte offsets when reading from the middle of a file. */
    final long lineBase;
    final long offsetBase;

    TraceTokens(String name, JsonParser parser, long lineBase, long offsetBase) {
        this.name = name;
        this.parser = parser;
        this.lineBase = lineBase;
        this.offsetBase = offsetBase;
    }

    TraceFormatException error(String detail) {
        JsonLocation loc = parser.currentTokenLocation();
        return new TraceFormatException(name, lineBase + loc.getLineNr(), offsetBase + loc.getByteOffset(), detail);
    }

    TraceFormatException error(JsonProcessingException e) {
        JsonLocation loc = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String msg = e.getOriginalMessage();
        int nl = msg.indexOf('\n');
        if (nl >= 0) {
            msg = msg.substring(0, nl);
        }
        // Jackson appends where an unclosed value started; the location is already in our message
        int marker = msg.indexOf(" (start marker at");
        if (marker >= 0) {
            msg = msg.substring(0, marker);
        }
        return new TraceFormatException(name, lineBase + loc.getLineNr(), offsetBase + loc.getByteOffset(),
                "malformed JSON: " + msg, e);
    }

    JsonToken nextToken() throws IOException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            throw error(e);
        }
    }

    /** {@code v} (a u64) when it lies in [min, max], else the error naming {@code what} and the range. */
    long bounded(long v, long min, long max, String what) throws TraceFormatException {
        if (Long.compareUnsigned(v, min) < 0 || Long.compareUnsigned(v, max) > 0) {
            throw error(what + " " + Long.toUnsignedString(v) + " is out of range [" + min + ", " + max + "]");
        }
        return v;
    }

    /** A number token (or a "0x..." string) as a u64 in a long. */
    long number(JsonToken t, String what) throws IOException {
        if (t == JsonToken.VALUE_NUMBER_INT) {
            if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                BigInteger b = parser.getBigIntegerValue();
                if (b.signum() < 0) {
                    throw negative(what, b.toString());
                }
                if (b.bitLength() > 64) {
                    throw error("\"" + what + "\" = " + b + " does not fit in 64 bits");
                }
                return b.longValue();
            }
            long v = parser.getLongValue();
            if (v < 0) {
                throw negative(what, Long.toString(v));
            }
            return v;
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            throw error("\"" + what + "\" must be an unsigned integer, found " + abbreviate(parser.getText()));
        }
        if (t == JsonToken.VALUE_STRING) {
            String s = parser.getText();
            try {
                if (s.startsWith("0x") || s.startsWith("0X")) {
                    if (s.length() > 18) {
                        throw new NumberFormatException();
                    }
                    return Long.parseUnsignedLong(s.substring(2), 16);
                }
                return Long.parseUnsignedLong(s);
            } catch (NumberFormatException e) {
                throw error("\"" + what + "\" must be a number or \"0x...\", found \"" + abbreviate(s) + "\"");
            }
        }
        throw error("\"" + what + "\" must be a number, found " + describe(t));
    }

    private TraceFormatException negative(String what, String value) {
        return error("\"" + what + "\" = " + value + " is negative: numbers in a trace are unsigned");
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    static String describe(JsonToken t) {
        if (t == null) {
            return "end of file";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }
}
