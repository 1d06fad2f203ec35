package io.ringside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ringside.cli.MainTest.Run;
import io.ringside.cli.fuzz.FuzzCorpusTestAccess;

/**
 * Issue 23 item 6: when the index cache folder cannot be written, {@code show} still works, on a temporary
 * index, and says so on stderr as docs/index-format.md promises (it used to fall back without a word).
 */
class CacheCliTest {

    @TempDir
    Path dir;

    @Test
    void showWarnsWhenTheCacheCannotBeWritten() throws Exception {
        Path blocker = Files.writeString(dir.resolve("a-file"), "in the way of the cache folder");
        String before = System.getProperty("ringside.cache");
        System.setProperty("ringside.cache", blocker.toString());
        try {
            Path trace = FuzzCorpusTestAccess.repo().resolve("samples/traces/virtio-split-eventidx.rstrace");
            Run r = MainTest.run("show", trace.toString(), "--at", "100");
            assertEquals(0, r.rc(), r.err());
            assertTrue(r.out().startsWith("after event #100 "), r.out());
            assertTrue(r.err().startsWith("warning: cannot write the index cache in " + blocker.resolve("index") + " (")
                    && r.err().strip().endsWith("): using a temporary index"), r.err());
        } finally {
            if (before == null) {
                System.clearProperty("ringside.cache");
            } else {
                System.setProperty("ringside.cache", before);
            }
        }
    }
}
