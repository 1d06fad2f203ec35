package io.ringside.emulator.nvme;

/**
 * The costs of the discrete-event timing model, in nanoseconds of simulated time. Host costs are
 * spent on the vCPU of the queue (it can do nothing else meanwhile); controller costs on QEMU's single
 * main-loop thread; the backend runs requests in parallel. The defaults are chosen so that, as in the
 * 2022 QEMU measurements, a trapped MMIO exit dominates the host's cost per command (see
 * {@code docs/performance.md}, "NVMe doorbells").
 */
public record NvmeTiming(
        long submitNs, // host builds and writes one SQE (block layer + driver)
        long shadowNs, // host writes a shadow slot, full barrier, reads EventIdx
        long mmioExitNs, // vCPU time of a trapped MMIO doorbell write (exit to QEMU and back)
        long mmioBqlNs, // part of it spent in QEMU holding the big lock: the controller thread waits
        long eventfdNs, // vCPU time of a doorbell write absorbed by KVM ioeventfd
        long ctrlWakeMmioNs, // MMIO handler -> controller runs the SQ (QEMU arms a 500 ns timer)
        long timerSlackNs, // the main loop's timer fires up to this much late (Linux timer slack)
        long ctrlWakeEventfdNs, // eventfd signal -> controller thread wakes up
        long fetchNs, // controller fetches, parses and submits one command to the backend
        long serviceNs, // backend latency of a 4 KiB request
        long servicePerKiBNs, // extra backend latency per KiB beyond 4
        long jitterNs, // uniform random jitter added to the backend latency
        long postDelayNs, // completion callback -> controller posts CQEs (QEMU cq timer)
        long postNs, // controller writes one CQE
        long irqLatencyNs, // MSI-X message -> the vCPU enters the interrupt handler
        long irqEntryNs, // interrupt handler entry and exit
        long consumeNs, // host consumes one CQE
        long appWakeNs, // completion -> the application submits new I/O
        long coalescingTimeNs) { // aggregation time when interrupt coalescing is on

    public static final NvmeTiming DEFAULT = new NvmeTiming(1_500, 150, 5_000, 2_000, 1_200, 20_000, 1, 3_000, 2_000, 20_000,
            1_000, 2_000, 500, 800, 1_500, 1_000, 300, 2_000, 50_000);
}
