package io.ringside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QEMU logs a user may have that no QEMU wrote as they are (numbers out of their type's range, a log cut
 * inside a line, a malformed or mixed time prefix): through {@link Main} as a user runs it, one line naming
 * file, line and what is wrong, exit 2, a stack trace only with {@code --debug}; {@code --lenient} skips the
 * bad event line and says so (a mixed prefix stays an error).
 */
class QemuMalformedInputTest {

    @TempDir
    Path dir;

    private static final String START = "12017@1795246799.431998:virtio_set_status vdev 0x55d140fe0600 val 0\n"
            + "12017@1795246806.191360:virtqueue_pop vq 0x7fbecbc96010 elem 0x55d141178380 in_num 2 out_num 1\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "len 2^64      | 12017@1795246806.191422:virtqueue_fill vq 0x7fbecbc96010 elem 0x55d141178380 len 18446744073709551616 idx 0 | :3: QEMU event virtqueue_fill: field 'len' = 18446744073709551616 is out of the range of its type, uint32 | yes",
        "len -1        | 12017@1795246806.191422:virtqueue_fill vq 0x7fbecbc96010 elem 0x55d141178380 len -1 idx 0 | :3: QEMU event virtqueue_fill: field 'len' = -1 | yes",
        "in_num 10^20  | 12017@1795246806.191422:virtqueue_pop vq 0x7fbecbc96010 elem 0x55d141178381 in_num 99999999999999999999 out_num 1 | field 'in_num' = 99999999999999999999 | yes",
        "qsize 2^32-1  | 12017@1795246806.191422:pci_nvme_create_cq create completion queue, addr=0x1ffdc000, cqid=1, vector=0, qsize=4294967295, qflags=1, ien=0 | field 'qsize' = 4294967295 is out of the range of its type, uint16 (0 to 65535) | yes",
        "cut in a name | 12017@1795246806.191422:virtqueue_fi | :3: the log ends inside this line (no newline after it): a trace event cut short | yes",
        "bad prefix    | 12017@1795246806.191422virtqueue_fill vq 0x7fbecbc96010 elem 0x55d141178380 len 1 idx 0 | :3: malformed time prefix at column 24 | yes",
        "mixed prefix  | 2026-12-05T23:55:41.169785Z virtqueue_fill vq 0x7fbecbc96010 elem 0x55d141178380 len 1 idx 0 | :3: this event line has an ISO 8601 time prefix (QEMU 10.1+) but the log's first event line has a 'tid@sec.usec:' prefix | no",
    })
    void refusedWithOneLine(String name, String line, String expected, String lenientSkips) throws IOException {
        Path f = dir.resolve("bad.log");
        Files.writeString(f, START + line + (name.startsWith("cut") ? "" : "\n" + START));
        for (String cmd : new String[] {"check", "stats", "import"}) {
            MainTest.Run r = cmd.equals("import") ? MainTest.run(cmd, f.toString(), "-o", dir.resolve("x.rstrace").toString())
                    : MainTest.run(cmd, f.toString());
            assertEquals(2, r.rc(), cmd + ": " + r.out() + r.err());
            String err = r.err().strip();
            assertFalse(err.contains("\n"), "one line: " + err);
            assertFalse(err.contains("Exception"), err);
            assertTrue(err.startsWith("ringside: " + f + ":"), "names the file and line: " + err);
            assertTrue(err.contains(expected.strip()), cmd + ": '" + expected.strip() + "' in: " + err);
        }
        MainTest.Run debug = MainTest.run("check", "--debug", f.toString());
        assertTrue(debug.err().contains("\tat "), "--debug prints the stack trace");
        MainTest.Run lenient = MainTest.run("check", "--lenient", f.toString());
        if (lenientSkips.strip().equals("yes")) {
            assertTrue(lenient.rc() != 2, "--lenient reads on: " + lenient.err());
            assertTrue(lenient.err().contains("--lenient skipped 1 event line(s) that did not parse, e.g. " + f + ":3: "),
                    lenient.err());
        } else {
            assertEquals(2, lenient.rc(), "mixed prefixes stay an error: " + lenient.err());
        }
    }
}
