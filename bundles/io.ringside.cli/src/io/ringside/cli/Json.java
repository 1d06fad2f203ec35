package io.ringside.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** Writes trees of maps, lists, numbers, strings and booleans as JSON with Jackson's streaming generator. */
final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    static void write(Writer out, Object tree, boolean pretty) throws IOException {
        JsonGenerator g = generator(out, pretty);
        value(g, tree);
        g.flush();
        out.write('\n');
        out.flush();
    }

    /** A generator on {@code out} (for documents written piece by piece, with {@link #value}). */
    static JsonGenerator generator(Writer out, boolean pretty) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        if (pretty) {
            g.useDefaultPrettyPrinter();
        }
        return g;
    }

    /** Writes a tree (maps, lists, numbers, strings, booleans, null) at the generator's position. */
    static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object o : c) {
                value(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Number n) {
            g.writeNumber(n.toString());
        } else {
            g.writeString(v.toString());
        }
    }
}
