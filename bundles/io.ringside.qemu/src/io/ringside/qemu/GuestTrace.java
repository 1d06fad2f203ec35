package io.ringside.qemu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.ringside.core.trace.TraceFormatException;
import io.ringside.qemu.internal.FtraceReader;
import io.ringside.qemu.internal.NvmeCommands;
import io.ringside.core.trace.TraceInput;

/**
 * The NVMe commands a Linux guest's ftrace shows (plain, {@code .gz} or {@code .xz}, as {@code cat
 * /sys/kernel/tracing/trace} wrote it): one per {@code nvme_setup_cmd}, completed by the next
 * {@code nvme_complete_rq} of the same queue and command id, in compact arrays ({@link NvmeCommands}, at
 * most {@link #MAX_COMMANDS}), plus the counts of every line and event kind. The commands of the first
 * controller seen ({@code nvme0}) are kept; events of other controllers are counted. {@link GuestMatch}
 * pairs these with a QEMU log's commands.
 */
public final class GuestTrace {

    /** Commands kept at most: the bound of the memory used (a larger trace is an error naming the line). */
    public static final int MAX_COMMANDS = NvmeCommands.MAX;

    final Path file;
    /** The commands: started = set up, ended = completed. */
    final NvmeCommands cmds = new NvmeCommands();

    String controller;
    long lines;
    long headerLines;
    long otherLines; // blank and "buffer started" lines
    long lostEvents;
    long events;
    long completions;
    long completionsWithoutSetup;
    long reusedBeforeCompletion;
    long sqEvents;
    long blockIssues;
    long blockCompletions;
    long otherControllerEvents;
    long unknownOpcodes;
    long firstEventNs = -1;
    long lastEventNs = -1;
    Map<String, Long> eventsByName;

    private GuestTrace(Path file) {
        this.file = file;
    }

