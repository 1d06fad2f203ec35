package io.ringside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tukaani.xz.XZInputStream;

/** {@code stats --window}: the series as CSV and JSON add up to the whole trace; bad durations. */
class StatsWindowCliTest {

    static final Path LOG = QemuCliTest.log("d_nvme_smp1.trace.log.xz");

    /** First and last time stamp of the log, in ns, read from its text. */
    static long[] span() throws IOException {
        Pattern ts = Pattern.compile("^\\d+@(\\d+)\\.(\\d{6}):");
        long first = -1;
        long last = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new XZInputStream(Files.newInputStream(LOG)),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                Matcher m = ts.matcher(line);
                if (m.find()) {
                    long t = Long.parseLong(m.group(1)) * 1_000_000_000L + Long.parseLong(m.group(2)) * 1000;
                    if (first < 0) {
                        first = t;
                    }
                    last = t;
                }
            }
        }
        return new long[] { first, last };
    }

    @Test
    void csvRowsAddUpToTheQueuesAndTheWholeTrace() throws IOException {
        long window = 250_000_000L;
        MainTest.Run r = MainTest.run("stats", "--window", "250ms", "--csv", LOG.toString());
        assertEquals(0, r.rc(), r.err());
        String[] lines = r.out().split("\n");
        List<String> head = List.of(lines[0].split(","));
        assertEquals("start_ns", head.get(0));
        int requests = head.indexOf("requests");
        int iops = head.indexOf("iops");
        long[] span = span();
        long windows = (span[1] - span[0]) / window + 1;
        long all = 0;
        long allRows = 0;
        long lastStart = -1;
        Map<String, Long> perQueue = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] c = lines[i].split(",", -1);
            assertEquals(head.size(), c.length, lines[i]);
            long start = Long.parseLong(c[0]);
            assertEquals(start + window, Long.parseLong(c[1]));
            assertEquals(0, start % window, lines[i]);
            long n = Long.parseLong(c[requests]);
            if (c[2].equals("all")) {
                assertTrue(start > lastStart, "one row for the whole trace per window, in order");
                lastStart = start;
                allRows++;
                all += n;
                assertEquals(n * 1e9 / window, Double.parseDouble(c[iops]), 0.05, lines[i]);
            } else {
                perQueue.merge(c[3] + "/" + c[4], n, Long::sum);
            }
        }
        assertEquals(windows, allRows);
        assertEquals(2977, all); // xz -dc d_nvme_smp1.trace.log.xz | grep -c enqueue_req_completion
        // each queue's windows add up to its requests in stats --json
        for (Map<String, Object> q : StatsAnalysisCliTest.queues("stats", "--json", LOG.toString())) {
            assertEquals(q.get("requests"), perQueue.getOrDefault(q.get("queue") + "/" + q.get("epoch"), 0L), q.toString());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonIsOneDocumentOfWindows() throws IOException {
        MainTest.Run r = MainTest.run("stats", "--window", "1s", "--json", LOG.toString());
        assertEquals(0, r.rc(), r.err());
        Map<String, Object> doc = (Map<String, Object>) StatsAnalysisCliTest.parse(r.out());
        assertEquals(1_000_000_000L, doc.get("windowNs"));
        assertEquals(span()[0], doc.get("firstEventNs"));
        List<Map<String, Object>> ws = (List<Map<String, Object>>) doc.get("windows");
        long total = 0;
        for (Map<String, Object> w : ws) {
            Map<String, Object> all = (Map<String, Object>) w.get("overall");
            long sum = 0;
            for (Map<String, Object> q : (List<Map<String, Object>>) w.get("queues")) {
                sum += (Long) q.get("requests");
                StatsAnalysisCliTest.device(q);
            }
            assertEquals(all.get("requests"), sum, w.toString());
            total += sum;
        }
        assertEquals(2977, total);
        assertEquals((span()[1] - span()[0]) / 1_000_000_000L + 1, ws.size());
    }

    @Test
    void badDurationsAreOneLineAndExitTwo() {
        String f = LOG.toString();
        for (String[] c : new String[][] { { "0", "the duration must be more than 0, not '0'" },
                { "0ms", "the duration must be more than 0, not '0ms'" },
                { "10", "'10' is not a duration (a number and a unit: ns, us, ms or s; for example 10ms)" },
                { "1.5xs", "'1.5xs' is not a duration" }, { "ms", "'ms' is not a duration" },
                { "0.5ns", "'0.5ns' is not a whole number of nanoseconds below 2^63" },
                { "99999999999s", "'99999999999s' is not a whole number of nanoseconds below 2^63" } }) {
            MainTest.Run r = MainTest.run("stats", "--window", c[0], f);
            assertEquals(2, r.rc(), c[0]);
            assertEquals("", r.out());
            assertTrue(r.err().startsWith("ringside: --window: " + c[1]), r.err());
            assertEquals(1, r.err().strip().split("\n").length, r.err());
        }
        MainTest.Run csv = MainTest.run("stats", "--csv", f);
        assertEquals(2, csv.rc());
        assertEquals("ringside: --csv prints the series of --window: give a window (for example --window 10ms)\n",
                csv.err());
    }
}
