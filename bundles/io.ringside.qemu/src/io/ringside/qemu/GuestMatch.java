package io.ringside.qemu;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.ringside.qemu.internal.HostCommands;
import io.ringside.qemu.internal.NvmeCommands;

/**
 * Pairs the NVMe commands of a guest's Linux ftrace ({@link GuestTrace}) with the commands a QEMU log shows
 * the controller fetching ({@code pci_nvme_admin_cmd}, {@code pci_nvme_io_cmd}) and completing
 * ({@code pci_nvme_enqueue_req_completion}), by queue and command id.
 * <p>
 * Command ids are reused, so the pairing is in order per (queue id, command id): the n-th guest setup of a
 * (qid, cid) with the n-th host fetch of it, counted within each controller epoch (enable to reset). The
 * host's epochs come from the log; the guest's trace does not show resets, so the guest clock is tied to the
 * host's first: the first epoch of the log whose first commands agree with the guest's first commands of
 * the same ids (at least 90% of up to {@value #ANCHOR_PAIRS} pairs with the same opcode, and causal: a
 * command is fetched after it was set up and completed by the host before the guest saw the completion)
 * fixes the clock offset. Firmware epochs (SeaBIOS) fail that test: they are host-only. Then every host
 * command, in the log's order, takes the next guest command of its (qid, cid) unless that one was set up
 * after the fetch, or before its epoch began, or completed in the guest before the host completed it
 * (each within {@value #SLACK_NS} ns): those make host-only and guest-only commands instead of wrong pairs.
 * <p>
 * The clock offset (host time minus guest uptime) is bounded by every pair with both completions: at most
 * fetch − setup, at least host completion − guest completion; the estimate is the middle of the tightest
 * such interval (empty when the clocks drift or pairs are wrong: reported as inconsistent). Latencies are
 * per pair: guest setup to completion (guest clock), host fetch to completion (host clock), and their
 * difference, the time spent outside QEMU's NVMe device model (guest driver, doorbell, interrupt), which
 * needs no offset. Memory: compact arrays of both sides' commands, at most {@link GuestTrace#MAX_COMMANDS}
 * each, and the matching's own (under 100 bytes a command in all, maps of command ids included).
 * <p>
 * virtio guests' traces have block requests only (no command id): {@link #run} then compares counts
 * (guest block requests issued/completed, host buffers popped/filled).
 * <p>
 * The host side (the log's commands by epoch) is {@link HostCommands}; this class pairs and measures, and
 * {@link Result} reports.
 */
public final class GuestMatch {

    /** Pairs that decide whether an epoch is the one the guest trace starts in. */
    public static final int ANCHOR_PAIRS = 64;
    /** Tolerance of the causal tests (timestamp resolution, clock drift). */
    public static final long SLACK_NS = 500_000;

    private final HostCommands hosts;

    private GuestMatch(HostCommands hosts) {
        this.hosts = hosts;
    }

    /** Reads the QEMU log's commands and pairs them with the guest's. */
    public static Result run(Path log, GuestTrace guest, boolean lenient) throws IOException {
        return new GuestMatch(HostCommands.read(log, lenient)).match(guest, log);
    }

    // ------------------------------------------------------------------ matching

