package io.ringside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --virtio-features} and {@code --virtio-device} on the command line: check, stats, show and import
 * take them; a cached index is kept apart per setting; an imported trace records them in its header; bad
 * settings are one line and exit 2.
 */
class QemuFeaturesCliTest {

    private static final Path K = QemuCliTest.log("k_virtio-blk_split_inorder.trace.log.xz");

    @TempDir
    Path dir;

    /** The guest's features as its console shows them (sysfs bit string), given as they are. */
    static String guestFeatures(String prefix) throws IOException {
        Matcher m = Pattern.compile("features=([01]+)").matcher(Files.readString(QemuCliTest.log(prefix + ".console.txt")));
        assertTrue(m.find());
        return m.group(1);
    }

    private static long qmp(String prefix, String key) throws IOException {
        Matcher m = Pattern.compile("\"" + key + "\": (\\d+)")
                .matcher(Files.readString(QemuCliTest.log(prefix + ".qmp-virtio-status.txt"), StandardCharsets.UTF_8));
        assertTrue(m.find(), key);
        return Long.parseLong(m.group(1));
    }

    @Test
    void theGuestsFeaturesLetStatsRebuildTheInOrderIndicesQmpReported() throws IOException {
        String k = "k_virtio-blk_split_inorder";
        MainTest.Run without = MainTest.run("stats", "--json", K.toString());
        assertEquals(0, without.rc(), without.err());
        assertTrue(without.out().contains("\"layout\" : \"packed or split with IN_ORDER\""), without.out());
        assertTrue(without.err().contains("the log cannot tell which: give the guest's features with --virtio-features"),
                without.err());
        MainTest.Run with = MainTest.run("stats", "--json", "--virtio-features", guestFeatures(k), K.toString());
        assertEquals(0, with.rc(), with.err());
        assertTrue(with.out().contains("\"lastAvailIdx\" : " + qmp(k, "last-avail-idx")), with.out());
        assertTrue(with.out().contains("\"usedIdx\" : " + qmp(k, "used-idx")), with.out());
        assertTrue(with.out().contains("\"inOrder\" : true"), with.out());
        MainTest.Run check = MainTest.run("check", "--virtio-features", "0x561eb4d7f180=" + guestFeatures(k), K.toString());
        assertEquals(0, check.rc(), check.out() + check.err());
    }

    @Test
    void showKeepsAnIndexPerSettingAndImportRecordsThem() throws IOException {
        String bits = guestFeatures("k_virtio-blk_split_inorder");
        String last = "5000"; // in the Linux epoch (the log ends with resets: no queue is active after them)
        MainTest.Run a = MainTest.run("show", "--json", "--at", last, K.toString());
        MainTest.Run b = MainTest.run("show", "--json", "--at", last, "--virtio-features", bits, K.toString());
        MainTest.Run c = MainTest.run("show", "--json", "--at", last, K.toString());
        assertEquals(0, b.rc(), b.err());
        assertNotEquals(a.out(), b.out(), "the features change the state: the cached index of the other run is not used");
        assertTrue(b.out().contains("\"inOrder\" : true"), b.out());
        assertEquals(a.out(), c.out());
        Path out = dir.resolve("k.rstrace");
        MainTest.Run i = MainTest.run("import", K.toString(), "-o", out.toString(), "--virtio-features", bits,
                "--virtio-device", "0=virtio-blk");
        assertEquals(0, i.rc(), i.err());
        String header = Files.readAllLines(out).get(0);
        assertTrue(header.contains("\"type\":\"virtio-blk\",\"name\":\"virtio-blk@0x561eb4d7f180\",\"features\":\"0x10930006e54\""),
                header);
        assertTrue(header.contains("0x10930006e54 (given: --virtio-features)"), header);
        MainTest.Run fromTrace = MainTest.run("stats", "--json", out.toString());
        MainTest.Run fromLog = MainTest.run("stats", "--json", "--virtio-features", bits, K.toString());
        assertEquals(fromLog.out(), fromTrace.out(), "the imported trace replays as the log with its features");
    }

    @Test
    void badSettingsAreOneLineAndExit2() {
        String[][] cases = {
                {"--virtio-features", "xyz", "Invalid value for option '--virtio-features'"},
                {"--virtio-features", "5=0x1", "--virtio-features 5=0x1: no virtio device 5 in the log"},
                {"--virtio-device", "net", "expected DEVICE=TYPE"},
                {"--virtio-device", "0=virtio-net", "--virtio-device 0=virtio-net: the log shows virtio-blk events"},
                {"--virtio-features", "0x430000000", "negotiated VIRTIO_F_RING_PACKED, but every epoch"}};
        for (String[] c : cases) {
            Path log = c[2].contains("RING_PACKED") ? QemuCliTest.log("a_virtio-blk_split.trace.log.xz") : K;
            for (String cmd : new String[] {"check", "stats", "show"}) {
                MainTest.Run r = cmd.equals("show") ? MainTest.run(cmd, "--at", "0", c[0], c[1], log.toString())
                        : MainTest.run(cmd, c[0], c[1], log.toString());
                assertEquals(2, r.rc(), cmd + " " + c[1] + ": " + r.out() + r.err());
                assertTrue(r.err().contains(c[2]), cmd + " " + c[1] + ": " + r.err());
                assertFalse(r.err().contains("Exception"), r.err());
                assertEquals(1, r.err().strip().lines().filter(l -> l.startsWith("ringside:") || l.contains(c[2])).count(),
                        r.err());
            }
        }
    }
}
