package io.ringside.debug.core;

/** Identifiers shared by the Ringside debug model, its launches and its user interface. */
public final class RingsideDebug {

    public static final String PLUGIN_ID = "io.ringside.debug.core";
    /** Model identifier of every Ringside debug element and breakpoint. */
    public static final String MODEL_ID = "io.ringside.debug";
    public static final String TRACE_LAUNCH_TYPE = "io.ringside.debug.launch.trace";
    public static final String EMULATOR_LAUNCH_TYPE = "io.ringside.debug.launch.emulator";
    public static final String BREAKPOINT_MARKER = "io.ringside.debug.core.breakpointMarker";

    // launch configuration attributes
    /** The trace file: a workspace path ({@code /project/file.rstrace}) or a file system path. */
    public static final String ATTR_TRACE = PLUGIN_ID + ".trace";
    /** {@code linux} or {@code spdk}. */
    public static final String ATTR_NEED_EVENT = PLUGIN_ID + ".needEvent";
    /** Suspend before the first event instead of running to the first breakpoint. */
    public static final String ATTR_STOP_AT_START = PLUGIN_ID + ".stopAtStart";
    /** Emulator: a workload JSON file (optional; the options below override it). */
    public static final String ATTR_WORKLOAD = PLUGIN_ID + ".workload";
    public static final String ATTR_DEVICE = PLUGIN_ID + ".device";
    public static final String ATTR_LAYOUT = PLUGIN_ID + ".layout";
    public static final String ATTR_QUEUE_SIZE = PLUGIN_ID + ".queueSize";
    public static final String ATTR_QUEUE_DEPTH = PLUGIN_ID + ".queueDepth";
    public static final String ATTR_REQUESTS = PLUGIN_ID + ".requests";
    public static final String ATTR_BATCH = PLUGIN_ID + ".batch";
    public static final String ATTR_EVENT_IDX = PLUGIN_ID + ".eventIdx";
    public static final String ATTR_IN_ORDER = PLUGIN_ID + ".inOrder";
    public static final String ATTR_INDIRECT = PLUGIN_ID + ".indirect";
    public static final String ATTR_SHADOW_DOORBELL = PLUGIN_ID + ".shadowDoorbell";
    public static final String ATTR_IOEVENTFD = PLUGIN_ID + ".ioeventfd";
    public static final String ATTR_IO_QUEUES = PLUGIN_ID + ".ioQueues";
    public static final String ATTR_SEED = PLUGIN_ID + ".seed";
    /** A fault to plant once ({@code vq-avail-backwards}, {@code nvme-skip-doorbell}...), or empty. */
    public static final String ATTR_FAULT = PLUGIN_ID + ".fault";
    /** Where the emulator writes its trace as it runs (file system path; empty: a temporary file). */
    public static final String ATTR_OUTPUT = PLUGIN_ID + ".output";

    private RingsideDebug() {
    }
}
