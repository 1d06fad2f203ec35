package io.ringside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ringside.cli.MainTest.Run;
import io.ringside.cli.fuzz.FuzzCorpusTestAccess;

/**
 * Issue 23 item 14: {@code check} exits 1 for errors only; warnings and info are printed and counted, and
 * fail the run only when {@code --fail-on} asks for it. A legal trace with an unneeded MMIO doorbell (N7b,
 * info: NVMe 1.3 §7.13 allows it) no longer fails a CI job.
 */
class CheckExitStatusTest {

    @TempDir
    Path dir;

    /** Two commands on SQ 1 with shadow doorbells; the second doorbell was not needed (N7b), both complete. */
    static Path infoOnly() {
        return FuzzCorpusTestAccess.repo().resolve("bundles/io.ringside.cli.tests/testfiles/check/nvme-unneeded-doorbell.rstrace");
    }

    @Test
    void infoAndWarningsDoNotFailByDefault() throws IOException {
        Run r = MainTest.run("check", infoOnly().toString());
        assertTrue(r.out().contains("INFO N7b"), r.out());
        assertTrue(r.out().strip().endsWith(": 18 events, 1 violation(s) (1 info)"), r.out());
        assertEquals(0, r.rc(), r.out());
        assertEquals(0, MainTest.run("check", "--fail-on", "warning", infoOnly().toString()).rc());
        assertEquals(1, MainTest.run("check", "--fail-on", "info", infoOnly().toString()).rc());
        assertEquals(1, MainTest.run("check", "--fail-on=INFO", infoOnly().toString()).rc());

        // cut after the controller fetched both commands: they never complete (N4e, a warning)
        Path cut = dir.resolve("cut.rstrace");
        Files.write(cut, Files.readAllLines(infoOnly()).subList(0, 11));
        Run w = MainTest.run("check", cut.toString());
        assertTrue(w.out().contains("WARNING N4e") && w.out().strip().endsWith("(1 warning(s), 1 info)"), w.out());
        assertEquals(0, w.rc());
        assertEquals(1, MainTest.run("check", "--fail-on", "warning", cut.toString()).rc());

        // an error fails whatever the threshold
        Path bad = dir.resolve("bad.rstrace");
        Files.writeString(bad, Files.readString(infoOnly()).replace("\"nvme_sq_db\",\"t\":3,\"d\":0,\"q\":1,\"value\":1",
                "\"nvme_sq_db\",\"t\":3,\"d\":0,\"q\":1,\"value\":9"));
        Run e = MainTest.run("check", bad.toString());
        assertTrue(e.out().contains("ERROR N2a"), e.out());
        assertEquals(1, e.rc());
        assertEquals(1, MainTest.run("check", "--fail-on", "error", bad.toString()).rc());

        Run x = MainTest.run("check", "--fail-on", "fatal", infoOnly().toString());
        assertEquals(2, x.rc());
        assertTrue(x.err().contains("--fail-on: a severity is error, warning or info, not 'fatal'"), x.err());
    }

    /** A JSON document as maps, lists, longs, strings and nulls (Jackson's streaming parser; no data binding). */
    static Object parse(String json) throws IOException {
        try (com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory().createParser(json)) {
            p.nextToken();
            Object v = value(p);
            assertEquals(null, p.nextToken(), "one document");
            return v;
        }
    }

    private static Object value(com.fasterxml.jackson.core.JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT -> {
                java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
                while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    String k = p.currentName();
                    p.nextToken();
                    m.put(k, value(p));
                }
                return m;
            }
            case START_ARRAY -> {
                java.util.List<Object> l = new java.util.ArrayList<>();
                while (p.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_NUMBER_INT -> {
                return p.getLongValue();
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new AssertionError("unexpected " + p.currentToken());
        }
    }

    /**
     * Issue 23 item 15: check --json lists what the text lists, field by field (compared with the text
     * output's lines, parsed here), with the counts and the same exit status.
     */
    @Test
    @SuppressWarnings("unchecked")
    void jsonGivesTheViolationsWithTheSameExitStatus() throws IOException {
        Path stride = FuzzCorpusTestAccess.repo().resolve("samples/traces/faults/nvme-wrong-stride.rstrace");
        for (String[] extra : new String[][] { {}, { "--fail-on", "info" }, { "--max", "3" } }) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("check", stride.toString()));
            args.addAll(java.util.List.of(extra));
            Run text = MainTest.run(args.toArray(String[]::new));
            args.add("--json");
            Run json = MainTest.run(args.toArray(String[]::new));
            assertEquals(text.rc(), json.rc(), String.join(" ", args));
            java.util.Map<String, Object> m = (java.util.Map<String, Object>) parse(json.out());
            java.util.List<String> lines = text.out().lines().filter(l -> l.startsWith("#")).toList();
            java.util.List<Object> list = (java.util.List<Object>) m.get("violationList");
            assertEquals(lines.size(), list.size());
            java.util.regex.Pattern line = java.util.regex.Pattern.compile("#(\\d+) d(\\d+) q(\\d+) (\\w+) (\\w+) \\((.*?)\\): (.*)");
            long errors = 0;
            for (int i = 0; i < lines.size(); i++) {
                java.util.regex.Matcher x = line.matcher(lines.get(i));
                assertTrue(x.matches(), lines.get(i));
                java.util.Map<String, Object> v = (java.util.Map<String, Object>) list.get(i);
                assertEquals(java.util.List.of("event", "device", "queue", "rule", "severity", "section", "message"),
                        java.util.List.copyOf(v.keySet()));
                assertEquals(Long.parseLong(x.group(1)), v.get("event"));
                assertEquals(Long.parseLong(x.group(2)), v.get("device"));
                assertEquals(Long.parseLong(x.group(3)), v.get("queue"));
                assertEquals(x.group(4), v.get("severity"));
                assertEquals(x.group(5), v.get("rule"));
                assertEquals(x.group(6), v.get("section"));
                assertEquals(x.group(7), v.get("message"));
            }
            String summary = text.out().strip().lines().reduce((a, b) -> b).orElseThrow();
            assertTrue(summary.endsWith(": 56 events, 14 violation(s) (13 error(s), 1 warning(s))"), summary);
            assertEquals(56L, m.get("events"));
            assertEquals(14L, m.get("violations"));
            assertEquals(13L, m.get("errors"));
            assertEquals(1L, m.get("warnings"));
            assertEquals(0L, m.get("info"));
            assertEquals(14L - lines.size(), m.get("notListed"));
            assertEquals((long) json.rc(), m.get("exitStatus"));
        }
        Run info = MainTest.run("check", "--json", infoOnly().toString());
        assertEquals(0, info.rc());
        java.util.Map<String, Object> m = (java.util.Map<String, Object>) parse(info.out());
        assertEquals("ERROR", m.get("failOn"));
        assertEquals("N7b", ((java.util.Map<String, Object>) ((java.util.List<Object>) m.get("violationList")).get(0)).get("rule"));
        assertEquals(1, MainTest.run("check", "--json", "--fail-on", "info", infoOnly().toString()).rc());
    }
}
