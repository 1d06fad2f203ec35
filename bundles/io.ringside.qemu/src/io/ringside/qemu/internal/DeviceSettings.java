package io.ringside.qemu.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.ringside.qemu.OpEvent;
import io.ringside.qemu.QemuOptions;

/**
 * The settings a user gives for a log's virtio devices ({@code --virtio-features}, {@code --virtio-device}),
 * applied to the devices discovery found and checked against what the log shows, and the ring layout of
 * each queue and epoch that follows.
 * <p>
 * What a log shows of the negotiation: QEMU traces {@code virtqueue_flush} only for split rings without
 * VIRTIO_F_IN_ORDER, so an epoch whose queues flush is a split ring without it, and an epoch with fills
 * and no flush is packed, or split with IN_ORDER (QEMU 9.1+). Features apply to the epochs of a device that
 * agree with them; an epoch that does not (the firmware's, which negotiates for itself before Linux) keeps
 * what the log shows, and a warning says so; a device none of whose epochs agree is an error. Without
 * features, fills without a flush are only called packed when the log comes from a QEMU before IN_ORDER
 * existed ({@code virtio_notify_irqfd} without 8.2's {@code virtio_notify_irqfd_deferred_fn}).
 */
final class DeviceSettings {

    private DeviceSettings() {
    }

    /** A setting that does not fit the log: the message and the log line it names (0: none). */
    static final class SettingsException extends Exception {
        private static final long serialVersionUID = 1L;
        final long line;

        SettingsException(String message, long line) {
            super(message);
            this.line = line;
        }
    }

    // what an epoch's queues show
    private static final int NONE = 0;
    private static final int FLUSHES = 1;
    private static final int FILLS_ONLY = 2;

    private static int shows(Integer flags) {
        if (flags == null) {
            return NONE;
        }
        return (flags & Translator.SAW_FLUSH) != 0 ? FLUSHES : (flags & Translator.SAW_FILL) != 0 ? FILLS_ONLY : NONE;
    }

    /** Whether features agree with what an epoch's queue shows. */
    private static boolean agrees(QemuOptions.Features f, int shows) {
        return shows == NONE || (shows == FILLS_ONLY) == (f.has(QemuOptions.F_RING_PACKED) || f.has(QemuOptions.F_IN_ORDER));
    }

    /** Layout descriptor bits ({@link #layout}): the layout code, whether features decided it, IN_ORDER, EVENT_IDX. */
    static final int LAYOUT_MASK = 7;
    static final int FROM_FEATURES = 8;
    static final int IN_ORDER = 16;
    static final int EVENT_IDX = 32;

    /**
     * The layout of a queue in an epoch: {@link OpEvent#LAYOUT_SPLIT} etc. in the low bits, with
     * {@link #FROM_FEATURES} when the device's features decided it (then {@link #IN_ORDER} and
     * {@link #EVENT_IDX} tell those bits).
     */
    static int layout(Integer flags, Translator.Vdev v, int epoch, boolean beforeInOrder) {
        int shows = shows(flags);
        QemuOptions.Features f = v == null ? null : v.features;
        if (f != null && !v.otherEpochs.contains(epoch)) {
            return (f.has(QemuOptions.F_RING_PACKED) ? OpEvent.LAYOUT_PACKED : OpEvent.LAYOUT_SPLIT) | FROM_FEATURES
                    | (f.has(QemuOptions.F_IN_ORDER) ? IN_ORDER : 0) | (f.has(QemuOptions.F_EVENT_IDX) ? EVENT_IDX : 0);
        }
        return switch (shows) {
            case FLUSHES -> OpEvent.LAYOUT_SPLIT;
            case FILLS_ONLY -> beforeInOrder ? OpEvent.LAYOUT_PACKED : OpEvent.LAYOUT_PACKED_OR_IN_ORDER;
            default -> OpEvent.LAYOUT_UNKNOWN;
        };
    }

