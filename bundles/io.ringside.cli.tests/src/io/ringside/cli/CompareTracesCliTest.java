package io.ringside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code compare A B [C...]} on trace files: the same figures as stats, ratios to A, the plot, bad input. */
class CompareTracesCliTest {

    @TempDir
    Path dir;

    static final String A = QemuCliTest.log("a_virtio-blk_split.trace.log.xz").toString();
    static final String B = QemuCliTest.log("b_virtio-blk_packed.trace.log.xz").toString();
    static final String D = QemuCliTest.log("d_nvme_smp1.trace.log.xz").toString();

    @SuppressWarnings("unchecked")
    static Map<String, Object> overall(String file) throws IOException {
        MainTest.Run r = MainTest.run("stats", "--json", file);
        return (Map<String, Object>) ((Map<String, Object>) StatsAnalysisCliTest.parse(r.out())).get("overall");
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonHasTheFiguresOfStatsAndTheirRatios() throws IOException {
        MainTest.Run r = MainTest.run("compare", "--json", A, B, A);
        assertEquals(0, r.rc(), r.err());
        Map<String, Object> doc = (Map<String, Object>) StatsAnalysisCliTest.parse(r.out());
        List<Map<String, Object>> runs = (List<Map<String, Object>>) doc.get("runs");
        assertEquals(List.of(A, B, A), runs.stream().map(m -> m.get("file")).toList());
        List<Map<String, Object>> sections = (List<Map<String, Object>>) doc.get("sections");
        assertEquals(List.of("whole trace", "virtio-blk queue 0"), sections.stream().map(m -> m.get("title")).toList());
        Map<String, Object> figs = (Map<String, Object>) sections.get(0).get("figures");
        Map<String, Object> a = overall(A);
        Map<String, Object> b = overall(B);
        long pa = (Long) ((Map<String, Object>) ((Map<String, Object>) a.get("latency")).get("device")).get("p50");
        long pb = (Long) ((Map<String, Object>) ((Map<String, Object>) b.get("latency")).get("device")).get("p50");
        Map<String, Object> p50 = (Map<String, Object>) figs.get("device p50 us");
        assertEquals(List.of(pa / 1000.0, pb / 1000.0, pa / 1000.0), p50.get("values"));
        assertEquals(List.of(1.0, Math.round(1000.0 * pb / pa) / 1000.0, 1.0), p50.get("ratios"));
        Map<String, Object> req = (Map<String, Object>) figs.get("requests");
        assertEquals(List.of(a.get("requests"), b.get("requests"), a.get("requests")), req.get("values"));
        Map<String, Object> kicks = (Map<String, Object>) figs.get("kicks/req");
        double ka = (Double) ((Map<String, Object>) a.get("perRequest")).get("kicks");
        assertEquals(ka, (Double) ((List<Object>) kicks.get("values")).get(0), 0.0005);
    }

    @Test
    void tableAndPlot() throws Exception {
        Path svg = dir.resolve("ab.svg");
        MainTest.Run r = MainTest.run("compare", A, B, "-o", svg.toString());
        assertEquals(0, r.rc(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("A  " + A + " (virtio-blk; "), lines[0]);
        assertTrue(lines[1].startsWith("B  " + B + " (virtio-blk; "), lines[1]);
        assertTrue(r.out().contains("\nwhole trace                          A           B     B/A\n"), r.out());
        assertTrue(r.out().matches("(?s).*\n  requests +2576 +2576 +1\\.00\n.*"), r.out());
        assertTrue(r.err().contains("wrote " + svg), r.err());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getTagName());
        String text = Files.readString(svg);
        for (String c : new String[] { "#1f77b4", "#ff7f0e" }) { // a line per run in every panel
            assertTrue(text.split("stroke=\"" + c + "\"", -1).length - 1 >= 3, c);
        }
        assertTrue(text.contains("device latency, cumulative"), text);
    }

    @Test
    void nvmeQueuesAreMatchedByRoleAndIndex() throws IOException {
        MainTest.Run r = MainTest.run("compare", D, D);
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().contains("\nnvme admin queue 0 "), r.out());
        assertTrue(r.out().contains("\nnvme io queue 1 "), r.out());
        assertTrue(r.out().matches("(?s).*\n  MMIO SQ/req +[0-9.]+ +[0-9.]+ +1\\.00\n.*"), r.out());
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        MainTest.Run kinds = MainTest.run("compare", A, D);
        assertEquals(2, kinds.rc());
        // the replay's warnings come first (QEMU 7.2 cannot show rule Q8), each once naming its file; the error last
        assertTrue(kinds.err().endsWith("\nringside: " + D + " has nvme but " + A
                + " has virtio-blk: compare traces of the same device kind\n"), kinds.err());
        for (String line : kinds.err().strip().split("\n")) {
            assertTrue(line.startsWith("ringside: ") || line.startsWith("warning: " + D + ": device 0 (nvme)"), line);
        }
        MainTest.Run missing = MainTest.run("compare", A, dir.resolve("nope.log").toString());
        assertEquals(2, missing.rc());
        assertEquals(1, missing.err().strip().split("\n").length, missing.err());
        assertTrue(missing.err().contains("nope.log"), missing.err());
        MainTest.Run one = MainTest.run("compare", A);
        assertEquals(2, one.rc());
        assertEquals("ringside: compare needs two traces or more (or one workload with --vary), not only " + A + "\n",
                one.err());
        MainTest.Run vary = MainTest.run("compare", A, B, "--vary", "layout=split");
        assertEquals(2, vary.rc());
        assertTrue(vary.err().startsWith("ringside: --vary, --requests, --seed and --inject run a workload"), vary.err());
    }
}
