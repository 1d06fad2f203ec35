package io.ringside.cli.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import io.ringside.cli.Tools;
import io.ringside.core.engine.CheckOptions;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.DeviceModels;
import io.ringside.core.engine.Replay;
import io.ringside.core.index.IndexOptions;
import io.ringside.core.index.TraceCursor;
import io.ringside.core.index.TraceIndex;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceFormatException;
import io.ringside.core.trace.TraceReader;
import io.ringside.emulator.WorkloadReader;
import io.ringside.qemu.QemuLogSource;
import io.ringside.core.trace.TraceInput;
import io.ringside.qemu.QemuOptions;

/**
 * The fuzz targets: each takes arbitrary bytes and feeds them to one reader the way the command line
 * does (read, then replay through the shipped device models and their rules). The only outcomes allowed
 * are success and the reader's own {@link TraceFormatException}; anything else (another exception, an
 * {@link Error} such as running out of memory, a hang) escapes to the caller, which is a finding.
 * <p>
 * Used by {@code FuzzCorpusTest} (seeds plus deterministic mutations, in the test suite) and by
 * {@code tools/fuzz} (the same targets under Jazzer for long runs). Only production classes are used
 * here, no JUnit, so the fuzz script can compile this file on its own.
 */
public final class FuzzTargets {

    /** Events replayed per input at most: inputs are small, this only bounds pathological cases. */
    static final int MAX_EVENTS = 200_000;

    private static final DeviceModels MODELS = Tools.models();

    private FuzzTargets() {
    }

    /** The names of the targets, as {@link #run(String, byte[])} and {@code tools/fuzz} know them. */
    public static final List<String> NAMES = List.of("rstrace", "qemu", "workload", "index");

    public static void run(String target, byte[] data) throws Exception {
        switch (target) {
            case "rstrace" -> rstrace(data);
            case "qemu" -> qemu(data);
            case "workload" -> workload(data);
            case "index" -> index(data);
            default -> throw new IllegalArgumentException("no fuzz target " + target);
        }
    }

    // ---- own format -----------------------------------------------------------------------------

    /** A {@code .rstrace} (or {@code .rstrace.gz}) read and checked from memory. */
    public static void rstrace(byte[] data) throws IOException {
        EventSource src;
        try {
            src = new TraceReader(TraceReader.decompress(new ByteArrayInputStream(data), "fuzz.rstrace"), "fuzz.rstrace",
                    MODELS.registry());
        } catch (TraceFormatException e) {
            return;
        }
        try (src) {
            replay(src);
        } catch (TraceFormatException e) {
            // the reader's own error: fine
        }
    }

    /** Replays a source through the models as {@code ringside check} and {@code stats} do. */
    static void replay(EventSource src) throws IOException {
        Replay replay;
        try {
            replay = MODELS.replay(src.header(), CheckOptions.DEFAULT);
        } catch (IllegalArgumentException e) {
            // no model for a device type: the CLI reports it as one line (ReplayRun)
            return;
        }
        Replay.Collector col = new Replay.Collector(16);
        TraceEvent e = new TraceEvent();
        long n = 0;
        while (n < MAX_EVENTS && src.next(e)) {
            try {
                replay.apply(e, col);
            } catch (io.ringside.core.engine.EngineLimitException x) {
                return; // beyond an engine's limit: the CLI reports it as one line (ReplayRun)
            }
            n++;
        }
        replay.finish(n == 0 ? 0 : n - 1, col);
        for (int i = 0; i < replay.engines().size(); i++) { // what stats and show print
            DeviceEngine en = replay.engines().get(i);
            replay.describe(i);
            en.queueStats();
            en.state(io.ringside.core.state.StateNode.Detail.SUMMARY).toPlain();
            en.addTotals(new java.util.HashMap<>());
        }
        for (var v : col.violations()) {
            v.toString();
        }
        src.warnings();
    }

    // ---- QEMU log ---------------------------------------------------------------------------------

    private static Path scratch;

    private static synchronized Path scratch() throws IOException {
        if (scratch == null) {
            Path d = Files.createTempDirectory("ringside-fuzz-");
            d.toFile().deleteOnExit();
            scratch = d;
        }
        return scratch;
    }

