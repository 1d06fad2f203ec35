package io.ringside.core.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.ringside.core.RepoFiles;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.internal.trace.RingsideFormat;

/**
 * The index keeps its checkpoints within the memory budget even when the state outgrows what the header
 * announced: an NVMe trace whose admin commands create big queues (the header lists the admin queue only).
 */
class CheckpointBudgetTest {

    @Test
    void checkpointsAreBudgetedByTheLargestStateSeen(@TempDir Path dir) throws IOException {
        // the first 20 queue pairs of the corpus file (64 Ki entries each): about 21 MiB of state, under the limit
        Path corpus = RepoFiles.repo().resolve("bundles/io.ringside.cli.tests/testfiles/malformed/nvme-queues-beyond-limit.rstrace");
        List<String> lines = Files.readAllLines(corpus);
        Path trace = dir.resolve("nvme-big-queues.rstrace");
        Files.write(trace, lines.subList(0, 1 + 20 * 12));
        DeviceModels models = RealTraceIndexTest.models();
        long estimate = TraceIndex.estimateStateBytes(new RingsideFormat().open(trace, models).header());
        long budget = 8L << 20;
        assertTrue(estimate * 16 < budget, "the header alone announces a small state: " + estimate);
        IndexOptions o = IndexOptions.defaults().withoutPersistence().withBlockEvents(16).withCheckpointBudget(budget);
        try (TraceIndex ix = TraceIndex.open(trace, new RingsideFormat(), models, CheckOptions.DEFAULT, o, null);
                TraceCursor c = ix.cursor()) {
            assertEquals(240, ix.eventCount());
            assertTrue(ix.stateBytes() > 12L << 20, "largest state seen: " + ix.stateBytes());
            // 15 blocks: by the header's estimate all 15 checkpoints would fit; by the states seen at most 4 (+1 before thinning)
            assertTrue(ix.checkpointCount() <= 4, ix.checkpointCount() + " checkpoints of up to " + ix.stateBytes() + " bytes");
            c.seek(239); // still seeks (from a sparser checkpoint)
            assertEquals(239, c.event().seq());
        }
    }
}
