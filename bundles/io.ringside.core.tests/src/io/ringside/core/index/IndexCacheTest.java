package io.ringside.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.internal.index.EventCacheWriter;
import io.ringside.core.internal.trace.RingsideFormat;
import io.ringside.core.trace.TraceFormatException;
import io.ringside.core.trace.TraceReader;
import io.ringside.core.util.ProgressMonitor;

/** Persistence: the cached index is reused when valid and rebuilt when stale or damaged. */
class IndexCacheTest {

    @TempDir
    Path dir;

    private Path trace(String name, int n, long seed) throws IOException {
        Path f = dir.resolve(name);
        ToyTraces.write(f, n, seed);
        return f;
    }

    private IndexOptions opts() {
        return IndexOptions.defaults().withCacheDir(dir.resolve("cache")).withBlockEvents(64);
    }

    private TraceIndex open(Path f, IndexOptions o) throws IOException {
        return TraceIndex.open(f, List.of(new RingsideFormat()), ToyTraces.MODELS, CheckOptions.DEFAULT, o, null);
    }

    /** Seeks to random events and compares with the reference. */
    private static void check(TraceIndex ix, ToyTraces.Reference ref) {
        assertEquals(ref.events.size(), ix.eventCount());
        assertEquals(ref.totalViolations(), ix.violationCount());
        try (TraceCursor c = ix.cursor()) {
            Random r = new Random(1);
            for (int i = 0; i < 50; i++) {
                int n = r.nextInt(ref.events.size());
                c.seek(n);
                assertTrue(ref.states.get(n + 1).stateEquals(c.state()), "state at " + n);
                assertEquals(ref.events.get(n), c.event());
            }
        }
    }

    @Test
    void aValidCacheIsReusedAndGivesTheSameAnswers() throws IOException {
        Path f = trace("a.rstrace", 3000, 1);
        ToyTraces.Reference ref = ToyTraces.Reference.of(f);
        try (TraceIndex ix = open(f, opts())) {
            assertFalse(ix.fromCache());
            assertTrue(Files.exists(ix.indexFile()));
            assertTrue(Files.exists(ix.eventFile()));
            check(ix, ref);
        }
        try (TraceIndex ix = open(f, opts())) {
            assertTrue(ix.fromCache(), "second open uses the cache");
            assertEquals(ToyTraces.header(), ix.header());
            check(ix, ref);
        }
    }

