package io.ringside.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.internal.trace.RingsideFormat;

/** The index cache folder stays within its size: least recently used indexes go first. */
class CacheTrimTest {

    @TempDir
    Path dir;

    private TraceIndex open(Path f, IndexOptions o) throws IOException {
        return TraceIndex.open(f, List.of(new RingsideFormat()), ToyTraces.MODELS, CheckOptions.DEFAULT, o, null);
    }

    private long cacheBytes(Path cache) throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return s.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    @Test
    void leastRecentlyUsedIndexesAreDeletedWhenTheFolderIsOverItsSize() throws IOException {
        Path cache = dir.resolve("cache");
        IndexOptions unlimited = IndexOptions.defaults().withCacheDir(cache).withBlockEvents(64);
        Path[] traces = new Path[4];
        Path[] indexes = new Path[4];
        for (int i = 0; i < 4; i++) {
            traces[i] = dir.resolve("t" + i + ".rstrace");
            ToyTraces.write(traces[i], 3000, i);
            try (TraceIndex ix = open(traces[i], unlimited)) {
                indexes[i] = ix.indexFile();
            }
            // distinct, increasing "last used" times (file systems may have coarse clocks)
            Files.setLastModifiedTime(indexes[i], FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        long one = cacheBytes(cache) / 4;
        assertTrue(one > 0);
        // trace 0 is used again: now the most recently used
        try (TraceIndex ix = open(traces[0], unlimited)) {
            assertTrue(ix.fromCache());
        }
        // a fifth index with room for about three: the least recently used (1, then 2) go
        Path fifth = dir.resolve("t4.rstrace");
        ToyTraces.write(fifth, 3000, 4);
        IndexOptions limited = unlimited.withCacheMaxBytes(one * 3 + one / 2);
        try (TraceIndex ix = open(fifth, limited)) {
            assertFalse(ix.fromCache());
            assertTrue(Files.exists(ix.indexFile()), "the index just written stays");
        }
        assertFalse(Files.exists(indexes[1]), "least recently used: deleted");
        assertFalse(Files.exists(indexes[2]), "next least recently used: deleted");
        assertTrue(Files.exists(indexes[0]), "used again just before: kept");
        assertTrue(Files.exists(indexes[3]));
        assertTrue(cacheBytes(cache) <= one * 3 + one / 2, "folder within the limit: " + cacheBytes(cache));
        try (Stream<Path> s = Files.list(cache)) {
            assertEquals(6, s.count(), "three indexes, each an .rsi and its .rsev");
        }
        // a deleted index is rebuilt on the next open
        try (TraceIndex ix = open(traces[1], unlimited)) {
            assertFalse(ix.fromCache());
            assertEquals(3000, ix.eventCount());
        }
    }

    @Test
    void theIndexJustWrittenStaysEvenAloneOverTheLimit() throws IOException {
        Path cache = dir.resolve("cache");
        Path f = dir.resolve("big.rstrace");
        ToyTraces.write(f, 3000, 9);
        try (TraceIndex ix = open(f, IndexOptions.defaults().withCacheDir(cache).withCacheMaxBytes(1))) {
            assertTrue(Files.exists(ix.indexFile()));
            assertTrue(Files.exists(ix.eventFile()));
        }
        try (TraceIndex ix = open(f, IndexOptions.defaults().withCacheDir(cache).withCacheMaxBytes(1))) {
            assertTrue(ix.fromCache(), "reused: reading an index does not trim");
        }
    }

    /**
     * Issue 23 item 5: the temporary files of an index build that was killed (SIGKILL) are deleted by the
     * trim that follows the next index written; those of a live build are kept.
     */
    @Test
    void theTrimDeletesTemporaryFilesOfKilledBuilds() throws Exception {
        Path cache = dir.resolve("cache");
        Files.createDirectories(cache);
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long dead = gone.pid();
        long self = ProcessHandle.current().pid();
        Path killedEvents = Files.write(cache.resolve(".t-0123456789abcdef.rsev." + dead + ".55.tmp"), new byte[1 << 20]);
        Path killedIndex = Files.write(cache.resolve(".t-0123456789abcdef.rsi." + dead + ".56.tmp"), new byte[10]);
        Path live = Files.write(cache.resolve(".u-0123456789abcdef.rsev." + self + ".57.tmp"), new byte[10]);
        Path notOurs = Files.write(cache.resolve(".notes.txt.tmp"), new byte[10]);
        Path f = dir.resolve("a.rstrace");
        ToyTraces.write(f, 500, 1);
        try (TraceIndex ix = open(f, IndexOptions.defaults().withCacheDir(cache).withBlockEvents(64))) {
            assertTrue(Files.exists(ix.indexFile()));
        }
        assertFalse(Files.exists(killedEvents));
        assertFalse(Files.exists(killedIndex));
        assertTrue(Files.exists(live) && Files.exists(notOurs));
    }
}
