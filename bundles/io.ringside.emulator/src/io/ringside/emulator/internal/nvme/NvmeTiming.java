package io.ringside.emulator.internal.nvme;

/**
 * The costs of the discrete-event timing model, in nanoseconds of simulated time.
 * <p>
 * Where the time goes: host costs are spent on the vCPU of the queue (it can do nothing else
 * meanwhile). A trapped MMIO doorbell write costs the vCPU {@code mmioExitNs} (VM exit, KVM, return
 * to QEMU's vCPU thread); the vCPU thread then needs QEMU's big lock, which it gets only when the main
 * loop is between two pieces of work, so the vCPU waits behind whatever the main loop has queued, holds
 * the lock for {@code mmioBqlNs} while the doorbell handler runs, and leaves {@code mmioLoopNs} of
 * main-loop work behind (waking the loop, timers, dispatch). The controller (QEMU's main loop, one
 * thread) does everything else of the device serially: fetches, completion callbacks, CQE posting and
 * MSI-X. The backend serves requests in parallel. See {@code docs/nvme.md} ("Timing model") and
 * {@code docs/performance.md} ("NVMe doorbells") for the calibration against the 2022 measurements.
 */
public record NvmeTiming(
        long submitNs, // host: the application and the driver build and write one SQE
        long shadowNs, // host writes a shadow slot, full barrier, reads EventIdx
        long mmioExitNs, // vCPU time of a trapped MMIO doorbell write outside the big lock (exit and re-entry)
        long mmioBqlNs, // QEMU's doorbell handler under the big lock; the vCPU waits for the lock, then this
        long mmioLoopNs, // main-loop work each MMIO doorbell leaves behind (loop wake-up, timer, dispatch)
        long eventfdNs, // vCPU time of a doorbell write absorbed by KVM ioeventfd
        long ctrlWakeMmioNs, // MMIO handler -> the SQ runs (QEMU arms a 500 ns timer)
        long timerSlackNs, // the main loop's timer fires up to this much late (QEMU sets the slack to 1 ns)
        long ctrlWakeEventfdNs, // eventfd signal -> the controller thread runs the SQ
        long fetchNs, // controller fetches, parses and submits one command to the backend
        long serviceNs, // backend latency of a 4 KiB request
        long servicePerKiBNs, // extra backend latency per KiB beyond 4
        long jitterNs, // uniform random jitter added to the backend latency
        long completeNs, // main loop: the backend's completion callback for one request
        long postDelayNs, // completion callback -> controller posts CQEs (QEMU's 500 ns cq timer)
        long postNs, // controller writes one CQE (and MSI-X when it raises the vector)
        long irqLatencyNs, // MSI-X message -> the vCPU enters the interrupt handler
        long irqEntryNs, // interrupt handler entry and exit
        long consumeNs, // host consumes one CQE (blk-mq completion)
        long appWakeNs, // completion -> the application runs again and submits new I/O
        long coalescingTimeNs) { // aggregation time when interrupt coalescing is on

    public static final NvmeTiming DEFAULT = new NvmeTiming(
            2_000, // submitNs
            150, // shadowNs
            3_000, // mmioExitNs
            2_500, // mmioBqlNs
            15_000, // mmioLoopNs
            1_200, // eventfdNs
            500, // ctrlWakeMmioNs
            1, // timerSlackNs
            3_000, // ctrlWakeEventfdNs
            1_500, // fetchNs
            2_000, // serviceNs
            250, // servicePerKiBNs
            3_000, // jitterNs
            1_500, // completeNs
            500, // postDelayNs
            1_000, // postNs
            1_000, // irqLatencyNs
            1_500, // irqEntryNs
            300, // consumeNs
            3_000, // appWakeNs
            50_000); // coalescingTimeNs

    /**
     * A slow guest next to a fast device: QEMU's TCG running a riscv64 kernel (the 2022 hang report) executes
     * the guest's interrupt path and driver code perhaps ten to a hundred times slower than KVM, while the
     * controller (QEMU's main loop, native code) and the backend keep their speed. Interrupt latency, handler
     * entry, CQE consumption, submission and the application's wake-up are slow; the device side is DEFAULT.
     */
    public static final NvmeTiming SLOW_GUEST = new NvmeTiming(
            10_000, // submitNs
            1_000, // shadowNs
            3_000, // mmioExitNs (TCG: an MMIO store calls the device model under the big lock)
            2_500, // mmioBqlNs
            15_000, // mmioLoopNs
            1_200, // eventfdNs
            500, // ctrlWakeMmioNs
            1, // timerSlackNs
            3_000, // ctrlWakeEventfdNs
            1_500, // fetchNs
            2_000, // serviceNs
            250, // servicePerKiBNs
            3_000, // jitterNs
            1_500, // completeNs
            500, // postDelayNs
            1_000, // postNs
            200_000, // irqLatencyNs
            20_000, // irqEntryNs
            50_000, // consumeNs (blk-mq completion and the bio end_io work run inline, at TCG speed)
            10_000, // appWakeNs
            50_000); // coalescingTimeNs
}