    /**
     * Applies the options to the virtio devices (ids assigned), checking them against the log.
     *
     * @param epochs what each queue showed in each epoch ({@link Translator#SAW_FILL}...), by queue and epoch
     * @return warnings: epochs the features do not apply to, layouts the log cannot tell
     */
    static List<String> apply(QemuOptions o, Map<Long, Translator.Vdev> vdevs, Map<Long, Translator.Vq> vqs,
            Map<Translator.EpochKey, Integer> epochs, int nvmeId, boolean beforeInOrder) throws SettingsException {
        // per device: what each epoch's queues show (flushes, fills only), by epoch
        Map<Long, TreeMap<Integer, int[]>> byDevice = new HashMap<>();
        for (Map.Entry<Translator.EpochKey, Integer> e : epochs.entrySet()) {
            Translator.Vq q = vqs.get(e.getKey().vq);
            if (q == null) {
                continue;
            }
            TreeMap<Integer, int[]> epochsOf = byDevice.get(q.vdev); // (no lambdas: this runs at every import)
            if (epochsOf == null) {
                epochsOf = new TreeMap<>();
                byDevice.put(q.vdev, epochsOf);
            }
            int[] seen = epochsOf.get(e.getKey().epoch);
            if (seen == null) {
                seen = new int[3];
                epochsOf.put(e.getKey().epoch, seen);
            }
            seen[shows(e.getValue())]++;
        }
        for (QemuOptions.DeviceType t : o.deviceTypes()) {
            for (Translator.Vdev v : select(t.device(), "--virtio-device " + t.text(), vdevs, nvmeId)) {
                if (!v.type.equals("virtio") && !v.type.equals(t.type())) {
                    throw new SettingsException("--virtio-device " + t.text() + ": the log shows " + v.type + " events for"
                            + " device " + v.id + " (" + v.type + "@0x" + Long.toHexString(v.ptr) + ") here", v.typeLine);
                }
                v.type = t.type();
            }
        }
        Map<Translator.Vdev, QemuOptions.Features> chosen = new HashMap<>();
        for (QemuOptions.Features f : o.features()) { // a device named wins over every device
            if (f.device().all()) {
                for (Translator.Vdev v : select(f.device(), "--virtio-features " + f.text(), vdevs, nvmeId)) {
                    chosen.putIfAbsent(v, f);
                }
            }
        }
        Set<Translator.Vdev> named = new java.util.HashSet<>();
        for (QemuOptions.Features f : o.features()) {
            if (!f.device().all()) {
                for (Translator.Vdev v : select(f.device(), "--virtio-features " + f.text(), vdevs, nvmeId)) {
                    if (!named.add(v)) {
                        throw new SettingsException("--virtio-features " + f.text() + ": device " + v.id
                                + " is given features twice", 0);
                    }
                    chosen.put(v, f);
                }
            }
        }
        List<String> notes = new ArrayList<>();
        for (Translator.Vdev v : vdevs.values()) {
            TreeMap<Integer, int[]> seen = byDevice.getOrDefault(v.ptr, new TreeMap<>());
            QemuOptions.Features f = chosen.get(v);
            if (f == null) {
                TreeSet<Integer> unclear = new TreeSet<>();
                for (Map.Entry<Integer, int[]> e : seen.entrySet()) {
                    if (e.getValue()[FILLS_ONLY] > 0 && !beforeInOrder) {
                        unclear.add(e.getKey());
                    }
                }
                if (!unclear.isEmpty()) { // (a StringBuilder: string concatenation's bootstrap costs start-up time)
                    notes.add(new StringBuilder(dev(v)).append(": queues fill without virtqueue_flush in epoch(s) ")
                            .append(ranges(unclear)).append(": ").append(OpEvent.layoutName(OpEvent.LAYOUT_PACKED_OR_IN_ORDER))
                            .append(" (QEMU 9.1+); the log cannot tell which: give the guest's features with --virtio-features")
                            .toString());
                }
                continue;
            }
            TreeSet<Integer> active = new TreeSet<>();
            TreeSet<Integer> other = new TreeSet<>();
            for (Map.Entry<Integer, int[]> e : seen.entrySet()) {
                int[] c = e.getValue();
                if (c[FLUSHES] + c[FILLS_ONLY] == 0) {
                    continue;
                }
                active.add(e.getKey());
                if (!agrees(f, c[FLUSHES] > 0 ? FLUSHES : NONE) || !agrees(f, c[FILLS_ONLY] > 0 ? FILLS_ONLY : NONE)) {
                    other.add(e.getKey());
                }
            }
            boolean fillsOnly = f.has(QemuOptions.F_RING_PACKED) || f.has(QemuOptions.F_IN_ORDER);
            String declared = f.has(QemuOptions.F_RING_PACKED) ? "VIRTIO_F_RING_PACKED"
                    : f.has(QemuOptions.F_IN_ORDER) ? "VIRTIO_F_IN_ORDER" : "a split ring without VIRTIO_F_IN_ORDER";
            if (!active.isEmpty() && other.size() == active.size()) {
                throw new SettingsException("--virtio-features " + f.text() + ": " + dev(v) + " negotiated " + declared
                        + (fillsOnly ? ", but every epoch of it with used buffers shows virtqueue_flush (the first here),"
                                + " which QEMU traces only for split rings without IN_ORDER"
                                : ", but no epoch of it shows virtqueue_flush, which QEMU traces for such rings (the first"
                                        + " virtqueue_fill here): packed or IN_ORDER was negotiated"),
                        fillsOnly ? v.firstFlush : v.firstFill);
            }
            v.features = f;
            v.otherEpochs = other;
            if (!other.isEmpty()) {
                active.removeAll(other);
                notes.add(new StringBuilder(dev(v)).append(": --virtio-features ").append(f.text()).append(" applies to epoch(s) ")
                        .append(ranges(active)).append(", not to ").append(ranges(other))
                        .append(fillsOnly ? ", whose virtqueue_flush shows a split ring without IN_ORDER"
                                : ", whose fills without virtqueue_flush show packed or IN_ORDER")
                        .append(": another driver's negotiation (the firmware's, before Linux)").toString());
            }
        }
        return notes;
    }

