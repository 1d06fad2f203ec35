package io.ringside.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

import io.ringside.core.RepoFiles;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.TraceFormat;
import io.ringside.core.trace.TraceFormatException;
import io.ringside.core.trace.TraceLevel;

/**
 * The registry finds the device models and formats of the bundles present, each registered once in its
 * bundle's {@code META-INF/services}: in plain Java ({@code tools/devtest}: service files on the class
 * path) and in OSGi (Tycho's test runtime, where this fragment's host sees the virtio and NVMe bundles
 * only through Aries SPI Fly: without it the lists would hold core's own format alone).
 */
class ExtensionsTest {

    private static final Path SAMPLE = RepoFiles.repo().resolve("samples/traces/virtio-split-eventidx.rstrace");

    @Test
    void findsTheModelsOfTheBundlesPresentByName() {
        List<String> names = Extensions.deviceModels().stream().map(DeviceModel::name).toList();
        // this fragment requires the virtio and NVMe bundles; others (qemu) may be present too
        assertTrue(names.contains("virtio"), names.toString());
        assertTrue(names.contains("nvme"), names.toString());
        assertEquals(names.stream().sorted().toList(), names, "listed by name");
        DeviceInfo blk = new DeviceInfo(0, "virtio-blk", "", 0, null, null, null);
        DeviceModel m = Extensions.deviceModels().stream().filter(x -> x.accepts(blk, TraceLevel.MEMORY)).findFirst()
                .orElseThrow();
        assertEquals("virtio", m.name());
        assertTrue(Extensions.models().registry().lookup("kick") != null, "the virtio events are registered");
    }

    @Test
    void findsCoresOwnFormatFirst() {
        List<TraceFormat> formats = Extensions.traceFormats();
        assertEquals("rstrace", formats.get(0).name());
        assertNotNull(Extensions.format("rstrace"));
        assertEquals(null, Extensions.format("no-such-format"));
    }

    @Test
    void probesByContentThroughCompression(@TempDir Path dir) throws IOException {
        byte[] plain = Files.readAllBytes(SAMPLE);
        Path gz = dir.resolve("a.bin"); // no telling name: the content decides
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(plain);
        }
        Path xz = dir.resolve("b.bin");
        try (OutputStream o = new XZOutputStream(Files.newOutputStream(xz), new LZMA2Options())) {
            o.write(plain);
        }
        for (Path p : List.of(SAMPLE, gz, xz)) {
            assertEquals("rstrace", Extensions.probe(p).name(), p.toString());
            try (EventSource src = Extensions.open(p, Extensions.models(), io.ringside.core.trace.OpenOptions.DEFAULT)) {
                assertEquals("virtio-blk", src.header().devices().get(0).type(), p.toString());
            }
        }
    }

    @Test
    void refusesWhatNoFormatReadsInOneLine(@TempDir Path dir) throws IOException {
        Path junk = dir.resolve("junk.txt");
        Files.writeString(junk, "hello\nworld\n");
        TraceFormatException e = assertThrows(TraceFormatException.class, () -> Extensions.probe(junk));
        assertTrue(e.getMessage().contains("not a trace Ringside reads (formats: rstrace"), e.getMessage());
        e = assertThrows(TraceFormatException.class, () -> Extensions.probe(dir));
        assertTrue(e.getMessage().endsWith("is a directory, not a trace"), e.getMessage());
        e = assertThrows(TraceFormatException.class, () -> Extensions.probe(dir.resolve("missing")));
        assertTrue(e.getMessage().endsWith("no such file"), e.getMessage());
    }
}
