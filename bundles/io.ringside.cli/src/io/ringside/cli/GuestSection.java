package io.ringside.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.ringside.qemu.GuestMatch;
import io.ringside.qemu.GuestTrace;
import io.ringside.qemu.QemuLogFormat;
import io.ringside.core.trace.TraceInput;

/**
 * {@code stats --guest FTRACE}: the guest's Linux ftrace read before the replay (a bad file fails first),
 * matched against the QEMU log after it ({@link GuestMatch}, a second read of the log, only with this
 * option), printed as the {@code guest} object of {@code --json} or as a text section.
 */
final class GuestSection {

    static final String HELP = "QEMU logs: the guest's Linux ftrace (plain, .gz or .xz) to match with the log's NVMe"
            + " commands by queue and command id, in order within each controller epoch: matched, guest-only and"
            + " host-only commands (firmware before the guest trace, after it, other), opcode and status agreement,"
            + " per-queue counts, the clock offset, and latencies (guest, host, and outside the device model:"
            + " min/median/p99/max). virtio logs: block request counts only. Reads the log a second time.";

    private final GuestTrace trace;
    private GuestMatch.Result result;

    private GuestSection(GuestTrace trace) {
        this.trace = trace;
    }

    /** Reads the guest trace, after checking that {@code log} is a QEMU log (both before the replay). */
    static GuestSection read(Path ftrace, Path log) throws IOException {
        if (Files.isRegularFile(log) && !new QemuLogFormat().probe(log, TraceInput.head(log, 64 * 1024))) {
            throw new CliException("--guest: " + log + " is not a QEMU trace log (a guest ftrace is matched with the"
                    + " pci_nvme events of the QEMU log of the same run)");
        }
        return new GuestSection(GuestTrace.read(ftrace));
    }

    /** The matching against {@code log} (once). */
    GuestMatch.Result match(Path log) throws IOException {
        if (result == null) {
            result = GuestMatch.run(log, trace, Tools.qemuOptions().lenient());
        }
        return result;
    }

    static void print(PrintWriter out, GuestMatch.Result r) {
        Map<String, Object> m = r.toMap();
        out.println("guest " + m.get("ftrace") + ": " + m.get("lines") + " lines (" + m.get("headerLines") + " header, "
                + m.get("otherLines") + " other), " + r.guest().events() + " events"
                + (r.guest().controller() == null ? "" : ", controller " + r.guest().controller()));
        for (Map.Entry<String, Object> e : m.entrySet()) {
            String k = e.getKey();
            Object v = e.getValue();
            switch (k) {
            case "ftrace", "lines", "headerLines", "otherLines", "controller" -> {
            }
            case "clockOffset" -> out.println(StatsCommand.row(k, offset(r)));
            case "queues", "epochs" -> {
                for (Object o : (List<?>) v) {
                    Map<?, ?> q = (Map<?, ?>) o;
                    String first = q.keySet().iterator().next().toString();
                    StringBuilder sb = new StringBuilder();
                    for (Map.Entry<?, ?> f : q.entrySet()) {
                        if (!f.getKey().equals(first)) {
                            sb.append(sb.length() == 0 ? "" : ", ").append(f.getKey()).append(' ').append(f.getValue());
                        }
                    }
                    out.println(StatsCommand.row((first.equals("qid") ? "queue " : "epoch ") + q.get(first), sb.toString()));
                }
            }
            default -> out.println(StatsCommand.row(k, v instanceof Map<?, ?> sub ? inline(sub) : String.valueOf(v)));
            }
        }
    }

    private static String inline(Map<?, ?> m) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
        }
        return sb.toString();
    }

    /** {@code host = guest + 1795246837.672526 s (causal bounds LOW .. HIGH, 23.0 us, 2715 pairs)}. */
    private static String offset(GuestMatch.Result r) {
        return "host = guest + " + seconds(r.offsetNs()) + " s (causal bounds " + seconds(r.offsetLowNs()) + " .. "
                + seconds(r.offsetHighNs()) + ", " + ((r.offsetHighNs() - r.offsetLowNs()) / 100) / 10.0 + " us, " + r.offsetPairs()
                + " pairs"
                + (r.offsetConsistent() ? "" : ": inconsistent, clocks drift or pairs are wrong") + ")";
    }

    private static String seconds(long ns) {
        long us = Math.floorDiv(ns, 1000);
        long frac = Math.floorMod(us, 1_000_000);
        String f = Long.toString(frac);
        return Math.floorDiv(us, 1_000_000) + "." + "000000".substring(f.length()) + f;
    }
}