    /** Device settings the QEMU target tries (by the input's length): none, IN_ORDER, packed, split, and a type. */
    private static final String[] FEATURES = {null, "0x930000000", "0x530000000", "0x130000000"};

    /**
     * A QEMU {@code -trace} log (plain, .gz or .xz content; either time prefix, or none) imported from a
     * file, strict or lenient, without or with device settings ({@code --virtio-features} of IN_ORDER,
     * packed or a plain split ring, {@code --virtio-device 0=virtio-net}): the parallel reader (whose block
     * parser takes the one-scan fast path for most lines) and the streaming one (the reference line
     * parser) must read the same header, events, counts and warnings, or fail with the same error; then the
     * parallel reader's events are replayed.
     */
    public static void qemu(byte[] data) throws IOException {
        Path f = scratch().resolve("fuzz-" + Thread.currentThread().getId() + ".log");
        Files.write(f, data);
        QemuOptions o = QemuOptions.DEFAULT.withLenient((data.length & 2) != 0);
        String features = FEATURES[(data.length >> 2) & 3];
        if (features != null) {
            o = o.withFeatures(QemuOptions.parseFeatures(features));
        }
        if ((data.length & 16) != 0) {
            o = o.withDeviceType(QemuOptions.parseDeviceType("0=virtio-net"));
        }
        String parallel = transcript(f, o, true);
        String streaming = transcript(f, o, false);
        if (!parallel.equals(streaming)) {
            throw new AssertionError("the parallel and the streaming QEMU readers differ (" + o.variant() + ", lenient "
                    + o.lenient() + "):\nparallel:  " + parallel + "\nstreaming: " + streaming);
        }
        try (EventSource src = QemuLogSource.open(f, o)) {
            replay(src);
        } catch (TraceFormatException e) {
            // fine
        }
    }

