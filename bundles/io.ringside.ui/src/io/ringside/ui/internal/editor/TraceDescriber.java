package io.ringside.ui.internal.editor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescriber;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;

import io.ringside.core.trace.RingsideFormat;
import io.ringside.core.trace.TraceFormat;
import io.ringside.qemu.QemuLogFormat;
import io.ringside.ui.trace.Formats;

/**
 * Recognises traces by content (plain, gzip or xz): parameter {@code rstrace} accepts Ringside traces,
 * {@code qemu-log} QEMU trace logs with virtio/virtqueue/pci_nvme events.
 */
public final class TraceDescriber implements IContentDescriber, IExecutableExtension {

    private TraceFormat format = new RingsideFormat();

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        if ("qemu-log".equals(data)) {
            format = new QemuLogFormat();
        }
    }

    @Override
    public int describe(InputStream contents, IContentDescription description) throws IOException {
        byte[] head;
        try {
            head = Formats.head(contents, 64 * 1024);
        } catch (IOException | RuntimeException e) {
            return INVALID;
        }
        // the name must not decide: probe with a neutral one
        boolean ok = format instanceof RingsideFormat
                ? new String(head, 0, Math.min(head.length, 512), java.nio.charset.StandardCharsets.UTF_8).stripLeading()
                        .startsWith("{") && new String(head, 0, Math.min(head.length, 512),
                                java.nio.charset.StandardCharsets.UTF_8).contains("\"ringside-trace\"")
                : format.probe(Path.of("probe"), head);
        return ok ? VALID : INVALID;
    }

    @Override
    public QualifiedName[] getSupportedOptions() {
        return new QualifiedName[0];
    }
}