    /** {@code device 0 (virtio-blk@0x55d140fe0600)}. */
    private static String dev(Translator.Vdev v) {
        StringBuilder sb = new StringBuilder("device ").append(v.id).append(" (").append(v.type);
        if (v.ptr != 0) {
            sb.append("@0x").append(Long.toHexString(v.ptr));
        }
        return sb.append(')').toString();
    }

    /** The virtio devices a {@code DEVICE} names (every one for {@link QemuOptions.Device#ALL}). */
    private static List<Translator.Vdev> select(QemuOptions.Device d, String option, Map<Long, Translator.Vdev> vdevs,
            int nvmeId) throws SettingsException {
        List<Translator.Vdev> l = new ArrayList<>();
        for (Translator.Vdev v : vdevs.values()) {
            if (d.all() || d.pointer() != null && v.ptr == d.pointer() && v.ptr != 0 || d.index() != null && v.id == d.index()) {
                l.add(v);
            }
        }
        if (!l.isEmpty()) {
            return l;
        }
        StringBuilder have = new StringBuilder();
        for (Translator.Vdev v : vdevs.values()) {
            have.append(have.length() == 0 ? "" : ", ").append(v.id).append(' ').append(v.type)
                    .append(v.ptr == 0 ? "" : "@0x" + Long.toHexString(v.ptr));
        }
        String devices = have.length() == 0 ? "the log has no virtio device" : "its virtio devices: " + have;
        if (d.index() != null && d.index() == nvmeId) {
            throw new SettingsException(option + ": device " + nvmeId + " is the NVMe controller, not a virtio device ("
                    + devices + ")", 0);
        }
        throw new SettingsException(option + ": " + (d.all() ? "" : "no virtio device " + d + " in the log; ") + devices, 0);
    }

    /** {@code 0, 2-5, 7}. */
    static String ranges(Set<Integer> s) {
        StringBuilder sb = new StringBuilder();
        Integer start = null;
        Integer prev = null;
        for (int e : new TreeSet<>(s)) {
            if (prev != null && e == prev + 1) {
                prev = e;
                continue;
            }
            if (start != null) {
                sb.append(sb.length() == 0 ? "" : ", ").append(start).append(start.equals(prev) ? "" : "-".concat(prev.toString()));
            }
            start = e;
            prev = e;
        }
        if (start != null) {
            sb.append(sb.length() == 0 ? "" : ", ").append(start).append(start.equals(prev) ? "" : "-".concat(prev.toString()));
        }
        return sb.toString();
    }
}
