package io.ringside.qemu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.ringside.core.engine.DeviceModels;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.OpenOptions;
import io.ringside.core.trace.TraceFormat;

/**
 * QEMU trace logs ({@code -trace 'virtqueue_*' -trace 'virtio_*' -trace 'pci_nvme_*'}, log backend),
 * plain, {@code .gz} or {@code .xz}, recognised by content: a line that looks like one of the events
 * this importer knows, with or without a time prefix ({@code tid@sec.usec:}, QEMU 6.0 to 10.0, or an ISO 8601
 * UTC time and a space, QEMU 10.1+).
 */
public final class QemuLogFormat implements TraceFormat {

    /** The device settings ({@link QemuOptions#variant()}): the events (and so a cached index) depend on them. */
    @Override
    public String variant(OpenOptions options) {
        return QemuOptions.of(options).variant();
    }

    @Override
    public String name() {
        return "qemu-log";
    }

    /** Whether the (decompressed) head holds a QEMU virtio/virtqueue/pci_nvme trace line among its first lines. */
    @Override
    public boolean probe(Path file, byte[] head) {
        String s = new String(head, 0, Math.min(head.length, 64 * 1024), StandardCharsets.UTF_8);
        int lines = 0;
        int start = 0;
        while (start < s.length() && lines < 200) {
            int nl = s.indexOf('\n', start);
            String line = nl < 0 ? s.substring(start) : s.substring(start, nl);
            if (looksLikeEvent(line)) {
                return true;
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
            lines++;
        }
        return false;
    }

    static boolean looksLikeEvent(String line) {
        int p = 0;
        int at = line.indexOf('@');
        int colon = line.indexOf(':');
        int z = line.indexOf("Z ");
        if (at > 0 && colon > at && all(line, 0, at, false)) {
            p = colon + 1;
        } else if (z >= 19 && z <= 30 && all(line, 0, 4, false) && line.charAt(4) == '-' && line.charAt(10) == 'T') {
            p = z + 2; // ISO 8601 UTC time (QEMU 10.1+)
        }
        String rest = line.substring(p);
        int sp = rest.indexOf(' ');
        String name = sp < 0 ? rest : rest.substring(0, sp);
        return (name.startsWith("virtqueue_") || name.startsWith("virtio_") || name.startsWith("pci_nvme_"))
                && all(name, 0, name.length(), true);
    }

    /** Whether s[from, to) is all digits, or (name) all letters, digits and '_'. Loops, not streams: no lambda bootstrap at start-up. */
    private static boolean all(String s, int from, int to, boolean name) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (name ? c != '_' && !Character.isLetterOrDigit(c) : !Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public EventSource open(Path file, DeviceModels models, OpenOptions options) throws IOException {
        return QemuLogSource.open(file, QemuOptions.of(options));
    }
}
