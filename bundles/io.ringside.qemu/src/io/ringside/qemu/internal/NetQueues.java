package io.ringside.qemu.internal;

import java.util.List;

import io.ringside.qemu.QemuOptions;

/**
 * The roles of a virtio-net device's queues (VIRTIO 1.3 §5.1.2): receiveq k at index 2k, transmitq k at
 * 2k+1, and the controlq at 2N, N the device's max_virtqueue_pairs with VIRTIO_NET_F_MQ or _RSS, else 1.
 * An odd index is a transmit queue. An even one is the controlq when the features given say where it is;
 * without them (or with MQ, N being device configuration the log does not show), it is the controlq when
 * a buffer popped from it had device-readable parts, which a receive buffer never has (§5.1.6.3: the
 * driver adds receive buffers device-writable; §5.1.6.5: a control command has a readable header), a
 * receive queue when it popped only writable buffers, and either when nothing was popped from it.
 */
final class NetQueues {

    /** The device string that lists the roles: {@code 0=rx0,1=tx0,2=ctrl}. */
    static final String ROLES = "queueRoles";

    static final int F_CTRL_VQ = 17;
    static final int F_MQ = 22;
    static final int F_RSS = 60;

    private NetQueues() {
    }

    /** {@code index=role,...} for the queues of a virtio-net device, in index order. */
    static String roles(List<Translator.Vq> queues, QemuOptions.Features f) {
        StringBuilder sb = new StringBuilder();
        for (Translator.Vq q : queues) {
            sb.append(sb.length() == 0 ? "" : ",").append(q.index).append('=').append(role(q, f));
        }
        return sb.toString();
    }

    private static String role(Translator.Vq q, QemuOptions.Features f) {
        int i = q.index;
        if (i % 2 == 1) {
            return "tx".concat(Integer.toString(i / 2));
        }
        boolean pairsKnown = f != null && !f.has(F_MQ) && !f.has(F_RSS); // then N = 1
        if (f != null && !f.has(F_CTRL_VQ) || pairsKnown && i < 2) {
            return "rx".concat(Integer.toString(i / 2));
        }
        if (pairsKnown && i == 2) {
            return "ctrl";
        }
        if ((q.pops & Translator.Vq.READABLE_POP) != 0) {
            return "ctrl";
        }
        String rx = "rx".concat(Integer.toString(i / 2));
        return q.pops != 0 ? rx : rx.concat(" or ctrl");
    }
}
