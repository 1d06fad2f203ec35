package io.ringside.cli;

import io.ringside.cli.args.Args;
import io.ringside.qemu.QemuOptions;

/**
 * The options of commands that open QEMU logs: {@code --lenient}, {@code --virtio-features [DEVICE=]HEX}
 * and {@code --virtio-device DEVICE=TYPE} (repeatable), gathered into {@link Tools#qemuOptions()} for this
 * command line.
 */
final class QemuLogOptions {

    private QemuLogOptions() {
    }

    static void declare(Args a) {
        a.flag("--lenient", v -> Tools.setQemuOptions(Tools.qemuOptions().withLenient(v)), "QEMU logs: skip (and count) "
                + "trace event lines that do not parse (arguments, time prefix), instead of stopping at the first with exit 2.");
        a.option("--virtio-features", "[DEVICE=]HEX", Args.STRING,
                v -> Tools.setQemuOptions(Tools.qemuOptions().withFeatures(QemuOptions.parseFeatures(v))),
                "QEMU logs: the feature bits a virtio device negotiated, which no log line carries: the 64-bit word in hex"
                        + " (0x130000000) or the guest's /sys/bus/virtio/devices/virtioN/features bit string. DEVICE: a vdev"
                        + " pointer (0x55d140fe0600) or a device index; without it, every virtio device. Decides split or"
                        + " packed and VIRTIO_F_IN_ORDER where the log cannot (repeatable).").repeatable();
        a.option("--virtio-device", "DEVICE=TYPE", Args.STRING,
                v -> Tools.setQemuOptions(Tools.qemuOptions().withDeviceType(QemuOptions.parseDeviceType(v))),
                "QEMU logs: a virtio device's type where no log line shows it (virtio-net: receive, transmit and"
                        + " control queues are named) (repeatable).").repeatable();
    }
}
