package io.ringside.virtio;

import java.util.ArrayList;
import java.util.List;

/** Virtio feature bits that change how a virtqueue works (VIRTIO 1.3 §6, "Reserved Feature Bits"). */
public final class VirtioFeatures {

    public static final int INDIRECT_DESC = 28;
    public static final int EVENT_IDX = 29;
    public static final int VERSION_1 = 32;
    public static final int RING_PACKED = 34;
    public static final int IN_ORDER = 35;
    public static final int NOTIFICATION_DATA = 38;

    private VirtioFeatures() {
    }

    public static long bit(int b) {
        return 1L << b;
    }

    public static boolean has(long features, int b) {
        return (features & (1L << b)) != 0;
    }

    /** Names of the ring feature bits set, for {@code show} and {@code stats}. */
    public static List<String> names(long features) {
        List<String> n = new ArrayList<>();
        if (has(features, INDIRECT_DESC)) {
            n.add("INDIRECT_DESC");
        }
        if (has(features, EVENT_IDX)) {
            n.add("EVENT_IDX");
        }
        if (has(features, VERSION_1)) {
            n.add("VERSION_1");
        }
        if (has(features, RING_PACKED)) {
            n.add("RING_PACKED");
        }
        if (has(features, IN_ORDER)) {
            n.add("IN_ORDER");
        }
        if (has(features, NOTIFICATION_DATA)) {
            n.add("NOTIFICATION_DATA");
        }
        return n;
    }
}
