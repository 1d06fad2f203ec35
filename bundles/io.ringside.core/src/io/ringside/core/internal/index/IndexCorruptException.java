package io.ringside.core.internal.index;

import java.io.IOException;

/**
 * An index or event cache file that cannot be what was written: bad magic, checksum mismatch,
 * truncated block. {@link io.ringside.core.index.TraceIndex#open} treats it as stale and rebuilds; a
 * cursor that meets one while reading reports it as an {@link java.io.UncheckedIOException} wrapping this exception.
 */
public final class IndexCorruptException extends IOException {

    private static final long serialVersionUID = 1L;

    public IndexCorruptException(String message) {
        super(message);
    }
}
