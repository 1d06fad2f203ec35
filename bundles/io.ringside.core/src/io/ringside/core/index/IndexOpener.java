package io.ringside.core.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.internal.index.BinaryStore;
import io.ringside.core.internal.index.Blocks;
import io.ringside.core.internal.index.EventCacheWriter;
import io.ringside.core.internal.index.EventStore;
import io.ringside.core.internal.index.Identity;
import io.ringside.core.internal.index.IndexCorruptException;
import io.ringside.core.internal.index.IndexFile;
import io.ringside.core.internal.index.SourceStore;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.TraceFormat;
import io.ringside.core.trace.TraceFormatException;
import io.ringside.core.trace.TraceHeader;

/**
 * How a {@link TraceIndex} comes to be: restored from the cache folder when its files are valid for the
 * trace ({@link IndexFile}, {@link Identity}), else fresh over a source with an {@link EventCacheWriter}
 * (into the cache folder, or a temporary file when it cannot be written), each with the event store it
 * reads from. Also names a trace's files in the cache folder ({@link #cacheKey}).
 */
final class IndexOpener {

    /** How {@link #start} was called, and the notes it made (kept when it starts again). */
    record Restart(TraceFormat format, IndexOptions options, List<String> notes) {
    }

    /** Makes the event store over the index's published count. */
    @FunctionalInterface
    interface StoreFactory {
        EventStore make(LongSupplier published) throws IOException;
    }

    private IndexOpener() {
    }

    /** See {@link TraceIndex#start}. */
    static TraceIndex start(Path file, TraceFormat format, DeviceModels models, CheckOptions check,
            IndexOptions options) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new TraceFormatException(file.toString(), 0, -1, "no such file");
        }
        Identity id = Identity.of(file, format, options.openOptions());
        boolean binary = options.store() == IndexOptions.Store.BINARY;
        List<String> notes = new ArrayList<>();
        Path rsi = null;
        Path rsev = null;
        if (options.persist()) {
            String key = cacheKey(file);
            rsi = options.cacheDir().resolve(key + ".rsi");
            rsev = options.cacheDir().resolve(key + ".rsev");
            if (Files.exists(rsi)) {
                try {
                    IndexFile.Cached c = IndexFile.read(rsi, rsev, id, models.registry(), binary);
                    TraceIndex ix = restored(file, c, rsi, rsev, models, check, options);
                    ix.restart = new Restart(format, options, List.copyOf(notes));
                    try { // used now: the last to go when the cache folder is trimmed
                        Files.setLastModifiedTime(rsi, FileTime.fromMillis(System.currentTimeMillis()));
                    } catch (IOException ignored) {
                        // a read-only cache still works
                    }
                    return ix;
                } catch (IndexFile.StaleIndexException | IndexCorruptException e) {
                    notes.add("index of " + file.getFileName() + " rebuilt: " + e.getMessage());
                } catch (IOException | RuntimeException e) {
                    notes.add("index of " + file.getFileName() + " rebuilt: " + e);
                }
            }
        }
        if (!binary && !"rstrace".equals(format.name())) {
            throw new IllegalArgumentException("reading events from the source needs an .rstrace file, not "
                    + format.name());
        }
        if (!binary && isGzip(file)) {
            throw new IllegalArgumentException("reading events from the source needs an uncompressed .rstrace");
        }
        EventSource src = format.open(file, models, options.openOptions());
        try {
            TraceIndex ix = fresh(src.name(), file, src.header(), models, check, options, id, rsi, rsev, Long.MAX_VALUE);
            ix.warnings.addAll(notes);
            ix.restart = new Restart(format, options, List.copyOf(notes));
            ix.pending = src;
            return ix;
        } catch (IOException | RuntimeException e) {
            src.close();
            throw e;
        }
    }

    /**
     * A fresh index of a trace ({@code file}, or null for a stream or a live feed) with this header, its
     * events to come; {@code rsi}, {@code rsev}: its files in the cache folder, or null when not persisted.
     */
    static TraceIndex fresh(String name, Path file, TraceHeader header, DeviceModels models, CheckOptions check,
            IndexOptions o, Identity id, Path rsi, Path rsev, long lookahead) throws IOException {
        Blocks bl = new Blocks();
        EventCacheWriter w = new EventCacheWriter(id, rsi, rsev, o);
        List<String> cacheNotes = new ArrayList<>();
        StoreFactory store;
        if (w.binary()) {
            w.open(cacheNotes);
            store = published -> new BinaryStore(w.readable(), bl, w.types(), published, o.blockEvents(), !w.persist());
        } else {
            store = published -> new SourceStore(file, header, models.registry(), bl, published, o.blockEvents());
        }
        try {
            TraceIndex ix = new TraceIndex(name, file, header, models, check, o, o.blockEvents(), bl, store, w, null,
                    lookahead);
            ix.cacheWarnings.addAll(cacheNotes);
            return ix;
        } catch (IOException | RuntimeException e) {
            w.discard();
            w.deleteTemporary();
            throw e;
        }
    }

    private static TraceIndex restored(Path file, IndexFile.Cached c, Path rsi, Path rsev, DeviceModels models,
            CheckOptions check, IndexOptions o) throws IOException {
        IndexOptions ro = o.withBlockEvents(c.blockEvents());
        StoreFactory store = c.binary()
                ? published -> new BinaryStore(rsev, c.blocks(), c.types(), published, c.blockEvents(), false)
                : published -> new SourceStore(file, c.header(), models.registry(), c.blocks(), published, c.blockEvents());
        TraceIndex ix = new TraceIndex(file.toString(), file, c.header(), models, check, ro, c.blockEvents(), c.blocks(),
                store, null, c, Long.MAX_VALUE);
        ix.warnings.addAll(c.warnings());
        ix.indexFile = rsi;
        ix.eventFile = c.binary() ? rsev : null;
        return ix;
    }

    static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    /** Cache file stem: the file name (sanitised) and 16 hex digits of the SHA-256 of its absolute path. */
    static String cacheKey(Path file) {
        String abs = file.toAbsolutePath().normalize().toString();
        String fn = file.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        if (fn.length() > 60) {
            fn = fn.substring(0, 60);
        }
        byte[] h = Identity.sha256(abs.getBytes(StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder(fn).append('-');
        for (int i = 0; i < 8; i++) {
            sb.append(String.format("%02x", h[i] & 0xff));
        }
        return sb.toString();
    }
}
