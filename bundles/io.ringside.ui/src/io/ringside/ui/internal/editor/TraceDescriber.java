package io.ringside.ui.internal.editor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescriber;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;

import io.ringside.core.engine.Extensions;
import io.ringside.core.trace.TraceFormat;
import io.ringside.core.trace.TraceInput;

/**
 * Recognises traces by content (plain, gzip or xz): the parameter names the installed format it accepts
 * ({@code rstrace}, {@code qemu-log}: {@link Extensions#format}).
 */
public final class TraceDescriber implements IContentDescriber, IExecutableExtension {

    private TraceFormat format;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        format = Extensions.format(String.valueOf(data));
    }

    @Override
    public int describe(InputStream contents, IContentDescription description) throws IOException {
        if (format == null) {
            return INVALID;
        }
        byte[] head;
        try {
            head = TraceInput.decompress(contents, "probe").readNBytes(Extensions.PROBE_BYTES);
        } catch (IOException | RuntimeException e) {
            return INVALID;
        }
        // the name must not decide: probe with a neutral one
        return format.probe(Path.of("probe"), head) ? VALID : INVALID;
    }

    @Override
    public QualifiedName[] getSupportedOptions() {
        return new QualifiedName[0];
    }
}
