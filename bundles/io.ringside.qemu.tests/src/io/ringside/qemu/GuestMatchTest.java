package io.ringside.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.XZInputStream;

/**
 * The guest's Linux ftrace matched with the QEMU log of the same run (samples/traces/qemu/d_nvme_smp1), with
 * every number also computed here from the raw text by a separate, plain implementation (regular
 * expressions and lists), and small made-up logs for epochs the sample does not have.
 */
class GuestMatchTest {

    static final Path LOG = RepoFiles.sample("d_nvme_smp1.trace.log.xz");
    static final Path FTRACE = RepoFiles.sample("d_nvme_smp1.guest-ftrace.txt.xz");

    @TempDir
    Path dir;

    static List<String> lines(Path xz) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new XZInputStream(Files.newInputStream(xz)),
                StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }

    record Cmd(int q, int cid, String op, long start, long[] end) {
    }

    static final Pattern GUEST = Pattern.compile(" (\\d+)\\.(\\d{6}): (nvme_setup_cmd|nvme_complete_rq): .*qid=(\\d+), cmdid=(\\d+)"
            + "(?:.*cmd=\\((\\w+))?");
    /** A host line's time (either prefix: QEMU 7.2's {@code tid@sec.usec:}, 11.1's ISO 8601 UTC) and event. */
    static final Pattern HOST = Pattern.compile("^(?:\\d+@(\\d+)|(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d))\\.(\\d{6})(?::|Z )"
            + "pci_nvme_(admin_cmd|io_cmd|enqueue_req_completion|mmio_start_success)"
            + "(?: cid (\\d+).*?(?:sqid|cqid) (\\d+)(?:.*?opname '(\\w+)')?)?");

    /** Guest commands in setup order, completion times filled in. */
    static List<Cmd> rawGuest() throws IOException {
        return rawGuest(FTRACE);
    }

    static List<Cmd> rawGuest(Path ftrace) throws IOException {
        List<Cmd> all = new ArrayList<>();
        Map<Long, Cmd> open = new HashMap<>();
        for (String l : lines(ftrace)) {
            Matcher m = GUEST.matcher(l);
            if (!m.find()) {
                continue;
            }
            long t = Long.parseLong(m.group(1)) * 1_000_000 + Long.parseLong(m.group(2));
            long k = Long.parseLong(m.group(4)) << 16 | Long.parseLong(m.group(5));
            if (m.group(3).equals("nvme_setup_cmd")) {
                Cmd c = new Cmd(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6), t, new long[] { -1 });
                all.add(c);
                open.put(k, c);
            } else {
                open.remove(k).end()[0] = t;
            }
        }
        return all;
    }

    /** Host commands per epoch (index 0: before the first enable), completions matched on the same queue id. */
    static List<List<Cmd>> rawHost() throws IOException {
        return rawHost(LOG);
    }

    static List<List<Cmd>> rawHost(Path log) throws IOException {
        List<List<Cmd>> epochs = new ArrayList<>();
        epochs.add(new ArrayList<>());
        Map<Long, Cmd> open = new HashMap<>();
        for (String l : lines(log)) {
            Matcher m = HOST.matcher(l);
            if (!m.find()) {
                continue;
            }
            long sec = m.group(1) != null ? Long.parseLong(m.group(1))
                    : java.time.LocalDateTime.parse(m.group(2)).toEpochSecond(java.time.ZoneOffset.UTC);
            long t = sec * 1_000_000 + Long.parseLong(m.group(3));
            String ev = m.group(4);
            if (ev.equals("mmio_start_success")) {
                epochs.add(new ArrayList<>());
                open.clear();
                continue;
            }
            long k = Long.parseLong(m.group(6)) << 16 | Long.parseLong(m.group(5));
            if (ev.equals("enqueue_req_completion")) {
                Cmd c = open.remove(k); // one SQ per CQ, same id, in this run
                if (c != null) {
                    c.end()[0] = t;
                }
            } else {
                Cmd c = new Cmd(Integer.parseInt(m.group(6)), Integer.parseInt(m.group(5)), m.group(7), t, new long[] { -1 });
                epochs.get(epochs.size() - 1).add(c);
                open.put(k, c);
            }
        }
        return epochs;
    }

    static String linuxName(String qemuName) {
        return switch (qemuName) {
        case "NVME_NVM_CMD_READ" -> "nvme_cmd_read";
        case "NVME_NVM_CMD_WRITE" -> "nvme_cmd_write";
        case "NVME_NVM_CMD_FLUSH" -> "nvme_cmd_flush";
        case "NVME_ADM_CMD_IDENTIFY" -> "nvme_admin_identify";
        case "NVME_ADM_CMD_GET_LOG_PAGE" -> "nvme_admin_get_log_page";
        case "NVME_ADM_CMD_SET_FEATURES" -> "nvme_admin_set_features";
        case "NVME_ADM_CMD_CREATE_CQ" -> "nvme_admin_create_cq";
        case "NVME_ADM_CMD_CREATE_SQ" -> "nvme_admin_create_sq";
        case "NVME_ADM_CMD_DBBUF_CONFIG" -> "nvme_admin_dbbuf";
        case "NVME_ADM_CMD_SECURITY_RECV" -> "nvme_admin_security_recv";
        default -> qemuName;
        };
    }

    static long median(List<Long> v, int percent) {
        List<Long> s = new ArrayList<>(v);
        Collections.sort(s);
        return s.get((int) Math.max(0, (s.size() * (long) percent + 99) / 100 - 1));
    }

    /**
     * Linux 7.2 on QEMU 11.1 with two vCPUs and two I/O queues ({@code n_nvme_qemu11_smp2}): the nvme and
     * block tracepoints print as in 6.1 (command ids now carry Linux's generation counter in their top bits,
     * {@code cmdid=5056} = 0x13c0: QEMU logs the same value), and the log's times are ISO 8601. Every guest
     * command is matched; the numbers are computed here from the raw text.
     */
    @Test
    void everyLinux72CommandOfTheQemu11SampleIsMatched() throws IOException {
        Path log = RepoFiles.sample("n_nvme_qemu11_smp2.trace.log.xz");
        Path ftrace = RepoFiles.sample("n_nvme_qemu11_smp2.guest-ftrace.txt.xz");
        GuestMatch.Result r = GuestMatch.run(log, GuestTrace.read(ftrace), false);
        List<Cmd> guest = rawGuest(ftrace);
        List<List<Cmd>> host = rawHost(log);
        assertEquals(guest.size(), r.guestCommands());
        assertEquals(host.stream().mapToLong(List::size).sum(), r.hostCommands());
        assertEquals(3, host.size(), "SeaBIOS's enable, then Linux's");
        assertEquals(guest.size(), r.matched(), "every command Linux set up was fetched by QEMU");
        assertEquals(0, r.guestOnly());
        assertEquals(host.get(1).size(), r.hostOnlyBeforeGuestTrace(), "the firmware's commands are host-only");
        assertEquals(host.get(2).size() - guest.size(), r.hostOnlyOther() + r.hostOnlyAfterGuestTrace());
        assertEquals(0, r.opcodeMismatches());
        assertEquals(r.matched(), r.opcodeAgree(), "every opcode Linux 7.2 names is known");
        assertEquals(0, r.statusMismatches());
        assertTrue(r.offsetConsistent());
        for (Map<String, Object> q : r.queues()) {
            int qid = (Integer) q.get("qid");
            long g = guest.stream().filter(c -> c.q() == qid).count();
            assertEquals(g, q.get("guestCommands"), "qid " + qid);
            assertEquals(g, q.get("matched"), "qid " + qid);
        }
        assertEquals(3, r.queues().size(), "the admin queue and two I/O queues");
        // the plain pairing: the n-th guest command of a (qid, cid) with the n-th host fetch of Linux's epoch
        Map<Long, ArrayDeque<Cmd>> byKey = new HashMap<>();
        for (Cmd h : host.get(2)) {
            byKey.computeIfAbsent((long) h.q() << 16 | h.cid(), k -> new ArrayDeque<>()).add(h);
        }
        for (Cmd g : guest) {
            Cmd h = byKey.get((long) g.q() << 16 | g.cid()).poll();
            assertEquals(linuxName(h.op()), g.op(), "same opcode for qid " + g.q() + " cid " + g.cid());
        }
        assertTrue(guest.stream().anyMatch(c -> c.cid() >= 4096), "command ids with a generation counter");
    }

    @Test
    void everyLinuxCommandOfTheSampleIsMatched() throws IOException {
        GuestTrace g = GuestTrace.read(FTRACE);
        GuestMatch.Result r = GuestMatch.run(LOG, g, false);
        List<Cmd> guest = rawGuest();
        List<List<Cmd>> host = rawHost();
        // xz -dc d_nvme_smp1.guest-ftrace.txt.xz | grep -c 'nvme_setup_cmd:'                       -> 2715
        assertEquals(2715, guest.size());
        assertEquals(guest.size(), r.guestCommands());
        // xz -dc d_nvme_smp1.trace.log.xz | grep -cE 'pci_nvme_(admin|io)_cmd '                   -> 2978
        long hostAll = host.stream().mapToLong(List::size).sum();
        assertEquals(2978, hostAll);
        assertEquals(hostAll, r.hostCommands());
        // two enables: SeaBIOS (lines 25..2895 of the log: 260 commands), then Linux (2718)
        assertEquals(3, host.size());
        assertEquals(0, host.get(0).size());
        assertEquals(260, host.get(1).size());
        assertEquals(2718, host.get(2).size());

        assertEquals(guest.size(), r.matched(), "every command Linux set up was fetched by QEMU");
        assertEquals(0, r.guestOnly());
        assertEquals(host.get(1).size(), r.hostOnlyBeforeGuestTrace(), "the firmware's commands are host-only");
        // Linux's own host-only commands: the Asynchronous Event Request (sent without nvme_setup_cmd) and the
        // deletion of the I/O queues at power-off, after the guest's trace was saved:
        // xz -dc d_nvme_smp1.trace.log.xz | awk 'NR>=2917' | grep -cE "ASYNC_EV_REQ|DELETE_[SC]Q"  -> 3
        long untraced = host.get(2).stream().filter(c -> c.op().matches("NVME_ADM_CMD_(ASYNC_EV_REQ|DELETE_SQ|DELETE_CQ)"))
                .count();
        assertEquals(3, untraced);
        assertEquals(host.get(2).size() - guest.size(), untraced);
        assertEquals(1, r.hostOnlyOther(), "the AER, fetched while the guest trace ran");
        assertEquals(2, r.hostOnlyAfterGuestTrace(), "delete SQ and CQ, after the guest trace's last event");
        assertEquals(0, r.opcodeMismatches());
        assertEquals(0, r.statusMismatches());

        // per queue: every I/O command of Linux (qid 1) matched; the host's one more is the firmware's read
        Map<String, Object> q1 = r.queues().get(1);
        assertEquals(1, q1.get("qid"));
        long guestIo = guest.stream().filter(c -> c.q() == 1).count();
        assertEquals(2699, guestIo); // xz -dc ...guest-ftrace.txt.xz | grep nvme_setup_cmd | grep -c ' qid=1,'
        assertEquals(guestIo, q1.get("guestCommands"));
        assertEquals(guestIo, q1.get("matched"));
        assertEquals(host.stream().flatMap(List::stream).filter(c -> c.q() == 1).count(), q1.get("hostCommands"));
        assertEquals(2L, (long) r.epochs().size());
        assertEquals(0L, r.epochs().get(0).get("matched"));
        assertEquals((long) guest.size(), r.epochs().get(1).get("matched"));
    }

    /**
     * The same pairing done plainly: the n-th guest command of a (qid, cid) with the n-th of the Linux epoch;
     * opcodes agree, the causal bounds of the clock offset and the latency percentiles come out the same.
     */
    @Test
    void offsetAndLatenciesAgreeWithAPlainPairing() throws IOException {
        GuestMatch.Result r = GuestMatch.run(LOG, GuestTrace.read(FTRACE), false);
        List<Cmd> guest = rawGuest();
        Map<Long, ArrayDeque<Cmd>> byKey = new HashMap<>();
        for (Cmd h : rawHost().get(2)) {
            byKey.computeIfAbsent((long) h.q() << 16 | h.cid(), k -> new ArrayDeque<>()).add(h);
        }
        long hi = Long.MAX_VALUE;
        long lo = Long.MIN_VALUE;
        List<Long> gLat = new ArrayList<>();
        List<Long> hLat = new ArrayList<>();
        List<Long> outside = new ArrayList<>();
        for (Cmd g : guest) {
            Cmd h = byKey.get((long) g.q() << 16 | g.cid()).poll();
            assertNotNull(h, "a host fetch for every guest command");
            assertEquals(linuxName(h.op()), g.op(), "same opcode");
            hi = Math.min(hi, h.start() - g.start());
            lo = Math.max(lo, h.end()[0] - g.end()[0]);
            gLat.add(g.end()[0] - g.start());
            hLat.add(h.end()[0] - h.start());
            outside.add((g.end()[0] - g.start()) - (h.end()[0] - h.start()));
        }
        assertTrue(lo <= hi, "the clocks agree: an offset exists that makes every pair causal");
        assertEquals(lo * 1000, r.offsetLowNs());
        assertEquals(hi * 1000, r.offsetHighNs());
        assertTrue(r.offsetConsistent());
        assertTrue(r.offsetNs() >= r.offsetLowNs() && r.offsetNs() <= r.offsetHighNs());
        assertTrue(hi - lo < 100, "tight: " + (hi - lo) + " us");
        for (int p : new int[] { 50, 99 }) {
            assertEquals((double) median(gLat, p), p == 50 ? r.guestLatency().median() : r.guestLatency().p99(), 0.01);
            assertEquals((double) median(hLat, p), p == 50 ? r.hostLatency().median() : r.hostLatency().p99(), 0.01);
            assertEquals((double) median(outside, p), p == 50 ? r.outsideDevice().median() : r.outsideDevice().p99(), 0.01);
        }
        assertEquals((double) Collections.min(outside), r.outsideDevice().min(), 0.01);
        assertEquals((double) Collections.max(gLat), r.guestLatency().max(), 0.01);
        assertTrue(r.outsideDevice().min() > 0, "the guest sees every command for longer than the device model holds it");
    }

    @Test
    void guestTraceCountsEveryLine() throws IOException {
        GuestTrace g = GuestTrace.read(FTRACE);
        List<String> raw = lines(FTRACE);
        assertEquals(raw.size(), g.lines());
        assertEquals(raw.stream().filter(l -> l.startsWith("#")).count(), g.headerLines());
        assertEquals(raw.size() - g.headerLines(), g.events());
        // xz -dc ... | grep -c ' block_rq_issue: ' -> 2715, ' block_rq_complete: ' -> 2716 (the flush's pre-flush)
        assertEquals(raw.stream().filter(l -> l.contains(" block_rq_issue: ")).count(), g.blockIssues());
        assertEquals(raw.stream().filter(l -> l.contains(" block_rq_complete: ")).count(), g.blockCompletions());
        assertEquals(raw.stream().filter(l -> l.contains(" nvme_sq: ")).count(), g.sqEvents());
        assertEquals(2716L, g.eventsByName().get("block_rq_complete"));
        assertEquals("nvme0", g.controller());
        assertEquals(0, g.completionsWithoutSetup());
        for (int i = 0; i < g.commands(); i++) {
            assertTrue(g.opcode(i) >= 0, "every opcode name is known: command " + i);
        }
    }

    // ------------------------------------------------------------------ made-up runs

    private static String host(double t, String event) {
        return String.format(Locale.ROOT, "100@%.6f:%s%n", t, event);
    }

    private static String cmd(double t, int cid, int sq, int opc) {
        return host(t, sq == 0 ? "pci_nvme_admin_cmd cid " + cid + " sqid 0 opc 0x" + Integer.toHexString(opc) + " opname 'X'"
                : "pci_nvme_io_cmd cid " + cid + " nsid 0x1 sqid " + sq + " opc 0x" + Integer.toHexString(opc) + " opname 'X'");
    }

    private static String cpl(double t, int cid, int cq) {
        return host(t, "pci_nvme_enqueue_req_completion cid " + cid + " cqid " + cq + " dw0 0x0 dw1 0x0 status 0x0");
    }

    private static String setup(double t, int qid, int cid, String op) {
        return String.format(Locale.ROOT, "  kworker/0:1H-37  [000] .....  %.6f: nvme_setup_cmd: nvme0: qid=%d, cmdid=%d, nsid=1, flags=0x0,"
                + " meta=0x0, cmd=(%s slba=0, len=7)%n", t, qid, cid, op);
    }

    private static String done(double t, int qid, int cid) {
        return String.format(Locale.ROOT, "  <idle>-0  [000] d.h1.  %.6f: nvme_complete_rq: nvme0: qid=%d, cmdid=%d, res=0x0, retries=0,"
                + " flags=0x0, status=0x0%n", t, qid, cid);
    }

    /**
     * Firmware, then Linux, then a controller reset by Linux and a second Linux epoch that reuses the same
     * command ids: pairs stay within their epoch, a command set up but never fetched before the reset is
     * guest-only, and the firmware's commands (same ids, other opcodes) are host-only.
     */
    @Test
    void epochsKeepTheirOwnCommands() throws IOException {
        // host = guest + 1000 s
        String log = host(1000.0, "pci_nvme_mmio_start_success setting controller enable bit succeeded")
                + cmd(1000.001, 24, 0, 0x6) + cpl(1000.0011, 24, 0)
                + cmd(1000.002, 25, 0, 0x6) + cpl(1000.0021, 25, 0)
                + host(1000.5, "pci_nvme_mmio_stopped cleared controller enable bit")
                + host(1001.0, "pci_nvme_mmio_start_success setting controller enable bit succeeded")
                + cmd(1001.010, 24, 0, 0x6) + cpl(1001.0102, 24, 0)
                + cmd(1001.020, 25, 0, 0x2) + cpl(1001.0202, 25, 0)
                + host(1002.0, "pci_nvme_mmio_stopped cleared controller enable bit")
                + host(1002.5, "pci_nvme_mmio_start_success setting controller enable bit succeeded")
                + cmd(1002.510, 24, 0, 0x6) + cpl(1002.5102, 24, 0)
                + cmd(1002.520, 26, 0, 0x9) + cpl(1002.5202, 26, 0)
                + cmd(1002.530, 25, 0, 0x2) + cpl(1002.5302, 25, 0)
                + host(1003.0, "pci_nvme_mmio_stopped cleared controller enable bit");
        String ftrace = "# tracer: nop\n#\n"
                + setup(1.0099, 0, 24, "nvme_admin_identify") + done(1.0104, 0, 24)
                + setup(1.0199, 0, 25, "nvme_admin_get_log_page") + done(1.0204, 0, 25)
                + setup(1.9, 0, 26, "nvme_admin_set_features") // the reset came first: never fetched
                + setup(2.5099, 0, 24, "nvme_admin_identify") + done(2.5104, 0, 24)
                + setup(2.5199, 0, 26, "nvme_admin_set_features") + done(2.5204, 0, 26)
                + setup(2.5299, 0, 25, "nvme_admin_get_log_page") + done(2.5304, 0, 25);
        Path l = dir.resolve("run.log");
        Path f = dir.resolve("run.ftrace.txt");
        Files.writeString(l, log);
        Files.writeString(f, ftrace);
        GuestMatch.Result r = GuestMatch.run(l, GuestTrace.read(f), false);
        assertEquals(6, r.guestCommands());
        assertEquals(7, r.hostCommands());
        assertEquals(5, r.matched());
        assertEquals(1, r.guestOnly(), "cid 26 of the second epoch: set up, then the controller was reset");
        assertEquals(2, r.hostOnlyBeforeGuestTrace(), "the firmware's epoch");
        assertEquals(0, r.hostOnlyOther());
        assertEquals(0, r.opcodeMismatches(), "no pair crosses an epoch: cid 25 is Identify in the firmware's");
        assertTrue(r.offsetConsistent());
        assertEquals(1000.0, r.offsetNs() / 1e9, 0.001);
        // the guest-only one is the cid 26 set up before the reset, not the one after it (which completed)
        assertEquals(5, r.guestLatency().count(), "every pair completed on both sides");
        assertEquals(500.0, r.guestLatency().max(), 0.01);
        assertEquals(200.0, r.hostLatency().max(), 0.01);
        assertEquals(3, r.epochs().size());
        assertEquals(List.of(0L, 2L, 3L), r.epochs().stream().map(e -> e.get("matched")).toList());
    }

    @Test
    void aGuestTraceOfAnotherRunMatchesNothing() throws IOException {
        String log = host(5000.0, "pci_nvme_mmio_start_success setting controller enable bit succeeded")
                + cmd(5000.001, 768, 1, 0x1) + cpl(5000.0011, 768, 1);
        Path l = dir.resolve("other.log");
        Files.writeString(l, log);
        GuestMatch.Result r = GuestMatch.run(l, GuestTrace.read(FTRACE), false);
        assertFalse(r.aligned());
        assertEquals(0, r.matched());
        assertEquals(1, r.hostOnly());
        assertEquals(2715, r.guestOnly());
        assertTrue(r.note().contains("no controller epoch"), r.note());
    }
}
