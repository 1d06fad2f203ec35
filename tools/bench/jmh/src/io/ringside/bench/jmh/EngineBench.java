package io.ringside.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.Extensions;
import io.ringside.core.engine.Replay;
import io.ringside.core.index.IndexOptions;
import io.ringside.core.index.TraceCursor;
import io.ringside.core.index.TraceIndex;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceReader;

/**
 * Engine-level benchmarks behind docs/performance.md "## Scale" (run by tools/bench-scale --jmh):
 * replay-and-check of a whole trace from JSON and from the binary event cache, a random seek, a
 * checkpoint copy. Divide the per-pass times by the trace's event count for events/s.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class EngineBench {

    @Param("")
    public String trace;

    DeviceModels models;
    TraceIndex index;
    TraceCursor cursor;
    Random rnd;
    Replay checkpoint;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        models = Extensions.models();
        Path cache = Files.createTempDirectory("ringside-jmh-");
        index = TraceIndex.open(Path.of(trace), Extensions.traceFormats(), models, CheckOptions.DEFAULT,
                IndexOptions.defaults().withCacheDir(cache), null);
        cursor = index.cursor();
        rnd = new Random(1);
        cursor.seek(index.eventCount() / 2);
        checkpoint = cursor.snapshot();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        cursor.close();
        index.close();
    }

    /** Parse the JSON trace, replay and check every event (what a plain streaming check costs). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long jsonReplayCheck() throws IOException {
        try (TraceReader r = TraceReader.open(Path.of(trace), models.registry())) {
            Replay rp = models.replay(r.header(), CheckOptions.DEFAULT);
            Replay.Collector col = new Replay.Collector(100);
            TraceEvent e = new TraceEvent();
            while (r.next(e)) {
                rp.apply(e, col);
            }
            return col.count() + rp.applied();
        }
    }

    /** Decode the binary event cache, replay and check every event, through the cursor. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long cacheReplayCheck() {
        cursor.seek(TraceCursor.START);
        cursor.runUntil((e, r) -> false, null);
        return cursor.position();
    }

    /** Seek to a random event (checkpoint copy + replay of less than one interval). */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long seekRandom() {
        cursor.seek(rnd.nextLong(index.eventCount()));
        return cursor.position();
    }

    /** One checkpoint: a deep copy of the replay state. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Replay checkpointCopy() {
        return checkpoint.copy();
    }
}