    private Result match(GuestTrace g, Path log) {
        NvmeCommands gs = g.cmds; // started = set up, ended = completed
        NvmeCommands host = hosts.cmds;
        int epochs = hosts.epochs();
        int n = host.n;
        int[] key = host.key;
        short[] opcode = host.opcode;
        long[] fetchNs = host.startNs;
        long[] doneNs = host.endNs;
        int[] status = host.status;
        // the guest's commands of each (qid, cid), in order: first[key], then next[i]
        int[] next = new int[gs.n];
        Map<Integer, Integer> first = new HashMap<>();
        for (int i = gs.n - 1; i >= 0; i--) {
            Integer f = first.put(gs.key[i], i);
            next[i] = f == null ? -1 : f;
        }
        Result r = new Result(g, log);
        r.hostCommands = n;
        r.hostPops = hosts.pops();
        r.hostFills = hosts.fills();

        // ---- the offset: the first epoch whose first pairs agree
        int anchor = -1;
        long offset = 0;
        for (int ep = 0; ep < epochs && anchor < 0 && gs.n > 0; ep++) {
            Map<Integer, Integer> cursor = new HashMap<>();
            int pairs = 0;
            int agree = 0;
            long hi = Long.MAX_VALUE;
            long lo = Long.MIN_VALUE;
            for (int h = hosts.epochFirst(ep); h < hosts.epochEnd(ep) && pairs < ANCHOR_PAIRS; h++) {
                Integer c = cursor.containsKey(key[h]) ? cursor.get(key[h]) : first.get(key[h]);
                if (c == null || c < 0) {
                    continue;
                }
                int gi = c;
                cursor.put(key[h], next[gi]);
                pairs++;
                if (gs.opcode[gi] == opcode[h]) {
                    agree++;
                    hi = Math.min(hi, fetchNs[h] - gs.startNs[gi]);
                    if (doneNs[h] >= 0 && gs.endNs[gi] >= 0) {
                        lo = Math.max(lo, doneNs[h] - gs.endNs[gi]);
                    }
                }
            }
            if (pairs > 0 && agree * 10L >= pairs * 9L && (lo == Long.MIN_VALUE || lo <= hi + SLACK_NS)) {
                anchor = ep;
                offset = lo == Long.MIN_VALUE ? hi : lo + (hi - lo) / 2;
            }
        }
        r.anchorEpoch = anchor < 0 ? -1 : hosts.epochNo(anchor);

        // ---- pairing
        int[] pairOf = new int[n]; // host -> guest index, or -1
        Arrays.fill(pairOf, -1);
        boolean[] guestMatched = new boolean[gs.n];
        if (anchor >= 0) {
            Map<Integer, Integer> cursor = new HashMap<>();
            for (int h = hosts.epochFirst(anchor); h < n; h++) {
                Integer c = cursor.containsKey(key[h]) ? cursor.get(key[h]) : first.get(key[h]);
                int gi = c == null ? -1 : c;
                long begin = hosts.epochStart(hosts.epochOf(h)) - offset; // the epoch's start, guest clock
                while (gi >= 0 && (gs.startNs[gi] < begin - SLACK_NS || (doneNs[h] >= 0 && gs.endNs[gi] >= 0
                        && gs.endNs[gi] + offset < doneNs[h] - SLACK_NS))) {
                    gi = next[gi]; // never fetched in its epoch: guest-only
                }
                if (gi >= 0 && gs.startNs[gi] + offset <= fetchNs[h] + SLACK_NS) {
                    pairOf[h] = gi;
                    guestMatched[gi] = true;
                    cursor.put(key[h], next[gi]);
                } else {
                    cursor.put(key[h], gi);
                }
            }
        }

        // ---- results
        TreeMap<Integer, long[]> queues = new TreeMap<>(); // qid -> guest, host, matched
        for (int i = 0; i < gs.n; i++) {
            queues.computeIfAbsent(g.qid(i), q -> new long[3])[0]++;
        }
        long[] gLat = new long[n];
        long[] hLat = new long[n];
        long[] outside = new long[n];
        int lat = 0;
        long hi = Long.MAX_VALUE;
        long lo = Long.MIN_VALUE;
        long[] perEpoch = new long[epochs];
        for (int h = 0; h < n; h++) {
            long[] q = queues.computeIfAbsent(key[h] >>> 16, x -> new long[3]);
            q[1]++;
            int gi = pairOf[h];
            if (gi < 0) {
                if (anchor < 0) {
                    r.hostOnlyOther++;
                } else if (fetchNs[h] < g.firstEventNs + offset - SLACK_NS) {
                    r.hostOnlyBefore++;
                } else if (fetchNs[h] > g.lastEventNs + offset + SLACK_NS) {
                    r.hostOnlyAfter++;
                } else {
                    r.hostOnlyOther++;
                }
                continue;
            }
            q[2]++;
            perEpoch[hosts.epochOf(h)]++;
            r.matched++;
            if (gs.opcode[gi] == opcode[h]) {
                r.opcodeAgree++;
            } else if (gs.opcode[gi] < 0) {
                r.opcodeUnknown++;
            } else {
                r.opcodeMismatches++;
            }
            if (gs.status[gi] >= 0 && status[h] >= 0 && gs.status[gi] != status[h]) {
                r.statusMismatches++;
            }
            hi = Math.min(hi, fetchNs[h] - gs.startNs[gi]);
            if (doneNs[h] >= 0 && gs.endNs[gi] >= 0) {
                lo = Math.max(lo, doneNs[h] - gs.endNs[gi]);
                gLat[lat] = gs.endNs[gi] - gs.startNs[gi];
                hLat[lat] = doneNs[h] - fetchNs[h];
                outside[lat] = gLat[lat] - hLat[lat];
                lat++;
            }
        }
        for (int i = 0; i < gs.n; i++) {
            if (!guestMatched[i]) {
                if (anchor >= 0 && gs.startNs[i] + offset > hosts.lastNs() + SLACK_NS) {
                    r.guestOnlyAfter++;
                } else {
                    r.guestOnlyOther++;
                }
            }
        }
        if (r.matched > 0) {
            r.offsetHi = hi;
            r.offsetLo = lo == Long.MIN_VALUE ? hi : lo;
            r.offsetPairs = lat;
            r.offset = r.offsetLo <= hi ? r.offsetLo + (hi - r.offsetLo) / 2 : hi + (r.offsetLo - hi) / 2;
        }
        r.guestLatency = Percentiles.of(gLat, lat);
        r.hostLatency = Percentiles.of(hLat, lat);
        r.outsideDevice = Percentiles.of(outside, lat);
        for (Map.Entry<Integer, long[]> e : queues.entrySet()) {
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("qid", e.getKey());
            q.put("guestCommands", e.getValue()[0]);
            q.put("hostCommands", e.getValue()[1]);
            q.put("matched", e.getValue()[2]);
            r.queues.add(q);
        }
        for (int ep = 0; ep < epochs; ep++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("epoch", hosts.epochNo(ep));
            m.put("hostCommands", (long) (hosts.epochEnd(ep) - hosts.epochFirst(ep)));
            m.put("matched", perEpoch[ep]);
            r.epochs.add(m);
        }
        return r;
    }

