package io.ringside.ui.trace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.tukaani.xz.XZInputStream;

import io.ringside.core.engine.DeviceModels;
import io.ringside.core.trace.RingsideFormat;
import io.ringside.core.trace.TraceFormat;
import io.ringside.core.trace.TraceReader;
import io.ringside.nvme.NvmeModel;
import io.ringside.qemu.OpNvmeModel;
import io.ringside.qemu.OpVirtioModel;
import io.ringside.qemu.QemuLogFormat;
import io.ringside.virtio.VirtioModel;

/** The device models and file formats the workbench opens, and content probing. */
public final class Formats {

    private static final byte[] XZ_MAGIC = { (byte) 0xfd, '7', 'z', 'X', 'Z', 0 };

    private Formats() {
    }

    public static DeviceModels models() {
        return new DeviceModels(List.of(new VirtioModel(), new NvmeModel(), new OpVirtioModel(), new OpNvmeModel()));
    }

    public static List<TraceFormat> formats() {
        return List.of(new RingsideFormat(), new QemuLogFormat());
    }

    /** The first bytes of a stream, decompressed when it is gzip or xz. */
    public static byte[] head(InputStream raw, int max) throws IOException {
        InputStream in = new java.io.BufferedInputStream(raw, 1 << 16);
        in.mark(8);
        byte[] magic = in.readNBytes(6);
        in.reset();
        if (java.util.Arrays.equals(magic, XZ_MAGIC)) {
            in = new XZInputStream(in);
        } else {
            in = TraceReader.decompress(in);
        }
        return in.readNBytes(max);
    }

    /** The format that accepts a file by content, or null. */
    public static TraceFormat probe(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = head(in, 64 * 1024);
        }
        for (TraceFormat f : formats()) {
            if (f.probe(file, head)) {
                return f;
            }
        }
        return null;
    }
}
