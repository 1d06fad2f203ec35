package io.ringside.ui;

/** Identifiers of the Ringside workbench contributions, for other bundles and UI tests. */
public final class RingsideUI {

    public static final String PLUGIN_ID = "io.ringside.ui";
    public static final String PERSPECTIVE_ID = "io.ringside.ui.perspective";
    public static final String RING_VIEW_ID = "io.ringside.ui.views.rings";
    public static final String TIMELINE_VIEW_ID = "io.ringside.ui.views.timeline";
    public static final String TRACE_EDITOR_ID = "io.ringside.ui.editors.trace";
    /** Widget data key holding a test id (the UI test harness finds widgets by it). */
    public static final String TEST_ID = "io.ringside.id";
    /** Job family of indexing, searching and marker jobs of trace editors. */
    public static final Object INDEX_JOB_FAMILY = new Object();
    /** Name of the project that holds the sample traces and workloads. */
    public static final String SAMPLES_PROJECT = "Ringside samples";
    /** Job family of the job that creates the samples project. */
    public static final Object SAMPLES_JOB_FAMILY = new Object();
    /**
     * System property naming the folder whose content fills the samples project (set by
     * {@code ./ringside ide} to the repository's {@code samples/}).
     */
    public static final String SAMPLES_PROPERTY = "ringside.samples";

    private RingsideUI() {
    }
}
