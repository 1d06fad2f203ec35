package io.ringside.cli;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import io.ringside.core.analysis.RequestAnalysis;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.util.Rethrow;

/**
 * Runs a {@link RequestAnalysis} on a thread of its own beside the replay: the replaying thread copies
 * each event into a batch (reused: nothing is allocated per event) and hands full batches over, so the
 * analysis takes no time of the replay where a core is free (a QEMU log's second pass replays on one
 * thread). A failure of the analysis (a window's output could not be written) is rethrown by
 * {@link #finish()}.
 */
final class AnalysisThread implements AutoCloseable {

    // small batches, so that those in use stay in the caches the two threads share
    private static final int BATCH = 512;
    private static final int BATCHES = 8;

    private static final class Batch {
        final TraceEvent[] events = new TraceEvent[BATCH];
        int n;
        final boolean end;

        Batch(boolean end) {
            this.end = end;
            for (int i = 0; i < BATCH && !end; i++) {
                events[i] = new TraceEvent();
            }
        }
    }

    private final RequestAnalysis analysis;
    private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES + 1);
    private final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES);
    private final Thread thread;
    private Batch current;
    private boolean ended;
    private volatile Throwable failure;

    AnalysisThread(RequestAnalysis analysis) {
        this.analysis = analysis;
        for (int i = 0; i < BATCHES; i++) {
            free.add(new Batch(false));
        }
        current = free.poll();
        thread = new Thread(this::loop, "ringside-analysis");
        thread.setDaemon(true); // the command line ends with main (Main)
        thread.start();
    }

    private void loop() {
        try {
            while (true) {
                Batch b = full.take();
                try {
                    if (b.end) {
                        if (failure == null) {
                            analysis.finish();
                        }
                        return;
                    }
                    for (int i = 0; i < b.n && failure == null; i++) {
                        analysis.apply(b.events[i]);
                    }
                } catch (Throwable e) { // out of memory too: the replay must never wait for this thread
                    failure = e;
                }
                b.n = 0;
                free.put(b); // keep taking batches after a failure, so the replay goes on to its end
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands the analysis a copy of the event (the caller's event is reused by its source). */
    void apply(TraceEvent e) throws IOException {
        Batch b = current;
        b.events[b.n++].copyFrom(e);
        if (b.n == BATCH) {
            full.add(b); // never full: at most BATCHES batches exist
            current = take();
        }
    }

    private Batch take() throws IOException {
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while the analysis ran");
        }
    }

    /** The last events, then waits for the analysis to end; rethrows its failure. */
    RequestAnalysis finish() throws IOException {
        ended = true;
        full.add(current);
        full.add(new Batch(true));
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while the analysis ran");
        }
        if (failure != null) {
            throw Rethrow.io(failure);
        }
        return analysis;
    }

    /** Ends the thread without finishing the analysis, unless {@link #finish()} did (the replay failed). */
    @Override
    public void close() {
        if (!ended) {
            ended = true;
            failure = new java.util.concurrent.CancellationException();
            full.add(new Batch(true));
        }
    }
}
