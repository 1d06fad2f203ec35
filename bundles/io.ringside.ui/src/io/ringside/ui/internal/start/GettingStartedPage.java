package io.ringside.ui.internal.start;

import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Scrollable;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.EditorPart;

import io.ringside.ui.RingsideUI;

/**
 * The getting-started page, shown in the editor area on the first start of a workspace (and from
 * Help &gt; Ringside Getting Started): the things a new user does first, each a link that does it.
 */
public final class GettingStartedPage extends EditorPart {

    public static final String ID = "io.ringside.ui.editors.gettingStarted";
    /** The sample the first link opens: a real QEMU log of an NVMe guest. */
    public static final String SAMPLE_LOG = "traces/qemu/d_nvme_smp1.trace.log.xz";
    /** The workload the emulator link runs. */
    public static final String SAMPLE_WORKLOAD = "workloads/virtio-split-eventidx.json";
    /** The command of debug.ui that runs the emulator on a workload file ("Run As > Ringside Emulator"). */
    public static final String RUN_WORKLOAD_COMMAND = "io.ringside.debug.ui.runWorkload";
    public static final String RUN_WORKLOAD_PARAMETER = "io.ringside.debug.ui.workload";
    /** Ringside > Compare Configurations... */
    public static final String COMPARE_COMMAND = "io.ringside.ui.commands.compare";
    /** How to make a QEMU log Ringside reads (docs/qemu-import.md). */
    public static final String QEMU_COMMAND = "qemu-system-x86_64 ... -msg timestamp=on -D vm.trace.log \\\n"
            + "    -trace 'virtqueue_*' -trace 'virtio_*' -trace 'pci_nvme_*'";

    /** Widest and narrowest text lines, in pixels (longer lines are hard to read; below, it scrolls sideways). */
    static final int MAX_TEXT_WIDTH = 760;
    static final int MIN_TEXT_WIDTH = 160;