    /** Reads a guest ftrace file; bad input is a {@link TraceFormatException} naming the file and line. */
    public static GuestTrace read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new TraceFormatException(file.toString(), 0, -1, "is a directory, not an ftrace file");
        }
        GuestTrace g = new GuestTrace(file);
        Map<Integer, Integer> open = new HashMap<>(); // (qid, cid) -> command set up and not completed
        try (FtraceReader r = new FtraceReader(TraceInput.open(file), file.toString())) {
            while (r.next()) {
                if (g.firstEventNs < 0) {
                    g.firstEventNs = r.timeNs();
                }
                g.lastEventNs = r.timeNs();
                switch (r.kind()) {
                case SETUP, COMPLETE, SQ -> {
                    if (g.controller == null) {
                        g.controller = r.controller();
                    } else if (!g.controller.equals(r.controller())) {
                        g.otherControllerEvents++;
                        continue;
                    }
                    int k = r.qid() << 16 | r.cid();
                    if (r.kind() == FtraceReader.Kind.SETUP) {
                        if (g.cmds.full()) {
                            throw NvmeCommands.tooMany(file.toString(), r.line(), -1);
                        }
                        int op = opcode(r.opcodeName(), r.qid() == 0);
                        Integer was = open.put(k, g.cmds.add(k, op, r.timeNs()));
                        if (was != null) {
                            g.reusedBeforeCompletion++; // set up again before its completion was traced
                        }
                        if (op < 0) {
                            g.unknownOpcodes++;
                        }
                    } else if (r.kind() == FtraceReader.Kind.COMPLETE) {
                        g.completions++;
                        Integer i = open.remove(k);
                        if (i == null) {
                            g.completionsWithoutSetup++; // set up before the trace started
                        } else {
                            g.cmds.complete(i, r.timeNs(), r.status());
                        }
                    } else {
                        g.sqEvents++;
                    }
                }
                case RQ_ISSUE -> g.blockIssues++;
                case RQ_COMPLETE -> g.blockCompletions++;
                default -> {
                }
                }
            }
            g.lines = r.lines();
            g.events = r.events();
            g.headerLines = r.headerLines();
            g.otherLines = r.blankLines() + r.bufferStartLines() + r.lostLines();
            g.lostEvents = r.lostEvents();
            g.eventsByName = Map.copyOf(r.eventsByName());
        }
        if (g.lines == 0) {
            throw new TraceFormatException(file.toString(), 0, -1, "empty file");
        }
        if (g.events == 0) {
            throw new TraceFormatException(file.toString(), 1, -1, "no ftrace event in " + g.lines
                    + " line(s); not an ftrace text file (expected lines like"
                    + " 'kworker/0:1H-37 [000] ..... 2.266480: nvme_setup_cmd: nvme0: qid=1, cmdid=768, ...')");
        }
        return g;
    }

    /**
     * The opcode of a name as Linux's nvme tracepoints print it ({@code nvme_admin_*} on queue 0,
     * {@code nvme_cmd_*} on I/O queues, opcodes per NVMe Base 2.1 §5 and NVM Command Set 1.0 §3), or of a hex
     * value they print for opcodes they do not name; -1 for anything else (fabrics commands).
     */
    static int opcode(String name, boolean admin) {
        if (name.startsWith("0x") && name.length() > 2 && name.length() <= 4) {
            try {
                return Integer.parseInt(name, 2, name.length(), 16);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        if (admin) {
            return switch (name) {
            case "nvme_admin_delete_sq" -> 0x00;
            case "nvme_admin_create_sq" -> 0x01;
            case "nvme_admin_get_log_page" -> 0x02;
            case "nvme_admin_delete_cq" -> 0x04;
            case "nvme_admin_create_cq" -> 0x05;
            case "nvme_admin_identify" -> 0x06;
            case "nvme_admin_abort_cmd" -> 0x08;
            case "nvme_admin_set_features" -> 0x09;
            case "nvme_admin_get_features" -> 0x0a;
            case "nvme_admin_async_event" -> 0x0c;
            case "nvme_admin_ns_mgmt" -> 0x0d;
            case "nvme_admin_activate_fw" -> 0x10;
            case "nvme_admin_download_fw" -> 0x11;
            case "nvme_admin_dev_self_test" -> 0x14;
            case "nvme_admin_ns_attach" -> 0x15;
            case "nvme_admin_keep_alive" -> 0x18;
            case "nvme_admin_directive_send" -> 0x19;
            case "nvme_admin_directive_recv" -> 0x1a;
            case "nvme_admin_virtual_mgmt" -> 0x1c;
            case "nvme_admin_nvme_mi_send" -> 0x1d;
            case "nvme_admin_nvme_mi_recv" -> 0x1e;
            case "nvme_admin_dbbuf" -> 0x7c;
            case "nvme_admin_format_nvm" -> 0x80;
            case "nvme_admin_security_send" -> 0x81;
            case "nvme_admin_security_recv" -> 0x82;
            case "nvme_admin_sanitize_nvm" -> 0x84;
            case "nvme_admin_get_lba_status" -> 0x86;
            default -> -1;
            };
        }
        return switch (name) {
        case "nvme_cmd_flush" -> 0x00;
        case "nvme_cmd_write" -> 0x01;
        case "nvme_cmd_read" -> 0x02;
        case "nvme_cmd_write_uncor" -> 0x04;
        case "nvme_cmd_compare" -> 0x05;
        case "nvme_cmd_write_zeroes" -> 0x08;
        case "nvme_cmd_dsm" -> 0x09;
        case "nvme_cmd_verify" -> 0x0c;
        case "nvme_cmd_resv_register" -> 0x0d;
        case "nvme_cmd_resv_report" -> 0x0e;
        case "nvme_cmd_resv_acquire" -> 0x11;
        case "nvme_cmd_io_mgmt_recv" -> 0x12; // Linux 6.12+
        case "nvme_cmd_resv_release" -> 0x15;
        case "nvme_cmd_zone_mgmt_send" -> 0x79;
        case "nvme_cmd_zone_mgmt_recv" -> 0x7a;
        case "nvme_cmd_zone_append" -> 0x7d;
        default -> -1;
        };
    }

    // ------------------------------------------------------------------ counts

    public Path file() {
        return file;
    }

    /** NVMe commands kept (nvme_setup_cmd events of the controller). */
    public int commands() {
        return cmds.n;
    }

    /** The controller whose commands were kept ({@code nvme0}), or null when the trace has no NVMe event. */
    public String controller() {
        return controller;
    }

    public long lines() {
        return lines;
    }

    public long headerLines() {
        return headerLines;
    }

    public long events() {
        return events;
    }

    public long completions() {
        return completions;
    }

    public long completionsWithoutSetup() {
        return completionsWithoutSetup;
    }

    public long sqEvents() {
        return sqEvents;
    }

    public long blockIssues() {
        return blockIssues;
    }

    public long blockCompletions() {
        return blockCompletions;
    }

    public long lostEvents() {
        return lostEvents;
    }

    public long otherControllerEvents() {
        return otherControllerEvents;
    }

    /** Events by tracepoint name. */
    public Map<String, Long> eventsByName() {
        return eventsByName;
    }

    /** The queue id of command {@code i}. */
    public int qid(int i) {
        return cmds.key[i] >>> 16;
    }

    public int cid(int i) {
        return cmds.key[i] & 0xffff;
    }

    public int opcode(int i) {
        return cmds.opcode[i];
    }

    public long setupNs(int i) {
        return cmds.startNs[i];
    }

    public long completeNs(int i) {
        return cmds.endNs[i];
    }
}
