package io.ringside.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import io.ringside.cli.args.Args;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.TraceFormatException;
import io.ringside.core.trace.TraceInput;
import io.ringside.qemu.QemuImport;
import io.ringside.qemu.QemuLogFormat;

/**
 * {@code ringside import LOG -o FILE}: converts a QEMU trace log (log backend, plain, .gz or .xz) into an
 * operation-level Ringside trace whose header lists every device and queue found.
 */
final class ImportCommand implements Command {

    Path log;

    Path output;

    @Override
    public void declare(Args a) {
        a.description("Convert a QEMU trace log (-trace log backend; plain, .gz or .xz) into an operation-level "
                + "Ringside trace (.rstrace, or .rstrace.gz); its header records the features and types given.",
                "Lines that are not trace events are counted as foreign lines; binary content, over-long lines and "
                        + "known events whose arguments do not parse stop the import with exit 2 (see --lenient).");
        a.param("LOG", Args.PATH, v -> log = v, "The QEMU trace log; - for standard input (a pipe is copied to a "
                + "temporary file first).");
        a.option("-o, --output", "FILE", Args.PATH, v -> output = v, "The trace to write.").required();
        QemuLogOptions.declare(a);
    }

    @Override
    public Object input() {
        return log;
    }

    @Override
    public int run(Invocation inv) throws Exception {
        log = inv.input(log);
        PrintWriter out = inv.out();
        PrintWriter err = inv.err();
        if (!Files.isRegularFile(log)) {
            throw new TraceFormatException(log.toString(), 0, -1, Files.exists(log) ? "not a regular file" : "no such file");
        }
        byte[] head = TraceInput.head(log, 64 * 1024);
        if (!new QemuLogFormat().probe(log, head)) {
            throw new TraceFormatException(log.toString(), 1, 0,
                    "does not look like a QEMU trace log (expected lines such as 'virtqueue_pop ...', "
                            + "'1234@1700000000.000001:pci_nvme_...' or '2026-12-05T23:55:41.169785Z virtio_...')");
        }
        ConsoleProgress progress = new ConsoleProgress(err, ConsoleProgress.stderrIsTerminal());
        progress.begin("importing " + log.getFileName(), Files.size(log));
        QemuImport.Result r;
        try {
            r = QemuImport.run(log, output, Tools.qemuOptions(), progress);
        } finally {
            progress.done();
        }
        for (String w : r.warnings()) {
            err.println("warning: " + w);
        }
        int queues = 0;
        for (DeviceInfo d : r.header().devices()) {
            queues += d.queues().size();
        }
        out.println(log + ": " + r.lines() + " lines, " + r.qemuEvents() + " trace events, " + r.foreignLines()
                + " foreign line(s), " + r.unmodelledEvents() + " event(s) not modelled"
                + (r.skippedBadLines() > 0 ? ", " + r.skippedBadLines() + " bad line(s) skipped" : ""));
        out.println("wrote " + output + ": " + r.events() + " events, " + r.header().devices().size() + " device(s), "
                + queues + " queue(s)");
        out.flush();
        err.flush();
        return 0;
    }
}