    private Composite body;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        setSite(site);
        setInput(input);
        setPartName(input.getName());
    }

    @Override
    public void createPartControl(Composite parent) {
        ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        body = new Composite(scroll, SWT.NONE);
        body.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        GridLayout gl = new GridLayout(1, false);
        gl.marginWidth = 24;
        gl.marginHeight = 18;
        gl.verticalSpacing = 6;
        body.setLayout(gl);
        Label title = label("Getting started with Ringside", JFaceResources.getHeaderFont());
        title.setData(RingsideUI.TEST_ID, "start.title");
        text("Ringside opens traces of virtio and NVMe devices — real QEMU -trace logs and Ringside's own .rstrace "
                + "files — and shows every request on a timeline, the rings at any event, and where a driver or "
                + "device broke the specification.");

        section("Open a sample trace");
        link("start.sample", "<a>Open a real QEMU log</a> of a Linux guest on an emulated NVMe controller "
                + "(" + SAMPLE_LOG.substring(SAMPLE_LOG.lastIndexOf('/') + 1) + ", from the Ringside samples project): "
                + "its events, the timeline of its requests, its queues.", this::openSample);

        section("Open your own QEMU log");
        text("Start QEMU with its trace points written to a file:");
        Text cmd = new Text(body, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.BORDER);
        cmd.setFont(JFaceResources.getTextFont());
        cmd.setLayoutData(wrapping());
        cmd.setText(QEMU_COMMAND);
        cmd.setData(RingsideUI.TEST_ID, "start.qemuCommand");
        link("start.open", "then <a>open the log</a> (plain, .gz or .xz; recognised by its content).", this::openLog);

        section("Run the emulator on a workload");
        link("start.emulator", "<a>Run the reference emulator</a> on the sample workload "
                + SAMPLE_WORKLOAD.substring(SAMPLE_WORKLOAD.lastIndexOf('/') + 1)
                + " (virtio-blk, split ring, EVENT_IDX): it writes a memory-level trace into the Emulator traces "
                + "project and opens it, every descriptor drawn. Other workloads: right-click one, Run As > Ringside Emulator.",
                this::runEmulator);

        section("Compare configurations");
        link("start.compare", "<a>Compare configurations</a> of a workload (notification suppression, shadow doorbells, "
                + "queue depth...): the emulator runs each and the Comparison view shows notifications, interrupts and "
                + "MMIO exits per request side by side; on traces, the command line's ringside compare A B.",
                () -> execute(COMPARE_COMMAND, Map.of()));

        scroll.setContent(body);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> fit(scroll));
    }

    /**
     * Wraps the text to the page's width (at most {@link #MAX_TEXT_WIDTH}) and makes the scrolled area as
     * tall as the wrapped text. A GridLayout sizes a control with a width hint at that width whatever width
     * the page has, so the hints follow the page here: with fixed hints the text never wrapped, and the
     * page scrolled sideways instead (with GTK's overlay scroll bars, drawn only near the pointer, a
     * screenshot shows no scroll bar at all).
     */
    private void fit(ScrolledComposite scroll) {
        // the vertical scroll bar's width is kept free whether it shows or not: the ScrolledComposite takes
        // it from the width whenever the bar is visible, even as a GTK overlay bar
        ScrollBar bar = scroll.getVerticalBar();
        int room = scroll.getClientArea().width - (bar == null ? 0 : bar.getSize().x);
        int text = Math.max(MIN_TEXT_WIDTH, Math.min(room, MAX_TEXT_WIDTH) - 2 * ((GridLayout) body.getLayout()).marginWidth);
        for (Control c : body.getChildren()) {
            // a Text's hint is its client width, its border comes on top
            int trim = c instanceof Scrollable s ? s.computeTrim(0, 0, 0, 0).width : 0;
            ((GridData) c.getLayoutData()).widthHint = text - trim;
        }
        scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT, true));
        body.layout(true, true);
    }

    private Label label(String s, org.eclipse.swt.graphics.Font font) {
        Label l = new Label(body, SWT.WRAP);
        l.setText(s);
        l.setFont(font);
        l.setBackground(body.getBackground());
        l.setLayoutData(wrapping());
        return l;
    }

    private void section(String s) {
        Label l = label(s, JFaceResources.getBannerFont());
        ((GridData) l.getLayoutData()).verticalIndent = 12;
    }

    private void text(String s) {
        label(s, JFaceResources.getDialogFont());
    }

    private void link(String id, String markup, Runnable action) {
        Link l = new Link(body, SWT.WRAP);
        l.setText(markup);
        l.setBackground(body.getBackground());
        l.setData(RingsideUI.TEST_ID, id);
        l.setLayoutData(wrapping());
        l.addListener(SWT.Selection, e -> action.run());
    }

    /** Layout data of the page's texts; their width follows the page ({@link #fit}). */
    private static GridData wrapping() {
        GridData gd = new GridData(SWT.BEGINNING, SWT.TOP, false, false); // as wide as the hint: not past the reading width
        gd.widthHint = MAX_TEXT_WIDTH;
        return gd;
    }

    /** A file of the samples project, or null (with a message saying how to get the project) when absent. */
    private IFile sample(String path) {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(RingsideUI.SAMPLES_PROJECT);
        IFile f = p.getFile(path);
        if (!f.exists()) {
            MessageDialog.openInformation(getSite().getShell(), "Ringside samples",
                    "The Ringside samples project has no " + path + ". File > New > Project... > Ringside > "
                            + "Ringside samples makes a new copy of the samples.");
            return null;
        }
        return f;
    }

    private void openSample() {
        IFile f = sample(SAMPLE_LOG);
        if (f != null) {
            open(() -> IDE.openEditor(getSite().getPage(), f, true));
        }
    }

    private void openLog() {
        FileDialog d = new FileDialog(getSite().getShell(), SWT.OPEN);
        d.setText("Open a QEMU trace log or a Ringside trace");
        d.setFilterExtensions(new String[] { "*.log;*.log.xz;*.log.gz;*.xz;*.gz;*.rstrace", "*" });
        d.setFilterNames(new String[] { "Traces (*.log, *.xz, *.gz, *.rstrace)", "All files" });
        String path = d.open();
        if (path != null) {
            open(() -> IDE.openEditorOnFileStore(getSite().getPage(), EFS.getLocalFileSystem().fromLocalFile(new java.io.File(path))));
        }
    }

    private void runEmulator() {
        IFile f = sample(SAMPLE_WORKLOAD);
        if (f != null) {
            execute(RUN_WORKLOAD_COMMAND, Map.of(RUN_WORKLOAD_PARAMETER, f.getFullPath().toString()));
        }
    }

    private void execute(String commandId, Map<String, String> parameters) {
        ICommandService cs = getSite().getService(ICommandService.class);
        Command c = cs.getCommand(commandId);
        try {
            if (!c.isDefined()) {
                throw new IllegalStateException("the command " + commandId + " is not installed");
            }
            getSite().getService(IHandlerService.class)
                    .executeCommand(ParameterizedCommand.generateCommand(c, parameters), null);
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), "Ringside", "Cannot run " + commandId + ": " + e.getMessage());
        }
    }

    private interface Opener {
        IEditorPart open() throws PartInitException;
    }

    private void open(Opener o) {
        try {
            o.open();
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Ringside", e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        body.setFocus();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}
