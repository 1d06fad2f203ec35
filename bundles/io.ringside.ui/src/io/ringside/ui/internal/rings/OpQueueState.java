package io.ringside.ui.internal.rings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Rings view draws of a queue of an operation-level trace (a QEMU log), read from the queue's
 * state as the engine names it ({@code size}, {@code sqHead}, {@code outstandingCids},
 * {@code inFlightElements}, ...). A value the log cannot give is -1 (numbers) or null (lists): drawn as
 * unknown, never left out.
 *
 * @param nvme      an NVMe submission queue (else a virtqueue)
 * @param size      ring slots (NVMe: the SQ's entries)
 * @param head      NVMe: the SQ head (next slot the controller fetches); virtio: last_avail_idx when known
 * @param tail      NVMe: the SQ tail the host wrote; virtio: used.idx when known
 * @param cqSize    NVMe: the CQ's entries
 * @param cqHead    NVMe: the CQ head the host wrote
 * @param inFlight  command ids (NVMe) or element heads (virtio) fetched and not completed, the first 64
 * @param inFlightCount how many are in flight (may exceed the list)
 * @param inFlightSlots NVMe: the SQ slot each of {@code inFlight} was fetched from ("unknown" when the ring
 *                  has gone a whole turn since), else null
 * @param values    the values drawn beside each other, key to value as the engine writes it (a number, or
 *                  "unknown" or a sentence when the log cannot tell): NVMe the doorbells ({@code sqMmioTail},
 *                  {@code sqShadowTail}, {@code sqEventIdx}, {@code cqMmioHead}, ...) in the engine's order;
 *                  virtio the indices ({@code lastAvailIdx}, {@code usedIdx}, {@code availIdx}) and the
 *                  counters ({@code popped}, {@code filled})
 */
public record OpQueueState(int index, boolean nvme, int size, long head, long tail, int cqSize, long cqHead,
        List<String> inFlight, long inFlightCount, List<String> inFlightSlots, Map<String, String> values) {

    /** The state from the queue's entries (key to value as the model writes them). */
    public static OpQueueState of(int index, Map<String, String> e) {
        boolean nvme = "nvme".equals(e.get("layout"));
        return new OpQueueState(index, nvme, (int) num(e.get("size")), num(e.get(nvme ? "sqHead" : "lastAvailIdx")),
                num(e.get(nvme ? "sqTail" : "usedIdx")), (int) num(e.get("cqSize")), num(e.get("cqHead")),
                list(e.get(nvme ? "outstandingCids" : "inFlightElements")),
                Math.max(0, num(e.get(nvme ? "outstanding" : "inFlight"))), nvme ? list(e.get("outstandingSlots")) : null,
                nvme ? doorbells(e) : virtioValues(e));
    }

    private static final String DOORBELLS = "doorbells.";

    /** The keys of a virtqueue's values, in the order drawn. */
    private static final List<String> VIRTIO_VALUES = List.of("lastAvailIdx", "usedIdx", "availIdx", "popped", "filled");

    private static Map<String, String> virtioValues(Map<String, String> e) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : VIRTIO_VALUES) {
            m.put(k, e.getOrDefault(k, "unknown"));
        }
        return m;
    }

    private static Map<String, String> doorbells(Map<String, String> e) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, String> x : e.entrySet()) {
            if (x.getKey().startsWith(DOORBELLS)) {
                m.put(x.getKey().substring(DOORBELLS.length()), x.getValue());
            }
        }
        return m;
    }

    /** NVMe: the command id in flight that was fetched from SQ slot {@code s}, or null. */
    public String cidAt(int s) {
        if (inFlight == null || inFlightSlots == null) {
            return null;
        }
        for (int i = 0; i < Math.min(inFlight.size(), inFlightSlots.size()); i++) {
            if (num(inFlightSlots.get(i)) == s) {
                return inFlight.get(i);
            }
        }
        return null;
    }

    /** A whole number, or -1 when the value is not one ("unknown", "12 if split with IN_ORDER, ..."). */
    static long num(String s) {
        if (s == null) {
            return -1;
        }
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException ex) {
            return -1;
        }
    }

    /** "[a, b]" as a list; anything else (unknown) null. */
    static List<String> list(String s) {
        if (s == null || !s.startsWith("[") || !s.endsWith("]")) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String p : s.substring(1, s.length() - 1).split(",")) {
            if (!p.isBlank() && !p.strip().equals("...")) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /** NVMe: whether SQ slot {@code s} holds a command the host submitted and the controller has not fetched. */
    public boolean submitted(int s) {
        if (!nvme || size <= 0 || head < 0 || tail < 0) {
            return false;
        }
        long n = Math.floorMod(tail - head, size);
        return Math.floorMod(s - head, size) < n;
    }

    /**
     * Whether a queue of an operation-level trace belongs to an epoch a device reset has ended (its entry
     * {@code epoch} is not its device's): the Rings view and the Outline fold such a queue to its label.
     */
    public static boolean endedEpoch(io.ringside.model.trace.GenericQueue q) {
        if (!(q.eContainer() instanceof io.ringside.model.trace.GenericDevice d)) {
            return false;
        }
        long current = entry(d.getEntries(), "epoch");
        return current >= 0 && epoch(q) != current;
    }

    /** The epoch a queue of an operation-level trace belongs to (its entry {@code epoch}), -1 when it does not say. */
    public static long epoch(io.ringside.model.trace.GenericQueue q) {
        return entry(q.getEntries(), "epoch");
    }

    private static long entry(List<io.ringside.model.trace.StateEntry> entries, String key) {
        for (io.ringside.model.trace.StateEntry e : entries) {
            if (key.equals(e.getKey())) {
                return num(e.getValue());
            }
        }
        return -1;
    }
}
