package io.ringside.emulator.virtio;

import java.util.ArrayList;
import java.util.List;

import io.ringside.emulator.Fault;

/**
 * A planted virtio fault ({@code vq-}): the {@link Fault} that {@code --list-faults} prints, the
 * configuration it needs (null: any), whether it needs several requests in flight, and whether it leaves
 * the queue unusable. {@link #faults()} lists them all.
 */
record VirtioFault(Fault fault, String layout, Boolean inOrder, Boolean eventIdx, Boolean indirect,
        boolean concurrency, boolean terminal) {

    private static VirtioFault spec(String name, String desc, String rules, String layout, Boolean inOrder, Boolean eventIdx,
            Boolean indirect, boolean concurrency, boolean terminal) {
        List<String> needs = new ArrayList<>();
        if (layout != null) {
            needs.add("--layout " + layout);
        }
        if (inOrder != null) {
            needs.add(inOrder ? "--in-order" : "no IN_ORDER");
        }
        if (eventIdx != null) {
            needs.add(eventIdx ? "EVENT_IDX" : "--no-event-idx");
        }
        if (indirect != null) {
            needs.add(indirect ? "--indirect" : "no indirect");
        }
        return new VirtioFault(new Fault(name, desc, rules, String.join(", ", needs)), layout, inOrder, eventIdx, indirect,
                concurrency, terminal);
    }

    private static final List<VirtioFault> ALL = List.of(
            spec("vq-invented-id", "the device returns a used id that was never made available", "S6a", "split", null,
                    null, null, true, true),
            spec("vq-double-use", "the device returns the same head twice", "S6a", "split", null, null, null, true, true),
            spec("vq-packed-double-use", "the device writes a second used descriptor for a buffer id", "P4", "packed",
                    null, null, null, true, true),
            spec("vq-in-order", "the device uses a buffer before one made available earlier (IN_ORDER)", "I1", "split",
                    true, null, null, true, false),
            spec("vq-in-order-driver", "the driver skips a descriptor instead of the next in ring order (IN_ORDER)",
                    "I2", "split", true, null, null, false, false),
            spec("vq-packed-wrap", "the driver writes a descriptor with the AVAIL/USED bits of the wrong wrap counter",
                    "P2", "packed", null, null, false, false, false),
            spec("vq-packed-head-first", "the driver makes a chain's head available before the rest of the chain", "P3a",
                    "packed", null, null, false, false, false),
            spec("vq-avail-backwards", "the driver moves avail.idx backwards (then forwards again)", "S2a", "split", null,
                    null, null, false, false),
            spec("vq-used-overrun", "the device publishes used.idx past avail.idx (then the right value)", "S2b", "split",
                    null, null, null, false, false),
            spec("vq-chain-loop", "the driver makes available a chain whose last descriptor points back to its head",
                    "S4b", "split", null, null, false, false, true),
            spec("vq-write-before-read", "the driver puts a device-writable descriptor before a readable one",
                    "S4a split, P3b packed", null, null, null, null, false, false),
            spec("vq-missed-interrupt", "the device does not interrupt although used.idx crossed used_event",
                    "S3c split, P6 packed", null, null, true, null, false, false),
            spec("vq-missed-kick", "the driver does not notify although avail.idx crossed avail_event",
                    "S3b split, P6 packed", null, null, true, null, false, false),
            spec("vq-len-overflow", "the device reports more bytes written than the buffer's writable length",
                    "S5c split, P4 packed", null, null, null, null, false, false),
            spec("vq-write-readonly", "the device writes into the request header, a device-readable buffer", "S5a",
                    null, null, null, null, false, false),
            spec("vq-nested-indirect", "the driver sets INDIRECT inside an indirect table", "S7 split, P5 packed", null,
                    null, null, true, false, false),
            spec("vq-indirect-unnegotiated", "the driver uses an indirect table without VIRTIO_RING_F_INDIRECT_DESC", "S7",
                    "split", null, null, false, false, false),
            spec("vq-bad-flags", "the driver sets avail.flags = NO_INTERRUPT although EVENT_IDX is negotiated", "S3a",
                    "split", null, true, null, false, false),
            spec("vq-packed-event-flags", "the driver writes event suppression flags DESC without EVENT_IDX", "P6",
                    "packed", null, false, null, false, false));

    /** The faults, in the order {@code --list-faults} prints them. */
    static List<Fault> faults() {
        List<Fault> l = new ArrayList<>();
        for (VirtioFault s : ALL) {
            l.add(s.fault());
        }
        return l;
    }

    /** The fault's spec, or null for no fault. */
    static VirtioFault of(Fault f) {
        if (f == null) {
            return null;
        }
        for (VirtioFault s : ALL) {
            if (s.fault().name().equals(f.name())) {
                return s;
            }
        }
        throw new IllegalArgumentException("fault '" + f.name() + "' is not a virtio fault");
    }
}
