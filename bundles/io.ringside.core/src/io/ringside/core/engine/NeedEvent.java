package io.ringside.core.engine;

/**
 * The notification suppression test shared by virtio EVENT_IDX and NVMe shadow doorbells: should the
 * side that moved an index from {@code old} to {@code newIdx} notify, given the other side asked to be
 * told when the index passes {@code eventIdx}? All arithmetic is on u16.
 */
public enum NeedEvent {
    /**
     * {@code (u16)(new - event_idx - 1) < (u16)(new - old)}: VIRTIO 1.x §2.7.10 ({@code vring_need_event}),
     * Linux {@code nvme_dbbuf_need_event}.
     */
    LINUX("linux"),
    /** {@code (u16)(new - event_idx) <= (u16)(new - old)}: SPDK {@code nvme_pcie_qpair_need_event}. */
    SPDK("spdk");

    private final String id;

    NeedEvent(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean needEvent(int eventIdx, int newIdx, int oldIdx) {
        int distance = (newIdx - oldIdx) & 0xffff;
        if (this == LINUX) {
            return ((newIdx - eventIdx - 1) & 0xffff) < distance;
        }
        return ((newIdx - eventIdx) & 0xffff) <= distance;
    }

    public static NeedEvent fromId(String id) {
        for (NeedEvent n : values()) {
            if (n.id.equalsIgnoreCase(id)) {
                return n;
            }
        }
        throw new IllegalArgumentException("need-event formula must be 'linux' or 'spdk', not '" + id + "'");
    }
}