    @Test
    void aChangedTraceIsDetectedAndReindexed() throws IOException {
        Path f = trace("b.rstrace", 2000, 2);
        try (TraceIndex ix = open(f, opts())) {
            assertFalse(ix.fromCache());
        }
        // same size and time stamp, different content at the start: only the hash tells
        FileTime t = Files.getLastModifiedTime(f);
        byte[] b = Files.readAllBytes(f);
        String s = new String(b, java.nio.charset.StandardCharsets.UTF_8).replaceFirst("\"seed\":\"x\"", "\"seed\":\"y\"");
        Files.writeString(f, s);
        Files.setLastModifiedTime(f, t);
        try (TraceIndex ix = open(f, opts())) {
            assertFalse(ix.fromCache());
            assertTrue(ix.warnings().stream().anyMatch(w -> w.contains("content changed")), ix.warnings().toString());
            assertEquals("y", ix.header().meta().get("seed"));
        }
        // a new trace written over the old one (other length)
        ToyTraces.write(f, 2500, 3);
        ToyTraces.Reference ref = ToyTraces.Reference.of(f);
        try (TraceIndex ix = open(f, opts())) {
            assertFalse(ix.fromCache());
            check(ix, ref);
        }
        try (TraceIndex ix = open(f, opts())) {
            assertTrue(ix.fromCache());
            check(ix, ref);
        }
        // touched only
        Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 5000));
        try (TraceIndex ix = open(f, opts())) {
            assertFalse(ix.fromCache());
        }
    }

    @Test
    void aCorruptEventCacheIsDetectedAndRebuilt() throws IOException {
        Path f = trace("c.rstrace", 3000, 4);
        ToyTraces.Reference ref = ToyTraces.Reference.of(f);
        Path rsev;
        try (TraceIndex ix = open(f, opts())) {
            rsev = ix.eventFile();
        }
        try (RandomAccessFile raf = new RandomAccessFile(rsev.toFile(), "rw")) {
            long at = raf.length() / 2;
            raf.seek(at);
            int x = raf.read();
            raf.seek(at);
            raf.write(x ^ 0x40);
        }
        try (TraceIndex ix = open(f, opts())) {
            assertFalse(ix.fromCache(), "a flipped byte must not be trusted");
            assertTrue(ix.warnings().stream().anyMatch(w -> w.contains("checksum")), ix.warnings().toString());
            check(ix, ref);
        }
        // truncated event cache
        try (var ch = Files.newByteChannel(rsev, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() - 10);
        }
        try (TraceIndex ix = open(f, opts())) {
            assertFalse(ix.fromCache());
            check(ix, ref);
        }
        // missing event cache
        Files.delete(rsev);
        try (TraceIndex ix = open(f, opts())) {
            assertFalse(ix.fromCache());
            check(ix, ref);
        }
    }

    @Test
    void aCorruptIndexFileIsDetectedAndRebuilt() throws IOException {
        Path f = trace("d.rstrace", 1500, 5);
        ToyTraces.Reference ref = ToyTraces.Reference.of(f);
        Path rsi;
        try (TraceIndex ix = open(f, opts())) {
            rsi = ix.indexFile();
        }
        byte[] b = Files.readAllBytes(rsi);
        for (int pos : new int[] {0, 9, b.length / 2, b.length - 1}) {
            byte[] bad = b.clone();
            bad[pos] ^= 1;
            Files.write(rsi, bad);
            try (TraceIndex ix = open(f, opts())) {
                assertFalse(ix.fromCache(), "flipped byte " + pos);
                check(ix, ref);
            }
        }
        Files.write(rsi, new byte[] {1, 2, 3});
        try (TraceIndex ix = open(f, opts())) {
            assertFalse(ix.fromCache());
        }
        Files.write(rsi, new byte[0]);
        try (TraceIndex ix = open(f, opts())) {
            assertFalse(ix.fromCache());
            check(ix, ref);
        }
    }

    @Test
    void cancellationStopsTheBuildAndLeavesNoFiles() throws IOException {
        Path f = trace("e.rstrace", 40_000, 6);
        int[] calls = {0};
        ProgressMonitor cancelSoon = new ProgressMonitor() {
            @Override
            public void begin(String task, long total) {
            }

            @Override
            public void worked(long done) {
                calls[0]++;
            }

            @Override
            public boolean isCanceled() {
                return calls[0] >= 1;
            }

            @Override
            public void done() {
            }
        };
        IndexOptions o = opts();
        assertThrows(IndexCanceledException.class,
                () -> TraceIndex.open(f, new RingsideFormat(), ToyTraces.MODELS, CheckOptions.DEFAULT, o, cancelSoon));
        Path cache = o.cacheDir();
        if (Files.exists(cache)) {
            try (Stream<Path> s = Files.list(cache)) {
                assertEquals(List.of(), s.toList(), "no partial cache files");
            }
        }
        // and a later open works
        try (TraceIndex ix = open(f, o)) {
            assertEquals(40_000, ix.eventCount());
        }
        // cancelling the load of a cached index also stops
        calls[0] = 0;
        assertThrows(IndexCanceledException.class,
                () -> TraceIndex.open(f, new RingsideFormat(), ToyTraces.MODELS, CheckOptions.DEFAULT, o, cancelSoon));
    }

    @Test
    void gzipTracesAreIndexedThroughTheEventCache() throws IOException {
        Path plain = trace("f.rstrace", 2000, 7);
        Path gz = dir.resolve("f.rstrace.gz");
        try (var in = Files.newInputStream(plain);
                var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            in.transferTo(out);
        }
        ToyTraces.Reference ref = ToyTraces.Reference.of(plain);
        try (TraceIndex ix = open(gz, opts())) {
            check(ix, ref);
        }
        assertThrows(IllegalArgumentException.class, () -> open(gz, opts().withStore(IndexOptions.Store.SOURCE)));
    }

    @Test
    void withoutPersistenceNothingIsWrittenToTheCache() throws IOException {
        Path f = trace("g.rstrace", 500, 8);
        Path ev;
        try (TraceIndex ix = open(f, opts().withoutPersistence())) {
            assertEquals(null, ix.indexFile());
            ev = ix.eventFile();
            assertTrue(Files.exists(ev));
        }
        assertFalse(Files.exists(ev), "temporary event cache deleted on close");
        assertFalse(Files.exists(dir.resolve("cache")));
    }

    /** A stream that fails as a full disk does once {@code room} bytes went through. */
    static java.io.OutputStream full(java.io.OutputStream o, long room) {
        return new java.io.FilterOutputStream(o) {
            long left = room;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (len > left) {
                    throw new IOException("No space left on device");
                }
                left -= len;
                out.write(b, off, len);
            }
        };
    }

    /**
     * Issue 23 item 6: a full disk under the cache (the event cache's writes fail midway) falls back to a
     * temporary index with a warning, leaves nothing in the cache; when the temporary file fails too, the
     * error names its path.
     */
    @Test
    void aFullCacheFallsBackToATemporaryIndexWithAWarning() throws IOException {
        Path f = trace("full.rstrace", 5000, 21);
        ToyTraces.Reference ref = ToyTraces.Reference.of(f);
        int[] streams = { 0 };
        // the first stream (the cache's) fills up
        EventCacheWriter.cacheStreamHook = o -> streams[0]++ == 0 ? full(o, 4096) : o;
        try (TraceIndex ix = open(f, opts())) {
            assertEquals(2, streams[0], "indexed again, into a temporary file");
            assertEquals(1, ix.cacheWarnings().size(), ix.warnings().toString());
            String w = ix.cacheWarnings().get(0);
            assertTrue(w.startsWith("cannot write the index cache in " + dir.resolve("cache")) && w.contains("No space left on device")
                    && w.endsWith("using a temporary index"), w);
            assertTrue(ix.warnings().contains(w));
            assertEquals(null, ix.indexFile());
            assertFalse(ix.eventFile().startsWith(dir.resolve("cache")), ix.eventFile().toString());
            check(ix, ref);
            try (Stream<Path> s = Files.list(dir.resolve("cache"))) {
                assertEquals(List.of(), s.toList(), "no partial file left in the cache");
            }
        } finally {
            EventCacheWriter.cacheStreamHook = o -> o;
        }
        EventCacheWriter.cacheStreamHook = o -> full(o, 4096); // the temporary file's disk is full too
        try {
            IOException e = assertThrows(IOException.class, () -> open(f, opts()));
            assertTrue(e.getMessage().matches(".*\\.ringside\\.\\d+\\.\\d+\\.rsev: No space left on device \\(writing the index's event cache\\)"),
                    e.getMessage());
            assertTrue(Files.exists(Path.of(System.getProperty("java.io.tmpdir"))), "sanity");
        } finally {
            EventCacheWriter.cacheStreamHook = o -> o;
        }
        try (TraceIndex ix = open(f, opts())) { // the disk has room again: cached as usual
            assertTrue(ix.cacheWarnings().isEmpty());
            assertTrue(ix.indexFile() != null && Files.exists(ix.indexFile()));
        }
    }

    /** A cache folder that cannot be created (read-only, or a file in its way): a temporary index and the warning. */
    @Test
    void anUnwritableCacheFallsBackWithTheWarning() throws IOException {
        Path f = trace("ro.rstrace", 800, 22);
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        try (TraceIndex ix = open(f, opts().withCacheDir(blocker.resolve("index")))) {
            assertEquals(1, ix.cacheWarnings().size(), ix.warnings().toString());
            assertTrue(ix.cacheWarnings().get(0).startsWith("cannot write the index cache in " + blocker.resolve("index")),
                    ix.cacheWarnings().get(0));
            check(ix, ToyTraces.Reference.of(f));
        }
    }

    @Test
    void readerOpenedAtAnOffsetNumbersEventsAndLinesLikeTheWholeFile() throws IOException {
        Path f = trace("h.rstrace", 300, 9);
        ToyTraces.Reference ref = ToyTraces.Reference.of(f);
        var header = ref.states.get(0).header();
        for (int n : new int[] {0, 1, 57, 299}) {
            var at = ref.events.get(n);
            try (TraceReader r = TraceReader.openAt(f, header, ToyTraces.MODELS.registry(), at.offset(), n, at.line())) {
                var e = new io.ringside.core.trace.TraceEvent();
                for (int k = n; k < 300; k++) {
                    assertTrue(r.next(e));
                    assertEquals(ref.events.get(k), e);
                    assertEquals(k, e.seq());
                    assertEquals(ref.events.get(k).line(), e.line());
                    assertEquals(ref.events.get(k).offset(), e.offset());
                }
                assertFalse(r.next(e));
            }
        }
        // errors name the line of the whole file
        String text = Files.readString(f);
        var at = ref.events.get(100);
        int cut = (int) ref.events.get(120).offset();
        Files.writeString(f, text.substring(0, cut) + "{\"ev\":\"toy_put\",\"slot\":1}\n" + text.substring(cut));
        try (TraceReader r = TraceReader.openAt(f, header, ToyTraces.MODELS.registry(), at.offset(), 100, at.line())) {
            var e = new io.ringside.core.trace.TraceEvent();
            TraceFormatException x = assertThrows(TraceFormatException.class, () -> {
                while (r.next(e)) {
                    // read on
                }
            });
            assertTrue(x.getMessage().contains(":" + ref.events.get(120).line() + ":"), x.getMessage());
        }
    }
}