    /** min, median, p99, max (nearest rank) of the first {@code count} values, in microseconds. */
    public record Percentiles(int count, double min, double median, double p99, double max) {

        static Percentiles of(long[] v, int count) {
            if (count == 0) {
                return new Percentiles(0, 0, 0, 0, 0);
            }
            long[] s = Arrays.copyOf(v, count);
            Arrays.sort(s);
            return new Percentiles(count, us(s[0]), us(s[rank(count, 50)]), us(s[rank(count, 99)]), us(s[count - 1]));
        }

        private static int rank(int count, int percent) {
            return (int) Math.max(0, (count * (long) percent + 99) / 100 - 1);
        }

        private static double us(long ns) {
            return Math.round(ns / 100.0) / 10.0; // 0.1 us: both clocks print microseconds
        }

        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("count", (long) count);
            m.put("min", min);
            m.put("median", median);
            m.put("p99", p99);
            m.put("max", max);
            return m;
        }
    }

    /** What the matching found. */
    public static final class Result {
        final GuestTrace guest;
        final Path log;
        long hostCommands;
        long matched;
        long hostOnlyBefore;
        long hostOnlyAfter;
        long hostOnlyOther;
        long guestOnlyAfter;
        long guestOnlyOther;
        long opcodeAgree;
        long opcodeMismatches;
        long opcodeUnknown;
        long statusMismatches;
        int anchorEpoch = -1;
        long offset;
        long offsetLo;
        long offsetHi;
        long offsetPairs;
        long hostPops;
        long hostFills;
        Percentiles guestLatency;
        Percentiles hostLatency;
        Percentiles outsideDevice;
        final List<Map<String, Object>> queues = new ArrayList<>();
        final List<Map<String, Object>> epochs = new ArrayList<>();

        Result(GuestTrace guest, Path log) {
            this.guest = guest;
            this.log = log;
        }

        public GuestTrace guest() {
            return guest;
        }

        public long guestCommands() {
            return guest.commands();
        }

        public long hostCommands() {
            return hostCommands;
        }

        public long matched() {
            return matched;
        }

        public long guestOnly() {
            return guestOnlyAfter + guestOnlyOther;
        }

        public long hostOnly() {
            return hostOnlyBefore + hostOnlyAfter + hostOnlyOther;
        }

        /** Host-only commands fetched before the guest trace's first event (firmware, early boot). */
        public long hostOnlyBeforeGuestTrace() {
            return hostOnlyBefore;
        }

        /** Host-only commands fetched after the guest trace's last event. */
        public long hostOnlyAfterGuestTrace() {
            return hostOnlyAfter;
        }

        /** Host-only commands while the guest trace ran (commands Linux sends without nvme_setup_cmd: AER). */
        public long hostOnlyOther() {
            return hostOnlyOther;
        }

        /** Pairs whose opcodes agree (the guest named a known opcode and the host fetched the same). */
        public long opcodeAgree() {
            return opcodeAgree;
        }

        public long opcodeMismatches() {
            return opcodeMismatches;
        }

        public long statusMismatches() {
            return statusMismatches;
        }

        /** Whether a clock offset was found (some epoch of the log agrees with the guest's commands). */
        public boolean aligned() {
            return anchorEpoch >= 0;
        }

        /** Host time minus guest uptime, in ns (the middle of {@link #offsetLowNs()}..{@link #offsetHighNs()}). */
        public long offsetNs() {
            return offset;
        }

        public long offsetLowNs() {
            return offsetLo;
        }

        public long offsetHighNs() {
            return offsetHi;
        }

        /** Pairs with both completions, which bound the offset. */
        public long offsetPairs() {
            return offsetPairs;
        }

        public boolean offsetConsistent() {
            return matched > 0 && offsetLo <= offsetHi;
        }

        public Percentiles guestLatency() {
            return guestLatency;
        }

        public Percentiles hostLatency() {
            return hostLatency;
        }

        public Percentiles outsideDevice() {
            return outsideDevice;
        }

        public List<Map<String, Object>> queues() {
            return queues;
        }

        public List<Map<String, Object>> epochs() {
            return epochs;
        }

        /** Whether there is anything to match by command id (NVMe on both sides). */
        public boolean nvme() {
            return guest.commands() > 0 || hostCommands > 0;
        }

        /** A note a reader should see, or null. */
        public String note() {
            if (!nvme()) {
                return "no NVMe commands on either side: command ids are matched for NVMe only (a virtio guest's ftrace"
                        + " has block requests without an id); block request counts are compared instead";
            }
            if (guest.commands() > 0 && hostCommands == 0) {
                return "the log has no NVMe command (pci_nvme_admin_cmd, pci_nvme_io_cmd): nothing to match";
            }
            if (guest.commands() == 0) {
                return "the guest trace has no nvme_setup_cmd of an NVMe controller: nothing to match";
            }
            if (!aligned()) {
                return "no controller epoch of the log agrees with the guest's first commands (another run's log,"
                        + " or a guest trace started in the middle of an epoch): nothing matched";
            }
            if (guest.lostEvents > 0) {
                return "the guest trace lost " + guest.lostEvents + " event(s) (ftrace buffer overrun): expect guest-only"
                        + " and host-only commands";
            }
            return null;
        }

        /** The whole result as a tree of maps (the {@code guest} object of {@code stats --json}). */
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ftrace", guest.file.toString());
            m.put("lines", guest.lines);
            m.put("headerLines", guest.headerLines);
            m.put("otherLines", guest.otherLines);
            m.put("events", new TreeMap<>(guest.eventsByName));
            if (guest.lostEvents > 0) {
                m.put("lostEvents", guest.lostEvents);
            }
            if (guest.controller != null) {
                m.put("controller", guest.controller);
            }
            if (guest.otherControllerEvents > 0) {
                m.put("otherControllerEvents", guest.otherControllerEvents);
            }
            String note = note();
            if (note != null) {
                m.put("note", note);
            }
            if (nvme()) {
                m.put("guestCommands", (long) guest.commands());
                m.put("hostCommands", hostCommands);
                m.put("matched", matched);
                m.put("guestOnly", guestOnly());
                m.put("guestOnlyAfterHostLog", guestOnlyAfter);
                m.put("guestOnlyOther", guestOnlyOther);
                m.put("hostOnly", hostOnly());
                m.put("hostOnlyBeforeGuestTrace", hostOnlyBefore);
                m.put("hostOnlyAfterGuestTrace", hostOnlyAfter);
                m.put("hostOnlyOther", hostOnlyOther);
                m.put("guestCompletionsWithoutSetup", guest.completionsWithoutSetup);
                m.put("opcodeAgree", opcodeAgree);
                m.put("opcodeMismatches", opcodeMismatches);
                if (opcodeUnknown > 0) {
                    m.put("opcodeUnknown", opcodeUnknown);
                }
                m.put("statusMismatches", statusMismatches);
                if (aligned()) {
                    m.put("anchorEpoch", (long) anchorEpoch);
                }
                if (matched > 0) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("hostMinusGuestNs", offset);
                    o.put("lowNs", offsetLo);
                    o.put("highNs", offsetHi);
                    o.put("pairs", offsetPairs);
                    o.put("consistent", offsetConsistent());
                    m.put("clockOffset", o);
                }
                m.put("guestLatencyUs", guestLatency.toMap());
                m.put("hostLatencyUs", hostLatency.toMap());
                m.put("outsideDeviceUs", outsideDevice.toMap());
                m.put("queues", queues);
                m.put("epochs", epochs);
            }
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("guestIssued", guest.blockIssues);
            b.put("guestCompleted", guest.blockCompletions);
            if (hostPops > 0 || hostFills > 0) { // virtio buffers; an NVMe-only log has none to compare
                b.put("hostPopped", hostPops);
                b.put("hostFilled", hostFills);
            }
            m.put("blockRequests", b);
            return m;
        }
    }
}