    /** Everything a QEMU reader yields, as text (events at most {@link #MAX_EVENTS}), or its error. */
    private static String transcript(Path f, QemuOptions o, boolean parallel) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (QemuLogSource src = parallel ? QemuLogSource.open(f, o) : QemuLogSource.openStreaming(f, o)) {
            sb.append(src.header()).append(" lines ").append(src.lines()).append(" foreign ").append(src.foreignLines())
                    .append(" bad ").append(src.skippedBadLines()).append(" counts ").append(src.qemuEventCounts())
                    .append(" unmodelled ").append(src.unmodelledByName()).append(" warnings ").append(src.warnings());
            TraceEvent e = new TraceEvent();
            for (long n = 0; n < MAX_EVENTS && src.next(e); n++) {
                sb.append('\n').append(e).append(" t=").append(e.time()).append(" @").append(e.line()).append(':')
                        .append(e.offset());
            }
        } catch (TraceFormatException e) {
            sb.append(" error ").append(e.getMessage());
        }
        return sb.toString();
    }

    // ---- workload ---------------------------------------------------------------------------------

    public static void workload(byte[] data) throws IOException {
        try {
            WorkloadReader.read(new ByteArrayInputStream(data), "fuzz.json", "fuzz");
        } catch (TraceFormatException e) {
            // fine
        }
    }

    // ---- index ------------------------------------------------------------------------------------

    private static Path indexTrace;
    private static Path indexFile;
    private static Path eventFile;
    private static byte[] eventBytes;
    private static byte[] indexBody;
    private static IndexOptions indexOptions;

    /** A small trace and its cached index, built once; the fuzzer's bytes replace the index's body. */
    private static synchronized void indexSetup() throws IOException {
        if (indexTrace != null) {
            return;
        }
        Path d = scratch().resolve("index");
        Files.createDirectories(d);
        Path t = d.resolve("small.rstrace");
        Files.write(t, INDEX_TRACE.getBytes(StandardCharsets.UTF_8));
        IndexOptions o = IndexOptions.defaults().withCacheDir(d.resolve("cache")).withBlockEvents(4);
        try (TraceIndex ix = TraceIndex.open(t, MODELS, CheckOptions.DEFAULT, o, null)) {
            indexFile = ix.indexFile();
            eventFile = ix.eventFile();
        }
        byte[] all = Files.readAllBytes(indexFile);
        indexBody = java.util.Arrays.copyOf(all, all.length - 4);
        eventBytes = Files.readAllBytes(eventFile);
        indexOptions = o;
        indexTrace = t;
    }

    /** A valid index body (without its CRC) to seed the index target. */
    public static byte[] indexSeed() throws IOException {
        indexSetup();
        return indexBody.clone();
    }

    /**
     * The cached index of a trace, its body replaced by the input (the CRC recomputed so that the
     * decoder behind the checksum is reached). Opening must restore it or rebuild it: no exception at all
     * is allowed, since a damaged cache is never the user's problem.
     */
    public static void index(byte[] body) throws IOException {
        indexSetup();
        CRC32 crc = new CRC32();
        crc.update(body);
        byte[] all = java.util.Arrays.copyOf(body, body.length + 4);
        ByteBuffer.wrap(all, body.length, 4).putInt((int) crc.getValue());
        Files.write(indexFile, all);
        Files.write(eventFile, eventBytes);
        try (TraceIndex ix = TraceIndex.open(indexTrace, MODELS, CheckOptions.DEFAULT, indexOptions,
                null)) {
            if (ix.eventCount() > 0) {
                try (TraceCursor c = ix.cursor()) {
                    c.seek(ix.eventCount() - 1);
                    c.state();
                }
            }
        }
    }

    /** Eight virtio split events: enough for two index blocks and a checkpoint. */
    static final String INDEX_TRACE = """
            {"format":"ringside-trace","version":"1.0","producer":"fuzz","level":"memory","devices":[{"id":0,"type":"virtio-blk","features":"0x130000000","queues":[{"index":0,"layout":"split","size":8,"props":{"descAddr":4096,"availAddr":4224,"usedAddr":4248}}]}]}
            {"ev":"desc","t":1,"d":0,"q":0,"index":0,"addr":65536,"len":512,"flags":0,"next":0}
            {"ev":"avail_ring","t":2,"d":0,"q":0,"slot":0,"id":0}
            {"ev":"avail_idx","t":3,"d":0,"q":0,"value":1}
            {"ev":"kick","t":4,"d":0,"q":0}
            {"ev":"fetch","t":5,"d":0,"q":0,"idx":0,"head":0}
            {"ev":"used_ring","t":6,"d":0,"q":0,"slot":0,"id":0,"len":0}
            {"ev":"used_idx","t":7,"d":0,"q":0,"value":1}
            {"ev":"irq","t":8,"d":0,"q":0}
            """;

    // ---- seeds ------------------------------------------------------------------------------------

    /**
     * The seed inputs of a target from {@code samples/} under the repository root: the first lines of
     * every sample trace (QEMU logs decompressed), every sample workload, the index of a small trace.
     */
    public static List<byte[]> seeds(String target, Path repo, int maxLines) throws IOException {
        List<byte[]> out = new ArrayList<>();
        switch (target) {
            case "rstrace" -> {
                for (Path p : files(repo.resolve("samples/traces"), ".rstrace")) {
                    out.add(headLines(Files.newInputStream(p), maxLines));
                }
            }
            case "qemu" -> {
                for (Path p : files(repo.resolve("samples/traces/qemu"), ".log.xz")) {
                    out.add(headLines(TraceInput.open(p), maxLines));
                }
            }
            case "workload" -> {
                for (Path p : files(repo.resolve("samples/workloads"), ".json")) {
                    out.add(Files.readAllBytes(p));
                }
            }
            case "index" -> out.add(indexSeed());
            default -> throw new IllegalArgumentException("no fuzz target " + target);
        }
        return out;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted(Comparator.naturalOrder())
                    .toList();
        }
    }

    private static byte[] headLines(InputStream in, int maxLines) {
        try (in) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            int lines = 0;
            int c;
            while (lines < maxLines && (c = in.read()) >= 0) {
                b.write(c);
                if (c == '\n') {
                    lines++;
                }
            }
            return b.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the seeds of every target to {@code <dir>/<target>/seed-N} (for {@code tools/fuzz}).
     * Arguments: repository root, output folder, lines per trace seed.
     */
    public static void main(String[] args) throws IOException {
        Path repo = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        int lines = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        for (String t : NAMES) {
            Path d = dir.resolve(t);
            Files.createDirectories(d);
            int i = 0;
            for (byte[] s : seeds(t, repo, lines)) {
                Files.write(d.resolve("seed-" + i++), s);
            }
        }
    }
}
