package io.ringside.debug;

import java.util.Set;

import io.ringside.core.trace.EventType;
import io.ringside.core.trace.TraceEvent;

/**
 * What request (a virtio buffer or an NVMe command) an event belongs to, and which events start and
 * complete one: the "call" and "return" of step return. Works on field names, so memory-level and
 * operation-level (imported) events are both covered:
 * <ul>
 * <li>virtio: {@code avail_ring.id}, {@code fetch.head}, {@code buf_write.id}, {@code used_ring.id},
 * packed {@code desc.id} and {@code used_desc.id} name a buffer (split head or packed buffer id);</li>
 * <li>NVMe: {@code cid} of {@code nvme_sqe}, {@code nvme_sq_fetch}, {@code nvme_cqe},
 * {@code nvme_cq_consume} (and the operation-level command/completion);</li>
 * <li>QEMU operation level: {@code op_pop}/{@code op_fill} by their element address.</li>
 * </ul>
 */
public final class Requests {

    /** Event kinds that begin a request's life (the driver or host submits it). */
    public static final Set<String> START = Set.of("avail_ring", "desc", "nvme_sqe", "op_pop", "op_nvme_command");
    /** Event kinds that complete a request (the device or controller reports it done). */
    public static final Set<String> COMPLETE = Set.of("used_ring", "used_desc", "nvme_cqe", "op_fill",
            "op_nvme_completion");

    private static final String[] ID_FIELDS = { "cid", "head", "id", "elemAddr" };

    private Requests() {
    }

    /** The request id an event names, or -1 when it names none (split {@code desc}, kicks, indices...). */
    public static long idOf(TraceEvent e) {
        EventType t = e.type();
        if (t == null) {
            return -1;
        }
        for (String f : ID_FIELDS) {
            int s = t.slot(f);
            if (s >= 0 && e.has(s)) {
                return e.get(s);
            }
        }
        return -1;
    }

    /** Whether the event is of a kind that is a buffer (virtio) rather than a command (NVMe). */
    public static boolean isCommand(TraceEvent e) {
        EventType t = e.type();
        return t != null && t.slot("cid") >= 0;
    }

    public static boolean starts(TraceEvent e) {
        return e.type() != null && START.contains(e.type().id()) && idOf(e) >= 0;
    }

    public static boolean completes(TraceEvent e) {
        return e.type() != null && COMPLETE.contains(e.type().id());
    }
}
